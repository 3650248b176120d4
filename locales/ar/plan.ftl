# The plan's own words, shared by the UI, the Rust crates (readiness, validation, notifications, tray) and the
# family PDF. See en/plan.ftl for what each message is.

## The editor's sections

plan-section-dashboard = لوحة المتابعة
plan-section-household = الأسرة
plan-section-documents = الوثائق
plan-section-contacts = جهات الاتصال
plan-section-routes = الطرق
plan-section-checklists = قوائم المهام
plan-section-phases = المراحل
plan-section-advisories = إرشادات السفر
plan-section-settings = الإعدادات

## Phases

plan-phase-normal = عادي
    .hint = حافظ على تحديث الخطة.
plan-phase-prepare = الاستعداد
    .hint = استعد للمغادرة في أي لحظة.
plan-phase-leave-now = غادِر الآن
    .hint = اتبع الطريق وانطلق.
plan-phase-shelter-in-place = الاحتماء في المكان
    .hint = ابقَ حيث أنت وحافظ على سلامتك.

## Governments

plan-government-us = الولايات المتحدة
plan-government-uk = المملكة المتحدة
plan-government-ca = كندا
plan-government-au = أستراليا
plan-government-de = ألمانيا

## Document kinds

plan-document-kind-passport = جواز السفر
plan-document-kind-national-id = بطاقة الهوية الوطنية
plan-document-kind-visa = تأشيرة
plan-document-kind-residence-permit = تصريح الإقامة
plan-document-kind-exit-reentry-permit = تأشيرة خروج وعودة
plan-document-kind-driving-licence = رخصة القيادة
plan-document-kind-birth-certificate = شهادة الميلاد
plan-document-kind-marriage-certificate = عقد الزواج
plan-document-kind-vaccination-record = شهادة التطعيم
plan-document-kind-insurance-policy = وثيقة التأمين
plan-document-kind-property-deed = صك الملكية
plan-document-kind-other = وثيقة أخرى
plan-document-generic = وثيقة
plan-document-of = { $document } باسم { $holder }
plan-holder-unknown = شخص غير مسمّى

## Copies

plan-copy-medium-paper = ورقية
plan-copy-medium-usb = ذاكرة USB
plan-copy-medium-cloud = السحابة
plan-copy-medium-phone = الهاتف
plan-copy-medium-other = أخرى

## Contacts

plan-contact-role-family = العائلة
plan-contact-role-out-of-country = جهة اتصال خارج البلد
plan-contact-role-employer-security = أمن جهة العمل
plan-contact-role-embassy = سفارة أو قنصلية
plan-contact-role-protecting-power = الدولة الحامية
plan-contact-role-lawyer = محامٍ
plan-contact-role-doctor = طبيب
plan-contact-role-driver = سائق
plan-contact-role-airline = شركة طيران
plan-contact-role-other = أخرى
plan-messenger-signal = سيجنال
plan-messenger-whatsapp = واتساب
plan-messenger-telegram = تيليجرام
plan-messenger-other = أخرى

## People

plan-person-kind-person = شخص
plan-person-kind-pet = حيوان أليف

## Routes

plan-travel-mode-air = جوًا
plan-travel-mode-road = برًا
plan-travel-mode-rail = بالقطار
plan-travel-mode-sea = بحرًا
plan-travel-mode-foot = سيرًا على الأقدام
plan-route-status-open = مفتوح
plan-route-status-uncertain = غير مؤكد
plan-route-status-closed = مغلق
plan-need-kind-document = وثيقة
plan-need-kind-visa = تأشيرة
plan-need-kind-cash = نقود
plan-need-kind-fuel = وقود
plan-need-kind-other = أخرى
plan-route-unnamed = طريق ما
plan-route-letter = الطريق { $letter }
plan-route-unlettered = الطريق

## Severity

plan-severity-critical = حرج
plan-severity-warning = تحذير
plan-severity-info = معلومة

## New plans and lists

plan-name-of = خطة { $name }
plan-name-ours = خطتنا
plan-checklist-new = قائمة جديدة

## Checklist templates

plan-template-go-bag-72h = حقيبة الطوارئ لـ72 ساعة
plan-template-documents-and-copies = الوثائق ونسخها
plan-template-money = المال
plan-template-digital = الرقميات
plan-template-home-and-pets = المنزل والحيوانات الأليفة
plan-template-departure-day = يوم المغادرة

plan-item-go-bag-water = مياه الشرب، لترات لكل شخص
plan-item-go-bag-food = طعام لا يفسد يكفي 3 أيام
plan-item-go-bag-medicines = الأدوية الموصوفة لأسبوعين مع الوصفات الطبية
plan-item-go-bag-first-aid = حقيبة إسعافات أولية
plan-item-go-bag-torch = مصباح يدوي أو مصباح رأس وبطاريات احتياطية
plan-item-go-bag-power-bank = بطارية متنقلة مشحونة
plan-item-go-bag-chargers = شواحن الهاتف ومحوّل متعدد المقابس
plan-item-go-bag-clothes = ملابس بديلة وطبقة واقية من المطر لكل شخص
plan-item-go-bag-hygiene = أدوات نظافة أساسية
plan-item-go-bag-map = خريطة ورقية للمدينة وطرق الخروج
plan-item-go-bag-whistle = صفّارة وكمامات للغبار
plan-item-go-bag-copies = نسخ من الوثائق المهمة في كيس مقاوم للماء

