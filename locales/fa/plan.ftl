# The plan's own words, shared by the UI, the Rust crates (readiness, validation, notifications, tray) and the
# family PDF. See en/plan.ftl for what each message is.

## The editor's sections

plan-section-dashboard = پیشخوان
plan-section-household = خانواده
plan-section-documents = مدارک
plan-section-contacts = مخاطبان
plan-section-routes = مسیرها
plan-section-checklists = فهرست‌ها
plan-section-phases = مراحل
plan-section-advisories = هشدارهای سفر
plan-section-settings = تنظیمات

## Phases

plan-phase-normal = عادی
    .hint = برنامه را به‌روز نگه دارید.
plan-phase-prepare = آماده شوید
    .hint = آماده باشید که در کوتاه‌ترین زمان بروید.
plan-phase-leave-now = همین حالا بروید
    .hint = مسیر را دنبال کنید و حرکت کنید.
plan-phase-shelter-in-place = پناه گرفتن در همان‌جا
    .hint = همان‌جا بمانید و در امان بمانید.

## Governments

plan-government-us = آمریکا
plan-government-uk = بریتانیا
plan-government-ca = کانادا
plan-government-au = استرالیا
plan-government-de = آلمان

## Document kinds

plan-document-kind-passport = گذرنامه
plan-document-kind-national-id = کارت ملی
plan-document-kind-visa = روادید
plan-document-kind-residence-permit = پروانه‌ی اقامت
plan-document-kind-exit-reentry-permit = مجوز خروج و بازگشت
plan-document-kind-driving-licence = گواهینامه‌ی رانندگی
plan-document-kind-birth-certificate = شناسنامه
plan-document-kind-marriage-certificate = سند ازدواج
plan-document-kind-vaccination-record = کارت واکسیناسیون
plan-document-kind-insurance-policy = بیمه‌نامه
plan-document-kind-property-deed = سند مالکیت
plan-document-kind-other = مدرک دیگر
plan-document-generic = مدرک
plan-document-of = { $document } به نام { $holder }
plan-holder-unknown = فردی بی‌نام

## Copies

plan-copy-medium-paper = کاغذی
plan-copy-medium-usb = فلش USB
plan-copy-medium-cloud = فضای ابری
plan-copy-medium-phone = تلفن همراه
plan-copy-medium-other = دیگر

## Contacts

plan-contact-role-family = خانواده
plan-contact-role-out-of-country = مخاطب خارج از کشور
plan-contact-role-employer-security = واحد امنیت کارفرما
plan-contact-role-embassy = سفارت یا کنسولگری
plan-contact-role-protecting-power = دولت حافظ منافع
plan-contact-role-lawyer = وکیل
plan-contact-role-doctor = پزشک
plan-contact-role-driver = راننده
plan-contact-role-airline = شرکت هواپیمایی
plan-contact-role-other = دیگر
plan-messenger-signal = سیگنال
plan-messenger-whatsapp = واتس‌اپ
plan-messenger-telegram = تلگرام
plan-messenger-other = دیگر

## People

plan-person-kind-person = فرد
plan-person-kind-pet = حیوان خانگی

## Routes

plan-travel-mode-air = هوایی
plan-travel-mode-road = زمینی (جاده)
plan-travel-mode-rail = ریلی
plan-travel-mode-sea = دریایی
plan-travel-mode-foot = پیاده
plan-route-status-open = باز
plan-route-status-uncertain = نامطمئن
plan-route-status-closed = بسته
plan-need-kind-document = مدرک
plan-need-kind-visa = روادید
plan-need-kind-cash = پول نقد
plan-need-kind-fuel = سوخت
plan-need-kind-other = دیگر
plan-route-unnamed = یک مسیر
plan-route-letter = مسیر { $letter }
plan-route-unlettered = مسیر

## Severity

plan-severity-critical = بحرانی
plan-severity-warning = هشدار
plan-severity-info = اطلاع

## New plans and lists

plan-name-of = برنامه‌ی { $name }
plan-name-ours = برنامه‌ی ما
plan-checklist-new = فهرست تازه

## Checklist templates

plan-template-go-bag-72h = کیف اضطراری ۷۲ ساعته
plan-template-documents-and-copies = مدارک و نسخه‌ها
plan-template-money = پول
plan-template-digital = دیجیتال
plan-template-home-and-pets = خانه و حیوانات خانگی
plan-template-departure-day = روز حرکت

