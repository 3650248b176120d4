# Die Worte der Befehlszeile, in der Sprache des Terminals. Die von clap erzeugte Hilfe und die JSON-Ausgabe bleiben englisch.

cli-passphrase-prompt = Passphrase für Lifeboat:
cli-passphrase-unreadable = die Passphrase kann nicht gelesen werden: { $error }
cli-no-data-folder = kein Datenordner: geben Sie --data-dir oder --countries an
cli-no-data-folder-or-plan = kein Datenordner: --data-dir oder --plan angeben
cli-cannot-read = { $file } kann nicht gelesen werden: { $error }
cli-too-large = { $file }: { $bytes } Bytes sind mehr als jeder Feed (höchstens { $max })
cli-not-a-country = „{ $code }“ ist kein Ländercode nach ISO 3166
cli-unknown-government = unbekannte Regierung „{ $name }“; möglich sind: { $list }
cli-one-of = möglich sind: { $list }
cli-rows-skipped = { $count ->
        [one] { $count } Zeile nicht als Land gelesen:
       *[other] { $count } Zeilen nicht als Länder gelesen:
    }
cli-not-an-alert = nicht als Warnung gelesen: { $item }
cli-check-no-advice = keine Hinweise gefunden
cli-check-level = Stufe { $level }
cli-check-parts = (Landesteile: Stufe { $level })
cli-check-leave-now = JETZT AUSREISEN
cli-check-updated = aktualisiert am { $date }
cli-check-failed = { $government }: { $message } ({ $code })
cli-could-not-start = Lifeboat konnte nicht starten: { $error }
