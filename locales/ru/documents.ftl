# The Documents section: passports, permits and papers, where the originals are and where copies are kept.

documents-intro = Паспорта, разрешения и другие бумаги: где хранятся оригиналы и где — копии.
documents-add = + Добавить документ
documents-empty = Документов пока нет. Начните с паспортов всех членов семьи.

documents-expired = Срок истёк
documents-expires-soon = Истекает менее чем через { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
        [many] { $months } месяцев
       *[other] { $months } месяца
    }
documents-valid = Действителен
documents-remove = Удалить
    .label = Удалить документ

documents-you = Вы
documents-unnamed = Без имени

documents-kind = Вид
documents-title-label = Название (необязательно)
documents-title-placeholder = Электронная виза в Турцию
documents-holder = Владелец
documents-holder-nobody = — никто —
documents-holder-self = { $name } (вы)
documents-holder-removed = (удалённый человек)
documents-number = Номер
documents-number-show = Показать
documents-number-hide = Скрыть
documents-number-copy = Копировать
documents-number-copied = Скопировано. Lifeboat очистит буфер обмена через { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    }.
documents-issuing-country = Страна выдачи
documents-issued = Дата выдачи
documents-expires = Действителен до
documents-original-location = Где хранится оригинал
documents-original-location-placeholder = Несгораемый сейф, кабинет

documents-copies = Копии
documents-copy-medium = Носитель
documents-copy-location = Где
documents-copy-location-placeholder = У сестры в Лионе
documents-copy-remove = Удалить копию { $index }
documents-copy-add = + Добавить копию
documents-notes = Заметки

documents-remove-confirm = Удалить из плана: { $document }?
documents-remove-confirm-held = Удалить из плана: { $document } (владелец: { $holder })?
