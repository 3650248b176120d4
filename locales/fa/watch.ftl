# پایش هشدارهای سفر: اعلان‌ها، آیکون سینی (برنامه و پایش پس‌زمینه) و پیام‌های بخش توصیه‌های سفر.

watch-level-changed = { $country } — { $government }: سطح { $level }، { $wording } (قبلاً { $from })
watch-leave-now-added = { $country } — { $government }: همین حالا بروید (سطح { $level }، { $wording })
watch-leave-now-body = این دولت اکنون از شهروندانش در آن کشور می‌خواهد که آنجا را ترک کنند.
watch-regional-level = بخش‌هایی از کشور: سطح { $level }.
watch-update = { $country } — { $publisher }: { $title }
watch-publisher-us-embassy = سفارت ایالات متحده
watch-suggested = پیشنهاد: { $phase } ({ $reason }). برای تصمیم‌گیری Lifeboat را باز کنید.
watch-suggested-with-plan = پیشنهاد: { $phase } ({ $reason }). برنامه‌ی شما: { $plan }
watch-your-plan = برنامه‌ی شما: { $plan }
watch-action-open-in-lifeboat = باز کردن در Lifeboat
watch-action-open-page = باز کردن
watch-tray-not-started = پایش هشدارهای سفر: برای شروع، یک بار قفل را باز کنید
watch-tray-checking = پایش هشدارهای سفر: در حال بررسی…
watch-tray-no-data = پایش هشدارهای سفر: هنوز داده‌ای نیست
watch-tray-highest = بالاترین سطح در کشورهای زیر نظر: { $level } از { $max }
watch-tray-none-reached = هیچ دولتی در دسترس نبود
watch-tray-none-reached-since = از { $when } هیچ دولتی در دسترس نبوده است
watch-tray-some-unreached = { $count ->
        [one] { $governments } در دسترس نبود
       *[other] { $governments } در دسترس نبودند
    }
watch-tray-embassy-alerts-unread = هشدارهای سفارت آمریکا خوانده نشد
watch-tray-suggested = پیشنهاد: { $phase } — برای تصمیم‌گیری Lifeboat را باز کنید
watch-list-and = { $list } و { $last }
watch-list-comma = { $list }، { $next }
watch-tray-open = باز کردن Lifeboat
watch-tray-check-now = بررسی فوری توصیه‌های سفر
watch-tray-lock = قفل کردن
watch-tray-quit = خروج از Lifeboat
watch-notice-set-aside = تاریخچه‌ی ذخیره‌شده‌ی توصیه‌های سفر خوانده نشد: { $problem }. این پرونده با نام { $path } نگه داشته شد و پایش از نو آغاز شد؛ نخستین بررسی، سطح‌های کنونی را بدون هشدار ثبت می‌کند.
watch-notice-not-moved = تاریخچه‌ی ذخیره‌شده‌ی توصیه‌های سفر خوانده نشد ({ $problem }) و کنار گذاشته هم نشد ({ $error })؛ پایش کار می‌کند، اما تا رفع این مشکل چیزی ذخیره نمی‌کند.
watch-problem-newer = با نسخه‌ی جدیدتری از Lifeboat نوشته شده است (قالب { $format })
watch-problem-invalid = معتبر نیست ({ $error })
watch-notice-round-failed = یک بررسی توصیه‌های سفر به‌طور غیرمنتظره ناموفق بود؛ پایش ادامه دارد و دوباره تلاش می‌کند.
watch-notice-save-failed = پایش هشدارهای سفر نتوانست وضعیت خود را ذخیره کند: { $error }
watch-notice-notify-failed = یکی از توصیه‌های سفر تغییر کرد، اما اعلان دسکتاپ نمایش داده نشد ({ $error })؛ تاریخچه‌ی زیر را ببینید.
