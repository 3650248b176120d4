# Komut satırının sözcükleri, terminalin dilinde. clap’in ürettiği yardım ve JSON çıktısı İngilizce kalır.

cli-passphrase-prompt = Lifeboat parolası:
cli-passphrase-unreadable = parola okunamadı: { $error }
cli-no-data-folder = veri klasörü yok: --data-dir ya da --countries verin
cli-no-data-folder-or-plan = veri klasörü yok: --data-dir ya da --plan verin
cli-cannot-read = { $file } okunamadı: { $error }
cli-too-large = { $file }: { $bytes } bayt, hiçbir akış bu kadar büyük olamaz (en fazla { $max })
cli-not-a-country = “{ $code }” bir ISO 3166 ülke kodu değil
cli-unknown-government = bilinmeyen hükümet “{ $name }”; şunlardan biri olmalı: { $list }
cli-one-of = şunlardan biri olmalı: { $list }
cli-rows-skipped = { $count } satır ülke olarak okunamadı:
cli-not-an-alert = uyarı olarak okunamadı: { $item }
cli-check-no-advice = uyarı bulunamadı
cli-check-level = Seviye { $level }
cli-check-parts = (bazı bölgeler: seviye { $level })
cli-check-leave-now = HEMEN AYRILIN
cli-check-updated = güncellenme: { $date }
cli-check-failed = { $government }: { $message } ({ $code })
cli-could-not-start = Lifeboat başlatılamadı: { $error }
