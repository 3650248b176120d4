# The Phases section: what to do in each phase (the phases' names and hints are plan.ftl's), the tripwires that
# move the plan from one phase to another, and the advisory tripwires that suggest a phase from a government's
# travel advice level.

phases-intro = Что делать в каждой ситуации — решено заранее и спокойно.
phases-current = Текущий
phases-instructions = Инструкции
phases-route = Маршрут
phases-no-route = — без маршрута —
phases-route-unnamed = Маршрут без названия
phases-route-removed = (удалённый маршрут)
phases-checklists = Чек-листы
phases-no-checklists = Чек-листов пока нет.
phases-checklist-untitled = Список без названия

phases-tripwires = Сигналы
phases-tripwires-intro = События, при которых вы переходите к другому этапу; решите это заранее, пока нет давления.
phases-tripwire-condition = Когда…
phases-tripwire-condition-placeholder = Посольство советует уехать
phases-tripwire-phase = …перейти к этапу
phases-tripwire-notes = Заметки
phases-tripwire-remove = Удалить сигнал { $number }
phases-tripwire-remove-confirm = Удалить этот сигнал?
phases-tripwire-add = + Сигнал

phases-advisory-title = Сигналы по рекомендациям для путешественников
phases-advisory-intro = Когда рекомендации правительства для путешественников достигают определённого уровня, Lifeboat предлагает этап. Решаете вы.
phases-advisory-empty = Пока нет. Например: уровень { $level } от любого правительства для страны, где вы живёте → уезжайте сейчас.
phases-advisory-country = Страна
phases-advisory-level = Уровень ≥
phases-advisory-level-out-of-range = { $level } (вне диапазона)
phases-advisory-government = От
phases-advisory-any-government = любое правительство
phases-advisory-phase = …предложить этап
phases-advisory-phase-normal = { $phase } (выберите другой)
phases-advisory-remove = Удалить сигнал по рекомендациям { $number }
phases-advisory-remove-confirm = Удалить этот сигнал по рекомендациям для путешественников?
phases-advisory-add = + Сигнал по рекомендациям

phases-family-title = Если вы не можете с нами связаться
phases-family-hint = Для семьи дома: что делать, кто решает, кому звонить в первую очередь.
