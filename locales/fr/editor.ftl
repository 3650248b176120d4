# The editor's frame around every section. See en/editor.ftl for what each message is.

editor-untitled-plan = Plan sans titre
editor-phase = Phase : { $phase }
editor-dismiss-notice = Fermer le message
editor-lock = Verrouiller
    .title = Verrouiller ({ $shortcut })
editor-sections = Sections
editor-section-errors = { $count ->
        [one] { $count } champ à corriger
       *[other] { $count } champs à corriger
    }

editor-save-saved = Enregistré
editor-save-saved-at = Enregistré à { $time }
editor-save-pending = Modification en cours…
editor-save-saving = Enregistrement…
editor-save-invalid = Non enregistré : corrigez { $count ->
        [one] { $count } champ
       *[other] { $count } champs
    }
editor-save-failed = Non enregistré : { $reason }
