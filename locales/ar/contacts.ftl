# The Contacts section: the people to call, in order.

contacts-intro = بترتيب الاتصال بهم (رقم 1 أولًا).
contacts-export-vcard = تصدير vCard
contacts-export-ical = تصدير iCalendar
contacts-add = + إضافة جهة اتصال
contacts-empty = لا توجد جهات اتصال بعد. أضف أولًا شخصًا خارج البلد: يمكنه التصرّف إذا انقطعت الهواتف هنا.
contacts-exported = تم التصدير إلى { $path }

contacts-priority = الأولوية
contacts-new = جهة اتصال جديدة
contacts-available-chip = على مدار الساعة
contacts-abroad = في الخارج · { $country }
contacts-remove = حذف
contacts-remove-named = حذف { $name }
contacts-name = الاسم
contacts-role = الصفة
contacts-organisation = الجهة
contacts-country = البلد الذي يوجد فيه
contacts-email = البريد الإلكتروني
contacts-email-hint = يبدو غير مكتمل
contacts-priority-label = الأولوية (1 = الأول)
contacts-priority-hint = الأولوية من { $min } إلى { $max }
contacts-available = متاح على مدار الساعة

contacts-phones = الهواتف
contacts-phone = الهاتف { $index }
contacts-phone-remove = حذف الهاتف { $index }
contacts-phone-add = + هاتف
contacts-messengers = تطبيقات المراسلة
contacts-messenger-app = التطبيق
contacts-messenger-handle = المعرّف
contacts-messenger-handle-placeholder = رقم أو اسم مستخدم
contacts-messenger-remove = حذف تطبيق المراسلة { $index }
contacts-messenger-add = + تطبيق مراسلة
contacts-address = العنوان
contacts-notes = ملاحظات

contacts-remove-confirm = هل تريد حذف { $name }؟
contacts-remove-confirm-unnamed = هل تريد حذف جهة الاتصال هذه؟
