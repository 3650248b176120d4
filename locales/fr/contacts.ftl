# The Contacts section: the people to call, in order.

contacts-intro = Dans l’ordre où les appeler (1 en premier).
contacts-export-vcard = Exporter en vCard
contacts-export-ical = Exporter en iCalendar
contacts-add = + Ajouter un contact
contacts-empty = Aucun contact pour l’instant. Ajoutez d’abord quelqu’un hors du pays : cette personne pourra agir si les téléphones ici ne fonctionnent plus.
contacts-exported = Exporté vers { $path }

contacts-priority = Priorité
contacts-new = Nouveau contact
contacts-available-chip = 24 h/24
contacts-abroad = À l’étranger · { $country }
contacts-remove = Supprimer
contacts-remove-named = Supprimer { $name }
contacts-name = Nom
contacts-role = Rôle
contacts-organisation = Organisme
contacts-country = Pays où se trouve la personne
contacts-email = E-mail
contacts-email-hint = semble incomplet
contacts-priority-label = Priorité (1 = en premier)
contacts-priority-hint = priorité de { $min } à { $max }
contacts-available = Joignable 24 h/24

contacts-phones = Téléphones
contacts-phone = Téléphone { $index }
contacts-phone-remove = Supprimer le téléphone { $index }
contacts-phone-add = + Téléphone
contacts-messengers = Messageries
contacts-messenger-app = Application
contacts-messenger-handle = Identifiant
contacts-messenger-handle-placeholder = numéro ou @nom
contacts-messenger-remove = Supprimer la messagerie { $index }
contacts-messenger-add = + Messagerie
contacts-address = Adresse
contacts-notes = Notes

contacts-remove-confirm = Supprimer { $name } ?
contacts-remove-confirm-unnamed = Supprimer ce contact ?
