# The dashboard: the current phase and what to do, the watch's suggestion, the advisories at a glance, readiness,
# checklists and the plan's counts.

dashboard-checked-on = Denetlendi: { $date }

dashboard-suggestion-level = { $government }: { $country }, seviye { $level }
dashboard-suggestion-alert = { $source }: { $title }
dashboard-suggestion-by-tripwire = — tetikleyiciniz şu aşamayı öneriyor: { $phase }.
dashboard-suggestion-by-rule = — tetikleyicilerinizin hiçbiri { $country } için geçerli değil, bu yüzden Lifeboat’un yerleşik kuralı şu aşamayı öneriyor: { $phase }.
dashboard-suggestion-accept = Aşamaya geç: { $phase }
dashboard-suggestion-dismiss = Şimdi değil

dashboard-current-phase = Şu anki aşama
dashboard-phase-since = başlangıç: { $time }
dashboard-change-phase = Aşamayı değiştir
dashboard-what-to-do = Şimdi ne yapmalı
dashboard-no-instructions = Bu aşama için henüz talimat yok.
dashboard-write-instructions = Talimatları yaz: { $section }
dashboard-route = Rota
dashboard-unnamed-route = Adsız rota
dashboard-route-none = belirlenmedi
dashboard-checklists = Kontrol listeleri
dashboard-checklists-none = bağlı liste yok
dashboard-progress = { $done }/{ $total }

dashboard-advisories = Seyahat uyarıları
dashboard-open-advisories = Seyahat uyarılarını aç
dashboard-loading = Yükleniyor…
dashboard-advisories-empty = Henüz hiçbir ülke izlenmiyor: izlemeye başlamak için { $household } bölümüne ikamet yerinizi ya da bir rota ekleyin.
dashboard-show-advisories = { $country }: seyahat uyarılarını göster
dashboard-latest-high = Yüksek öncelikli en yeni uyarı
dashboard-disagree = farklı görüş
    .title = Hükümetler arasında 2 veya daha fazla seviye fark var
dashboard-leave-now-advised = Hemen ayrılmanız tavsiye ediliyor

dashboard-readiness = Hazırlık
dashboard-readiness-ok = Sorun bulunmadı. Planı güncel tutun.
dashboard-fix = Düzelt
    .label = Düzelt: { $section }
dashboard-checklists-empty = Henüz kontrol listesi yok.
dashboard-untitled-list = Adsız liste
dashboard-counts = Planda
    .people = Kişiler
    .pets = Evcil hayvanlar
    .documents = Belgeler
    .expiring = Süresi dolmuş veya < 6 ay
    .contacts = İletişim kişileri
    .routes-open = Açık rotalar
    .tripwires = Tetikleyiciler
dashboard-routes-open = { $open } / { $total }
