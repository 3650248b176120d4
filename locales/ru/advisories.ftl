# The Advisories section, the advisory timeline and the words of the advisory watch the dashboard shares, and the
# country pickers that came with the watch.

advisories-highest = Наивысший:
advisories-check-now = Проверить сейчас
advisories-checking = Проверка…
advisories-checking-governments = Идёт опрос правительств…
advisories-checked-ago = Проверено { $ago }
advisories-next-round = следующая проверка { $when }
advisories-due-now = сейчас
advisories-interval-fast-both = предупреждения посольства США и рекомендации Великобритании
advisories-interval-fast-embassy = предупреждения посольства США
advisories-interval-fast-uk = рекомендации Великобритании
advisories-interval-fast = { $fast } — раз в { $minutes } мин
advisories-interval-fast-hourly = { $fast } — раз в { $minutes } мин, остальные рекомендации — раз в час
advisories-interval-fast-others = { $fast } — раз в { $minutes } мин, остальные рекомендации — раз в { $others } мин
advisories-interval-hourly = раз в час
advisories-interval-rule = Предупреждения посольства США и рекомендации Великобритании: раз в { $alerts } мин, раз в { $alerts_hot } мин, пока одна из отслеживаемых стран на уровне 4 или ваш план выше обычной фазы. Остальные рекомендации: раз в час, раз в { $others_hot } мин, пока одна из отслеживаемых стран на уровне 3 и выше или ваш план выше обычной фазы.
advisories-interval-hot = { $minutes ->
        [one] каждую { $minutes } мин
        [few] каждые { $minutes } мин
        [many] каждые { $minutes } мин
       *[other] каждые { $minutes } мин
    }, пока одна из отслеживаемых стран на уровне 3 и выше или ваш план выше обычной фазы
advisories-interval = { $minutes ->
        [one] каждую { $minutes } мин
        [few] каждые { $minutes } мин
        [many] каждые { $minutes } мин
       *[other] каждые { $minutes } мин
    }
advisories-watch-error = Не удалось прочитать данные мониторинга: { $error }
advisories-try-again = Повторить
advisories-loading = Загрузка мониторинга рекомендаций…
advisories-no-governments = Ниже не выбрано ни одно правительство, поэтому ничего не отслеживается. Отметьте хотя бы одно в настройках мониторинга.
advisories-empty = Пока не отслеживается ни одна страна.
advisories-empty-how = Чтобы начать мониторинг, укажите место жительства в разделе «{ $household }» или маршрут в разделе «{ $routes }» либо добавьте страну в настройках ниже.

advisories-time-just-now = только что
advisories-time-under-a-minute = меньше чем через минуту

advisories-level = Уровень { $level }
advisories-level-highest = Наивысший уровень: { $level }
advisories-level-none = нет уровня
advisories-level-title = { $government }: уровень { $level }, { $label }
advisories-disagree = Правительства расходятся
    .title = Оценки двух правительств различаются на 2 уровня и более: прочитайте обе.
    .hint = Оценки правительств ниже различаются на два уровня и более: прочитайте каждую.
advisories-watched-because = Отслеживается, потому что:
advisories-reason-residence = вы здесь живёте
advisories-reason-route = на маршруте { $route }
advisories-reason-route-unnamed = на маршруте без названия
advisories-reason-added = добавлено вами
advisories-advice-for = Рекомендации по стране { $country }, по правительствам
advisories-leave-now = Уезжайте сейчас: это правительство призывает своих граждан покинуть страну
advisories-regional = отдельные районы: уровень { $level }
advisories-published = Опубликовано
advisories-checked = Проверено
advisories-seen = замечено этим компьютером
advisories-stale-since = Устарело: последнее подтверждение { $ago }
advisories-stale-never = Устарело: ни разу не подтверждено
advisories-stale = Устарело
advisories-official-page = Официальная страница
advisories-official-page-for = Официальная страница: { $source } о стране { $country }
advisories-not-reached = Нет связи
advisories-not-checked = Ещё не проверено
advisories-not-checked-hint = Ещё не проверено.
advisories-no-advice = У этого правительства пока нет рекомендаций по стране { $country }.
advisories-named = { $name }: { $text }
advisories-summaries = Что говорит каждое правительство

advisories-source-us-embassy = Посольство США
advisories-feed-unreachable = { $source }: нет связи
advisories-feed-unreachable-since = { $source }: нет связи с { $time }
advisories-feed-down = { $source }: источник недоступен
advisories-feed-down-since = { $source }: источник недоступен с { $time }
advisories-unreachable = нет связи
advisories-unreachable-since = нет связи с { $time }
advisories-with-reason = { $text } ({ $reason })
advisories-error-timeout = нет ответа вовремя
advisories-error-connect = нет соединения
advisories-error-transport = соединение прервано
advisories-error-rate-limited = слишком много запросов
advisories-error-server = ошибка сервера
advisories-error-refused = запрос отклонён
advisories-error-challenge-page = заблокировано страницей проверки
advisories-error-redirects = перенаправления по кругу
advisories-error-too-large = слишком большой ответ
advisories-error-implausible = ответ выглядел неверным, сохранены последние корректные данные
advisories-error-unreadable = не удалось прочитать ответ
advisories-error-other = ошибка

