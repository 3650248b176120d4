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
