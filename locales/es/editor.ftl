# The editor's frame around every section. See en/editor.ftl for what each message is.

editor-untitled-plan = Plan sin título
editor-phase = Fase: { $phase }
editor-dismiss-notice = Cerrar el mensaje
editor-lock = Bloquear
    .title = Bloquear ({ $shortcut })
editor-sections = Secciones
editor-section-errors = { $count ->
        [one] { $count } campo por corregir
       *[other] { $count } campos por corregir
    }

editor-save-saved = Guardado
editor-save-saved-at = Guardado a las { $time }
editor-save-pending = Editando…
editor-save-saving = Guardando…
editor-save-invalid = No guardado: corrige { $count ->
        [one] { $count } campo
       *[other] { $count } campos
    }
editor-save-failed = No guardado: { $reason }
