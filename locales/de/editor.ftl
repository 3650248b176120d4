# The editor's frame around every section. See en/editor.ftl for what each message is.

editor-untitled-plan = Unbenannter Plan
editor-phase = Phase: { $phase }
editor-dismiss-notice = Meldung schließen
editor-lock = Sperren
    .title = Sperren ({ $shortcut })
editor-sections = Bereiche
editor-section-errors = { $count ->
        [one] { $count } Feld zu korrigieren
       *[other] { $count } Felder zu korrigieren
    }

editor-save-saved = Gespeichert
editor-save-saved-at = Gespeichert um { $time }
editor-save-pending = Wird bearbeitet…
editor-save-saving = Wird gespeichert…
editor-save-invalid = Nicht gespeichert: { $count ->
        [one] { $count } Feld korrigieren
       *[other] { $count } Felder korrigieren
    }
editor-save-failed = Nicht gespeichert: { $reason }
