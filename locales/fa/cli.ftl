# واژه‌های خط فرمان Lifeboat، به زبان ترمینال. راهنمای خودکار clap و خروجی JSON انگلیسی می‌مانند.

cli-passphrase-prompt = عبارت عبور Lifeboat:
cli-passphrase-unreadable = عبارت عبور خوانده نشد: { $error }
cli-no-data-folder = پوشه‌ی داده‌ها مشخص نیست: گزینه‌ی --data-dir یا --countries را بدهید
cli-no-data-folder-or-plan = پوشه‌ی داده‌ها مشخص نیست: --data-dir یا --plan را بدهید
cli-cannot-read = { $file } خوانده نشد: { $error }
cli-too-large = { $file }: { $bytes } بایت از هر فیدی بزرگ‌تر است (حداکثر { $max })
cli-not-a-country = «{ $code }» کد کشور ISO 3166 نیست
cli-unknown-government = دولت ناشناخته «{ $name }»؛ یکی از این‌ها: { $list }
cli-one-of = یکی از این‌ها: { $list }
cli-rows-skipped = { $count } ردیف به‌عنوان کشور خوانده نشد:
cli-not-an-alert = به‌عنوان هشدار خوانده نشد: { $item }
cli-check-no-advice = توصیه‌ای پیدا نشد
cli-check-level = سطح { $level }
cli-check-parts = (بخش‌هایی از کشور: سطح { $level })
cli-check-leave-now = همین حالا بروید
cli-check-updated = به‌روزشده در { $date }
cli-check-failed = { $government }: { $message } ({ $code })
cli-could-not-start = Lifeboat اجرا نشد: { $error }
