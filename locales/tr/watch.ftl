# Seyahat uyarısı izlemesi: bildirimler, sistem tepsisi simgesi (uygulamanın ve arka plandaki takibin) ve Seyahat uyarıları bölümündeki iletiler.

watch-level-changed = { $country } — { $government }: Seviye { $level }, { $wording } (önceki: { $from })
watch-leave-now-added = { $country } — { $government }: hemen ayrılın (Seviye { $level }, { $wording })
watch-leave-now-body = Hükümet artık oradaki vatandaşlarından ülkeyi terk etmelerini istiyor.
watch-regional-level = Ülkenin bazı bölgeleri: Seviye { $level }.
watch-update = { $country } — { $publisher }: { $title }
watch-publisher-us-embassy = ABD Büyükelçiliği
watch-suggested = Öneri: { $phase } ({ $reason }). Karar vermek için Lifeboat’u açın.
watch-suggested-with-plan = Öneri: { $phase } ({ $reason }). Planınız: { $plan }
watch-your-plan = Planınız: { $plan }
watch-action-open-in-lifeboat = Lifeboat’ta aç
watch-action-open-page = Aç
watch-tray-not-started = Seyahat uyarısı izlemesi: başlatmak için kilidi bir kez açın
watch-tray-checking = Seyahat uyarısı izlemesi: denetleniyor…
watch-tray-no-data = Seyahat uyarısı izlemesi: henüz veri yok
watch-tray-highest = Takip edilen ülkelerde en yüksek seviye: { $level } / { $max }
watch-tray-none-reached = Hiçbir hükümete ulaşılamadı
watch-tray-none-reached-since = { $when } itibarıyla hiçbir hükümete ulaşılamıyor
watch-tray-some-unreached = { $count ->
        [one] Ulaşılamayan hükümet: { $governments }
       *[other] Ulaşılamayan hükümetler: { $governments }
    }
watch-tray-embassy-alerts-unread = ABD Büyükelçiliği'nin güvenlik uyarıları okunamadı
watch-tray-suggested = Öneri: { $phase } — karar vermek için Lifeboat’u açın
watch-list-and = { $list } ve { $last }
watch-list-comma = { $list }, { $next }
watch-tray-open = Lifeboat’u aç
watch-tray-check-now = Seyahat uyarılarını şimdi denetle
watch-tray-lock = Kilitle
watch-tray-quit = Lifeboat’tan çık
watch-notice-set-aside = Kaydedilmiş seyahat uyarıları geçmişi okunamadı: { $problem }. Dosya { $path } olarak saklandı ve izleme baştan başladı; ilk denetim güncel seviyeleri bildirim göndermeden kaydeder.
watch-notice-not-moved = Kaydedilmiş seyahat uyarıları geçmişi okunamadı ({ $problem }) ve kenara da taşınamadı ({ $error }); izleme çalışıyor, ancak bu sorun giderilene kadar hiçbir şey kaydetmiyor.
watch-problem-newer = daha yeni bir Lifeboat sürümüyle yazılmış (biçim { $format })
watch-problem-invalid = geçerli değil ({ $error })
watch-notice-round-failed = Bir seyahat uyarısı denetimi beklenmedik biçimde başarısız oldu; izleme sürüyor ve yeniden deneyecek.
watch-notice-save-failed = Seyahat uyarısı izlemesi durumunu kaydedemedi: { $error }
watch-notice-notify-failed = Bir seyahat uyarısı değişti, ancak masaüstü bildirimi gösterilemedi ({ $error }); aşağıdaki geçmişe bakın.
