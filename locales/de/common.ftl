# Words shared by every screen, and the app's name.

# The product's name, in Latin letters in every language so a family can find the app and its files by it.
# Written out in messages (not a term): Fluent.js would wrap a term in bidi marks, which searches trip on.
common-app-name = Lifeboat
common-loading = Lifeboat wird geöffnet…
common-fatal-title = Lifeboat kann nicht starten
common-language = Sprache
common-document-of = { $document } von { $holder }, Nr. { $number }
common-cancel = Abbrechen
common-remove = Entfernen

common-country-filter-placeholder = Filter: Name, anderer Name oder Code; Enter wählt aus
common-country-filter-label = Länder nach Name, anderem Namen oder Code filtern
common-country-no-match = Kein Land passt zu „{ $typed }“.
common-country-not-set = — nicht festgelegt —
common-country-unknown-code = { $code } (unbekannter Code)
common-country-add = + Land hinzufügen…
common-country-remove = { $country } entfernen
