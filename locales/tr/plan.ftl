# The plan's own words, shared by the UI, the Rust crates (readiness, validation, notifications, tray) and the
# family PDF. See en/plan.ftl for what each message is.

## The editor's sections

plan-section-dashboard = Özet
plan-section-household = Hane
plan-section-documents = Belgeler
plan-section-contacts = Kişiler
plan-section-routes = Güzergâhlar
plan-section-checklists = Listeler
plan-section-phases = Aşamalar
plan-section-advisories = Seyahat uyarıları
plan-section-settings = Ayarlar

## Phases

plan-phase-normal = Olağan
    .hint = Planı güncel tutun.
plan-phase-prepare = Hazırlık
    .hint = Kısa sürede yola çıkmaya hazır olun.
plan-phase-leave-now = Hemen ayrılın
    .hint = Güzergâhı izleyin ve yola çıkın.
plan-phase-shelter-in-place = Bulunduğun yerde sığınmak
    .hint = Olduğunuz yerde kalın, güvende kalın.

## Governments

plan-government-us = ABD
plan-government-uk = Birleşik Krallık
plan-government-ca = Kanada
plan-government-au = Avustralya
plan-government-de = Almanya

## Document kinds

plan-document-kind-passport = Pasaport
plan-document-kind-national-id = Kimlik kartı
plan-document-kind-visa = Vize
plan-document-kind-residence-permit = İkamet izni
plan-document-kind-exit-reentry-permit = Çıkış ve yeniden giriş izni
plan-document-kind-driving-licence = Sürücü belgesi
plan-document-kind-birth-certificate = Doğum belgesi
plan-document-kind-marriage-certificate = Evlilik cüzdanı
plan-document-kind-vaccination-record = Aşı kartı
plan-document-kind-insurance-policy = Sigorta poliçesi
plan-document-kind-property-deed = Tapu
plan-document-kind-other = Diğer belge
plan-document-generic = Belge
plan-document-of = { $document } (sahibi: { $holder })
plan-holder-unknown = belirtilmemiş

## Copies

plan-copy-medium-paper = Kâğıt
plan-copy-medium-usb = USB bellek
plan-copy-medium-cloud = Bulut
plan-copy-medium-phone = Telefon
plan-copy-medium-other = Diğer

## Contacts

plan-contact-role-family = Aile
plan-contact-role-out-of-country = Yurt dışındaki kişi
plan-contact-role-employer-security = İşveren güvenlik birimi
plan-contact-role-embassy = Büyükelçilik veya konsolosluk
plan-contact-role-protecting-power = Koruyucu güç
plan-contact-role-lawyer = Avukat
plan-contact-role-doctor = Doktor
plan-contact-role-driver = Şoför
plan-contact-role-airline = Havayolu
plan-contact-role-other = Diğer
plan-messenger-signal = Signal
plan-messenger-whatsapp = WhatsApp
plan-messenger-telegram = Telegram
plan-messenger-other = Diğer

## People

plan-person-kind-person = Kişi
plan-person-kind-pet = Evcil hayvan

## Routes

plan-travel-mode-air = Hava yolu
plan-travel-mode-road = Kara yolu
plan-travel-mode-rail = Demir yolu
plan-travel-mode-sea = Deniz yolu
plan-travel-mode-foot = Yaya
plan-route-status-open = Açık
plan-route-status-uncertain = Belirsiz
plan-route-status-closed = Kapalı
plan-need-kind-document = Belge
plan-need-kind-visa = Vize
plan-need-kind-cash = Nakit
plan-need-kind-fuel = Yakıt
plan-need-kind-other = Diğer
plan-route-unnamed = Adsız bir güzergâh
plan-route-letter = Güzergâh { $letter }
plan-route-unlettered = Güzergâh

## Severity

plan-severity-critical = Kritik
plan-severity-warning = Uyarı
plan-severity-info = Bilgi

## New plans and lists

plan-name-of = Plan: { $name }
plan-name-ours = Planımız
plan-checklist-new = Yeni liste

## Checklist templates

plan-template-go-bag-72h = 72 saatlik acil durum çantası
plan-template-documents-and-copies = Belgeler ve kopyaları
plan-template-money = Para
plan-template-digital = Dijital
plan-template-home-and-pets = Ev ve evcil hayvanlar
plan-template-departure-day = Yola çıkış günü

