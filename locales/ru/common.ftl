# Words shared by every screen, and the app's name.

# The product's name, in Latin letters in every language so a family can find the app and its files by it.
# Written out in messages (not a term): Fluent.js would wrap a term in bidi marks, which searches trip on.
common-app-name = Lifeboat
common-loading = Открываем Lifeboat…
common-fatal-title = Не удаётся запустить Lifeboat
common-language = Язык
common-document-of = { $document } ({ $holder }), № { $number }
common-cancel = Отмена
common-remove = Удалить
