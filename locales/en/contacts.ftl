# The Contacts section: the people to call, in order. Contact roles and messenger apps are enum labels (plan.ftl).
# Phone numbers are never put in these messages: they stay in their own left-to-right fields.

contacts-intro = In the order to call them (1 first).
contacts-export-vcard = Export vCard
contacts-export-ical = Export iCalendar
contacts-add = + Add contact
contacts-empty = No contacts yet. Add someone outside the country first: they can act if phones here go down.
# $path is the file written.
contacts-exported = Exported to { $path }

# A contact's card.
contacts-priority = Priority
contacts-new = New contact
# A chip: the contact can be reached at any hour of any day.
contacts-available-chip = 24/7
# A chip: the contact is in another country than the plan's owner. $country is that country's code.
contacts-abroad = Abroad · { $country }
contacts-remove = Remove
# The remove button's name for screen readers. $name is the contact's name.
contacts-remove-named = Remove { $name }
contacts-name = Name
contacts-role = Role
contacts-organisation = Organisation
contacts-country = Country where they are
contacts-email = E-mail
# Shown under the e-mail field while the address lacks an @ or a domain.
contacts-email-hint = looks incomplete
contacts-priority-label = Priority (1 = first)
# Shown under the priority field when it is out of range. $min and $max are numbers (1 and 99).
contacts-priority-hint = priority { $min }–{ $max }
contacts-available = Reachable 24/7

contacts-phones = Phones
# $index is the phone's place in the list (1, 2…), a number.
contacts-phone = Phone { $index }
contacts-phone-remove = Remove phone { $index }
contacts-phone-add = + Phone
contacts-messengers = Messengers
contacts-messenger-app = App
contacts-messenger-handle = Handle
contacts-messenger-handle-placeholder = number or @name
# $index is the messenger's place in the list (1, 2…), a number.
contacts-messenger-remove = Remove messenger { $index }
contacts-messenger-add = + Messenger
contacts-address = Address
contacts-notes = Notes

# Asked before removing a contact. $name is the contact's name.
contacts-remove-confirm = Remove { $name }?
contacts-remove-confirm-unnamed = Remove this contact?
