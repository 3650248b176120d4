# The unlock screen and recovery with a recovery key.

unlock-intro = Ihr Plan ist auf diesem Computer verschlüsselt. Geben Sie die Passphrase ein, um ihn zu öffnen.
unlock-reason-idle = Nach einer Zeit ohne Aktivität gesperrt.
unlock-reason-expired = Die Sitzung ist beendet; entsperren Sie, um fortzufahren.
unlock-reason-user = Gesperrt.
unlock-passphrase-label = Passphrase
unlock-submit = Entsperren
unlock-submit-busy = Wird entsperrt…
unlock-forgot = Passphrase vergessen? Einen Wiederherstellungsschlüssel verwenden
unlock-data-folder = Datenordner:
unlock-version = · Version { $version }

unlock-recover-title = Mit einem Wiederherstellungsschlüssel wiederherstellen
unlock-recover-key-label = Wiederherstellungsschlüssel ({ $prefix }…)
unlock-recover-new-label = Neue Passphrase (mindestens { $min } Zeichen)
unlock-recover-again-label = Neue Passphrase wiederholen
unlock-recover-submit = Wiederherstellen und Passphrase festlegen
unlock-recover-too-short = Die neue Passphrase muss mindestens { $min } Zeichen lang sein.
unlock-recover-mismatch = Die neuen Passphrasen stimmen nicht überein.
unlock-recover-wrong-key = Dieser Wiederherstellungsschlüssel öffnet diesen Plan nicht.

unlock-backups-in = Sicherungen liegen in { $folder }.
unlock-backups-default = Frühere Sicherungen liegen im Datenordner.

unlock-error-wrong-passphrase = Falsche Passphrase.
    .detail = Prüfen Sie die Tastaturbelegung und die Feststelltaste und versuchen Sie es erneut. Ist sie verloren, verwenden Sie unten einen Wiederherstellungsschlüssel.
unlock-error-truncated = Die Plandatei ist abgeschnitten (unvollständig).
    .detail = Vermutlich wurde sie beim Kopieren oder Speichern unterbrochen. Die Datei wurde NICHT verändert.
    .advice = Stellen Sie die neueste Sicherung wieder her oder kopieren Sie eine intakte Datei darüber.
unlock-error-corrupt = Die Plandatei ist beschädigt.
    .detail = Sie lässt sich so nicht entschlüsseln. Die Datei wurde NICHT verändert.
    .advice = Stellen Sie die neueste Sicherung wieder her oder kopieren Sie eine intakte Datei darüber.
unlock-error-newer-schema = Dieser Plan wurde mit einer neueren Version von Lifeboat gespeichert.
    .detail = Aktualisieren Sie Lifeboat, um ihn zu öffnen. Es wurde nichts verändert, es gehen also keine Daten verloren.
unlock-error-newer-format = Dieser Tresor verwendet ein neueres Dateiformat.
    .detail = Aktualisieren Sie Lifeboat, um ihn zu öffnen. Es wurde nichts verändert, es gehen also keine Daten verloren.
unlock-error-not-a-vault = Die Datei im Datenordner ist kein Lifeboat-Tresor.
    .detail = An ihrer Stelle wurde etwas anderes gespeichert. Sie wurde nicht verändert.
unlock-error-incomplete = Der Tresor ist unvollständig: Ein Teil fehlt.
    .detail = Eine Datei im Datenordner fehlt (vielleicht eine unvollständige Kopie). Es wurde nichts verändert.
unlock-error-weak-passphrase = Die Passphrase ist zu kurz.
unlock-error-unknown = Entsperren nicht möglich.
