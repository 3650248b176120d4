# The Checklists section: lists to tick off, some started from a template.

checklists-template = Vorlage
checklists-template-pick = Aus Vorlage hinzufügen…
checklists-template-option = { $title } ({ $count })
checklists-add = Hinzufügen
checklists-add-empty = + Leere Liste
checklists-empty = Keine Checklisten. Beginnen Sie mit einer Vorlage: Die Liste fürs Notfallgepäck ist ein guter Anfang.

checklists-list-name = Name der Liste
checklists-count = { $done }/{ $total }
checklists-progress = Fortschritt von { $title }
checklists-remove-list = Liste entfernen
checklists-column-done = Erledigt
checklists-column-item = Eintrag
checklists-column-quantity = Menge
checklists-column-expires = Ablauf
checklists-column-notes = Notizen
checklists-item-done = Erledigt: { $item }
checklists-item = Eintrag
checklists-quantity = Menge
checklists-expires = Ablaufdatum
checklists-notes = Notizen
checklists-expired = Abgelaufen
checklists-item-remove = Eintrag { $item } entfernen
checklists-item-add = + Eintrag hinzufügen

checklists-untitled = ohne Titel
checklists-remove-confirm = { $count ->
        [one] Die Liste „{ $title }“ und ihren einen Eintrag entfernen?
       *[other] Die Liste „{ $title }“ und ihre { $count } Einträge entfernen?
    }
