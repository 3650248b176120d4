# The Advisories section, the advisory timeline and the words of the advisory watch the dashboard shares, and the
# country pickers that came with the watch.

advisories-highest = بالاترین:
advisories-check-now = بررسی همین حالا
advisories-checking = در حال بررسی…
advisories-checking-governments = در حال بررسی دولت‌ها…
advisories-checked-ago = { $ago } بررسی شد
advisories-next-round = بررسی بعدی: { $when }
advisories-due-now = همین حالا
advisories-interval-fast-both = هشدارهای سفارت آمریکا و توصیه‌های سفر بریتانیا
advisories-interval-fast-embassy = هشدارهای سفارت آمریکا
advisories-interval-fast-uk = توصیه‌های سفر بریتانیا
advisories-interval-fast = { $fast } هر { $minutes } دقیقه
advisories-interval-fast-hourly = { $fast } هر { $minutes } دقیقه، بقیه‌ی توصیه‌های سفر هر ساعت
advisories-interval-fast-others = { $fast } هر { $minutes } دقیقه، بقیه‌ی توصیه‌های سفر هر { $others } دقیقه
advisories-interval-hourly = هر ساعت
advisories-interval-rule = هشدارهای سفارت آمریکا و توصیه‌های سفر بریتانیا: هر { $alerts } دقیقه، و تا وقتی کشوری زیر نظر در سطح ۴ است یا برنامه‌ی شما بالاتر از مرحله‌ی عادی است هر { $alerts_hot } دقیقه. بقیه‌ی توصیه‌های سفر: هر ساعت، و تا وقتی کشوری زیر نظر در سطح ۳ یا بالاتر است یا برنامه‌ی شما بالاتر از مرحله‌ی عادی است هر { $others_hot } دقیقه.
advisories-interval-hot = هر { $minutes } دقیقه، تا وقتی کشوری زیر نظر در سطح ۳ یا بالاتر است یا برنامه‌ی شما بالاتر از مرحله‌ی عادی است
advisories-interval = هر { $minutes } دقیقه
advisories-watch-error = پایش هشدارهای سفر خوانده نشد: { $error }
advisories-try-again = دوباره امتحان کنید
advisories-loading = در حال بارگیری پایش هشدارهای سفر…
advisories-no-governments = هیچ دولتی در پایین انتخاب نشده است، پس چیزی زیر نظر نیست. دست‌کم یکی را در تنظیمات پایش علامت بزنید.
advisories-empty = هنوز هیچ کشوری زیر نظر نیست.
advisories-empty-how = برای آغاز پایش، محل اقامت خود را در { $household } یا یک مسیر را در { $routes } وارد کنید، یا در تنظیمات پایین کشوری بیفزایید.

advisories-time-just-now = همین الان
advisories-time-under-a-minute = کمتر از یک دقیقه‌ی دیگر

advisories-level = سطح { $level }
advisories-level-highest = بالاترین سطح: { $level }
advisories-level-none = بدون سطح
advisories-level-title = { $government }: سطح { $level }، { $label }
advisories-disagree = دولت‌ها هم‌نظر نیستند
    .title = دو دولت دست‌کم ۲ سطح با هم فاصله دارند: هر دو را بخوانید.
    .hint = ارزیابی دولت‌های زیر دست‌کم دو سطح با هم فاصله دارد: نظر هر یک را بخوانید.
advisories-watched-because = زیر نظر است چون:
advisories-reason-residence = اینجا زندگی می‌کنید
advisories-reason-route = در مسیر { $route }
advisories-reason-route-unnamed = در مسیری بی‌نام
advisories-reason-added = خودتان افزوده‌اید
advisories-advice-for = توصیه‌ها درباره‌ی { $country }، به تفکیک دولت
advisories-leave-now = همین حالا بروید: این دولت از شهروندانش می‌خواهد کشور را ترک کنند
advisories-regional = در بخش‌هایی: سطح { $level }
advisories-published = منتشرشده
advisories-checked = بررسی‌شده
advisories-seen = دیده‌شده در این رایانه
advisories-stale-since = کهنه: آخرین تأیید { $ago }
advisories-stale-never = کهنه: هرگز تأیید نشده
advisories-stale = کهنه
advisories-official-page = صفحه‌ی رسمی
advisories-official-page-for = صفحه‌ی رسمی: { $source } درباره‌ی { $country }
advisories-not-reached = دسترسی نشد
advisories-not-checked = هنوز بررسی نشده
advisories-not-checked-hint = هنوز بررسی نشده است.
advisories-no-advice = این دولت هنوز توصیه‌ای درباره‌ی { $country } ندارد.
advisories-named = { $name }: { $text }
advisories-summaries = هر دولت چه می‌گوید

