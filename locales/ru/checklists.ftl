# The Checklists section: lists to tick off, some started from a template.

checklists-template = Шаблон
checklists-template-pick = Добавить из шаблона…
checklists-template-option = { $title } ({ $count })
checklists-add = Добавить
checklists-add-empty = + Пустой список
checklists-empty = Списков пока нет. Начните с шаблона: список тревожного чемоданчика — хорошее начало.

checklists-list-name = Название списка
checklists-count = { $done }/{ $total }
checklists-progress = Выполнение: { $title }
checklists-remove-list = Удалить список
checklists-column-done = Готово
checklists-column-item = Пункт
checklists-column-quantity = Кол-во
checklists-column-expires = Годен до
checklists-column-notes = Заметки
checklists-item-done = Готово: { $item }
checklists-item = Пункт
checklists-quantity = Количество
checklists-expires = Годен до
checklists-notes = Заметки
checklists-expired = Просрочено
checklists-item-remove = Удалить пункт { $item }
checklists-item-add = + Добавить пункт

checklists-untitled = без названия
checklists-remove-confirm = { $count ->
        [one] Удалить список «{ $title }» и { $count } пункт в нём?
        [few] Удалить список «{ $title }» и { $count } пункта в нём?
        [many] Удалить список «{ $title }» и { $count } пунктов в нём?
       *[other] Удалить список «{ $title }» и { $count } пункта в нём?
    }
