# The Documents section: passports, permits and papers, where the originals are and where copies are kept.

documents-intro = Pässe, Aufenthaltstitel und Papiere: wo die Originale liegen und wo Kopien aufbewahrt werden.
documents-add = + Dokument hinzufügen
documents-empty = Noch keine Dokumente. Beginnen Sie mit den Pässen aller Mitglieder.

documents-expired = Abgelaufen
documents-expires-soon = Läuft in weniger als { $months ->
        [one] { $months } Monat
       *[other] { $months } Monaten
    } ab
documents-valid = Gültig
documents-remove = Entfernen
    .label = Dokument entfernen

documents-you = Sie
documents-unnamed = Ohne Namen

documents-kind = Art
documents-title-label = Titel (optional)
documents-title-placeholder = E-Visum für die Türkei
documents-holder = Inhaber
documents-holder-nobody = — niemand —
documents-holder-self = { $name } (Sie)
documents-holder-removed = (entfernte Person)
documents-number = Nummer
documents-number-show = Anzeigen
documents-number-hide = Verbergen
documents-number-copy = Kopieren
documents-number-copied = Kopiert. Lifeboat leert die Zwischenablage in { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }.
documents-issuing-country = Ausstellungsstaat
documents-issued = Ausgestellt am
documents-expires = Gültig bis
documents-original-location = Wo das Original liegt
documents-original-location-placeholder = Feuerfester Tresor, Arbeitszimmer

documents-copies = Kopien
documents-copy-medium = Medium
documents-copy-location = Wo
documents-copy-location-placeholder = Bei meiner Schwester in Lyon
documents-copy-remove = Kopie { $index } entfernen
documents-copy-add = + Kopie hinzufügen
documents-notes = Notizen

documents-remove-confirm = { $document } aus dem Plan entfernen?
documents-remove-confirm-held = { $document } von { $holder } aus dem Plan entfernen?
