map-title = Çıkış yolları
map-closed = kapalı
map-km = km
map-attribution = Sınırlar: Natural Earth

map-cli-written = harita { $path } dosyasına yazıldı
map-cli-unplaced-leg = çizilmedi, haritada henüz yeri yok: { $route }: { $from } – { $to }
map-cli-unplaced-crossing = sınır kapısı işaretlenmedi, haritada henüz yeri yok: { $route }: { $crossing }
map-cli-cannot-write = { $path } yazılamadı: { $error }
map-cli-failed = harita çizilemedi: { $error }
