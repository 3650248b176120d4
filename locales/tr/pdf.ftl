# Aile PDF’si: evdekiler için kâğıt üzerindeki plan ve onu oluşturan Ayarlar kartı.

## The card in Settings

pdf-card-title = Aile PDF’si
pdf-card-hint = Evdekiler için kâğıt üzerindeki plan; Lifeboat olmadan da okunur. Yazdırın; bir dosya istediğinizden daha uzağa gidebilir.
pdf-card-what-goes-in = Neler girecek
pdf-card-section-cover = Kapak: kimler, şimdiki aşama, seyahat uyarısı seviyeleri
pdf-card-section-instructions = “Bize ulaşamazsanız”
pdf-card-section-contacts = Kişiler
pdf-card-section-routes = Güzergâhlar
pdf-card-section-documents = Belgeler
pdf-card-section-checklists = Kontrol listeleri
pdf-card-medical = Tıbbi notlar ve kan grupları
pdf-card-numbers = Belge numaraları
pdf-card-numbers-last4 = Yalnızca son 4 karakter
pdf-card-numbers-full = Tamamı
pdf-card-numbers-hidden = Basılmasın
pdf-card-numbers-full-warning = Kâğıdı eline alan herkes tam numaraları kullanabilir.
pdf-card-paper = Kâğıt
pdf-card-paper-a4 = A4
pdf-card-paper-letter = ABD Letter
pdf-card-language = PDF’nin dili
pdf-card-export = PDF’yi dışa aktar…
pdf-card-busy = Diziliyor…
pdf-card-written = { $pages } sayfa { $path } konumuna yazıldı.
pdf-card-note = Not: { $warnings }

## The command line (`lifeboat export-pdf`)

pdf-cli-warning = uyarı: { $warning }
pdf-cli-cannot-write = { $path } yazılamadı: { $error }
pdf-cli-written = { $path }: { $pages } sayfa, { $bytes } bayt

## The PDF

pdf-title-default = Aile planı
pdf-header-made = Hazırlanma: { $date }
pdf-footer-confidential = Gizli: aile kopyası
pdf-footer-page = Sayfa { $page } / { $pages }
pdf-date-time-utc = { $date_time } UTC
pdf-list-separator = {", "}

pdf-cover-intro = Acil bir durumda ayrılma planımız, evdeki aile için basıldı. Hazırlanma: { $date }.
pdf-cover-updated = Planın son değişikliği: { $date }.
pdf-cover-phase = Şimdiki aşama
pdf-cover-phase-since = başlangıç: { $date }
pdf-cover-phase-route = güzergâh: { $route }
pdf-cover-doing = Ne yapıyoruz

pdf-household-heading = Bu plan kimler için
pdf-household-name = Ad
pdf-household-relationship = Yakınlık
pdf-household-nationality = Uyruk
pdf-household-born = Doğum
pdf-household-medical = Tıbbi
pdf-household-lives = Yaşadığı yer · notlar
pdf-household-owner = Planın sahibi
pdf-household-pet = { $relationship } (evcil hayvan)
pdf-household-blood-type = Kan grubu { $blood_type }
pdf-household-speaks = konuştuğu diller: { $languages }

pdf-advisories-heading = Seyahat uyarıları
pdf-advisories-none = Henüz veri yok. Bu kopya hazırlanırken Lifeboat hiçbir hükümetin seyahat uyarısını almamıştı.
pdf-advisories-scale = Bu kopya hazırlandığı sırada her ülke için en yüksek seviye; 1 (olağan önlemler) ile 4 (seyahat etmeyin) arasındaki tek bir ölçekte.
pdf-advisories-country = Ülke
pdf-advisories-level = Seviye
pdf-advisories-meaning = Anlamı
pdf-advisories-source = Kaynak
pdf-advisories-wording = Kendi ifadeleri
pdf-advisories-updated = Güncelleme
pdf-advisory-level-1 = Olağan önlemler
pdf-advisory-level-2 = Daha fazla dikkat
pdf-advisory-level-3 = Seyahati yeniden düşünün
pdf-advisory-level-4 = Seyahat etmeyin
pdf-advisory-level-unknown = Bilinmeyen seviye

