# The Contacts section: the people to call, in order.

contacts-intro = به ترتیب تماس (نفر ۱ پیش از همه).
contacts-export-vcard = خروجی vCard
contacts-export-ical = خروجی iCalendar
contacts-add = + افزودن مخاطب
contacts-empty = هنوز مخاطبی ندارید. اول کسی را بیرون از کشور اضافه کنید: اگر تلفن‌های اینجا قطع شوند، او می‌تواند کاری بکند.
contacts-exported = در { $path } ذخیره شد

contacts-priority = اولویت
contacts-new = مخاطب تازه
contacts-available-chip = شبانه‌روزی
contacts-abroad = خارج از کشور · { $country }
contacts-remove = حذف
contacts-remove-named = حذف { $name }
contacts-name = نام
contacts-role = نقش
contacts-organisation = سازمان
contacts-country = کشوری که در آن است
contacts-email = ایمیل
contacts-email-hint = ناقص به نظر می‌رسد
contacts-priority-label = اولویت (۱ = نخست)
contacts-priority-hint = اولویت از { $min } تا { $max }
contacts-available = در تمام ساعات شبانه‌روز در دسترس است

contacts-phones = تلفن‌ها
contacts-phone = تلفن { $index }
contacts-phone-remove = حذف تلفن { $index }
contacts-phone-add = + تلفن
contacts-messengers = پیام‌رسان‌ها
contacts-messenger-app = برنامه
contacts-messenger-handle = شناسه
contacts-messenger-handle-placeholder = شماره یا نام کاربری
contacts-messenger-remove = حذف پیام‌رسان { $index }
contacts-messenger-add = + پیام‌رسان
contacts-address = نشانی
contacts-notes = یادداشت‌ها

contacts-remove-confirm = { $name } حذف شود؟
contacts-remove-confirm-unnamed = این مخاطب حذف شود؟