plan-item-go-bag-water = İçme suyu, kişi başı litre
plan-item-go-bag-food = 3 gün yetecek bozulmayan yiyecek
plan-item-go-bag-medicines = 2 haftalık reçeteli ilaçlar, reçeteleriyle birlikte
plan-item-go-bag-first-aid = İlk yardım çantası
plan-item-go-bag-torch = El feneri veya kafa lambası ve yedek pil
plan-item-go-bag-power-bank = Şarjlı taşınabilir şarj cihazı
plan-item-go-bag-chargers = Telefon şarj aletleri ve çoklu priz adaptörü
plan-item-go-bag-clothes = Kişi başı yedek kıyafet ve yağmurluk
plan-item-go-bag-hygiene = Temel hijyen seti
plan-item-go-bag-map = Şehrin ve çıkış güzergâhlarının kâğıt haritası
plan-item-go-bag-whistle = Düdük ve toz maskeleri
plan-item-go-bag-copies = Su geçirmez bir kılıfta önemli belgelerin kopyaları

plan-item-documents-passports = Herkes için en az 6 ay geçerli pasaport
plan-item-documents-residence = İkamet izinleri ve çıkış ve yeniden giriş izinleri
plan-item-documents-certificates = Doğum belgeleri ve evlilik cüzdanı
plan-item-documents-vaccinations = Aşı kayıtları (insanlar ve hayvanlar)
plan-item-documents-insurance = Sigorta poliçeleri ve acil durum numaraları
plan-item-documents-paper-copies = Yurt dışındaki ailede saklanan kâğıt kopyalar
plan-item-documents-usb = Acil durum çantasında şifreli bir USB bellekte taramalar
plan-item-documents-cloud = Her telefondan erişilebilen bir bulut hesabında taramalar
plan-item-documents-photos = Kişi başı vesikalık fotoğraf

plan-item-money-usd = Küçük banknotlarla ABD doları
plan-item-money-eur = Küçük banknotlarla avro
plan-item-money-local = İlk günler için yerel para
plan-item-money-transit = İlk transit ülkenin parası
plan-item-money-two-cards = Farklı bankalardan iki banka kartı
plan-item-money-card-abroad = Yurt dışında çalışan, bu ay denenmiş bir kart
plan-item-money-hidden-cash = Cüzdandan ayrı saklanmış acil durum nakiti

plan-item-digital-backup = Telefon ve dizüstü bilgisayar yedeği, geri yükleme denenmiş
plan-item-digital-offline-maps = Her güzergâh için indirilmiş çevrimdışı haritalar
plan-item-digital-contacts = Yazdırılmış ve çevrimdışı saklanan kişi listesi
plan-item-digital-vpn = VPN kurulmuş ve denenmiş
plan-item-digital-devices = Hassas cihazları silme ya da bırakma planı
plan-item-digital-recovery-codes = Yurt dışında saklanan iki adımlı doğrulama kurtarma kodları
plan-item-digital-cables = Kablolar, şarj aletleri ve adaptörler paketlenmiş

plan-item-home-keys = Anahtarları alıp eve göz kulak olacak biri
plan-item-home-bills = Faturalar, kira ve çalışanlar önceden ödenmiş
plan-item-home-pet-carrier = Taşıma çantası, mama, tasma ve aşı belgeleri
plan-item-home-pet-export = Hayvanın mikroçipi ve çıkış izni kontrol edilmiş
plan-item-home-valuables = Götürülmeyen değerli eşya ve belgeler: saklanmış ya da teslim edilmiş
plan-item-home-shut-off = Gaz ve su vanalarının yeri biliniyor

plan-item-departure-tell-contact = Yurt dışındaki kişiye güzergâhı ve saati bildirin
plan-item-departure-embassy = Ayrılışınızı büyükelçiliğe bildirin
plan-item-departure-fuel = Depo dolu, kara yoluyla gidiliyorsa yedek yakıt
plan-item-departure-go-bags = Acil durum çantaları arabada ya da kapının yanında
plan-item-departure-documents = Belgeler valizde değil, üzerinizde
plan-item-departure-phones = Telefonlar ve taşınabilir şarj cihazları dolu
plan-item-departure-check-in = Her etapta ailenize haber verin

## Readiness

