# ملف PDF للعائلة: الخطة على الورق لمن بقي في البيت، والبطاقة في الإعدادات التي تُنشئه.

## The card in Settings

pdf-card-title = ملف PDF للعائلة
pdf-card-hint = الخطة على الورق لمن بقي في البيت، تُقرأ دون Lifeboat. اطبعها؛ فالملف قد ينتقل أبعد مما تريد.
pdf-card-what-goes-in = ما يتضمنه
pdf-card-section-cover = الغلاف: مَن، والمرحلة الحالية، ومستويات إرشادات السفر
pdf-card-section-instructions = «إن لم تستطيعوا الوصول إلينا»
pdf-card-section-contacts = جهات الاتصال
pdf-card-section-routes = الطرق
pdf-card-section-documents = الوثائق
pdf-card-section-checklists = قوائم التحقق
pdf-card-medical = الملاحظات الطبية وفصائل الدم
pdf-card-numbers = أرقام الوثائق
pdf-card-numbers-last4 = آخر 4 أحرف فقط
pdf-card-numbers-full = كاملة
pdf-card-numbers-hidden = محذوفة
pdf-card-numbers-full-warning = يستطيع كل من يحمل الورقة استخدام الأرقام الكاملة.
pdf-card-paper = الورق
pdf-card-paper-a4 = A4
pdf-card-paper-letter = Letter الأمريكي
pdf-card-language = لغة ملف PDF
pdf-card-export = تصدير PDF…
pdf-card-busy = جارٍ التنضيد…
pdf-card-written = { $pages ->
        [zero] لم تُكتب أي صفحة في { $path }.
        [one] كُتبت صفحة واحدة في { $path }.
        [two] كُتبت صفحتان في { $path }.
        [few] كُتبت { $pages } صفحات في { $path }.
        [many] كُتبت { $pages } صفحة في { $path }.
       *[other] كُتبت { $pages } صفحة في { $path }.
    }
pdf-card-note = ملاحظة: { $warnings }

## The command line (`lifeboat export-pdf`)

pdf-cli-warning = تحذير: { $warning }
pdf-cli-cannot-write = تعذّرت كتابة { $path }: { $error }
pdf-cli-written = { $path }: { $pages ->
        [zero] لا صفحات
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    }، { $bytes } بايت

## The PDF

pdf-title-default = خطة العائلة
pdf-header-made = أُعدّت في { $date }
pdf-footer-confidential = سرّي: نسخة العائلة
pdf-footer-page = الصفحة { $page } من { $pages }
pdf-date-time-utc = { $date_time } بتوقيت UTC
pdf-list-separator = {"، "}

pdf-cover-intro = خطتنا للمغادرة في حالة الطوارئ، مطبوعة للعائلة في البيت. أُعدّت في { $date }.
pdf-cover-updated = آخر تغيير في الخطة: { $date }.
pdf-cover-phase = المرحلة الحالية
pdf-cover-phase-since = منذ { $date }
pdf-cover-phase-route = الطريق: { $route }
pdf-cover-doing = ما نفعله الآن

pdf-household-heading = لمن هذه الخطة
pdf-household-name = الاسم
pdf-household-relationship = صلة القرابة
pdf-household-nationality = الجنسية
pdf-household-born = تاريخ الميلاد
pdf-household-medical = طبي
pdf-household-lives = مكان الإقامة · ملاحظات
pdf-household-owner = صاحب الخطة
pdf-household-pet = { $relationship } (حيوان أليف)
pdf-household-blood-type = فصيلة الدم { $blood_type }
pdf-household-speaks = اللغات: { $languages }

pdf-advisories-heading = إرشادات السفر
pdf-advisories-none = لا توجد بيانات عن إرشادات السفر بعد. لم يكن Lifeboat قد جلب أي إرشادات سفر حكومية عند إعداد هذه النسخة.
pdf-advisories-scale = أعلى مستوى لكل بلد وقت إعداد هذه النسخة، على مقياس واحد من 1 (احتياطات عادية) إلى 4 (لا تسافر).
pdf-advisories-country = البلد
pdf-advisories-level = المستوى
pdf-advisories-meaning = المعنى
pdf-advisories-source = المصدر
pdf-advisories-wording = بنصّهم
pdf-advisories-updated = آخر تحديث
pdf-advisory-level-1 = احتياطات عادية
pdf-advisory-level-2 = توخَّ مزيدًا من الحذر
pdf-advisory-level-3 = أعِد النظر في السفر
pdf-advisory-level-4 = لا تسافر
pdf-advisory-level-unknown = مستوى غير معروف

