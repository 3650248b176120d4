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

common-country-filter-placeholder = Фильтр: название, другое название или код; Enter выбирает
common-country-filter-label = Фильтровать страны по названию, другому названию или коду
common-country-no-match = Нет страны, подходящей под «{ $typed }».
common-country-not-set = — не указано —
common-country-unknown-code = { $code } (неизвестный код)
common-country-add = + Добавить страну…
common-country-remove = Удалить: { $country }
