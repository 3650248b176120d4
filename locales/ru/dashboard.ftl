# The dashboard: the current phase and what to do, the watch's suggestion, the advisories at a glance, readiness,
# checklists and the plan's counts.

dashboard-checked-on = Проверено { $date }

dashboard-suggestion-level = { $government }: { $country } на уровне { $level }
dashboard-suggestion-alert = { $source }: { $title }
dashboard-suggestion-by-tripwire = — ваш сигнал предлагает фазу «{ $phase }».
dashboard-suggestion-by-rule = — ни один ваш сигнал не охватывает страну { $country }, поэтому встроенное правило Lifeboat предлагает фазу «{ $phase }».
dashboard-suggestion-accept = Перейти к фазе «{ $phase }»
dashboard-suggestion-dismiss = Не сейчас

dashboard-current-phase = Текущая фаза
dashboard-phase-since = с { $time }
dashboard-change-phase = Сменить фазу
dashboard-what-to-do = Что делать сейчас
dashboard-no-instructions = Для этой фазы ещё нет указаний.
dashboard-write-instructions = Написать их в разделе «{ $section }»
dashboard-route = Маршрут
dashboard-unnamed-route = Маршрут без названия
dashboard-route-none = не задан
dashboard-checklists = Контрольные списки
dashboard-checklists-none = не привязаны
dashboard-progress = { $done } из { $total }

dashboard-advisories = Рекомендации для путешественников
dashboard-open-advisories = Открыть рекомендации
dashboard-loading = Загрузка…
dashboard-advisories-empty = Пока не отслеживается ни одна страна: укажите место жительства в разделе «{ $household }» или добавьте маршрут.
dashboard-show-advisories = { $country }: показать рекомендации
dashboard-latest-high = Последнее предупреждение с высоким приоритетом
dashboard-disagree = расхождение
    .title = Оценки правительств различаются на 2 уровня и более
dashboard-leave-now-advised = Рекомендован немедленный выезд

dashboard-readiness = Готовность
dashboard-readiness-ok = Проблем не найдено. Поддерживайте план в актуальном состоянии.
dashboard-fix = Исправить
    .label = Исправить в разделе «{ $section }»
dashboard-checklists-empty = Контрольных списков пока нет.
dashboard-untitled-list = Список без названия
dashboard-counts = В плане
    .people = Люди
    .pets = Питомцы
    .documents = Документы
    .expiring = Просрочены или < 6 месяцев
    .contacts = Контакты
    .routes-open = Открытые маршруты
    .tripwires = Сигналы
dashboard-routes-open = { $open } / { $total }
