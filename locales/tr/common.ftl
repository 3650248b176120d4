# Words shared by every screen, and the app's name.

-app-name = Lifeboat

common-app-name = { -app-name }
common-loading = { -app-name } açılıyor…
common-fatal-title = { -app-name } başlatılamıyor
common-language = Dil
common-document-of = { $holder } adına { $document }, no. { $number }
