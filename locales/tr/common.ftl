# Words shared by every screen, and the app's name.

# The product's name, in Latin letters in every language so a family can find the app and its files by it.
# Written out in messages (not a term): Fluent.js would wrap a term in bidi marks, which searches trip on.
common-app-name = Lifeboat
common-loading = Lifeboat açılıyor…
common-fatal-title = Lifeboat başlatılamıyor
common-language = Dil
common-document-of = { $holder } adına { $document }, no. { $number }
common-cancel = Vazgeç
common-remove = Kaldır

common-country-filter-placeholder = Filtre: ad, diğer ad veya kod; Enter seçer
common-country-filter-label = Ülkeleri ada, diğer ada veya koda göre filtrele
common-country-no-match = “{ $typed }” ile eşleşen ülke yok.
common-country-not-set = — belirtilmedi —
common-country-unknown-code = { $code } (bilinmeyen kod)
common-country-add = + Ülke ekle…
common-country-remove = Kaldır: { $country }