pdf-instructions-heading = Bize ulaşamazsanız
pdf-instructions-none = Henüz talimat yazılmadı.
pdf-call-first-heading = Önce bunları arayın
pdf-call-first-who = Kim
pdf-call-first-role = Görevi
pdf-call-first-phone = Telefon
pdf-leave-now-heading = Hemen ayrılmak zorunda kalırsak
pdf-tripwires-heading = Aşamamızı ne değiştirir
pdf-tripwires-when = Ne zaman
pdf-tripwires-phase = Geçtiğimiz aşama
pdf-tripwires-notes = Notlar
pdf-tripwire-any-government = herhangi bir hükümetin { $country } için seyahat uyarısı şu seviyeye ulaşırsa: { $level }
pdf-tripwire-government = { $government } hükümetinin { $country } için seyahat uyarısı şu seviyeye ulaşırsa: { $level }
pdf-tripwire-level-top = 4 (seyahat etmeyin)
pdf-tripwire-level-or-higher = { $level } ya da üstü

pdf-tag-24-7 = 7/24
pdf-contacts-heading = Kişiler
pdf-contacts-none = Planda kişi yok.
pdf-contacts-intro = Aranacakları sırayla. { $tag }, her saatte yanıt verdikleri anlamına gelir.
pdf-contacts-number = No.
pdf-contacts-who = Kim
pdf-contacts-phones = Telefon ve mesajlaşma
pdf-contacts-other = E-posta, adres, notlar
pdf-messenger = { $app }: { $handle }

pdf-routes-heading = Çıkış güzergâhları
pdf-routes-none = Planda güzergâh yok.
pdf-route-letter = Plan { $letter }
pdf-route-named = { $letter }: { $name }
pdf-route-status-closed = Kapalı: kullanmayın
pdf-route-verified = son doğrulama: { $date }
pdf-route-never-verified = hiç doğrulanmadı
pdf-route-border = sınır: { $crossings }
pdf-legs-number = No.
pdf-legs-from-to = Nereden → nereye
pdf-leg-arrow = →
pdf-legs-by = Nasıl
pdf-legs-time = Süre
pdf-legs-border = Sınır
pdf-legs-needs = Gerekenler · notlar
pdf-need = { $kind }: { $detail }
pdf-duration-minutes = { $minutes } dk
pdf-duration-hours = { $hours } sa
pdf-duration-hours-minutes = { $hours } sa { $minutes } dk
pdf-rally-points = Buluşma noktaları

pdf-documents-heading = Belgeler
pdf-documents-last4 = Numaraların yalnızca son karakterleri görünür; tam numaralar plan dosyasındadır.
pdf-documents-hidden = Belge numaraları bu kopyaya basılmadı.
pdf-documents-none = Planda belge yok.
pdf-documents-document = Belge
pdf-documents-holder = Sahibi
pdf-documents-number = Numara
pdf-documents-expires = Geçerlilik sonu
pdf-documents-original = Aslı nerede
pdf-documents-copies = Kopyalar · notlar
pdf-documents-expired = süresi doldu
pdf-document-titled = { $kind }: { $title }
pdf-copy = { $medium }: { $location }

pdf-checklists-heading = Kontrol listeleri
pdf-checklists-none = Planda kontrol listesi yok.
pdf-checklist-progress = ({ $total } maddeden { $done } tanesi tamam)
pdf-checklists-item = Madde · notlar
pdf-checklists-quantity = Miktar · son kullanma
pdf-item-quantity = × { $quantity }
pdf-item-use-by = son kullanma: { $date }

## The map page, after the cover: the routes drawn over the borders (the map's own words are map.ftl's).

pdf-map-heading = Güzergâh haritası
pdf-map-shading = Ülkeler en yüksek seyahat uyarısı seviyelerine göre gölgelendi: ne kadar koyuysa seviye o kadar yüksek.
pdf-map-unplaced-heading = Haritada olmayanlar
pdf-map-unplaced-leg = { $route }: { $from } ile { $to } arasındaki etap, haritada henüz yeri yok
pdf-map-unplaced-crossing = { $route }: { $crossing } sınır kapısı, haritada henüz yeri yok
pdf-map-sources = Kaynaklar: sınırlar Natural Earth'ten (kamu malı); yerler GeoNames'ten (CC BY 4.0); havalimanları OurAirports'tan (kamu malı).
