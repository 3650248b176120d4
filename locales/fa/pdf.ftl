# پی‌دی‌اف خانواده: برنامه روی کاغذ برای کسانی که در خانه‌اند، و کارتی در تنظیمات که آن را می‌سازد.

## The card in Settings

pdf-card-title = PDF برای خانواده
pdf-card-hint = برنامه روی کاغذ، برای کسانی که در خانه‌اند؛ بدون Lifeboat هم خواندنی است. آن را چاپ کنید؛ یک فایل ممکن است بیش از آنچه می‌خواهید دست‌به‌دست شود.
pdf-card-what-goes-in = چه چیزهایی در آن بیاید
pdf-card-section-cover = جلد: چه کسانی، مرحله‌ی کنونی، سطح توصیه‌های سفر
pdf-card-section-instructions = «اگر به ما دسترسی ندارید»
pdf-card-section-contacts = مخاطبان
pdf-card-section-routes = مسیرها
pdf-card-section-documents = مدارک
pdf-card-section-checklists = فهرست‌های وارسی
pdf-card-medical = یادداشت‌های پزشکی و گروه خونی
pdf-card-numbers = شماره‌ی مدارک
pdf-card-numbers-last4 = فقط ۴ نویسه‌ی آخر
pdf-card-numbers-full = کامل
pdf-card-numbers-hidden = چاپ نشود
pdf-card-numbers-full-warning = هر کس این کاغذ را در دست داشته باشد می‌تواند از شماره‌های کامل استفاده کند.
pdf-card-paper = کاغذ
pdf-card-paper-a4 = A4
pdf-card-paper-letter = نامه‌ی آمریکایی (US Letter)
pdf-card-language = زبان PDF
pdf-card-export = ساختن PDF…
pdf-card-busy = در حال حروف‌چینی…
pdf-card-written = { $pages } صفحه در { $path } نوشته شد.
pdf-card-note = توجه: { $warnings }

## The command line (`lifeboat export-pdf`)

pdf-cli-warning = هشدار: { $warning }
pdf-cli-cannot-write = نوشتن { $path } ممکن نشد: { $error }
pdf-cli-written = { $path }: { $pages } صفحه، { $bytes } بایت

## The PDF

pdf-title-default = برنامه‌ی خانواده
pdf-header-made = تهیه‌شده در { $date }
pdf-footer-confidential = محرمانه: نسخه‌ی خانواده
pdf-footer-page = صفحه‌ی { $page } از { $pages }
pdf-date-time-utc = { $date_time } به وقت UTC
pdf-list-separator = {"، "}

pdf-cover-intro = برنامه‌ی ما برای رفتن در شرایط اضطراری، چاپ‌شده برای خانواده در خانه. تهیه‌شده در { $date }.
pdf-cover-updated = آخرین تغییر برنامه: { $date }.
pdf-cover-phase = مرحله‌ی کنونی
pdf-cover-phase-since = از { $date }
pdf-cover-phase-route = مسیر: { $route }
pdf-cover-doing = آنچه انجام می‌دهیم

pdf-household-heading = این برنامه برای چه کسانی است
pdf-household-name = نام
pdf-household-relationship = نسبت
pdf-household-nationality = تابعیت
pdf-household-born = تاریخ تولد
pdf-household-medical = پزشکی
pdf-household-lives = محل زندگی · یادداشت‌ها
pdf-household-owner = صاحب برنامه
pdf-household-pet = { $relationship } (حیوان خانگی)
pdf-household-blood-type = گروه خونی { $blood_type }
pdf-household-speaks = زبان‌ها: { $languages }

pdf-advisories-heading = توصیه‌های سفر
pdf-advisories-none = هنوز داده‌ای از توصیه‌های سفر نیست. هنگام تهیه‌ی این نسخه، Lifeboat هنوز هیچ توصیه‌ی سفری از دولت‌ها دریافت نکرده بود.
pdf-advisories-scale = بالاترین سطح هر کشور در زمان تهیه‌ی این نسخه، روی یک مقیاس از 1 (احتیاط‌های معمول) تا 4 (سفر نکنید).
pdf-advisories-country = کشور
pdf-advisories-level = سطح
pdf-advisories-meaning = معنا
pdf-advisories-source = منبع
pdf-advisories-wording = عبارت خود آن دولت
pdf-advisories-updated = به‌روزرسانی
pdf-advisory-level-1 = احتیاط‌های معمول
pdf-advisory-level-2 = احتیاط بیشتر
pdf-advisory-level-3 = در سفر تجدیدنظر کنید
pdf-advisory-level-4 = سفر نکنید
pdf-advisory-level-unknown = سطح نامشخص

