# The first start: onboarding creates the plan. See en/onboarding.ftl for what each message is.

onboarding-title = Lifeboat’a hoş geldiniz
onboarding-intro = Haneniz için özel bir ayrılış planı: belgeler, kişiler, güzergâhlar ve kontrol listeleri, bu bilgisayarda şifreli olarak saklanır.

onboarding-step-passphrase = 1. Planı korumak için bir parola
onboarding-step-about = 2. Hakkınızda
onboarding-step-templates = 3. Başlangıç için kontrol listeleri

onboarding-no-recovery = Unutursanız kurtarılamaz.
    .detail = Lifeboat’un sunucusu da hesabı da yoktur: biz dahil hiç kimse onu sıfırlayamaz. Daha sonra Ayarlar’dan bir kurtarma anahtarı yazdırıp güvenli bir yerde saklayabilirsiniz.
onboarding-passphrase-label = Parola (en az { $min } karakter)
onboarding-passphrase-again-label = Parolayı tekrar yazın

onboarding-name-label = Adınız
onboarding-city-label = Şehir
onboarding-residence-label = Yaşadığınız ülke
onboarding-residence-choose = — seçin —
onboarding-nationalities-label = Vatandaşlıklarınız (her birini ekleyin)
onboarding-nationalities-list = Vatandaşlıklarınız

onboarding-templates-hint = Her maddeyi düzenleyebilir, daha sonra başka listeler de ekleyebilirsiniz.
onboarding-template-items = ({ $count } madde)

onboarding-create = Planı oluştur
onboarding-create-busy = Oluşturuluyor…

onboarding-error-too-short = Parola en az { $min } karakter olmalıdır. Birbiriyle ilgisi olmayan birkaç kelime iyi bir seçimdir.
onboarding-error-mismatch = İki parola birbirini tutmuyor.
onboarding-error-weak = Parola çok zayıf: { $reason }
