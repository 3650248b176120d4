# The first start: onboarding creates the plan. See en/onboarding.ftl for what each message is.

onboarding-title = به Lifeboat خوش آمدید
onboarding-intro = برنامه‌ای خصوصی برای خروج خانواده‌ی شما: مدارک، مخاطبان، مسیرها و چک‌لیست‌ها، رمزگذاری‌شده روی همین رایانه.

onboarding-step-passphrase = ۱. عبارت عبوری برای محافظت از برنامه
onboarding-step-about = ۲. درباره‌ی شما
onboarding-step-templates = ۳. چک‌لیست‌هایی برای شروع

onboarding-no-recovery = اگر آن را فراموش کنید، هیچ راهی برای بازیابی‌اش نیست.
    .detail = Lifeboat نه سروری دارد و نه حساب کاربری: هیچ‌کس، حتی ما، نمی‌تواند آن را بازنشانی کند. بعداً در تنظیمات می‌توانید یک کلید بازیابی چاپ کنید و آن را جای امنی نگه دارید.
onboarding-passphrase-label = عبارت عبور (دست‌کم { $min } نویسه)
onboarding-passphrase-again-label = تکرار عبارت عبور

onboarding-name-label = نام شما
onboarding-city-label = شهر
onboarding-residence-label = کشور محل زندگی
onboarding-residence-choose = — انتخاب کنید —
onboarding-nationalities-label = ملیت‌های شما (هر کدام را جداگانه اضافه کنید)
onboarding-nationalities-list = ملیت‌های شما

onboarding-templates-hint = می‌توانید همه‌ی موارد را ویرایش کنید و بعداً فهرست‌های دیگری هم بیفزایید.
onboarding-template-items = ({ $count } مورد)

onboarding-create = ساختن برنامه
onboarding-create-busy = در حال ساختن…

onboarding-error-too-short = عبارت عبور باید دست‌کم { $min } نویسه باشد. چند واژه‌ی بی‌ربط به هم انتخاب خوبی است.
onboarding-error-mismatch = دو عبارت عبور با هم یکی نیستند.
onboarding-error-weak = عبارت عبور بیش از اندازه ضعیف است: { $reason }