pdf-instructions-heading = إن لم تستطيعوا الوصول إلينا
pdf-instructions-none = لم تُكتب أي تعليمات بعد.
pdf-call-first-heading = اتصلوا أولًا بـ
pdf-call-first-who = مَن
pdf-call-first-role = الدور
pdf-call-first-phone = الهاتف
pdf-leave-now-heading = إن اضطررنا إلى المغادرة الآن
pdf-tripwires-heading = ما الذي يغيّر مرحلتنا
pdf-tripwires-when = عندما
pdf-tripwires-phase = ننتقل إلى
pdf-tripwires-notes = ملاحظات
pdf-tripwire-any-government = تبلغ إرشادات السفر لأي حكومة بشأن { $country } { $level }
pdf-tripwire-government = تبلغ إرشادات السفر لحكومة { $government } بشأن { $country } { $level }
pdf-tripwire-level-top = المستوى 4 (لا تسافر)
pdf-tripwire-level-or-higher = المستوى { $level } أو أعلى

pdf-tag-24-7 = على مدار الساعة
pdf-contacts-heading = جهات الاتصال
pdf-contacts-none = لا توجد جهات اتصال في الخطة.
pdf-contacts-intro = بالترتيب الذي يُتصل بهم به. { $tag } تعني أنهم يجيبون في أي ساعة.
pdf-contacts-number = #
pdf-contacts-who = مَن
pdf-contacts-phones = الهاتف وتطبيقات المراسلة
pdf-contacts-other = البريد الإلكتروني، العنوان، ملاحظات
pdf-messenger = { $app }: { $handle }

pdf-routes-heading = طرق الخروج
pdf-routes-none = لا توجد طرق في الخطة.
pdf-route-letter = الخطة { $letter }
pdf-route-named = { $letter }: { $name }
pdf-route-status-closed = مغلق: لا تستخدموه
pdf-route-verified = آخر تحقق: { $date }
pdf-route-never-verified = لم يُتحقق منه قط
pdf-route-border = الحدود: { $crossings }
pdf-legs-number = #
pdf-legs-from-to = من ← إلى
pdf-leg-arrow = ←
pdf-legs-by = بواسطة
pdf-legs-time = المدة
pdf-legs-border = الحدود
pdf-legs-needs = المتطلبات · ملاحظات
pdf-need = { $kind }: { $detail }
pdf-duration-minutes = { $minutes } د
pdf-duration-hours = { $hours } س
pdf-duration-hours-minutes = { $hours } س { $minutes } د
pdf-rally-points = نقاط التجمّع

pdf-documents-heading = الوثائق
pdf-documents-last4 = لا تظهر من الأرقام إلا أحرفها الأخيرة؛ الأرقام الكاملة في ملف الخطة.
pdf-documents-hidden = أرقام الوثائق غير مطبوعة في هذه النسخة.
pdf-documents-none = لا توجد وثائق في الخطة.
pdf-documents-document = الوثيقة
pdf-documents-holder = الحامل
pdf-documents-number = الرقم
pdf-documents-expires = تاريخ الانتهاء
pdf-documents-original = مكان الأصل
pdf-documents-copies = النسخ · ملاحظات
pdf-documents-expired = منتهية الصلاحية
pdf-document-titled = { $kind }: { $title }
pdf-copy = { $medium }: { $location }

pdf-checklists-heading = قوائم التحقق
pdf-checklists-none = لا توجد قوائم تحقق في الخطة.
pdf-checklist-progress = (أُنجز { $done } من { $total })
pdf-checklists-item = البند · ملاحظات
pdf-checklists-quantity = الكمية · يُستخدم قبل
pdf-item-quantity = × { $quantity }
pdf-item-use-by = يُستخدم قبل { $date }

## The map page, after the cover: the routes drawn over the borders (the map's own words are map.ftl's).

pdf-map-heading = خريطة الطرق
pdf-map-shading = البلدان مظلَّلة بحسب أعلى مستوى لإرشادات السفر فيها: كلما كان اللون أغمق كان المستوى أعلى.
pdf-map-unplaced-heading = ليس على الخريطة
pdf-map-unplaced-leg = { $route }: المقطع من { $from } إلى { $to }، لا مكان له على الخريطة بعد
pdf-map-unplaced-crossing = { $route }: المعبر الحدودي { $crossing }، لا مكان له على الخريطة بعد
pdf-map-sources = المصادر: الحدود من Natural Earth (ملك عام)؛ الأماكن من GeoNames (CC BY 4.0)؛ المطارات من OurAirports (ملك عام).
