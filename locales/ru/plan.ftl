# The plan's own words, shared by the UI, the Rust crates (readiness, validation, notifications, tray) and the
# family PDF. See en/plan.ftl for what each message is.

## The editor's sections

plan-section-dashboard = Сводка
plan-section-household = Семья
plan-section-documents = Документы
plan-section-contacts = Контакты
plan-section-routes = Маршруты
plan-section-checklists = Списки
plan-section-phases = Фазы
plan-section-advisories = Рекомендации для путешественников
plan-section-settings = Настройки

## Phases

plan-phase-normal = Обычная
    .hint = Поддерживайте план в актуальном состоянии.
plan-phase-prepare = Подготовка
    .hint = Будьте готовы уехать в любой момент.
plan-phase-leave-now = Уезжайте сейчас
    .hint = Следуйте маршруту и отправляйтесь.
plan-phase-shelter-in-place = Укрыться на месте
    .hint = Оставайтесь на месте, в безопасности.

## Governments

plan-government-us = США
plan-government-uk = Великобритания
plan-government-ca = Канада
plan-government-au = Австралия
plan-government-de = Германия

## Document kinds

plan-document-kind-passport = Заграничный паспорт
plan-document-kind-national-id = Удостоверение личности
plan-document-kind-visa = Виза
plan-document-kind-residence-permit = Вид на жительство
plan-document-kind-exit-reentry-permit = Разрешение на выезд и повторный въезд
plan-document-kind-driving-licence = Водительское удостоверение
plan-document-kind-birth-certificate = Свидетельство о рождении
plan-document-kind-marriage-certificate = Свидетельство о браке
plan-document-kind-vaccination-record = Сертификат о прививках
plan-document-kind-insurance-policy = Страховой полис
plan-document-kind-property-deed = Документ о праве собственности
plan-document-kind-other = Другой документ
plan-document-generic = Документ
plan-document-of = { $document } ({ $holder })
plan-holder-unknown = владелец не указан

## Copies

plan-copy-medium-paper = Бумага
plan-copy-medium-usb = USB-флешка
plan-copy-medium-cloud = Облако
plan-copy-medium-phone = Телефон
plan-copy-medium-other = Другое

## Contacts

plan-contact-role-family = Семья
plan-contact-role-out-of-country = Контакт за границей
plan-contact-role-employer-security = Служба безопасности работодателя
plan-contact-role-embassy = Посольство или консульство
plan-contact-role-protecting-power = Держава-покровительница
plan-contact-role-lawyer = Адвокат
plan-contact-role-doctor = Врач
plan-contact-role-driver = Водитель
plan-contact-role-airline = Авиакомпания
plan-contact-role-other = Другое
plan-messenger-signal = Signal
plan-messenger-whatsapp = WhatsApp
plan-messenger-telegram = Telegram
plan-messenger-other = Другой

## People

plan-person-kind-person = Человек
plan-person-kind-pet = Домашнее животное

## Routes

plan-travel-mode-air = Самолёт
plan-travel-mode-road = Дорога
plan-travel-mode-rail = Поезд
plan-travel-mode-sea = Море
plan-travel-mode-foot = Пешком
plan-route-status-open = Открыт
plan-route-status-uncertain = Под вопросом
plan-route-status-closed = Закрыт
plan-need-kind-document = Документ
plan-need-kind-visa = Виза
plan-need-kind-cash = Наличные
plan-need-kind-fuel = Топливо
plan-need-kind-other = Другое
plan-route-unnamed = Маршрут без названия
plan-route-letter = Маршрут { $letter }
plan-route-unlettered = Маршрут

## Severity

plan-severity-critical = Критично
plan-severity-warning = Предупреждение
plan-severity-info = Сведения

## New plans and lists

plan-name-of = План: { $name }
plan-name-ours = Наш план
plan-checklist-new = Новый список

## Checklist templates

plan-template-go-bag-72h = Тревожный рюкзак на 72 часа
plan-template-documents-and-copies = Документы и копии
plan-template-money = Деньги
plan-template-digital = Цифровое
plan-template-home-and-pets = Дом и животные
plan-template-departure-day = День отъезда

