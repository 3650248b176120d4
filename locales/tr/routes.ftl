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

## The map above the legs, and each leg's places on it

routes-map-title = Haritada rotalar
routes-map-drawing = Harita çiziliyor…
routes-map-failed = Harita çizilemedi. { $error }
routes-map-empty = Haritada henüz hiçbir etap yok. Çizgisini görmek için her etabın altında başlangıcına ve varışına bir yer verin.
routes-map-unplaced-title = Henüz haritada değil:
routes-map-unplaced-crossing = { $crossing } sınır kapısı
routes-map-legs = Haritadaki rotalar, etap etap:
routes-map-leg = { $from } → { $to }
routes-map-leg-via = { $from } → { $to }, { $crossing } üzerinden
routes-map-leg-drawn = haritada
routes-map-leg-not-drawn = henüz haritada değil
routes-map-pick-hint = Haritada { $place } neredeyse oraya tıklayın. Esc iptal eder.
routes-map-pick-cancel = İptal
routes-place-title = Haritada:
routes-place-group = { $number }. etabın haritadaki yerleri
routes-place-from = Başlangıç
routes-place-to = Varış
routes-place-crossing = Sınır kapısı
routes-place-none = henüz yer yok
routes-place-of-leg = { $number }. etabın { $place } noktası
routes-place-of-leg-named = { $number }. etabın { $place } noktası ({ $name })
routes-place-chip-label = Haritada { $place }: { $state }
routes-place-point = { $lat }, { $lon }
routes-place-find = { $place } için yer bulun: bir şehir, havalimanı ya da sınır kapısı
routes-place-find-placeholder = Tahran, تهران, IKA, Bazargan…
routes-place-hits = Bulunan yerler
routes-place-no-hits = Çevrimdışı listede bu adda bir yer yok. Koordinatlarını aşağıya yazın ya da haritada tıklayın.
routes-place-kind-town = şehir, { $countries }
routes-place-kind-airport = { $town } havalimanı, { $countries }
routes-place-kind-crossing = sınır kapısı, { $countries }
routes-place-coordinates = Ya da koordinatları (enlem, boylam):
routes-place-coordinates-placeholder = 35.6892, 51.3890
routes-place-coordinates-set = Bunları kullan
routes-place-coordinates-invalid = İki sayı: önce enlem (−90 ile 90), sonra boylam (−180 ile 180); örneğin 35.6892, 51.3890.
routes-place-on-map = Haritada seç
routes-place-clear = Haritadan kaldır
routes-place-close = Kapat
routes-place-sources = Yerler: GeoNames (CC BY 4.0); havalimanları: OurAirports (kamu malı); sınır kapıları: Lifeboat'un kendi listesi. Hepsi bu bilgisayarda, ağ gerekmez.
