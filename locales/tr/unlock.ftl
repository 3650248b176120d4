# The unlock screen and recovery with a recovery key.

unlock-intro = Planınız bu bilgisayarda şifreli olarak duruyor. Açmak için parolayı girin.
unlock-reason-idle = Bir süre işlem yapılmadığı için kilitlendi.
unlock-reason-expired = Oturum sona erdi; devam etmek için kilidi açın.
unlock-reason-user = Kilitlendi.
unlock-passphrase-label = Parola
unlock-submit = Kilidi aç
unlock-submit-busy = Kilit açılıyor…
unlock-forgot = Parolayı mı unuttunuz? Kurtarma anahtarı kullanın
unlock-data-folder = Veri klasörü:
unlock-version = · sürüm { $version }

unlock-recover-title = Kurtarma anahtarıyla kurtar
unlock-recover-key-label = Kurtarma anahtarı ({ $prefix }…)
unlock-recover-new-label = Yeni parola (en az { $min } karakter)
unlock-recover-again-label = Yeni parola (tekrar)
unlock-recover-submit = Kurtar ve parolayı belirle
unlock-recover-too-short = Yeni parola en az { $min } karakter olmalıdır.
unlock-recover-mismatch = Yeni parolalar birbirini tutmuyor.
unlock-recover-wrong-key = Bu kurtarma anahtarı bu planı açmıyor.

unlock-backups-in = Yedekler { $folder } içinde tutuluyor.
unlock-backups-default = Önceki yedekler veri klasöründe tutuluyor.

unlock-error-wrong-passphrase = Parola yanlış.
    .detail = Klavye düzenini ve Caps Lock tuşunu kontrol edip yeniden deneyin. Parolayı kaybettiyseniz aşağıdan bir kurtarma anahtarı kullanın.
unlock-error-truncated = Plan dosyası yarıda kesilmiş (eksik).
    .detail = Büyük olasılıkla kopyalanırken ya da kaydedilirken yarıda kaldı. Dosya DEĞİŞTİRİLMEDİ.
    .advice = En yeni yedeği geri yükleyin ya da üzerine sağlam bir dosya kopyalayın.
unlock-error-corrupt = Plan dosyası hasarlı (bozuk).
    .detail = Bu haliyle şifresi çözülemiyor. Dosya DEĞİŞTİRİLMEDİ.
    .advice = En yeni yedeği geri yükleyin ya da üzerine sağlam bir dosya kopyalayın.
unlock-error-newer-schema = Bu plan, Lifeboat uygulamasının daha yeni bir sürümüyle kaydedilmiş.
    .detail = Açmak için Lifeboat uygulamasını güncelleyin. Hiçbir şey değişmedi, yani veri kaybı yok.
unlock-error-newer-format = Bu kasa daha yeni bir dosya biçimi kullanıyor.
    .detail = Açmak için Lifeboat uygulamasını güncelleyin. Hiçbir şey değişmedi, yani veri kaybı yok.
unlock-error-not-a-vault = Veri klasöründeki dosya bir Lifeboat kasası değil.
    .detail = Yerine başka bir şey kaydedilmiş. Dosyaya dokunulmadı.
unlock-error-incomplete = Kasa eksik: bir parçası bulunamıyor.
    .detail = Veri klasöründe bir dosya eksik (belki yarım kalmış bir kopya). Hiçbir şey değişmedi.
unlock-error-weak-passphrase = Parola çok kısa.
unlock-error-unknown = Kilit açılamadı.