plan-item-go-bag-water = Питьевая вода, литров на человека
plan-item-go-bag-food = Непортящаяся еда на 3 дня
plan-item-go-bag-medicines = Рецептурные лекарства на 2 недели, с рецептами
plan-item-go-bag-first-aid = Аптечка
plan-item-go-bag-torch = Фонарик или налобный фонарь и запасные батарейки
plan-item-go-bag-power-bank = Заряженный пауэрбанк
plan-item-go-bag-chargers = Зарядки для телефонов и переходник-разветвитель
plan-item-go-bag-clothes = Смена одежды и дождевик на каждого
plan-item-go-bag-hygiene = Базовый набор гигиены
plan-item-go-bag-map = Бумажная карта города и путей выезда
plan-item-go-bag-whistle = Свисток и пылезащитные маски
plan-item-go-bag-copies = Копии главных документов в непромокаемом чехле

plan-item-documents-passports = Заграничные паспорта для всех, действительные ещё 6 месяцев и дольше
plan-item-documents-residence = Виды на жительство и разрешения на выезд и повторный въезд
plan-item-documents-certificates = Свидетельства о рождении и о браке
plan-item-documents-vaccinations = Сертификаты о прививках (людей и животных)
plan-item-documents-insurance = Страховые полисы и экстренные номера
plan-item-documents-paper-copies = Бумажные копии у родных за границей
plan-item-documents-usb = Сканы на зашифрованной флешке в тревожном рюкзаке
plan-item-documents-cloud = Сканы в облаке, доступном с любого телефона
plan-item-documents-photos = Фотографии на паспорт для каждого

plan-item-money-usd = Доллары США мелкими купюрами
plan-item-money-eur = Евро мелкими купюрами
plan-item-money-local = Местная валюта на первые дни
plan-item-money-transit = Валюта первой транзитной страны
plan-item-money-two-cards = Две банковские карты разных банков
plan-item-money-card-abroad = Карта, работающая за границей, проверенная в этом месяце
plan-item-money-hidden-cash = Запас наличных, спрятанный отдельно от кошелька

plan-item-digital-backup = Резервная копия телефона и ноутбука, восстановление проверено
plan-item-digital-offline-maps = Офлайн-карты скачаны для каждого маршрута
plan-item-digital-contacts = Список контактов распечатан и хранится офлайн
plan-item-digital-vpn = VPN установлен и проверен
plan-item-digital-devices = Решить, стереть или оставить устройства с важными данными
plan-item-digital-recovery-codes = Коды восстановления двухфакторной аутентификации хранятся за границей
plan-item-digital-cables = Кабели, зарядки и переходники уложены

plan-item-home-keys = Человек, который возьмёт ключи и будет проверять дом
plan-item-home-bills = Коммунальные услуги, аренда и работники оплачены вперёд
plan-item-home-pet-carrier = Переноска, корм, поводок и ветеринарные документы животного
plan-item-home-pet-export = Микрочип и разрешение на вывоз животного проверены
plan-item-home-valuables = Ценности и бумаги, которые остаются: спрятаны или переданы
plan-item-home-shut-off = Известно, где перекрыть газ и воду

plan-item-departure-tell-contact = Сообщить контакту за границей маршрут и время
plan-item-departure-embassy = Сообщить посольству об отъезде
plan-item-departure-fuel = Полный бак и запас топлива, если маршрут по дороге
plan-item-departure-go-bags = Тревожные рюкзаки в машине или у двери
plan-item-departure-documents = Документы при себе, а не в багаже
plan-item-departure-phones = Телефоны и пауэрбанки заряжены
plan-item-departure-check-in = Выходить на связь с семьёй на каждом отрезке пути

## Readiness

plan-readiness-document-expired = { $document }: срок действия истёк { $date }
plan-readiness-document-expiring = { $days ->
        [one] { $document }: срок действия истекает { $date }, через { $days } день; многие границы требуют шесть месяцев действия
        [few] { $document }: срок действия истекает { $date }, через { $days } дня; многие границы требуют шесть месяцев действия
        [many] { $document }: срок действия истекает { $date }, через { $days } дней; многие границы требуют шесть месяцев действия
       *[other] { $document }: срок действия истекает { $date }, через { $days } дня; многие границы требуют шесть месяцев действия
    }
