# The Checklists section: lists to tick off, some started from a template.

checklists-template = Şablon
checklists-template-pick = Şablondan ekle…
checklists-template-option = { $title } ({ $count })
checklists-add = Ekle
checklists-add-empty = + Boş liste
checklists-empty = Henüz liste yok. Bir şablonla başlayın: acil durum çantası listesi iyi bir başlangıç.

checklists-list-name = Liste adı
checklists-count = { $done }/{ $total }
checklists-progress = İlerleme: { $title }
checklists-remove-list = Listeyi kaldır
checklists-column-done = Tamam
checklists-column-item = Öğe
checklists-column-quantity = Adet
checklists-column-expires = Son kullanma
checklists-column-notes = Notlar
checklists-item-done = Tamamlandı: { $item }
checklists-item = Öğe
checklists-quantity = Miktar
checklists-expires = Son kullanma tarihi
checklists-notes = Notlar
checklists-expired = Süresi dolmuş
checklists-item-remove = Öğeyi kaldır: { $item }
checklists-item-add = + Öğe ekle

checklists-untitled = adsız
checklists-remove-confirm = “{ $title }” listesi ve içindeki { $count } öğe kaldırılsın mı?