plan-readiness-document-expired = { $document } geçerliliğini { $date } tarihinde yitirdi
plan-readiness-document-expiring = { $document } geçerliliğini { $date } tarihinde, { $days } gün sonra yitiriyor: birçok sınır altı ay geçerlilik istiyor
plan-readiness-document-without-copy = { $document } için başka bir yerde saklanan kopya yok
plan-readiness-no-route = açık çıkış güzergâhı yok: A planını ve bir yedek güzergâh ekleyin
plan-readiness-one-route = yalnızca bir açık güzergâh var: kapanma ihtimaline karşı bir yedek (B planı) ekleyin
plan-readiness-no-contact-abroad = ülke dışında hiç kişi yok: buradaki telefonlar kesilirse yurt dışında biri planı bilmeli
plan-readiness-route-never-verified = { $route } hiç kontrol edilmedi
plan-readiness-route-stale = { $route } en son { $date } tarihinde, { $days } gün önce kontrol edildi

## Validation

plan-invalid-id-missing = bir kaydın kimliği yok
plan-invalid-id-too-long = bir kimlik { $max } karakterden uzun
plan-invalid-id-twice = “{ $id }” kimliği iki kez kullanılmış
plan-invalid-too-many = çok fazla kayıt: en fazla { $max }
plan-invalid-country = “{ $code }” bir ISO 3166 ülke kodu değil
plan-invalid-too-long = çok uzun: en fazla { $max } karakter
plan-invalid-profile-id = profilin kimliği “{ $id }” olmalı
plan-invalid-holder-gone = belge sahibi artık hanede değil
plan-invalid-expires-before-issued = geçerlilik bitiş tarihi veriliş tarihinden önce
plan-invalid-email = bir e-posta adresi değil
plan-invalid-phone = yalnızca rakam, boşluk ve + - ( ) kullanın
plan-invalid-priority = öncelik 1 (ilk aranacak) ile 99 arasındadır
plan-invalid-route-name = güzergâha bir ad verin (“A planı”)
plan-invalid-leg-too-long = 30 günden uzun: birimi kontrol edin (dakika)
plan-invalid-latitude = enlem −90 ile 90 arasında olmalı
plan-invalid-longitude = boylam −180 ile 180 arasında olmalı
plan-invalid-need-document-gone = gereken bir belge artık planda değil
plan-invalid-phase-route-gone = bu güzergâh artık planda değil
plan-invalid-phase-checklist-gone = bir liste artık planda değil
plan-invalid-choose-country = bir ülke seçin
plan-invalid-level = 1 ile 4 arasında bir seviye
plan-invalid-tripwire-phase = bir tetikleyici planı bir üst aşamaya taşır: Hazırlık, Hemen ayrılın ya da Bulunduğun yerde sığınmak seçin
plan-invalid-auto-lock = en fazla { $max } dakika (24 saat)
plan-invalid-language = Lifeboat bu dile çevrilmedi: listeden bir dil seçin
plan-invalid-too-many-countries = en fazla { $max } eklenmiş ülke
plan-invalid-government-twice = bir hükümet iki kez listelenmiş

## Suggestion and instruction

plan-reason-level = { $government }: { $country }, seviye { $level }
plan-reason-alert = { $government }: { $title }
plan-instruction-route = { $phase } — { $route }
plan-instruction-route-named = { $phase } — { $route } ({ $name })
plan-instruction-route-path = { $phase } — { $route }: { $path }
plan-instruction-route-named-path = { $phase } — { $route } ({ $name }): { $path }
plan-instruction-text = { $instruction }. { $text }

## Calendar

plan-ical-calendar-name = Lifeboat: belgelerin geçerlilik bitişleri
plan-ical-description = { $document } geçerliliğini { $date } tarihinde yitiriyor. Erkenden yenileyin: birçok sınır altı ay geçerlilik istiyor.
plan-ical-description-original = { $document } geçerliliğini { $date } tarihinde yitiriyor. Erkenden yenileyin: birçok sınır altı ay geçerlilik istiyor. Asıl belge: { $place }.
plan-ical-expires-in = { $document } geçerliliğini { $months } ay sonra yitiriyor ({ $date })
plan-ical-expires-today = { $document } geçerliliğini bugün yitiriyor

## vCards

plan-vcard-reachable = 7/24 ulaşılabilir.
