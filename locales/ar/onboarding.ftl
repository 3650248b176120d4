# The first start: onboarding creates the plan. See en/onboarding.ftl for what each message is.

onboarding-title = مرحبًا بك في Lifeboat
onboarding-intro = خطة مغادرة خاصة بأسرتك: الوثائق وجهات الاتصال والطرق وقوائم المهام، محفوظة مشفّرةً على هذا الحاسوب.

onboarding-step-passphrase = 1. عبارة مرور لحماية الخطة
onboarding-step-about = 2. معلومات عنك
onboarding-step-templates = 3. قوائم مهام تبدأ بها

onboarding-no-recovery = لا يمكن استردادها إذا نسيتها.
    .detail = ليس لدى Lifeboat خادم ولا حسابات: لا أحد، ولا نحن، يستطيع إعادة تعيينها. يمكنك لاحقًا، من الإعدادات، طباعة مفتاح استرداد وحفظه في مكان آمن.
onboarding-passphrase-label = عبارة المرور ({ $min ->
        [zero] بلا حد أدنى
        [one] حرف واحد على الأقل
        [two] حرفان على الأقل
        [few] { $min } أحرف على الأقل
        [many] { $min } حرفًا على الأقل
       *[other] { $min } حرف على الأقل
    })
onboarding-passphrase-again-label = أعد كتابتها

onboarding-name-label = اسمك
onboarding-city-label = المدينة
onboarding-residence-label = بلد إقامتك
onboarding-residence-choose = — اختر —
onboarding-nationalities-label = جنسياتك (أضف كل واحدة منها)
onboarding-nationalities-list = جنسياتك

onboarding-templates-hint = يمكنك تعديل كل بند، وإضافة قوائم أخرى لاحقًا.
onboarding-template-items = ({ $count ->
        [zero] بلا بنود
        [one] بند واحد
        [two] بندان
        [few] { $count } بنود
        [many] { $count } بندًا
       *[other] { $count } بند
    })

onboarding-create = إنشاء الخطة
onboarding-create-busy = جارٍ الإنشاء…

onboarding-error-too-short = يجب أن تتكوّن عبارة المرور من { $min ->
        [zero] أي عدد من الأحرف
        [one] حرف واحد على الأقل
        [two] حرفين على الأقل
        [few] { $min } أحرف على الأقل
        [many] { $min } حرفًا على الأقل
       *[other] { $min } حرف على الأقل
    }. بضع كلمات لا رابط بينها تفي بالغرض.
onboarding-error-mismatch = عبارتا المرور غير متطابقتين.
onboarding-error-weak = عبارة المرور ضعيفة جدًا: { $reason }
