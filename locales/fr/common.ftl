# Words shared by every screen, and the app's name.

# The product's name, in Latin letters in every language so a family can find the app and its files by it.
# Written out in messages (not a term): Fluent.js would wrap a term in bidi marks, which searches trip on.
common-app-name = Lifeboat
common-loading = Ouverture de Lifeboat…
common-fatal-title = Lifeboat ne peut pas démarrer
common-language = Langue
common-document-of = { $document } (titulaire : { $holder }, nº { $number })
common-cancel = Annuler
common-remove = Supprimer
