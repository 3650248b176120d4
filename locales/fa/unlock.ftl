# The unlock screen and recovery with a recovery key.

unlock-intro = برنامه‌ی شما روی همین رایانه رمزگذاری شده است. برای باز کردنش، عبارت عبور را وارد کنید.
unlock-reason-idle = پس از مدتی بی‌فعالیتی قفل شد.
unlock-reason-expired = نشست به پایان رسید؛ برای ادامه، قفل را باز کنید.
unlock-reason-user = قفل شد.
unlock-passphrase-label = عبارت عبور
unlock-submit = باز کردن قفل
unlock-submit-busy = در حال باز کردن قفل…
unlock-forgot = عبارت عبور را فراموش کرده‌اید؟ از کلید بازیابی استفاده کنید
unlock-data-folder = پوشه‌ی داده‌ها:
unlock-version = · نسخه‌ی { $version }

unlock-recover-title = بازیابی با کلید بازیابی
unlock-recover-key-label = کلید بازیابی ({ $prefix }…)
unlock-recover-new-label = عبارت عبور تازه (دست‌کم { $min } نویسه)
unlock-recover-again-label = تکرار عبارت عبور تازه
unlock-recover-submit = بازیابی و تعیین عبارت عبور
unlock-recover-too-short = عبارت عبور تازه باید دست‌کم { $min } نویسه باشد.
unlock-recover-mismatch = دو عبارت عبور تازه با هم یکی نیستند.
unlock-recover-wrong-key = این کلید بازیابی این برنامه را باز نمی‌کند.

unlock-backups-in = نسخه‌های پشتیبان در { $folder } نگه داشته می‌شوند.
unlock-backups-default = نسخه‌های پشتیبان پیشین در پوشه‌ی داده‌ها نگه داشته می‌شوند.

unlock-error-wrong-passphrase = عبارت عبور نادرست است.
    .detail = چیدمان صفحه‌کلید و کلید Caps Lock را بررسی کنید و دوباره امتحان کنید. اگر عبارت عبور گم شده است، از کلید بازیابی در پایین استفاده کنید.
unlock-error-truncated = پرونده‌ی برنامه ناتمام است (بریده شده).
    .detail = احتمالاً هنگام کپی یا ذخیره شدن قطع شده است. پرونده هیچ تغییری نکرده است.
    .advice = تازه‌ترین نسخه‌ی پشتیبان را بازگردانید، یا یک پرونده‌ی سالم را روی آن کپی کنید.
unlock-error-corrupt = پرونده‌ی برنامه آسیب دیده است (خراب).
    .detail = نمی‌توان آن را در این وضع رمزگشایی کرد. پرونده هیچ تغییری نکرده است.
    .advice = تازه‌ترین نسخه‌ی پشتیبان را بازگردانید، یا یک پرونده‌ی سالم را روی آن کپی کنید.
unlock-error-newer-schema = این برنامه با نسخه‌ی جدیدتری از Lifeboat ذخیره شده است.
    .detail = برای باز کردنش Lifeboat را به‌روز کنید. چیزی تغییر نکرده، پس هیچ داده‌ای از دست نرفته است.
unlock-error-newer-format = این مخزن قالب پرونده‌ی جدیدتری دارد.
    .detail = برای باز کردنش Lifeboat را به‌روز کنید. چیزی تغییر نکرده، پس هیچ داده‌ای از دست نرفته است.
unlock-error-not-a-vault = پرونده‌ی درون پوشه‌ی داده‌ها مخزن Lifeboat نیست.
    .detail = چیز دیگری به جای آن ذخیره شده است. به آن دست زده نشده است.
unlock-error-incomplete = مخزن کامل نیست: بخشی از آن وجود ندارد.
    .detail = یکی از پرونده‌های پوشه‌ی داده‌ها نیست (شاید کپی ناقصی بوده است). چیزی تغییر نکرده است.
unlock-error-weak-passphrase = عبارت عبور بیش از اندازه کوتاه است.
unlock-error-unknown = باز کردن قفل ممکن نشد.
