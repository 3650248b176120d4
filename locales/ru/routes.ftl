# The Routes section: the ways out in order of preference, each with its legs (from, to, border crossing, what
# each leg needs) and its rally points.

routes-intro = В порядке предпочтения: первый открытый маршрут — план A.
routes-add = + Добавить маршрут
routes-empty = Маршрутов пока нет. Добавьте план A, а затем хотя бы один запасной на случай, если он закроется.
routes-new-name = План { $letter }
routes-rank = Приоритет
routes-unnamed = Маршрут без названия
routes-move-up = Переместить { $name } выше
routes-move-down = Переместить { $name } ниже
routes-remove = Удалить
routes-remove-label = Удалить маршрут
routes-remove-confirm = { $legs ->
        [one] Удалить маршрут «{ $name }» и его { $legs } участок?
        [few] Удалить маршрут «{ $name }» и его { $legs } участка?
        [many] Удалить маршрут «{ $name }» и его { $legs } участков?
       *[other] Удалить маршрут «{ $name }» и его { $legs } участка?
    }

routes-name = Название
routes-name-missing = дайте маршруту название
routes-status = Состояние
routes-last-verified = Последняя проверка
routes-verified-today = Проверен сегодня
routes-summary = Кратко
routes-summary-placeholder = Из Тегерана в Ван по дороге через Базарган

routes-legs = Участки
routes-leg = Участок { $number }
routes-leg-border = Граница: { $crossing }
routes-leg-move-up = Переместить участок { $number } выше
routes-leg-move-down = Переместить участок { $number } ниже
routes-leg-remove = Удалить участок { $number }
routes-leg-remove-confirm = Удалить участок { $from } → { $to }?
routes-leg-from = Откуда
routes-leg-from-country = Страна отправления
routes-leg-to = Куда
routes-leg-to-country = Страна прибытия
routes-leg-mode = Способ передвижения
routes-leg-expected-time = Ожидаемое время (ч:мм)
routes-leg-expected-time-invalid = укажите ч:мм (3:30) или минуты (210)
routes-leg-border-crossing = Пункт пропуска
routes-leg-border-crossing-placeholder = Базарган / Гюрбулак
routes-leg-notes = Заметки к участку
routes-leg-add = + Добавить участок

routes-needs = Что понадобится
routes-needs-of-leg = Что понадобится на участке { $number }
routes-need-kind = Что именно
routes-need-detail = Подробности
routes-need-detail-placeholder = 300 долларов США на взрослого
routes-need-document = Связанный документ
routes-need-no-document = — без документа —
routes-need-document-removed = (удалённый документ)
routes-need-document-of = { $document } – { $holder }
routes-need-remove = Удалить пункт { $number }
routes-need-add = + Пункт

routes-rally-points = Места сбора
routes-rally-name = Название
routes-rally-address = Адрес
routes-rally-notes = Заметки
routes-rally-remove = Удалить место сбора { $number }
routes-rally-add = + Место сбора

routes-notes = Заметки
