# The Settings section: the plan's name and auto-lock, the passphrase, recovery keys, import and export, backups
# and what this installation is. (The language picker's label is common-language.)

settings-plan = برنامه
settings-plan-name = نام برنامه (روی نسخه‌های چاپی می‌آید)
settings-auto-lock = قفل پس از چند دقیقه بی‌کاری (۰ = هرگز)
settings-auto-lock-range = از ۰ (خاموش) تا ۱۴۴۰ دقیقه

settings-passphrase-title = تغییر عبارت عبور
settings-passphrase-current = عبارت عبور کنونی
settings-passphrase-new = عبارت عبور تازه (دست‌کم { $min } نویسه)
settings-passphrase-again = تکرار عبارت عبور تازه
settings-passphrase-submit = تغییر عبارت عبور
settings-passphrase-too-short = عبارت عبور تازه باید دست‌کم { $min } نویسه باشد.
settings-passphrase-mismatch = دو عبارت عبور تازه با هم یکی نیستند.
settings-passphrase-changed = عبارت عبور تغییر کرد. از این پس عبارت تازه را به کار ببرید.
settings-passphrase-wrong = عبارت عبور کنونی نادرست است.

settings-recovery-title = کلید بازیابی
settings-recovery-intro = اگر عبارت عبور فراموش شود، کلید بازیابی برنامه را باز می‌کند. آن را چاپ کنید یا بنویسید و دور از این رایانه نگه دارید.
settings-recovery-has-one = این برنامه از پیش یک کلید بازیابی دارد؛ ساختن کلید تازه، کلید دیگری می‌افزاید.
settings-recovery-none = این برنامه هنوز کلید بازیابی ندارد.
settings-recovery-shown-once = فقط یک بار نشان داده می‌شود.
settings-recovery-write-down = همین حالا آن را بنویسید: Lifeboat دیگر نمی‌تواند آن را نشان دهد.
settings-recovery-done = آن را نوشتم
settings-recovery-passphrase = عبارت عبور کنونی
settings-recovery-wrong = عبارت عبور نادرست است.
settings-recovery-create = ساختن کلید بازیابی

settings-io-title = درون‌ریزی و برون‌بری
settings-export-title = برون‌بری برنامه
settings-export-encrypt = رمزگذاری با عبارت عبور
settings-export-passphrase = عبارت عبور این پرونده
settings-export-unencrypted = بدون رمزگذاری، هر کس پرونده را پیدا کند می‌تواند همه‌ی برنامه را بخواند.
settings-export-submit = برون‌بری…
settings-export-too-short = برای برون‌بری، عبارت عبوری با دست‌کم { $min } نویسه به کار ببرید، یا رمزگذاری را بردارید.
settings-export-file-encrypted = برنامه‌ی رمزگذاری‌شده
settings-export-done-encrypted = نسخه‌ی رمزگذاری‌شده در { $path } نوشته شد.
settings-export-done-plain = در { $path } نوشته شد. این پرونده رمزگذاری نشده است: آن را در جای امنی نگه دارید.
settings-import-title = درون‌ریزی برنامه
settings-import-hint = جایگزین برنامه‌ی کنونی می‌شود؛ برنامه‌ی کنونی در نسخه‌های پشتیبان می‌ماند.
settings-import-passphrase = عبارت عبور (فقط برای پرونده‌های رمزگذاری‌شده)
settings-import-submit = درون‌ریزی…
settings-import-file = برنامه‌ی Lifeboat
settings-import-confirm = برنامه‌ی کنونی با برنامه‌ی درون { $path } جایگزین شود؟ برنامه‌ی کنونی در نسخه‌های پشتیبان می‌ماند.
settings-import-confirm-ok = جایگزین کردن برنامه
settings-import-done = برنامه درون‌ریزی شد.
settings-import-wrong-passphrase = عبارت عبور این پرونده نادرست است.
settings-import-passphrase-required = این پرونده رمزگذاری شده است: عبارت عبورش را وارد کنید و دوباره درون‌ریزی کنید.

settings-backups-title = نسخه‌های پشتیبان
settings-backups-refresh = تازه‌سازی
settings-backups-empty = هنوز نسخه‌ی پشتیبانی نیست: هر بار که برنامه بازنویسی شود، یک نسخه نگه داشته می‌شود.
settings-backups-saved = زمان ذخیره
settings-backups-size = اندازه
settings-backups-action = کار
settings-backups-restore = بازگردانی
settings-backups-restore-label = بازگردانی نسخه‌ی پشتیبان { $date }
settings-restore-confirm = نسخه‌ی پشتیبان { $date } بازگردانده شود؟ برنامه‌ی کنونی هم به‌صورت نسخه‌ی پشتیبان نگه داشته می‌شود.
settings-restore-confirm-ok = بازگردانی
settings-restore-done = نسخه‌ی پشتیبان { $date } بازگردانده شد.

settings-about-title = درباره
settings-about-data-folder = پوشه‌ی داده‌ها
settings-about-version = نسخه
settings-about-unknown = نامعلوم
