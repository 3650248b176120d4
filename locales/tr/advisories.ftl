# The Advisories section, the advisory timeline and the words of the advisory watch the dashboard shares, and the
# country pickers that came with the watch.
# Turkish: no case suffix is attached to a variable (its last vowel is unknown): postpositions and colons instead.

advisories-highest = En yüksek:
advisories-check-now = Şimdi denetle
advisories-checking = Denetleniyor…
advisories-checking-governments = Hükümetler şimdi denetleniyor…
advisories-checked-ago = Denetlendi: { $ago }
advisories-next-round = sonraki denetim: { $when }
advisories-due-now = şimdi
advisories-interval-fast-both = ABD Büyükelçiliği güvenlik uyarıları ve Birleşik Krallık seyahat uyarıları
advisories-interval-fast-embassy = ABD Büyükelçiliği güvenlik uyarıları
advisories-interval-fast-uk = Birleşik Krallık seyahat uyarıları
advisories-interval-fast = { $fast } her { $minutes } dakikada bir
advisories-interval-fast-hourly = { $fast } her { $minutes } dakikada bir, diğer seyahat uyarıları saatte bir
advisories-interval-fast-others = { $fast } her { $minutes } dakikada bir, diğer seyahat uyarıları her { $others } dakikada bir
advisories-interval-hourly = saatte bir
advisories-interval-rule = ABD Büyükelçiliği güvenlik uyarıları ve Birleşik Krallık seyahat uyarıları: her { $alerts } dakikada bir; izlenen bir ülke 4. seviyedeyken ya da planınız normalin üstündeyken her { $alerts_hot } dakikada bir. Diğer seyahat uyarıları: saatte bir; izlenen bir ülke 3. seviye veya üstündeyken ya da planınız normalin üstündeyken her { $others_hot } dakikada bir.
advisories-interval-hot = izlenen bir ülke 3. seviye veya üstündeyken ya da planınız normalin üstündeyken her { $minutes } dakikada bir
advisories-interval = her { $minutes } dakikada bir
advisories-watch-error = Seyahat uyarısı izlemesi okunamadı: { $error }
advisories-try-again = Yeniden dene
advisories-loading = Seyahat uyarısı izlemesi yükleniyor…
advisories-no-governments = Aşağıda hiçbir hükümet seçili değil, bu yüzden hiçbir şey izlenmiyor. İzleme ayarlarında en az birini işaretleyin.
advisories-empty = Henüz hiçbir ülke izlenmiyor.
advisories-empty-how = İzlemeye başlamak için ikamet yerinizi { $household } bölümüne ya da bir rotayı { $routes } bölümüne ekleyin veya aşağıdaki ayarlardan bir ülke ekleyin.

advisories-time-just-now = az önce
advisories-time-under-a-minute = bir dakikadan kısa sürede

advisories-level = Seviye { $level }
advisories-level-highest = En yüksek seviye: { $level }
advisories-level-none = seviye yok
advisories-level-title = { $government }: seviye { $level }, { $label }
advisories-disagree = Hükümetler farklı görüşte
    .title = İki hükümet arasında 2 veya daha fazla seviye fark var: ikisini de okuyun.
    .hint = Aşağıdaki hükümetler arasında iki veya daha fazla seviye fark var: her birini okuyun.
