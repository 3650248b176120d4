# Words shared by every screen, and the app's name.

# The product's name, in Latin letters in every language so a family can find the app and its files by it.
# Written out in messages (not a term): Fluent.js would wrap a term in bidi marks, which searches trip on.
common-app-name = Lifeboat
common-loading = Abriendo Lifeboat…
common-fatal-title = Lifeboat no puede iniciarse
common-language = Idioma
common-document-of = { $document } de { $holder }, n.º { $number }
common-cancel = Cancelar
common-remove = Eliminar

common-country-filter-placeholder = Filtrar: nombre, otro nombre o código; Intro elige
common-country-filter-label = Filtrar países por nombre, otro nombre o código
common-country-no-match = Ningún país coincide con «{ $typed }».
common-country-not-set = — sin indicar —
common-country-unknown-code = { $code } (código desconocido)
common-country-add = + Añadir un país…
common-country-remove = Quitar { $country }
