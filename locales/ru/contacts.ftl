# The Contacts section: the people to call, in order.

contacts-intro = В порядке, в котором им звонить (1 — первый).
contacts-export-vcard = Экспорт в vCard
contacts-export-ical = Экспорт в iCalendar
contacts-add = + Добавить контакт
contacts-empty = Контактов пока нет. Сначала добавьте кого-то за пределами страны: этот человек сможет действовать, если здесь пропадёт связь.
contacts-exported = Экспортировано в { $path }

contacts-priority = Приоритет
contacts-new = Новый контакт
contacts-available-chip = Круглосуточно
contacts-abroad = За границей · { $country }
contacts-remove = Удалить
contacts-remove-named = Удалить: { $name }
contacts-name = Имя
contacts-role = Роль
contacts-organisation = Организация
contacts-country = Страна пребывания
contacts-email = Эл. почта
contacts-email-hint = адрес выглядит неполным
contacts-priority-label = Приоритет (1 — первый)
contacts-priority-hint = приоритет от { $min } до { $max }
contacts-available = Доступен круглосуточно

contacts-phones = Телефоны
contacts-phone = Телефон { $index }
contacts-phone-remove = Удалить телефон { $index }
contacts-phone-add = + Телефон
contacts-messengers = Мессенджеры
contacts-messenger-app = Приложение
contacts-messenger-handle = Идентификатор
contacts-messenger-handle-placeholder = номер или @имя
contacts-messenger-remove = Удалить мессенджер { $index }
contacts-messenger-add = + Мессенджер
contacts-address = Адрес
contacts-notes = Заметки

contacts-remove-confirm = Удалить контакт { $name }?
contacts-remove-confirm-unnamed = Удалить этот контакт?