advisories-watched-because = İzlenme nedeni:
advisories-reason-residence = burada yaşıyorsunuz
advisories-reason-route = rota üzerinde: { $route }
advisories-reason-route-unnamed = adsız bir rota üzerinde
advisories-reason-added = sizin eklediğiniz
advisories-advice-for = { $country } için tavsiyeler, hükümete göre
advisories-leave-now = Hemen ayrılın: bu hükümet vatandaşlarından ülkeyi terk etmelerini istiyor
advisories-regional = bazı bölgeler: seviye { $level }
advisories-published = Yayımlandı
advisories-checked = Denetlendi
advisories-seen = bu bilgisayarın gördüğü an
advisories-stale-since = Eski: son doğrulama { $ago }
advisories-stale-never = Eski: hiç doğrulanmadı
advisories-stale = Eski
advisories-official-page = Resmî sayfa
advisories-official-page-for = Resmî sayfa: { $source }, { $country } hakkında
advisories-not-reached = Ulaşılamadı
advisories-not-checked = Henüz denetlenmedi
advisories-not-checked-hint = Henüz denetlenmedi.
advisories-no-advice = Bu hükümetin { $country } için henüz bir tavsiyesi yok.
advisories-named = { $name }: { $text }
advisories-summaries = Her hükümet ne diyor

advisories-source-us-embassy = ABD Büyükelçiliği
advisories-feed-unreachable = { $source }: ulaşılamadı
advisories-feed-unreachable-since = { $source }: { $time } saatinden beri ulaşılamıyor
advisories-feed-down = { $source }: kaynak çalışmıyor
advisories-feed-down-since = { $source }: kaynak { $time } saatinden beri çalışmıyor
advisories-unreachable = ulaşılamadı
advisories-unreachable-since = { $time } saatinden beri ulaşılamıyor
advisories-with-reason = { $text } ({ $reason })
advisories-error-timeout = zamanında yanıt gelmedi
advisories-error-connect = bağlantı yok
advisories-error-transport = bağlantı koptu
advisories-error-rate-limited = çok fazla istek
advisories-error-server = sunucu hatası
advisories-error-refused = istek reddedildi
advisories-error-challenge-page = bir denetim sayfası tarafından engellendi
advisories-error-redirects = döngüye giren yönlendirmeler
advisories-error-too-large = yanıt çok büyük
advisories-error-implausible = yanıt hatalı göründü, son sağlam veriler tutuldu
advisories-error-unreadable = yanıt okunamadı
advisories-error-other = hata

advisories-reach-all = denetlendi
advisories-reach-all-at = denetlendi, saat { $time }
advisories-reach-failed = ulaşılamadı: { $governments }
advisories-reach-embassy-down = ABD Büyükelçiliği güvenlik uyarıları okunamadı ({ $countries }): kaynak çalışmıyor
advisories-reach-embassy-down-since = ABD Büyükelçiliği güvenlik uyarıları okunamadı ({ $countries }): kaynak { $time } saatinden beri çalışmıyor
advisories-reach-checked = { $count ->
       *[other] denetlendi: { $governments }
    }
advisories-reach-checked-at = { $count ->
       *[other] denetlendi (saat { $time }): { $governments }
    }
advisories-reach-embassy-read = ABD Büyükelçiliği güvenlik uyarıları okundu
advisories-reach-embassy-read-at = ABD Büyükelçiliği güvenlik uyarıları okundu, saat { $time }
advisories-reach-then = { $first }; { $then }
advisories-reach-some-governments = bazı hükümetler
advisories-reach-none = Hiçbir hükümete ulaşılamadı; henüz gösterilecek seviye yok
advisories-reach-none-since = { $time } saatinden beri hiçbir hükümete ulaşılamıyor; henüz gösterilecek seviye yok
advisories-reach-none-data = Hiçbir hükümete ulaşılamadı; gösterilen seviyelerin tarihi: { $day }
advisories-reach-none-since-data = { $time } saatinden beri hiçbir hükümete ulaşılamıyor; gösterilen seviyelerin tarihi: { $day }

