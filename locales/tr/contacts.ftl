# The Contacts section: the people to call, in order.

contacts-intro = Aranma sırasına göre (önce 1 numara).
contacts-export-vcard = vCard olarak dışa aktar
contacts-export-ical = iCalendar olarak dışa aktar
contacts-add = + Kişi ekle
contacts-empty = Henüz kişi yok. Önce ülke dışından birini ekleyin: buradaki telefonlar kesilirse o harekete geçebilir.
contacts-exported = Dışa aktarıldı: { $path }

contacts-priority = Öncelik
contacts-new = Yeni kişi
contacts-available-chip = 7/24
contacts-abroad = Yurt dışında · { $country }
contacts-remove = Kaldır
contacts-remove-named = Kaldır: { $name }
contacts-name = Ad
contacts-role = Rol
contacts-organisation = Kurum
contacts-country = Bulunduğu ülke
contacts-email = E-posta
contacts-email-hint = eksik görünüyor
contacts-priority-label = Öncelik (1 = ilk)
contacts-priority-hint = öncelik { $min }–{ $max } arası
contacts-available = 7/24 ulaşılabilir

contacts-phones = Telefonlar
contacts-phone = Telefon { $index }
contacts-phone-remove = { $index }. telefonu kaldır
contacts-phone-add = + Telefon
contacts-messengers = Mesajlaşma uygulamaları
contacts-messenger-app = Uygulama
contacts-messenger-handle = Kullanıcı adı
contacts-messenger-handle-placeholder = numara veya @ad
contacts-messenger-remove = { $index }. uygulamayı kaldır
contacts-messenger-add = + Mesajlaşma uygulaması
contacts-address = Adres
contacts-notes = Notlar

contacts-remove-confirm = { $name } kaldırılsın mı?
contacts-remove-confirm-unnamed = Bu kişi kaldırılsın mı?
