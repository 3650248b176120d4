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

## The map above the legs, and each leg's places on it

routes-map-title = Маршруты на карте
routes-map-drawing = Карта рисуется…
routes-map-failed = Не удалось нарисовать карту. { $error }
routes-map-empty = На карте пока нет ни одного этапа. Под каждым этапом укажите место его начала и конца, чтобы увидеть его линию.
routes-map-unplaced-title = Пока не на карте:
routes-map-unplaced-crossing = пункт пропуска { $crossing }
routes-map-legs = Маршруты на карте, этап за этапом:
routes-map-leg = из { $from } в { $to }
routes-map-leg-via = из { $from } в { $to }, через { $crossing }
routes-map-leg-drawn = на карте
routes-map-leg-not-drawn = пока не на карте
routes-map-pick-hint = Щёлкните на карте там, где находится { $place }. Esc — отмена.
routes-map-pick-cancel = Отмена
routes-place-title = На карте:
routes-place-group = Места этапа { $number } на карте
routes-place-from = Начало
routes-place-to = Конец
routes-place-crossing = Пункт пропуска
routes-place-none = места ещё нет
routes-place-of-leg = { $place } этапа { $number }
routes-place-of-leg-named = { $place } этапа { $number } ({ $name })
routes-place-chip-label = { $place } на карте: { $state }
routes-place-point = { $lat }, { $lon }
routes-place-find = Найти место для: { $place } — город, аэропорт или пункт пропуска
routes-place-find-placeholder = Тегеран, تهران, IKA, Базарган…
routes-place-hits = Найденные места
routes-place-no-hits = Места с таким названием нет в офлайн-списке. Введите его координаты ниже или щёлкните его на карте.
routes-place-kind-town = город, { $countries }
routes-place-kind-airport = аэропорт города { $town }, { $countries }
routes-place-kind-crossing = пункт пропуска, { $countries }
routes-place-coordinates = Или его координаты (широта, долгота):
routes-place-coordinates-placeholder = 35.6892, 51.3890
routes-place-coordinates-set = Применить
routes-place-coordinates-invalid = Два числа: широта (от −90 до 90), затем долгота (от −180 до 180), например 35.6892, 51.3890.
routes-place-on-map = Выбрать на карте
routes-place-clear = Убрать с карты
routes-place-close = Закрыть
routes-place-sources = Места: GeoNames (CC BY 4.0); аэропорты: OurAirports (общественное достояние); пункты пропуска: собственный список Lifeboat. Всё на этом компьютере, без сети.
