# The Settings section: the plan's name and auto-lock, the passphrase, recovery keys, import and export, backups
# and what this installation is. (The language picker's label is common-language.)

settings-plan = Plan
settings-plan-name = Name des Plans (steht auf Ausdrucken)
settings-auto-lock = Sperren nach Minuten ohne Aktivität (0 = nie)
settings-auto-lock-range = von 0 (aus) bis 1440 Minuten

settings-passphrase-title = Passphrase ändern
settings-passphrase-current = Aktuelle Passphrase
settings-passphrase-new = Neue Passphrase (mindestens { $min } Zeichen)
settings-passphrase-again = Neue Passphrase wiederholen
settings-passphrase-submit = Passphrase ändern
settings-passphrase-too-short = Die neue Passphrase muss mindestens { $min } Zeichen lang sein.
settings-passphrase-mismatch = Die neuen Passphrasen stimmen nicht überein.
settings-passphrase-changed = Passphrase geändert. Verwenden Sie ab jetzt die neue.
settings-passphrase-wrong = Die aktuelle Passphrase ist falsch.

settings-recovery-title = Wiederherstellungsschlüssel
settings-recovery-intro = Ein Wiederherstellungsschlüssel öffnet den Plan, wenn die Passphrase vergessen ist. Drucken Sie ihn aus oder schreiben Sie ihn auf und bewahren Sie ihn fern von diesem Computer auf.
settings-recovery-has-one = Dieser Plan hat bereits einen; ein neuer kommt als weiterer hinzu.
settings-recovery-none = Dieser Plan hat noch keinen.
settings-recovery-shown-once = Wird nur einmal angezeigt.
settings-recovery-write-down = Schreiben Sie ihn jetzt auf: Lifeboat kann ihn nicht noch einmal anzeigen.
settings-recovery-done = Ich habe ihn aufgeschrieben
settings-recovery-passphrase = Aktuelle Passphrase
settings-recovery-wrong = Die Passphrase ist falsch.
settings-recovery-create = Wiederherstellungsschlüssel erstellen

settings-io-title = Import und Export
settings-export-title = Plan exportieren
settings-export-encrypt = Mit einer Passphrase verschlüsseln
settings-export-passphrase = Passphrase für diese Datei
settings-export-unencrypted = Ohne Verschlüsselung kann jeder, der die Datei findet, den ganzen Plan lesen.
settings-export-submit = Exportieren…
settings-export-too-short = Verwenden Sie für den Export eine Passphrase mit mindestens { $min } Zeichen oder schalten Sie die Verschlüsselung ab.
settings-export-file-encrypted = Verschlüsselter Plan
settings-export-done-encrypted = Verschlüsselte Kopie gespeichert unter { $path }.
settings-export-done-plain = Gespeichert unter { $path }. Die Datei ist NICHT verschlüsselt: Bewahren Sie sie sicher auf.
settings-import-title = Plan importieren
settings-import-hint = Ersetzt den aktuellen Plan; der aktuelle bleibt in den Sicherungen.
settings-import-passphrase = Passphrase (nur für verschlüsselte Dateien)
settings-import-submit = Importieren…
settings-import-file = Lifeboat-Plan
settings-import-confirm = Den aktuellen Plan durch den aus { $path } ersetzen? Der aktuelle Plan bleibt in den Sicherungen.
settings-import-confirm-ok = Plan ersetzen
settings-import-done = Plan importiert.
settings-import-wrong-passphrase = Falsche Passphrase für diese Datei.
settings-import-passphrase-required = Diese Datei ist verschlüsselt: Geben Sie ihre Passphrase ein und importieren Sie erneut.

settings-backups-title = Sicherungen
settings-backups-refresh = Aktualisieren
settings-backups-empty = Noch keine Sicherungen: Jedes Mal, wenn der Plan überschrieben wird, wird eine aufbewahrt.
settings-backups-saved = Gespeichert
settings-backups-size = Größe
settings-backups-action = Aktion
settings-backups-restore = Wiederherstellen
settings-backups-restore-label = Sicherung vom { $date } wiederherstellen
settings-restore-confirm = Sicherung vom { $date } wiederherstellen? Der aktuelle Plan wird ebenfalls als Sicherung aufbewahrt.
settings-restore-confirm-ok = Wiederherstellen
settings-restore-done = Sicherung vom { $date } wiederhergestellt.

settings-about-title = Über Lifeboat
settings-about-data-folder = Datenordner
settings-about-version = Version
settings-about-unknown = unbekannt