advisories-source-us-embassy = سفارت آمریکا
advisories-feed-unreachable = { $source }: دسترسی ممکن نشد
advisories-feed-unreachable-since = { $source }: از { $time } دسترسی ممکن نشده است
advisories-feed-down = { $source }: منبع از دسترس خارج است
advisories-feed-down-since = { $source }: منبع از { $time } از دسترس خارج است
advisories-unreachable = دسترسی ممکن نشد
advisories-unreachable-since = از { $time } دسترسی ممکن نشده است
advisories-with-reason = { $text } ({ $reason })
advisories-error-timeout = پاسخی به‌موقع نرسید
advisories-error-connect = اتصال برقرار نشد
advisories-error-transport = اتصال قطع شد
advisories-error-rate-limited = درخواست‌ها بیش از اندازه بود
advisories-error-server = خطای سرور
advisories-error-refused = درخواست پذیرفته نشد
advisories-error-challenge-page = صفحه‌ی بررسی امنیتی جلوی آن را گرفت
advisories-error-redirects = تغییر مسیرهای پی‌درپی و بی‌پایان
advisories-error-too-large = پاسخ بیش از اندازه بزرگ بود
advisories-error-implausible = پاسخ نادرست به نظر می‌رسید؛ آخرین داده‌ی سالم نگه داشته شد
advisories-error-unreadable = پاسخ خوانده نشد
advisories-error-other = خطا

advisories-reach-all = بررسی شد
advisories-reach-all-at = ساعت { $time } بررسی شد
advisories-reach-failed = دسترسی به { $governments } ممکن نشد
advisories-reach-embassy-down = خواندن هشدارهای سفارت آمریکا برای { $countries } ممکن نشد (منبع از دسترس خارج است)
advisories-reach-embassy-down-since = خواندن هشدارهای سفارت آمریکا برای { $countries } ممکن نشد (منبع از { $time } از دسترس خارج است)
advisories-reach-checked = { $count ->
        [one] { $governments } بررسی شد
       *[other] { $governments } بررسی شدند
    }
advisories-reach-checked-at = { $count ->
        [one] { $governments } ساعت { $time } بررسی شد
       *[other] { $governments } ساعت { $time } بررسی شدند
    }
advisories-reach-embassy-read = هشدارهای سفارت آمریکا خوانده شد
advisories-reach-embassy-read-at = هشدارهای سفارت آمریکا ساعت { $time } خوانده شد
advisories-reach-then = { $first }؛ { $then }
advisories-reach-some-governments = برخی دولت‌ها
advisories-reach-none = دسترسی به هیچ دولتی ممکن نشد؛ هنوز سطحی برای نمایش نیست
advisories-reach-none-since = از { $time } دسترسی به هیچ دولتی ممکن نشده است؛ هنوز سطحی برای نمایش نیست
advisories-reach-none-data = دسترسی به هیچ دولتی ممکن نشد؛ سطح‌های نمایش‌داده‌شده مربوط به { $day } است
advisories-reach-none-since-data = از { $time } دسترسی به هیچ دولتی ممکن نشده است؛ سطح‌های نمایش‌داده‌شده مربوط به { $day } است

