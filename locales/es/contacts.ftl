# The Contacts section: the people to call, in order.

contacts-intro = En el orden en que hay que llamarlos (el 1, primero).
contacts-export-vcard = Exportar a vCard
contacts-export-ical = Exportar a iCalendar
contacts-add = + Añadir contacto
contacts-empty = Aún no hay contactos. Añade primero a alguien que esté fuera del país: podrá actuar si aquí dejan de funcionar los teléfonos.
contacts-exported = Exportado a { $path }

contacts-priority = Prioridad
contacts-new = Nuevo contacto
contacts-available-chip = 24 horas
contacts-abroad = En el extranjero · { $country }
contacts-remove = Eliminar
contacts-remove-named = Eliminar a { $name }
contacts-name = Nombre
contacts-role = Función
contacts-organisation = Organización
contacts-country = País donde está
contacts-email = Correo electrónico
contacts-email-hint = parece incompleto
contacts-priority-label = Prioridad (1 = primero)
contacts-priority-hint = prioridad de { $min } a { $max }
contacts-available = Disponible las 24 horas

contacts-phones = Teléfonos
contacts-phone = Teléfono { $index }
contacts-phone-remove = Eliminar el teléfono { $index }
contacts-phone-add = + Teléfono
contacts-messengers = Mensajería
contacts-messenger-app = Aplicación
contacts-messenger-handle = Usuario
contacts-messenger-handle-placeholder = número o @usuario
contacts-messenger-remove = Eliminar la mensajería { $index }
contacts-messenger-add = + Mensajería
contacts-address = Dirección
contacts-notes = Notas

contacts-remove-confirm = ¿Eliminar a { $name }?
contacts-remove-confirm-unnamed = ¿Eliminar este contacto?