pdf-instructions-heading = اگر به ما دسترسی ندارید
pdf-instructions-none = هنوز دستورالعملی نوشته نشده است.
pdf-call-first-heading = اول با این‌ها تماس بگیرید
pdf-call-first-who = چه کسی
pdf-call-first-role = نقش
pdf-call-first-phone = تلفن
pdf-leave-now-heading = اگر مجبور شویم همین حالا برویم
pdf-tripwires-heading = چه چیزی مرحله‌ی ما را عوض می‌کند
pdf-tripwires-when = وقتی
pdf-tripwires-phase = می‌رویم به
pdf-tripwires-notes = یادداشت‌ها
pdf-tripwire-any-government = توصیه‌ی سفر هر یک از دولت‌ها برای { $country } به { $level } برسد
pdf-tripwire-government = توصیه‌ی سفر دولت { $government } برای { $country } به { $level } برسد
pdf-tripwire-level-top = سطح 4 (سفر نکنید)
pdf-tripwire-level-or-higher = سطح { $level } یا بالاتر

pdf-tag-24-7 = شبانه‌روزی
pdf-contacts-heading = مخاطبان
pdf-contacts-none = هیچ مخاطبی در برنامه نیست.
pdf-contacts-intro = به ترتیبی که باید با آن‌ها تماس گرفت. { $tag } یعنی در هر ساعتی از شبانه‌روز پاسخ می‌دهند.
pdf-contacts-number = #
pdf-contacts-who = چه کسی
pdf-contacts-phones = تلفن و پیام‌رسان‌ها
pdf-contacts-other = ایمیل، نشانی، یادداشت‌ها
pdf-messenger = { $app }: { $handle }

pdf-routes-heading = مسیرهای خروج
pdf-routes-none = هیچ مسیری در برنامه نیست.
pdf-route-letter = برنامه‌ی { $letter }
pdf-route-named = { $letter }: { $name }
pdf-route-status-closed = بسته: استفاده نکنید
pdf-route-verified = آخرین بررسی: { $date }
pdf-route-never-verified = هرگز بررسی نشده
pdf-route-border = مرز: { $crossings }
pdf-legs-number = #
pdf-legs-from-to = از ← به
pdf-leg-arrow = ←
pdf-legs-by = با
pdf-legs-time = زمان
pdf-legs-border = مرز
pdf-legs-needs = نیازها · یادداشت‌ها
pdf-need = { $kind }: { $detail }
pdf-duration-minutes = { $minutes } دقیقه
pdf-duration-hours = { $hours } ساعت
pdf-duration-hours-minutes = { $hours } ساعت و { $minutes } دقیقه
pdf-rally-points = محل‌های قرار

pdf-documents-heading = مدارک
pdf-documents-last4 = از هر شماره فقط نویسه‌های آخر آن چاپ شده است؛ شماره‌های کامل در پرونده‌ی برنامه هست.
pdf-documents-hidden = شماره‌ی مدارک در این نسخه چاپ نشده است.
pdf-documents-none = هیچ مدرکی در برنامه نیست.
pdf-documents-document = مدرک
pdf-documents-holder = دارنده
pdf-documents-number = شماره
pdf-documents-expires = تاریخ انقضا
pdf-documents-original = اصل مدرک کجاست
pdf-documents-copies = رونوشت‌ها · یادداشت‌ها
pdf-documents-expired = منقضی شده
pdf-document-titled = { $kind }: { $title }
pdf-copy = { $medium }: { $location }

pdf-checklists-heading = فهرست‌های وارسی
pdf-checklists-none = هیچ فهرست وارسی‌ای در برنامه نیست.
pdf-checklist-progress = ({ $done } از { $total } انجام شده)
pdf-checklists-item = مورد · یادداشت‌ها
pdf-checklists-quantity = تعداد · تا تاریخ
pdf-item-quantity = × { $quantity }
pdf-item-use-by = مصرف تا { $date }

## The map page, after the cover: the routes drawn over the borders (the map's own words are map.ftl's).

pdf-map-heading = نقشه‌ی مسیرها
pdf-map-shading = کشورها با بالاترین سطح توصیه‌ی سفرشان رنگ خورده‌اند: هرچه تیره‌تر، سطح بالاتر.
pdf-map-unplaced-heading = روی نقشه نیست
pdf-map-unplaced-leg = { $route }: بخش از { $from } تا { $to }، هنوز جایی روی نقشه ندارد
pdf-map-unplaced-crossing = { $route }: گذرگاه مرزی { $crossing }، هنوز جایی روی نقشه ندارد
pdf-map-sources = منابع: مرزها از Natural Earth (مالکیت عمومی)؛ مکان‌ها از GeoNames (CC BY 4.0)؛ فرودگاه‌ها از OurAirports (مالکیت عمومی).
