# Words shared by every screen, and the app's name.

-app-name = Lifeboat

common-app-name = { -app-name }
common-loading = جارٍ فتح { -app-name }…
common-fatal-title = تعذّر تشغيل { -app-name }
common-language = اللغة
common-document-of = { $document } باسم { $holder }، رقم { $number }
