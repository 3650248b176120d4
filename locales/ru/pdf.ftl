# PDF для семьи: план на бумаге для тех, кто остался дома, и карточка в настройках, которая его создаёт.

## The card in Settings

pdf-card-title = PDF для семьи
pdf-card-hint = План на бумаге для близких дома, его можно прочитать без Lifeboat. Распечатайте его: файл может уйти дальше, чем вы хотели бы.
pdf-card-what-goes-in = Что войдёт
pdf-card-section-cover = Обложка: кто, текущий этап, уровни рекомендаций для путешественников
pdf-card-section-instructions = «Если вы не можете с нами связаться»
pdf-card-section-contacts = Контакты
pdf-card-section-routes = Маршруты
pdf-card-section-documents = Документы
pdf-card-section-checklists = Контрольные списки
pdf-card-medical = Медицинские заметки и группы крови
pdf-card-numbers = Номера документов
pdf-card-numbers-last4 = Только последние 4 символа
pdf-card-numbers-full = Полностью
pdf-card-numbers-hidden = Не печатать
pdf-card-numbers-full-warning = Любой, у кого в руках эта бумага, сможет воспользоваться полными номерами.
pdf-card-paper = Бумага
pdf-card-paper-a4 = A4
pdf-card-paper-letter = US Letter
pdf-card-language = Язык PDF
pdf-card-export = Экспортировать PDF…
pdf-card-busy = Идёт вёрстка…
pdf-card-written = { $pages ->
        [one] { $pages } страница записана в { $path }.
        [few] { $pages } страницы записаны в { $path }.
        [many] { $pages } страниц записано в { $path }.
       *[other] { $pages } страницы записано в { $path }.
    }
pdf-card-note = Примечание: { $warnings }

## The command line (`lifeboat export-pdf`)

pdf-cli-warning = предупреждение: { $warning }
pdf-cli-cannot-write = не удалось записать { $path }: { $error }
pdf-cli-written = { $path }: { $pages ->
        [one] { $pages } страница
        [few] { $pages } страницы
        [many] { $pages } страниц
       *[other] { $pages } страницы
    }, { $bytes } байт

## The PDF

pdf-title-default = Семейный план
pdf-header-made = Составлено { $date }
pdf-footer-confidential = Конфиденциально: экземпляр для семьи
pdf-footer-page = Страница { $page } из { $pages }
pdf-date-time-utc = { $date_time } UTC
pdf-list-separator = {", "}

pdf-cover-intro = Наш план отъезда в чрезвычайной ситуации, распечатанный для семьи дома. Составлено { $date }.
pdf-cover-updated = План последний раз изменён { $date }.
pdf-cover-phase = Текущий этап
pdf-cover-phase-since = с { $date }
pdf-cover-phase-route = маршрут: { $route }
pdf-cover-doing = Что мы делаем

pdf-household-heading = Для кого этот план
pdf-household-name = Имя
pdf-household-relationship = Кем приходится
pdf-household-nationality = Гражданство
pdf-household-born = Дата рождения
pdf-household-medical = Медицина
pdf-household-lives = Где живёт · заметки
pdf-household-owner = Владелец плана
pdf-household-pet = { $relationship } (питомец)
pdf-household-blood-type = Группа крови { $blood_type }
pdf-household-speaks = языки: { $languages }

pdf-advisories-heading = Рекомендации для путешественников
pdf-advisories-none = Данных пока нет. Когда составлялся этот экземпляр, Lifeboat ещё не получил ни одной рекомендации правительств.
pdf-advisories-scale = Наивысший уровень по каждой стране на момент составления этого экземпляра, по единой шкале от 1 (обычные меры предосторожности) до 4 (не ездить).
pdf-advisories-country = Страна
pdf-advisories-level = Уровень
pdf-advisories-meaning = Значение
pdf-advisories-source = Источник
pdf-advisories-wording = Их формулировка
pdf-advisories-updated = Обновлено
pdf-advisory-level-1 = Обычные меры предосторожности
pdf-advisory-level-2 = Повышенная осторожность
pdf-advisory-level-3 = Пересмотреть поездку
pdf-advisory-level-4 = Не ездить
pdf-advisory-level-unknown = Неизвестный уровень

