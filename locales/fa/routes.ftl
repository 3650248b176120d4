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
