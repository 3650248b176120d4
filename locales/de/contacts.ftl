# The Contacts section: the people to call, in order.

contacts-intro = In der Reihenfolge, in der sie anzurufen sind (1 zuerst).
contacts-export-vcard = Als vCard exportieren
contacts-export-ical = Als iCalendar exportieren
contacts-add = + Kontakt hinzufügen
contacts-empty = Noch keine Kontakte. Fügen Sie zuerst jemanden außerhalb des Landes hinzu: Diese Person kann handeln, wenn hier die Telefone ausfallen.
contacts-exported = Exportiert nach { $path }

contacts-priority = Priorität
contacts-new = Neuer Kontakt
contacts-available-chip = Rund um die Uhr
contacts-abroad = Im Ausland · { $country }
contacts-remove = Entfernen
contacts-remove-named = { $name } entfernen
contacts-name = Name
contacts-role = Rolle
contacts-organisation = Organisation
contacts-country = Aufenthaltsland
contacts-email = E-Mail
contacts-email-hint = scheint unvollständig
contacts-priority-label = Priorität (1 = zuerst)
contacts-priority-hint = Priorität { $min } bis { $max }
contacts-available = Rund um die Uhr erreichbar

contacts-phones = Telefonnummern
contacts-phone = Telefon { $index }
contacts-phone-remove = Telefon { $index } entfernen
contacts-phone-add = + Telefon
contacts-messengers = Messenger
contacts-messenger-app = App
contacts-messenger-handle = Kennung
contacts-messenger-handle-placeholder = Nummer oder @Name
contacts-messenger-remove = Messenger { $index } entfernen
contacts-messenger-add = + Messenger
contacts-address = Adresse
contacts-notes = Notizen

contacts-remove-confirm = { $name } entfernen?
contacts-remove-confirm-unnamed = Diesen Kontakt entfernen?
