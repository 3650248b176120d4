# The editor's frame around every section. See en/editor.ftl for what each message is.

editor-untitled-plan = Adsız plan
editor-phase = Aşama: { $phase }
editor-dismiss-notice = Mesajı kapat
editor-lock = Kilitle
    .title = Kilitle ({ $shortcut })
editor-sections = Bölümler
editor-section-errors = { $count } alan düzeltilmeli

editor-save-saved = Kaydedildi
editor-save-saved-at = Kaydedildi ({ $time })
editor-save-pending = Düzenleniyor…
editor-save-saving = Kaydediliyor…
editor-save-invalid = Kaydedilmedi: { $count } alanı düzeltin
editor-save-failed = Kaydedilmedi: { $reason }
