# Words shared by every screen, and the app's name.

-app-name = Lifeboat

common-app-name = { -app-name }
common-loading = Ouverture de { -app-name }…
common-fatal-title = { -app-name } ne peut pas démarrer
common-language = Langue
common-document-of = { $document } (titulaire : { $holder }, nº { $number })
