# The Documents section: passports, permits and papers, where the originals are and where copies are kept.

documents-intro = Pasaportlar, izinler ve evraklar: asılları nerede, kopyaları nerede saklanıyor.
documents-add = + Belge ekle
documents-empty = Henüz belge yok. Herkesin pasaportuyla başlayın.

documents-expired = Süresi dolmuş
documents-expires-soon = Bitimine { $months } aydan az kaldı
documents-valid = Geçerli
documents-remove = Kaldır
    .label = Belgeyi kaldır

documents-you = Siz
documents-unnamed = Adsız

documents-kind = Tür
documents-title-label = Başlık (isteğe bağlı)
documents-title-placeholder = Türkiye e-vizesi
documents-holder = Belge sahibi
documents-holder-nobody = — kimse —
documents-holder-self = { $name } (siz)
documents-holder-removed = (kaldırılmış kişi)
documents-number = Numara
documents-number-show = Göster
documents-number-hide = Gizle
documents-number-copy = Kopyala
documents-number-copied = Kopyalandı. Lifeboat panoyu { $seconds } saniye sonra temizleyecek.
documents-issuing-country = Veren ülke
documents-issued = Veriliş tarihi
documents-expires = Son geçerlilik tarihi
documents-original-location = Aslı nerede
documents-original-location-placeholder = Yanmaz kasa, çalışma odası

documents-copies = Kopyalar
documents-copy-medium = Ortam
documents-copy-location = Nerede
documents-copy-location-placeholder = Lyon'daki kız kardeşimde
documents-copy-remove = { $index }. kopyayı kaldır
documents-copy-add = + Kopya ekle
documents-notes = Notlar

documents-remove-confirm = { $document } plandan kaldırılsın mı?
documents-remove-confirm-held = { $holder } adına kayıtlı { $document } plandan kaldırılsın mı?
