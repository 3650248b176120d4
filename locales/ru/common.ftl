# Words shared by every screen, and the app's name.

-app-name = Lifeboat

common-app-name = { -app-name }
common-loading = Открываем { -app-name }…
common-fatal-title = Не удаётся запустить { -app-name }
common-language = Язык
common-document-of = { $document } ({ $holder }), № { $number }
