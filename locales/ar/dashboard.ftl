# The dashboard: the current phase and what to do, the watch's suggestion, the advisories at a glance, readiness,
# checklists and the plan's counts.

dashboard-checked-on = آخر فحص { $date }

dashboard-suggestion-level = { $government }: { $country } في المستوى { $level }
dashboard-suggestion-alert = { $source }: { $title }
dashboard-suggestion-by-tripwire = — مؤشر الإنذار الذي وضعته يقترح «{ $phase }».
dashboard-suggestion-by-rule = — لا يشمل أيٌّ من مؤشرات الإنذار لديك { $country }، لذا تقترح القاعدة المدمجة في Lifeboat «{ $phase }».
dashboard-suggestion-accept = الانتقال إلى «{ $phase }»
dashboard-suggestion-dismiss = ليس الآن

dashboard-current-phase = المرحلة الحالية
dashboard-phase-since = منذ { $time }
dashboard-change-phase = تغيير المرحلة
dashboard-what-to-do = ما العمل الآن
dashboard-no-instructions = لا توجد تعليمات لهذه المرحلة بعد.
dashboard-write-instructions = اكتبها في { $section }
dashboard-route = المسار
dashboard-unnamed-route = مسار بلا اسم
dashboard-route-none = غير محدد
dashboard-checklists = قوائم التحقق
dashboard-checklists-none = لا توجد قوائم مرتبطة
dashboard-progress = { $done } من { $total }

dashboard-advisories = إرشادات السفر
dashboard-open-advisories = فتح إرشادات السفر
dashboard-loading = جارٍ التحميل…
dashboard-advisories-empty = لا يوجد بلد قيد المتابعة بعد: أضف مكان إقامتك في { $household } أو أضف مسارًا لبدء المتابعة.
dashboard-show-advisories = { $country }: عرض إرشادات السفر
dashboard-latest-high = أحدث تنبيه عالي الأولوية
dashboard-disagree = اختلاف
    .title = تختلف الحكومات بمستويين أو أكثر
dashboard-leave-now-advised = يُنصح بالمغادرة الآن

dashboard-readiness = الجاهزية
dashboard-readiness-ok = لم تُرصد أي مشكلة. حافظ على تحديث الخطة.
dashboard-fix = إصلاح
    .label = إصلاح في { $section }
dashboard-checklists-empty = لا توجد قوائم تحقق بعد.
dashboard-untitled-list = قائمة بلا عنوان
dashboard-counts = في الخطة
    .people = الأشخاص
    .pets = الحيوانات الأليفة
    .documents = الوثائق
    .expiring = منتهية أو أقل من 6 أشهر
    .contacts = جهات الاتصال
    .routes-open = المسارات المفتوحة
    .tripwires = مؤشرات الإنذار
dashboard-routes-open = { $open } من { $total }