plan-item-documents-passports = جوازات سفر للجميع صالحة 6 أشهر على الأقل
plan-item-documents-residence = تصاريح الإقامة وتأشيرات الخروج والعودة
plan-item-documents-certificates = شهادات الميلاد وعقود الزواج
plan-item-documents-vaccinations = سجلات التطعيم (للأشخاص والحيوانات)
plan-item-documents-insurance = وثائق التأمين وأرقام الطوارئ
plan-item-documents-paper-copies = نسخ ورقية محفوظة لدى العائلة في الخارج
plan-item-documents-usb = صور ممسوحة على ذاكرة USB مشفّرة في حقيبة الطوارئ
plan-item-documents-cloud = صور ممسوحة في حساب سحابي يمكن فتحه من أي هاتف
plan-item-documents-photos = صور جواز السفر لكل شخص

plan-item-money-usd = دولارات أمريكية بفئات صغيرة
plan-item-money-eur = يوروهات بفئات صغيرة
plan-item-money-local = عملة محلية للأيام الأولى
plan-item-money-transit = عملة أول بلد عبور
plan-item-money-two-cards = بطاقتان مصرفيتان من مصرفين مختلفين
plan-item-money-card-abroad = بطاقة تعمل في الخارج، مجرّبة هذا الشهر
plan-item-money-hidden-cash = نقود طوارئ مخبأة بعيدًا عن المحفظة

plan-item-digital-backup = نسخة احتياطية للهاتف والحاسوب مع تجربة الاستعادة
plan-item-digital-offline-maps = خرائط دون اتصال محمّلة لكل طريق
plan-item-digital-contacts = قائمة جهات الاتصال مطبوعة ومحفوظة دون اتصال
plan-item-digital-vpn = شبكة VPN مثبّتة ومجرّبة
plan-item-digital-devices = خطة لمسح الأجهزة الحساسة أو تركها
plan-item-digital-recovery-codes = رموز استرداد التحقق بخطوتين محفوظة خارج البلد
plan-item-digital-cables = الكابلات والشواحن والمحوّلات موضّبة

plan-item-home-keys = شخص يحتفظ بالمفاتيح ويتفقّد المنزل
plan-item-home-bills = الفواتير والإيجار وأجور العاملين مدفوعة مسبقًا
plan-item-home-pet-carrier = حقيبة نقل الحيوان وطعامه ورسنه وأوراق تطعيمه
plan-item-home-pet-export = التحقق من الشريحة الإلكترونية للحيوان وتصريح إخراجه
plan-item-home-valuables = الأشياء الثمينة والأوراق التي لن تُؤخذ: محفوظة أو مسلّمة
plan-item-home-shut-off = معرفة مكان إغلاق الغاز والماء

plan-item-departure-tell-contact = أبلغ جهة الاتصال خارج البلد بالطريق والموعد
plan-item-departure-embassy = سجّل المغادرة لدى السفارة
plan-item-departure-fuel = خزان الوقود ممتلئ، ووقود احتياطي إن كان الطريق برًا
plan-item-departure-go-bags = حقائب الطوارئ في السيارة أو عند الباب
plan-item-departure-documents = الوثائق على الجسد، لا في الأمتعة
plan-item-departure-phones = الهواتف والبطاريات المتنقلة مشحونة
plan-item-departure-check-in = طمئن العائلة عند كل مرحلة من الطريق

## Readiness

plan-readiness-document-expired = انتهت صلاحية { $document } في { $date }
plan-readiness-document-expiring = { $days ->
        [zero] تنتهي صلاحية { $document } في { $date }، أي اليوم: تطلب حدود كثيرة صلاحية ستة أشهر
        [one] تنتهي صلاحية { $document } في { $date }، أي بعد يوم واحد: تطلب حدود كثيرة صلاحية ستة أشهر
        [two] تنتهي صلاحية { $document } في { $date }، أي بعد يومين: تطلب حدود كثيرة صلاحية ستة أشهر
        [few] تنتهي صلاحية { $document } في { $date }، أي بعد { $days } أيام: تطلب حدود كثيرة صلاحية ستة أشهر
        [many] تنتهي صلاحية { $document } في { $date }، أي بعد { $days } يومًا: تطلب حدود كثيرة صلاحية ستة أشهر
       *[other] تنتهي صلاحية { $document } في { $date }، أي بعد { $days } يوم: تطلب حدود كثيرة صلاحية ستة أشهر
    }
