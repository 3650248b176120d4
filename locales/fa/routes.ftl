# The Routes section: the ways out in order of preference, each with its legs (from, to, border crossing, what
# each leg needs) and its rally points.

routes-intro = به ترتیب اولویت: نخستین مسیر باز، برنامه‌ی A است.
routes-add = + افزودن مسیر
routes-empty = هنوز مسیری ثبت نشده است. برنامه‌ی A را بیفزایید، سپس دست‌کم یک مسیر جایگزین برای وقتی که بسته شود.
routes-new-name = برنامه‌ی { $letter }
routes-rank = اولویت
routes-unnamed = مسیر بی‌نام
routes-move-up = انتقال { $name } به بالا
routes-move-down = انتقال { $name } به پایین
routes-remove = حذف
routes-remove-label = حذف مسیر
routes-remove-confirm = مسیر «{ $name }» و { $legs } بخش آن حذف شود؟

routes-name = نام
routes-name-missing = برای مسیر نامی بگذارید
routes-status = وضعیت
routes-last-verified = آخرین بررسی
routes-verified-today = امروز بررسی شد
routes-summary = خلاصه
routes-summary-placeholder = تهران تا وان، زمینی از راه بازرگان

routes-legs = بخش‌های مسیر
routes-leg = بخش { $number }
routes-leg-border = مرز: { $crossing }
routes-leg-move-up = انتقال بخش { $number } به بالا
routes-leg-move-down = انتقال بخش { $number } به پایین
routes-leg-remove = حذف بخش { $number }
routes-leg-remove-confirm = بخش { $from } ← { $to } حذف شود؟
routes-leg-from = از
routes-leg-from-country = کشور مبدأ
routes-leg-to = به
routes-leg-to-country = کشور مقصد
routes-leg-mode = شیوه‌ی سفر
routes-leg-expected-time = زمان پیش‌بینی‌شده (ساعت:دقیقه)
routes-leg-expected-time-invalid = به شکل ساعت:دقیقه (۳:۳۰) یا به دقیقه (۲۱۰) بنویسید
routes-leg-border-crossing = گذرگاه مرزی
routes-leg-border-crossing-placeholder = بازرگان / گوربولاک
routes-leg-notes = یادداشت‌های این بخش
routes-leg-add = + افزودن بخش

routes-needs = نیازها
routes-needs-of-leg = نیازهای بخش { $number }
routes-need-kind = نوع نیاز
routes-need-detail = جزئیات
routes-need-detail-placeholder = ۳۰۰ دلار برای هر بزرگسال
routes-need-document = مدرک مرتبط
routes-need-no-document = — بدون مدرک —
routes-need-document-removed = (مدرک حذف‌شده)
routes-need-document-of = { $document } – { $holder }
routes-need-remove = حذف نیاز { $number }
routes-need-add = + نیاز

routes-rally-points = محل‌های قرار
routes-rally-name = نام
routes-rally-address = نشانی
routes-rally-notes = یادداشت‌ها
routes-rally-remove = حذف محل قرار { $number }
routes-rally-add = + محل قرار

routes-notes = یادداشت‌ها

## The map above the legs, and each leg's places on it

routes-map-title = مسیرها روی نقشه
routes-map-drawing = در حال کشیدن نقشه…
routes-map-failed = نقشه کشیده نشد. { $error }
routes-map-empty = هنوز هیچ بخشی روی نقشه نیست. زیر هر بخش، برای آغاز و پایانش جایی برگزینید تا خطش دیده شود.
routes-map-unplaced-title = هنوز روی نقشه نیست:
routes-map-unplaced-crossing = گذرگاه { $crossing }
routes-map-legs = مسیرها روی نقشه، بخش به بخش:
routes-map-leg = از { $from } تا { $to }
routes-map-leg-via = از { $from } تا { $to }، با گذر از { $crossing }
routes-map-leg-drawn = روی نقشه
routes-map-leg-not-drawn = هنوز روی نقشه نیست
routes-map-pick-hint = روی نقشه جایی را که { $place } است کلیک کنید. Escape لغو می‌کند.
routes-map-pick-cancel = لغو
routes-place-title = روی نقشه:
routes-place-group = جاهای بخش { $number } روی نقشه
routes-place-from = آغاز
routes-place-to = پایان
routes-place-crossing = گذرگاه
routes-place-none = هنوز جایی ندارد
routes-place-of-leg = { $place } بخش { $number }
routes-place-of-leg-named = { $place } بخش { $number } ({ $name })
routes-place-chip-label = { $place } روی نقشه: { $state }
routes-place-point = { $lat }، { $lon }
routes-place-find = جای { $place } را بیابید: شهر، فرودگاه یا گذرگاه مرزی
routes-place-find-placeholder = تهران، Tehran، IKA، بازرگان…
routes-place-hits = جاهای یافته‌شده
routes-place-no-hits = جایی با این نام در فهرست آفلاین نیست. مختصاتش را در زیر بنویسید یا روی نقشه کلیکش کنید.
routes-place-kind-town = شهر، { $countries }
routes-place-kind-airport = فرودگاه { $town }، { $countries }
routes-place-kind-crossing = گذرگاه مرزی، { $countries }
routes-place-coordinates = یا مختصاتش (عرض، طول جغرافیایی):
routes-place-coordinates-placeholder = 35.6892, 51.3890
routes-place-coordinates-set = همین‌ها
routes-place-coordinates-invalid = دو عدد: عرض جغرافیایی (−۹۰ تا ۹۰) و سپس طول جغرافیایی (−۱۸۰ تا ۱۸۰)، مانند 35.6892, 51.3890.
routes-place-on-map = برگزیدن روی نقشه
routes-place-clear = برداشتن از نقشه
routes-place-close = بستن
routes-place-sources = جاها: GeoNames (CC BY 4.0)؛ فرودگاه‌ها: OurAirports (مالکیت عمومی)؛ گذرگاه‌های مرزی: فهرست خود Lifeboat. همه روی همین رایانه، بی‌نیاز به شبکه.