plan-readiness-document-without-copy = { $document }: копия нигде больше не хранится
plan-readiness-no-route = нет открытого пути выезда: добавьте план А и запасной маршрут
plan-readiness-one-route = открыт только один маршрут: добавьте запасной (план Б) на случай, если его закроют
plan-readiness-no-contact-abroad = нет контактов за пределами страны: кто-то за границей должен знать план, если здесь отключат связь
plan-readiness-route-never-verified = { $route }: ни разу не проверялся
plan-readiness-route-stale = { $days ->
        [one] { $route }: последняя проверка { $date }, { $days } день назад
        [few] { $route }: последняя проверка { $date }, { $days } дня назад
        [many] { $route }: последняя проверка { $date }, { $days } дней назад
       *[other] { $route }: последняя проверка { $date }, { $days } дня назад
    }

## Validation

plan-invalid-id-missing = у записи нет идентификатора
plan-invalid-id-too-long = идентификатор длиннее { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }
plan-invalid-id-twice = идентификатор «{ $id }» используется дважды
plan-invalid-too-many = слишком много записей: не больше { $max }
plan-invalid-country = «{ $code }» — не код страны по ISO 3166
plan-invalid-too-long = слишком длинно: не больше { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }
plan-invalid-profile-id = идентификатор профиля должен быть «{ $id }»
plan-invalid-holder-gone = владельца больше нет в составе семьи
plan-invalid-expires-before-issued = срок действия истекает раньше даты выдачи
plan-invalid-email = это не адрес электронной почты
plan-invalid-phone = используйте только цифры, пробелы и + - ( )
plan-invalid-priority = приоритет — от 1 (звонить первым) до 99
plan-invalid-route-name = дайте маршруту название («План А»)
plan-invalid-leg-too-long = дольше 30 дней: проверьте единицы (минуты)
plan-invalid-latitude = широта — от −90 до 90
plan-invalid-longitude = долгота — от −180 до 180
plan-invalid-need-document-gone = нужного документа больше нет в плане
plan-invalid-phase-route-gone = этого маршрута больше нет в плане
plan-invalid-phase-checklist-gone = одного из списков больше нет в плане
plan-invalid-choose-country = выберите страну
plan-invalid-level = уровень от 1 до 4
plan-invalid-tripwire-phase = сигнал тревоги поднимает план на ступень выше: выберите «Подготовка», «Уезжайте сейчас» или «Укрыться на месте»
plan-invalid-auto-lock = не больше { $max ->
        [one] { $max } минуты
        [few] { $max } минут
        [many] { $max } минут
       *[other] { $max } минуты
    } (24 часа)
plan-invalid-language = Lifeboat не переведён на этот язык: выберите язык из списка
plan-invalid-too-many-countries = добавленных стран — не больше { $max }
plan-invalid-government-twice = одно правительство указано дважды

## Suggestion and instruction

plan-reason-level = { $government }: { $country }, уровень { $level }
plan-reason-alert = { $government }: { $title }
plan-instruction-route = { $phase } — { $route }
plan-instruction-route-named = { $phase } — { $route } ({ $name })
plan-instruction-route-path = { $phase } — { $route }: { $path }
plan-instruction-route-named-path = { $phase } — { $route } ({ $name }): { $path }
plan-instruction-text = { $instruction }. { $text }

## Calendar

plan-ical-calendar-name = Lifeboat: сроки действия документов
plan-ical-description = { $document }: срок действия истекает { $date }. Продлите заранее: многие границы требуют шесть месяцев действия.
plan-ical-description-original = { $document }: срок действия истекает { $date }. Продлите заранее: многие границы требуют шесть месяцев действия. Оригинал: { $place }.
plan-ical-expires-in = { $months ->
        [one] { $document }: срок действия истекает через { $months } месяц ({ $date })
        [few] { $document }: срок действия истекает через { $months } месяца ({ $date })
        [many] { $document }: срок действия истекает через { $months } месяцев ({ $date })
       *[other] { $document }: срок действия истекает через { $months } месяца ({ $date })
    }
plan-ical-expires-today = { $document }: срок действия истекает сегодня

## vCards

plan-vcard-reachable = Доступен круглосуточно.
