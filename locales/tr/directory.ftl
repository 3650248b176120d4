# Who helps you here: the embassy directory. See locales/en/directory.ftl for the notes.
# Country names come in as variables, so no case suffix is attached to them: "bu ülkede ({ $country })".

directory-readiness-unnamed = haneden biri
directory-readiness-no-mission = { $people } ({ $nationality } vatandaşı) için bu ülkede ({ $country }) bilinen bir büyükelçilik, konsolosluk ya da koruyucu güç yok
directory-readiness-not-in-contacts = { $mission }, bu ülkede ({ $country }) { $people } kişisine ({ $nationality } vatandaşı) yardım edebilir: kişilerinize ekleyin
directory-readiness-stale = bu ülkedeki ({ $country }) { $nationality } vatandaşları için büyükelçilik verileri { $date } tarihli, { $days } gün önce: yenileyin

directory-kind-embassy = Büyükelçilik
directory-kind-consulate = Konsolosluk
directory-kind-honorary-consul = Fahri konsolosluk
directory-kind-interests-section = Çıkar koruma bölümü
directory-kind-protecting-power = Koruyucu güç
directory-kind-partner-mission = Ortak ülke temsilciliği
directory-kind-eu-member-state = Başka bir AB ülkesinin temsilciliği

directory-title = Burada size kim yardım eder
directory-intro = Hanenizdeki her uyruk için, planınızın kapsadığı her ülkedeki büyükelçilikler, konsolosluklar ve koruyucu güçler. Bu bilgisayarda saklanır; ağ kesildiğinde de burada kalır.
directory-for = { $nationality } vatandaşları · { $country }
directory-none-known = Bu ülkede ({ $country }) { $nationality } vatandaşlarına yardım eden kimse bilinmiyor. Dışişleri bakanlığına bu ülkeden hangi büyükelçiliğin sorumlu olduğunu sorun ve onu kişi olarak ekleyin.
directory-assistance-none = { $nationality } hükümeti bu ülkede ({ $country }) yardım vermediğini belirtiyor.
directory-assistance-remote = Yardım başka bir ülkedeki temsilcilikten gelir.
directory-located-in = Bulunduğu ülke: { $country }
directory-operated-by = Yürüten: { $state }
directory-phone = Telefon
directory-emergency = 7/24 acil
directory-email = E-posta
directory-website = Web sitesi
directory-hours = Çalışma saatleri
directory-address = Adres
directory-source = { $source }, { $date } tarihli veri
directory-fetched = Alındı: { $date }
directory-not-fetched = Henüz alınmadı: Lifeboat'un kendi koruyucu güçler tablosundan gösteriliyor.
directory-refresh-failed = Son yenileme başarısız oldu: bunlar alınabilen son veriler.
directory-refresh = Yenile
directory-refreshing = Yenileniyor…
directory-add = Kişilerime ekle
directory-added = Kişilerinizde
directory-no-pairs = Burada kimin yardım edeceğini görmek için Hane bölümünde her kişinin uyruğunu girin.
directory-arrangement = { $state }, { $since } yılından beri bu ülkede ({ $country }) { $nationality } vatandaşları adına koruyucu güç olarak hareket ediyor.
directory-eu-rule = { $nationality } ülkesinin burada büyükelçiliği ya da konsolosluğu yoksa, başka herhangi bir AB üyesi devletin büyükelçiliği ya da konsolosluğu size kendi vatandaşlarına yardım ettiği gibi yardım etmek zorundadır.
directory-checked = Kontrol edildi: { $date }
directory-check-source = Kaynak
directory-contact-note = { $kind } · { $source }, { $date } tarihli veri

directory-pdf-title = Burada bize kim yardım eder
directory-pdf-for = { $people } ({ $nationality } vatandaşı) · { $country }
directory-pdf-none = Bilinen bir büyükelçilik, konsolosluk ya da koruyucu güç yok. Dışişleri bakanlığına sorun.

directory-cli-about = Bir ülkenin vatandaşlarına başka bir ülkede kim yardım eder: büyükelçilikler, konsolosluklar, koruyucu güçler
directory-cli-nationality = Uyruk, ISO koduyla (US, CA, GB, DE…)
directory-cli-country = Ülke, ISO koduyla (IR…)
directory-cli-refresh-help = Önce hükümetlerin verilerini al (yoksa saklanan kopya okunur)
directory-cli-json-help = Tablo yerine JSON yazdır
directory-cli-refreshed = Yenilendi. Güncellenen: { $updated }, değişmeyen: { $unchanged }, başarısız: { $failed }.
directory-cli-failed = { $source } için { $country } başarısız oldu ({ $code }): son geçerli veriler korundu.