pdf-instructions-heading = Если вы не можете с нами связаться
pdf-instructions-none = Инструкций пока нет.
pdf-call-first-heading = Звонить в первую очередь
pdf-call-first-who = Кто
pdf-call-first-role = Роль
pdf-call-first-phone = Телефон
pdf-leave-now-heading = Если нам придётся уехать сразу
pdf-tripwires-heading = Что заставит нас сменить этап
pdf-tripwires-when = Когда
pdf-tripwires-phase = Переходим к
pdf-tripwires-notes = Заметки
pdf-tripwire-any-government = рекомендации любого правительства по стране { $country } достигают уровня: { $level }
pdf-tripwire-government = рекомендации правительства { $government } по стране { $country } достигают уровня: { $level }
pdf-tripwire-level-top = 4 (не ездить)
pdf-tripwire-level-or-higher = { $level } или выше

pdf-tag-24-7 = круглосуточно
pdf-contacts-heading = Контакты
pdf-contacts-none = В плане нет контактов.
pdf-contacts-intro = В том порядке, в каком им звонить. { $tag } — отвечают в любое время.
pdf-contacts-number = №
pdf-contacts-who = Кто
pdf-contacts-phones = Телефон и мессенджеры
pdf-contacts-other = Эл. почта, адрес, заметки
pdf-messenger = { $app }: { $handle }

pdf-routes-heading = Маршруты отъезда
pdf-routes-none = В плане нет маршрутов.
pdf-route-letter = План { $letter }
pdf-route-named = { $letter }: { $name }
pdf-route-status-closed = Закрыт: не использовать
pdf-route-verified = последняя проверка { $date }
pdf-route-never-verified = ни разу не проверялся
pdf-route-border = граница: { $crossings }
pdf-legs-number = №
pdf-legs-from-to = Откуда → куда
pdf-leg-arrow = →
pdf-legs-by = Чем
pdf-legs-time = Время
pdf-legs-border = Граница
pdf-legs-needs = Что нужно · заметки
pdf-need = { $kind }: { $detail }
pdf-duration-minutes = { $minutes } мин
pdf-duration-hours = { $hours } ч
pdf-duration-hours-minutes = { $hours } ч { $minutes } мин
pdf-rally-points = Места сбора

pdf-documents-heading = Документы
pdf-documents-last4 = У номеров видны только последние символы; полные номера — в файле плана.
pdf-documents-hidden = Номера документов в этом экземпляре не напечатаны.
pdf-documents-none = В плане нет документов.
pdf-documents-document = Документ
pdf-documents-holder = Владелец
pdf-documents-number = Номер
pdf-documents-expires = Действителен до
pdf-documents-original = Где оригинал
pdf-documents-copies = Копии · заметки
pdf-documents-expired = просрочен
pdf-document-titled = { $kind }: { $title }
pdf-copy = { $medium }: { $location }

pdf-checklists-heading = Контрольные списки
pdf-checklists-none = В плане нет контрольных списков.
pdf-checklist-progress = (сделано { $done } из { $total })
pdf-checklists-item = Пункт · заметки
pdf-checklists-quantity = Количество · годен до
pdf-item-quantity = × { $quantity }
pdf-item-use-by = годен до { $date }

## The map page, after the cover: the routes drawn over the borders (the map's own words are map.ftl's).

pdf-map-heading = Карта маршрутов
pdf-map-shading = Страны закрашены по наивысшему уровню рекомендаций для путешественников: чем темнее, тем выше уровень.
pdf-map-unplaced-heading = Нет на карте
pdf-map-unplaced-leg = { $route }: участок от { $from } до { $to }, на карте ещё нет точек
pdf-map-unplaced-crossing = { $route }: пункт пропуска { $crossing }, на карте ещё нет точки
pdf-map-sources = Источники: границы — Natural Earth (общественное достояние); населённые пункты — GeoNames (CC BY 4.0); аэропорты — OurAirports (общественное достояние).
