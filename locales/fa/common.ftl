# Words shared by every screen, and the app's name.

# The product's name, in Latin letters in every language so a family can find the app and its files by it.
# Written out in messages (not a term): Fluent.js would wrap a term in bidi marks, which searches trip on.
common-app-name = Lifeboat
common-loading = در حال باز کردن Lifeboat…
common-fatal-title = Lifeboat نمی‌تواند اجرا شود
common-language = زبان
common-document-of = { $document } به نام { $holder }، شماره‌ی { $number }
common-cancel = انصراف
common-remove = حذف

common-country-filter-placeholder = جست‌وجو: نام، نام دیگر یا کد؛ Enter انتخاب می‌کند
common-country-filter-label = جست‌وجوی کشورها با نام، نام دیگر یا کد
common-country-no-match = هیچ کشوری با «{ $typed }» جور نیست.
common-country-not-set = — تعیین نشده —
common-country-unknown-code = { $code } (کد ناشناخته)
common-country-add = + افزودن کشور…
common-country-remove = حذف { $country }
