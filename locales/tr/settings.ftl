# The Settings section: the plan's name and auto-lock, the passphrase, recovery keys, import and export, backups
# and what this installation is. (The language picker's label is common-language.)

settings-plan = Plan
settings-plan-name = Plan adı (kopyalara basılır)
settings-auto-lock = Kaç dakika boşta kalınca kilitlensin (0 = hiçbir zaman)
settings-auto-lock-range = 0 (kapalı) ile 1440 dakika arası

settings-passphrase-title = Parolayı değiştir
settings-passphrase-current = Geçerli parola
settings-passphrase-new = Yeni parola (en az { $min } karakter)
settings-passphrase-again = Yeni parola (tekrar)
settings-passphrase-submit = Parolayı değiştir
settings-passphrase-too-short = Yeni parola en az { $min } karakter olmalıdır.
settings-passphrase-mismatch = Yeni parolalar birbirini tutmuyor.
settings-passphrase-changed = Parola değiştirildi. Bundan sonra yenisini kullanın.
settings-passphrase-wrong = Geçerli parola yanlış.

settings-recovery-title = Kurtarma anahtarı
settings-recovery-intro = Parola unutulursa planı kurtarma anahtarı açar. Anahtarı yazdırın ya da bir yere yazın ve bu bilgisayardan uzakta saklayın.
settings-recovery-has-one = Bu planın zaten bir kurtarma anahtarı var; yenisini oluşturmak bir tane daha ekler.
settings-recovery-none = Bu planın henüz kurtarma anahtarı yok.
settings-recovery-shown-once = Yalnızca bir kez gösterilir.
settings-recovery-write-down = Şimdi bir yere yazın: Lifeboat bunu bir daha gösteremez.
settings-recovery-done = Yazdım
settings-recovery-passphrase = Geçerli parola
settings-recovery-wrong = Parola yanlış.
settings-recovery-create = Kurtarma anahtarı oluştur

settings-io-title = İçe ve dışa aktarma
settings-export-title = Planı dışa aktar
settings-export-encrypt = Parolayla şifrele
settings-export-passphrase = Bu dosyanın parolası
settings-export-unencrypted = Şifreleme olmadan dosyayı bulan herkes planın tamamını okuyabilir.
settings-export-submit = Dışa aktar…
settings-export-too-short = Dışa aktarma için en az { $min } karakterlik bir parola kullanın ya da şifrelemenin işaretini kaldırın.
settings-export-file-encrypted = Şifreli plan
settings-export-done-encrypted = Şifreli kopya şuraya yazıldı: { $path }.
settings-export-done-plain = Şuraya yazıldı: { $path }. Dosya şifreli DEĞİL: güvenli bir yerde saklayın.
settings-import-title = Plan içe aktar
settings-import-hint = Geçerli planın yerini alır; geçerli plan yedeklerde kalır.
settings-import-passphrase = Parola (yalnızca şifreli dosyalar için)
settings-import-submit = İçe aktar…
settings-import-file = Lifeboat planı
settings-import-confirm = Geçerli plan şu dosyadaki planla değiştirilsin mi: { $path }? Geçerli plan yedeklerde kalır.
settings-import-confirm-ok = Planı değiştir
settings-import-done = Plan içe aktarıldı.
settings-import-wrong-passphrase = Bu dosya için parola yanlış.
settings-import-passphrase-required = Bu dosya şifreli: parolasını girin, ardından yeniden içe aktarın.

settings-backups-title = Yedekler
settings-backups-refresh = Yenile
settings-backups-empty = Henüz yedek yok: plan her üzerine kaydedildiğinde bir yedek tutulur.
settings-backups-saved = Kaydedildiği zaman
settings-backups-size = Boyut
settings-backups-action = İşlem
settings-backups-restore = Geri yükle
settings-backups-restore-label = { $date } tarihli yedeği geri yükle
settings-restore-confirm = { $date } tarihli yedek geri yüklensin mi? Geçerli plan da yedek olarak saklanır.
settings-restore-confirm-ok = Geri yükle
settings-restore-done = { $date } tarihli yedek geri yüklendi.

settings-about-title = Hakkında
settings-about-data-folder = Veri klasörü
settings-about-version = Sürüm
settings-about-unknown = bilinmiyor