plan-readiness-document-without-copy = لا توجد نسخة من { $document } محفوظة في مكان آخر
plan-readiness-no-route = لا يوجد طريق خروج مفتوح: أضف الخطة A وطريقًا بديلًا
plan-readiness-one-route = طريق مفتوح واحد فقط: أضف طريقًا بديلًا (الخطة B) تحسّبًا لإغلاقه
plan-readiness-no-contact-abroad = لا توجد جهة اتصال خارج البلد: يجب أن يعرف شخص في الخارج الخطة إذا انقطعت الهواتف هنا
plan-readiness-route-never-verified = لم يُتحقَّق من { $route } قط
plan-readiness-route-stale = { $days ->
        [zero] آخر تحقق من { $route } كان في { $date }، اليوم
        [one] آخر تحقق من { $route } كان في { $date }، قبل يوم واحد
        [two] آخر تحقق من { $route } كان في { $date }، قبل يومين
        [few] آخر تحقق من { $route } كان في { $date }، قبل { $days } أيام
        [many] آخر تحقق من { $route } كان في { $date }، قبل { $days } يومًا
       *[other] آخر تحقق من { $route } كان في { $date }، قبل { $days } يوم
    }

## Validation

plan-invalid-id-missing = أحد العناصر بلا معرّف
plan-invalid-id-too-long = أحد المعرّفات أطول من { $max } حرف
plan-invalid-id-twice = المعرّف «{ $id }» مستخدم مرتين
plan-invalid-too-many = عناصر كثيرة جدًا: { $max } على الأكثر
plan-invalid-country = «{ $code }» ليس رمز بلد وفق ISO 3166
plan-invalid-too-long = طويل جدًا: { $max } حرف على الأكثر
plan-invalid-profile-id = يجب أن يكون معرّف الملف الشخصي «{ $id }»
plan-invalid-holder-gone = صاحب الوثيقة لم يعد ضمن الأسرة
plan-invalid-expires-before-issued = تاريخ الانتهاء يسبق تاريخ الإصدار
plan-invalid-email = هذا ليس عنوان بريد إلكتروني
plan-invalid-phone = استخدم الأرقام والمسافات و+ - ( ) فقط
plan-invalid-priority = الأولوية من 1 (يُتصل به أولًا) إلى 99
plan-invalid-route-name = أعطِ الطريق اسمًا («الخطة A»)
plan-invalid-leg-too-long = أطول من 30 يومًا: تحقق من الوحدة (دقائق)
plan-invalid-latitude = خط العرض من −90 إلى 90
plan-invalid-longitude = خط الطول من −180 إلى 180
plan-invalid-need-document-gone = وثيقة مطلوبة لم تعد في الخطة
plan-invalid-phase-route-gone = هذا الطريق لم يعد في الخطة
plan-invalid-phase-checklist-gone = إحدى قوائم المهام لم تعد في الخطة
plan-invalid-choose-country = اختر بلدًا
plan-invalid-level = مستوى من 1 إلى 4
plan-invalid-tripwire-phase = إنذار الخطر يرفع الخطة درجة: اختر «الاستعداد» أو «غادِر الآن» أو «الاحتماء في المكان»
plan-invalid-auto-lock = { $max } دقيقة على الأكثر (24 ساعة)
plan-invalid-language = Lifeboat غير مترجم إلى هذه اللغة: اختر لغة من القائمة
plan-invalid-too-many-countries = { $max } بلدًا مضافًا على الأكثر
plan-invalid-government-twice = إحدى الحكومات مذكورة مرتين

## Suggestion and instruction

plan-reason-level = { $government }: { $country } عند المستوى { $level }
plan-reason-alert = { $government }: { $title }
plan-instruction-route = { $phase } — { $route }
plan-instruction-route-named = { $phase } — { $route } ({ $name })
plan-instruction-route-path = { $phase } — { $route }: { $path }
plan-instruction-route-named-path = { $phase } — { $route } ({ $name }): { $path }
plan-instruction-text = { $instruction }. { $text }

## Calendar

plan-ical-calendar-name = انتهاء صلاحية الوثائق في Lifeboat
plan-ical-description = تنتهي صلاحية { $document } في { $date }. جدّدها مبكرًا: تطلب حدود كثيرة صلاحية ستة أشهر.
plan-ical-description-original = تنتهي صلاحية { $document } في { $date }. جدّدها مبكرًا: تطلب حدود كثيرة صلاحية ستة أشهر. الأصل: { $place }.
plan-ical-expires-in = { $months ->
        [zero] تنتهي صلاحية { $document } هذا الشهر ({ $date })
        [one] تنتهي صلاحية { $document } بعد شهر واحد ({ $date })
        [two] تنتهي صلاحية { $document } بعد شهرين ({ $date })
        [few] تنتهي صلاحية { $document } بعد { $months } أشهر ({ $date })
        [many] تنتهي صلاحية { $document } بعد { $months } شهرًا ({ $date })
       *[other] تنتهي صلاحية { $document } بعد { $months } شهر ({ $date })
    }
plan-ical-expires-today = تنتهي صلاحية { $document } اليوم

## vCards

plan-vcard-reachable = متاح على مدار الساعة.