advisories-timeline = گاه‌شمار
advisories-timeline-label = گاه‌شمار { $country }، تازه‌ترین در بالا
advisories-timeline-show-all = نمایش همه‌ی { $count } مورد ({ $hidden } مورد دیگر)
advisories-timeline-show-fewer = نمایش کمتر
advisories-history-baseline = نخستین بار دیده شد
advisories-history-alert-baseline = هشدار امنیتی، منتشرشده پیش از نخستین بررسی
advisories-history-changed = از سطح { $from } به سطح { $level }
advisories-history-now-level = اکنون سطح { $level }
advisories-history-reissued = دوباره منتشر شد، با همان سطح
advisories-history-leave-now-given = توصیه‌ی «همین حالا بروید» داده شد
advisories-history-leave-now-changed = توصیه‌ی «همین حالا بروید» تغییر کرد
advisories-history-alert = هشدار امنیتی
advisories-history-update = به‌روزرسانی هشدار سفر
advisories-history-alert-edited = متن هشدار ویرایش شد
advisories-history-update-edited = متن به‌روزرسانی ویرایش شد
advisories-priority-high = اولویت بالا
advisories-priority-normal = اولویت عادی
advisories-priority-low = اولویت پایین
advisories-priority-with-reason = { $priority } — { $reason }
advisories-rule-leave-now = به ترک کشور فرا می‌خواند
advisories-rule-evacuation = از تخلیه خبر می‌دهد
advisories-rule-ordered-departure = از دستور خروج کارکنان دولتی خبر می‌دهد
advisories-rule-staff-withdrawn = از فراخواندن کارکنان خبر می‌دهد
advisories-rule-embassy-closed = از بسته شدن یا بسته بودن سفارت خبر می‌دهد
advisories-rule-airport-closed = از بسته شدن یا بسته بودن فرودگاه یا حریم هوایی خبر می‌دهد
advisories-rule-border-closed = از بسته شدن یا بسته بودن مرز خبر می‌دهد
advisories-rule-curfew = از منع آمد و شد خبر می‌دهد
advisories-rule-reissued-without-amendment = بازبینی و بدون تغییر دوباره منتشر شد
advisories-rule-editorial = فقط اصلاح ویرایشی
advisories-rule-no-level-change = بدون تغییر در سطح یا شاخص‌های خطر
advisories-rule-new-item = هشدار یا به‌روزرسانی تازه
advisories-rule-level-rose = سطح بالا رفت
advisories-rule-level-lowered = سطح پایین آمد
advisories-rule-no-longer-leave-now = دیگر به ترک کشور فرا نمی‌خواند

advisories-governments = دولت‌ها
    .government = دولت
    .watched = زیر نظر
    .last-success = آخرین موفقیت
    .last-attempt = آخرین تلاش
    .countries = کشورها
    .state = وضعیت
advisories-watched-yes = بله
advisories-watched-off = خاموش
advisories-never = هرگز
advisories-ok = بی‌مشکل

advisories-settings = تنظیمات پایش
advisories-settings-governments = دولت‌هایی که خوانده شوند
advisories-settings-also-watch = این‌ها را هم زیر نظر بگیر (جز محل اقامت و مسیرهای شما)
advisories-settings-added-countries = کشورهایی که به پایش افزوده‌اید
advisories-settings-background = اعلان‌ها و اجرا در پس‌زمینه
advisories-settings-notify = وقتی سطح کشوری زیر نظر تغییر کرد، به من اعلان بده
advisories-settings-plan-in-notifications = دستورِ برنامه‌ام را در اعلان‌ها نشان بده
    .hint = اعلان‌ها ممکن است روی صفحه‌ی قفل نمایش داده شوند: هر کس آن را ببیند دستور را می‌خواند («برنامه‌ی شما: همین حالا بروید — مسیر A…»). علامت را بردارید تا اعلان‌ها فقط سطح را بگویند.
advisories-settings-close-to-tray = بستن پنجره، پایش را در سینی سیستم روشن نگه می‌دارد
    .hint = با بستن پنجره برنامه قفل می‌شود؛ پایش به بررسی ادامه می‌دهد.
advisories-settings-start-at-login = اجرای Lifeboat هنگام ورود به سیستم (در سینی سیستم)
