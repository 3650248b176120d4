# Words shared by every screen, and the app's name.

-app-name = Lifeboat

common-app-name = { -app-name }
common-loading = { -app-name } wird geöffnet…
common-fatal-title = { -app-name } kann nicht starten
common-language = Sprache
common-document-of = { $document } von { $holder }, Nr. { $number }
