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

common-country-filter-placeholder = Filtrer : nom, autre nom ou code ; Entrée choisit
common-country-filter-label = Filtrer les pays par nom, autre nom ou code
common-country-no-match = Aucun pays ne correspond à « { $typed } ».
common-country-not-set = — non renseigné —
common-country-unknown-code = { $code } (code inconnu)
common-country-add = + Ajouter un pays…
common-country-remove = Retirer { $country }
