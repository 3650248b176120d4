# Words shared by every screen, and the app's name.

-app-name = Lifeboat

common-app-name = { -app-name }
common-loading = در حال باز کردن { -app-name }…
common-fatal-title = { -app-name } نمی‌تواند اجرا شود
common-language = زبان
common-document-of = { $document } به نام { $holder }، شماره‌ی { $number }
