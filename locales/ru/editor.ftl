# The editor's frame around every section. See en/editor.ftl for what each message is.

editor-untitled-plan = План без названия
editor-phase = Фаза: { $phase }
editor-dismiss-notice = Закрыть сообщение
editor-lock = Заблокировать
    .title = Заблокировать ({ $shortcut })
editor-sections = Разделы
editor-section-errors = { $count ->
        [one] { $count } поле нужно исправить
        [few] { $count } поля нужно исправить
        [many] { $count } полей нужно исправить
       *[other] { $count } поля нужно исправить
    }

editor-save-saved = Сохранено
editor-save-saved-at = Сохранено в { $time }
editor-save-pending = Редактирование…
editor-save-saving = Сохранение…
editor-save-invalid = Не сохранено: исправьте { $count ->
        [one] { $count } поле
        [few] { $count } поля
        [many] { $count } полей
       *[other] { $count } поля
    }
editor-save-failed = Не сохранено: { $reason }
