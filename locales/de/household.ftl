# The Household section: the plan's owner and everyone (and every animal) who leaves with them.

household-intro = Alle Menschen (und Tiere), die mit Ihnen gehen.
household-you = Sie
household-you-named = Sie: { $name }
household-new-member = Neues Mitglied
household-new-pet = Neues Haustier
household-kind = Art
household-remove = Entfernen
household-remove-named = { $name } entfernen
household-add-person = + Person hinzufügen
household-add-pet = + Haustier hinzufügen

household-remove-confirm = { $name } aus dem Haushalt entfernen?
household-remove-confirm-person = Diese Person aus dem Haushalt entfernen?
household-remove-confirm-pet = Dieses Haustier aus dem Haushalt entfernen?
household-remove-held = { $count ->
        [one] Ein Dokument nennt diese Person als Inhaber und braucht einen neuen.
       *[other] { $count } Dokumente nennen diese Person als Inhaber und brauchen einen neuen.
    }

household-name = Name
household-relationship = Beziehung zu Ihnen
household-relationship-placeholder-person = Ehepartner, Tochter…
household-relationship-placeholder-pet = Hund, Katze…
household-residence = Wohnsitzland
household-city = Stadt
household-date-of-birth = Geburtsdatum
household-nationalities = Staatsangehörigkeiten
household-nationalities-of = Staatsangehörigkeiten von { $name }
household-nationalities-of-unnamed = Staatsangehörigkeiten dieser Person
household-languages = Sprachen (durch Kommas getrennt)
household-languages-placeholder = de, en, fa
household-blood-type = Blutgruppe
household-blood-type-placeholder = 0+, unbekannt
household-medical-notes = Medizinische Hinweise (Medikamente, Allergien, Erkrankungen)
household-notes = Notizen