plan-item-go-bag-water = آب آشامیدنی، لیتر برای هر نفر
plan-item-go-bag-food = غذای فاسدنشدنی برای ۳ روز
plan-item-go-bag-medicines = داروهای تجویزی برای ۲ هفته، همراه با نسخه‌ها
plan-item-go-bag-first-aid = جعبه‌ی کمک‌های اولیه
plan-item-go-bag-torch = چراغ‌قوه یا چراغ پیشانی و باتری یدکی
plan-item-go-bag-power-bank = پاوربانک شارژشده
plan-item-go-bag-chargers = شارژر گوشی و چندراهی مبدل
plan-item-go-bag-clothes = یک دست لباس و بارانی برای هر نفر
plan-item-go-bag-hygiene = وسایل بهداشتی پایه
plan-item-go-bag-map = نقشه‌ی کاغذی شهر و مسیرهای خروج
plan-item-go-bag-whistle = سوت و ماسک گردوغبار
plan-item-go-bag-copies = نسخه‌ای از مدارک مهم در کیسه‌ی ضدآب

plan-item-documents-passports = گذرنامه برای همه، با دست‌کم ۶ ماه اعتبار
plan-item-documents-residence = پروانه‌های اقامت و مجوزهای خروج و بازگشت
plan-item-documents-certificates = شناسنامه‌ها و سند ازدواج
plan-item-documents-vaccinations = کارت‌های واکسیناسیون (افراد و حیوانات)
plan-item-documents-insurance = بیمه‌نامه‌ها و شماره‌های اضطراری
plan-item-documents-paper-copies = نسخه‌های کاغذی نزد خانواده در خارج از کشور
plan-item-documents-usb = اسکن‌ها روی فلش USB رمزگذاری‌شده در کیف اضطراری
plan-item-documents-cloud = اسکن‌ها در حساب ابری که از هر گوشی در دسترس است
plan-item-documents-photos = عکس گذرنامه‌ای برای هر نفر

plan-item-money-usd = دلار آمریکا در اسکناس‌های خرد
plan-item-money-eur = یورو در اسکناس‌های خرد
plan-item-money-local = پول محلی برای روزهای اول
plan-item-money-transit = پول نخستین کشور مسیر
plan-item-money-two-cards = دو کارت بانکی از دو بانک مختلف
plan-item-money-card-abroad = کارتی که در خارج کار می‌کند، همین ماه آزموده‌شده
plan-item-money-hidden-cash = پول نقد اضطراری، جدا از کیف پول پنهان‌شده

plan-item-digital-backup = پشتیبان گوشی و لپ‌تاپ، با بازگردانی آزموده‌شده
plan-item-digital-offline-maps = نقشه‌های آفلاین برای هر مسیر دانلودشده
plan-item-digital-contacts = فهرست مخاطبان چاپ‌شده و نگه‌داشته به‌صورت آفلاین
plan-item-digital-vpn = VPN نصب و آزموده‌شده
plan-item-digital-devices = تصمیم برای پاک کردن یا جا گذاشتن دستگاه‌های حساس
plan-item-digital-recovery-codes = کدهای بازیابی ورود دومرحله‌ای، نگه‌داشته بیرون از کشور
plan-item-digital-cables = کابل‌ها، شارژرها و مبدل‌ها بسته‌بندی‌شده

plan-item-home-keys = کسی که کلیدها را نگه دارد و به خانه سر بزند
plan-item-home-bills = قبض‌ها، اجاره و دستمزدها از پیش پرداخت‌شده
plan-item-home-pet-carrier = باکس حمل حیوان، غذا، قلاده و مدارک واکسن
plan-item-home-pet-export = میکروچیپ و مجوز خروج حیوان بررسی‌شده
plan-item-home-valuables = اشیای قیمتی و اسنادی که نمی‌برید: نگه‌داری یا سپرده‌شده
plan-item-home-shut-off = محل قطع گاز و آب را می‌دانید

plan-item-departure-tell-contact = مسیر و ساعت را به مخاطب خارج از کشور بگویید
plan-item-departure-embassy = خروج را نزد سفارت ثبت کنید
plan-item-departure-fuel = باک پر، و سوخت اضافه اگر مسیر زمینی است
plan-item-departure-go-bags = کیف‌های اضطراری در خودرو یا کنار در
plan-item-departure-documents = مدارک همراه خودتان، نه در چمدان
plan-item-departure-phones = گوشی‌ها و پاوربانک‌ها شارژشده
plan-item-departure-check-in = در هر مرحله از مسیر به خانواده خبر بدهید

## Readiness

