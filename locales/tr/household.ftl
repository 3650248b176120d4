# The Household section: the plan's owner and everyone (and every animal) who leaves with them.

household-intro = Sizinle birlikte ayrılan herkes (ve tüm hayvanlar).
household-you = Siz
household-you-named = Siz: { $name }
household-new-member = Yeni kişi
household-new-pet = Yeni evcil hayvan
household-kind = Tür
household-remove = Kaldır
household-remove-named = Kaldır: { $name }
household-add-person = + Kişi ekle
household-add-pet = + Evcil hayvan ekle

household-remove-confirm = { $name } haneden çıkarılsın mı?
household-remove-confirm-person = Bu kişi haneden çıkarılsın mı?
household-remove-confirm-pet = Bu evcil hayvan haneden çıkarılsın mı?
household-remove-held = { $count } belgede bu kişi sahibi olarak kayıtlı; bu belgelere yeni bir sahip atanması gerekecek.

household-name = Ad
household-relationship = Size yakınlığı
household-relationship-placeholder-person = eşi, kızı…
household-relationship-placeholder-pet = köpek, kedi…
household-residence = İkamet ülkesi
household-city = Şehir
household-date-of-birth = Doğum tarihi
household-nationalities = Vatandaşlıklar
household-nationalities-of = Vatandaşlıkları: { $name }
household-nationalities-of-unnamed = Bu kişinin vatandaşlıkları
household-languages = Diller (virgülle ayırın)
household-languages-placeholder = tr, en, fa
household-blood-type = Kan grubu
household-blood-type-placeholder = 0 Rh+, bilinmiyor
household-medical-notes = Tıbbi notlar (ilaçlar, alerjiler, hastalıklar)
household-notes = Notlar