advisories-timeline = Zaman çizelgesi
advisories-timeline-label = { $country } için zaman çizelgesi, en yenisi üstte
advisories-timeline-show-all = { $count } kaydın tümünü göster ({ $hidden } kayıt daha)
advisories-timeline-show-fewer = Daha az göster
advisories-history-baseline = ilk kez görüldü
advisories-history-alert-baseline = Güvenlik uyarısı, ilk denetimde zaten yayımlanmıştı
advisories-history-changed = seviye { $from } → { $level }
advisories-history-now-level = artık seviye { $level }
advisories-history-reissued = yeniden yayımlandı, seviye aynı
advisories-history-leave-now-given = “hemen ayrılın” tavsiyesi verildi
advisories-history-leave-now-changed = “hemen ayrılın” tavsiyesi değişti
advisories-history-alert = Güvenlik uyarısı
advisories-history-update = Seyahat uyarısı güncellemesi
advisories-history-alert-edited = Uyarı metni düzenlendi
advisories-history-update-edited = Güncelleme metni düzenlendi
advisories-priority-high = Yüksek öncelik
advisories-priority-normal = Normal öncelik
advisories-priority-low = Düşük öncelik
advisories-priority-with-reason = { $priority } — { $reason }
advisories-rule-leave-now = ülkeden ayrılma çağrısı yapıyor
advisories-rule-evacuation = tahliye bildiriyor
advisories-rule-ordered-departure = personelin zorunlu ayrılışını bildiriyor
advisories-rule-staff-withdrawn = personelin geri çekildiğini bildiriyor
advisories-rule-embassy-closed = büyükelçiliğin kapandığını veya kapanacağını bildiriyor
advisories-rule-airport-closed = havalimanının veya hava sahasının kapandığını veya kapanacağını bildiriyor
advisories-rule-border-closed = sınırın kapandığını veya kapanacağını bildiriyor
advisories-rule-curfew = sokağa çıkma yasağı bildiriyor
advisories-rule-reissued-without-amendment = gözden geçirildi ve değişiklik yapılmadan yeniden yayımlandı
advisories-rule-editorial = yalnızca metin düzeltmesi
advisories-rule-no-level-change = seviyede veya risk göstergelerinde değişiklik yok
advisories-rule-new-item = yeni uyarı veya güncelleme
advisories-rule-level-rose = seviye yükseldi
advisories-rule-level-lowered = seviye düşürüldü
advisories-rule-no-longer-leave-now = artık ayrılma çağrısı yapmıyor

advisories-governments = Hükümetler
    .government = Hükümet
    .watched = İzleniyor
    .last-success = Son başarı
    .last-attempt = Son deneme
    .countries = Ülkeler
    .state = Durum
advisories-watched-yes = evet
advisories-watched-off = kapalı
advisories-never = hiç
advisories-ok = Sorun yok

advisories-settings = İzleme ayarları
advisories-settings-governments = Okunacak hükümetler
advisories-settings-also-watch = Bunları da izle (ikamet yeriniz ve rotalarınız dışında)
advisories-settings-added-countries = İzlemeye eklediğiniz ülkeler
advisories-settings-background = Bildirimler ve arka plan
advisories-settings-notify = İzlenen bir ülkenin seviyesi değişince bana bildir
advisories-settings-plan-in-notifications = Planımdaki talimatı bildirimlerde göster
    .hint = Bildirimler kilitli ekranda görünebilir: onları gören herkes talimatı okur (“Planınız: Hemen ayrılın — Rota A…”). Bildirimlerde yalnızca seviye görünsün istiyorsanız işareti kaldırın.
advisories-settings-close-to-tray = Pencereyi kapatmak izlemeyi sistem tepsisinde çalışır durumda bırakır
    .hint = Pencere kapanınca plan kilitlenir; izleme denetlemeyi sürdürür.
advisories-settings-start-at-login = Oturum açılınca Lifeboat’u başlat (sistem tepsisinde)

advisories-country-filter-placeholder = Filtre: ad, diğer ad veya kod; Enter seçer
advisories-country-filter-label = Ülkeleri ada, diğer ada veya koda göre filtrele
advisories-country-no-match = “{ $typed }” ile eşleşen ülke yok.
advisories-country-not-set = — belirtilmedi —
advisories-country-unknown-code = { $code } (bilinmeyen kod)
advisories-country-add = + Ülke ekle…
advisories-country-remove = Kaldır: { $country }
