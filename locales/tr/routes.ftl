# The Routes section: the ways out in order of preference, each with its legs (from, to, border crossing, what
# each leg needs) and its rally points.

routes-intro = Tercih sırasına göre: ilk açık güzergâh A planıdır.
routes-add = + Güzergâh ekle
routes-empty = Henüz güzergâh yok. A planını ekleyin, ardından kapanma ihtimaline karşı en az bir alternatif ekleyin.
routes-new-name = { $letter } planı
routes-rank = Tercih sırası
routes-unnamed = Adsız güzergâh
routes-move-up = { $name } yukarı taşı
routes-move-down = { $name } aşağı taşı
routes-remove = Kaldır
routes-remove-label = Güzergâhı kaldır
routes-remove-confirm = “{ $name }” güzergâhı ve { $legs } etabı kaldırılsın mı?

routes-name = Ad
routes-name-missing = güzergâha bir ad verin
routes-status = Durum
routes-last-verified = Son doğrulama
routes-verified-today = Bugün doğrulandı
routes-summary = Özet
routes-summary-placeholder = Tahran’dan Van’a karayoluyla, Bazargan üzerinden

routes-legs = Etaplar
routes-leg = { $number }. etap
routes-leg-border = Sınır: { $crossing }
routes-leg-move-up = { $number }. etabı yukarı taşı
routes-leg-move-down = { $number }. etabı aşağı taşı
routes-leg-remove = { $number }. etabı kaldır
routes-leg-remove-confirm = { $from } → { $to } etabı kaldırılsın mı?
routes-leg-from = Nereden
routes-leg-from-country = Çıkış ülkesi
routes-leg-to = Nereye
routes-leg-to-country = Varış ülkesi
routes-leg-mode = Ulaşım şekli
routes-leg-expected-time = Tahmini süre (s:dd)
routes-leg-expected-time-invalid = s:dd (3:30) ya da dakika (210) olarak yazın
routes-leg-border-crossing = Sınır kapısı
routes-leg-border-crossing-placeholder = Bazargan / Gürbulak
routes-leg-notes = Etap notları
routes-leg-add = + Etap ekle

routes-needs = İhtiyaçlar
routes-needs-of-leg = { $number }. etabın ihtiyaçları
routes-need-kind = İhtiyaç türü
routes-need-detail = Ayrıntı
routes-need-detail-placeholder = Yetişkin başına 300 USD
routes-need-document = Bağlı belge
routes-need-no-document = — belge yok —
routes-need-document-removed = (kaldırılmış belge)
routes-need-document-of = { $document } – { $holder }
routes-need-remove = { $number }. ihtiyacı kaldır
routes-need-add = + İhtiyaç

routes-rally-points = Buluşma noktaları
routes-rally-name = Ad
routes-rally-address = Adres
routes-rally-notes = Notlar
routes-rally-remove = { $number }. buluşma noktasını kaldır
routes-rally-add = + Buluşma noktası

routes-notes = Notlar