plan-readiness-document-expired = اعتبار { $document } در { $date } به پایان رسیده است
plan-readiness-document-expiring = اعتبار { $document } در { $date }، یعنی { $days } روز دیگر، به پایان می‌رسد؛ بسیاری از مرزها شش ماه اعتبار می‌خواهند
plan-readiness-document-without-copy = از { $document } هیچ نسخه‌ای جای دیگری نگه‌داری نمی‌شود
plan-readiness-no-route = هیچ مسیر خروج بازی نیست: مسیر A و یک مسیر جایگزین اضافه کنید
plan-readiness-one-route = فقط یک مسیر باز هست: یک مسیر جایگزین (مسیر B) اضافه کنید، شاید این یکی بسته شود
plan-readiness-no-contact-abroad = هیچ مخاطبی بیرون از کشور نیست: اگر تلفن‌ها این‌جا قطع شوند، کسی در خارج باید از برنامه خبر داشته باشد
plan-readiness-route-never-verified = { $route } تاکنون بررسی نشده است
plan-readiness-route-stale = { $route } آخرین بار در { $date } بررسی شده است، { $days } روز پیش

## Validation

plan-invalid-id-missing = یک مورد شناسه ندارد
plan-invalid-id-too-long = یک شناسه بیش از { $max } نویسه دارد
plan-invalid-id-twice = شناسه‌ی «{ $id }» دو بار به کار رفته است
plan-invalid-too-many = موارد بیش از اندازه است: دست‌بالا { $max }
plan-invalid-country = «{ $code }» کد کشور ISO 3166 نیست
plan-invalid-too-long = بیش از اندازه بلند است: دست‌بالا { $max } نویسه
plan-invalid-profile-id = شناسه‌ی نمایه باید «{ $id }» باشد
plan-invalid-holder-gone = دارنده دیگر در فهرست خانواده نیست
plan-invalid-expires-before-issued = تاریخ انقضا پیش از تاریخ صدور است
plan-invalid-email = این نشانی ایمیل نیست
plan-invalid-phone = فقط رقم، فاصله و + - ( ) به کار ببرید
plan-invalid-priority = اولویت از ۱ (نخستین تماس) تا ۹۹ است
plan-invalid-route-name = برای مسیر نامی بگذارید («مسیر A»)
plan-invalid-leg-too-long = بیش از ۳۰ روز: واحد را بررسی کنید (دقیقه)
plan-invalid-latitude = عرض جغرافیایی از −۹۰ تا ۹۰ است
plan-invalid-longitude = طول جغرافیایی از −۱۸۰ تا ۱۸۰ است
plan-invalid-need-document-gone = مدرک لازم دیگر در برنامه نیست
plan-invalid-phase-route-gone = این مسیر دیگر در برنامه نیست
plan-invalid-phase-checklist-gone = یکی از فهرست‌ها دیگر در برنامه نیست
plan-invalid-choose-country = کشوری را انتخاب کنید
plan-invalid-level = سطحی از ۱ تا ۴
plan-invalid-tripwire-phase = یک زنگ خطر برنامه را یک مرحله بالا می‌برد: «آماده شوید»، «همین حالا بروید» یا «پناه گرفتن در همان‌جا» را انتخاب کنید
plan-invalid-auto-lock = دست‌بالا { $max } دقیقه (۲۴ ساعت)
plan-invalid-language = Lifeboat به این زبان ترجمه نشده است: یکی از زبان‌های فهرست را انتخاب کنید
plan-invalid-too-many-countries = دست‌بالا { $max } کشور افزوده
plan-invalid-government-twice = یک دولت دو بار آمده است

## Suggestion and instruction

plan-reason-level = { $government }: { $country } در سطح { $level }
plan-reason-alert = { $government }: { $title }
plan-instruction-route = { $phase } — { $route }
plan-instruction-route-named = { $phase } — { $route } ({ $name })
plan-instruction-route-path = { $phase } — { $route }: { $path }
plan-instruction-route-named-path = { $phase } — { $route } ({ $name }): { $path }
plan-instruction-text = { $instruction }. { $text }

## Calendar

plan-ical-calendar-name = انقضای مدارک در Lifeboat
plan-ical-description = اعتبار { $document } در { $date } به پایان می‌رسد. زودتر تمدید کنید: بسیاری از مرزها شش ماه اعتبار می‌خواهند.
plan-ical-description-original = اعتبار { $document } در { $date } به پایان می‌رسد. زودتر تمدید کنید: بسیاری از مرزها شش ماه اعتبار می‌خواهند. اصل مدرک: { $place }.
plan-ical-expires-in = اعتبار { $document } تا { $months } ماه دیگر به پایان می‌رسد ({ $date })
plan-ical-expires-today = اعتبار { $document } امروز به پایان می‌رسد

## vCards

plan-vcard-reachable = شبانه‌روزی در دسترس است.