advisories-reach-all = проверено
advisories-reach-all-at = проверено в { $time }
advisories-reach-failed = нет связи: { $governments }
advisories-reach-embassy-down = не удалось прочитать предупреждения посольства США ({ $countries }): источник недоступен
advisories-reach-embassy-down-since = не удалось прочитать предупреждения посольства США ({ $countries }): источник недоступен с { $time }
advisories-reach-checked = { $count ->
       *[other] проверено: { $governments }
    }
advisories-reach-checked-at = { $count ->
       *[other] проверено в { $time }: { $governments }
    }
advisories-reach-embassy-read = предупреждения посольства США прочитаны
advisories-reach-embassy-read-at = предупреждения посольства США прочитаны в { $time }
advisories-reach-then = { $first }; { $then }
advisories-reach-some-governments = некоторые правительства
advisories-reach-none = Ни одно правительство не ответило; уровней для показа пока нет
advisories-reach-none-since = Ни одно правительство не отвечает с { $time }; уровней для показа пока нет
advisories-reach-none-data = Ни одно правительство не ответило; показаны уровни на { $day }
advisories-reach-none-since-data = Ни одно правительство не отвечает с { $time }; показаны уровни на { $day }

advisories-timeline = Хронология
advisories-timeline-label = Хронология: { $country }, сначала новые
advisories-timeline-show-all = { $count ->
        [one] Показать { $count } запись
        [few] Показать все { $count } записи
        [many] Показать все { $count } записей
       *[other] Показать все { $count } записи
    } (ещё { $hidden })
advisories-timeline-show-fewer = Показать меньше
advisories-history-baseline = впервые замечено
advisories-history-alert-baseline = Предупреждение о безопасности, опубликованное до первой проверки
advisories-history-changed = уровень { $from } → { $level }
advisories-history-now-level = теперь уровень { $level }
advisories-history-reissued = переиздано, уровень прежний
advisories-history-leave-now-given = дан совет «уезжайте сейчас»
advisories-history-leave-now-changed = совет «уезжайте сейчас» изменён
advisories-history-alert = Предупреждение о безопасности
advisories-history-update = Обновление рекомендации
advisories-history-alert-edited = Текст предупреждения изменён
advisories-history-update-edited = Текст обновления изменён
advisories-priority-high = Высокий приоритет
advisories-priority-normal = Обычный приоритет
advisories-priority-low = Низкий приоритет
advisories-priority-with-reason = { $priority } — { $reason }
advisories-rule-leave-now = призывает покинуть страну
advisories-rule-evacuation = сообщает об эвакуации
advisories-rule-ordered-departure = сообщает о распоряжении о выезде персонала
advisories-rule-staff-withdrawn = сообщает об отзыве персонала
advisories-rule-embassy-closed = сообщает, что посольство закрывается или закрыто
advisories-rule-airport-closed = сообщает, что аэропорт или воздушное пространство закрывается или закрыто
advisories-rule-border-closed = сообщает, что граница закрывается или закрыта
advisories-rule-curfew = сообщает о комендантском часе
advisories-rule-reissued-without-amendment = пересмотрено и переиздано без изменений
advisories-rule-editorial = только редакционная правка
advisories-rule-no-level-change = без изменений уровня и показателей риска
advisories-rule-new-item = новое предупреждение или обновление
advisories-rule-level-rose = уровень повышен
advisories-rule-level-lowered = уровень понижен
advisories-rule-no-longer-leave-now = больше не призывает покинуть страну

advisories-governments = Правительства
    .government = Правительство
    .watched = Отслеживается
    .last-success = Последний успех
    .last-attempt = Последняя попытка
    .countries = Страны
    .state = Состояние
advisories-watched-yes = да
advisories-watched-off = выкл.
advisories-never = никогда
advisories-ok = В порядке

advisories-settings = Настройки мониторинга
advisories-settings-governments = Какие правительства читать
advisories-settings-also-watch = Также отслеживать (помимо места жительства и маршрутов)
advisories-settings-added-countries = Страны, добавленные вами в мониторинг
advisories-settings-background = Уведомления и фоновая работа
advisories-settings-notify = Уведомлять, когда меняется уровень отслеживаемой страны
advisories-settings-plan-in-notifications = Показывать указание моего плана в уведомлениях
    .hint = Уведомления могут появляться на заблокированном экране: любой, кто их увидит, прочитает указание («Ваш план: Уезжайте сейчас — Маршрут A…»). Снимите флажок, чтобы в них был только уровень.
advisories-settings-close-to-tray = При закрытии окна мониторинг продолжает работать в системном трее
    .hint = При закрытии окна план блокируется; мониторинг продолжает проверки.
advisories-settings-start-at-login = Запускать Lifeboat при входе в систему (в трее)
