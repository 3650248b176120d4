# Words shared by every screen, and the app's name.

-app-name = Lifeboat

common-app-name = { -app-name }
common-loading = Abriendo { -app-name }…
common-fatal-title = { -app-name } no puede iniciarse
common-language = Idioma
common-document-of = { $document } de { $holder }, n.º { $number }
