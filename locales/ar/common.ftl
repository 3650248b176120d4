# Words shared by every screen, and the app's name.

# The product's name, in Latin letters in every language so a family can find the app and its files by it.
# Written out in messages (not a term): Fluent.js would wrap a term in bidi marks, which searches trip on.
common-app-name = Lifeboat
common-loading = جارٍ فتح Lifeboat…
common-fatal-title = تعذّر تشغيل Lifeboat
common-language = اللغة
common-document-of = { $document } باسم { $holder }، رقم { $number }
common-cancel = إلغاء
common-remove = حذف

common-country-filter-placeholder = تصفية: الاسم أو اسم آخر أو الرمز؛ Enter للاختيار
common-country-filter-label = تصفية البلدان بالاسم أو باسم آخر أو بالرمز
common-country-no-match = لا يوجد بلد يطابق «{ $typed }».
common-country-not-set = — غير محدد —
common-country-unknown-code = { $code } (رمز غير معروف)
common-country-add = + أضف بلدًا…
common-country-remove = إزالة { $country }
