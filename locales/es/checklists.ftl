# The Checklists section: lists to tick off, some started from a template.

checklists-template = Plantilla
checklists-template-pick = Añadir desde una plantilla…
checklists-template-option = { $title } ({ $count })
checklists-add = Añadir
checklists-add-empty = + Lista vacía
checklists-empty = No hay listas. Empieza por una plantilla: la de la mochila de emergencia es un buen comienzo.

checklists-list-name = Nombre de la lista
checklists-count = { $done }/{ $total }
checklists-progress = Progreso de { $title }
checklists-remove-list = Eliminar lista
checklists-column-done = Hecho
checklists-column-item = Elemento
checklists-column-quantity = Cant.
checklists-column-expires = Caduca
checklists-column-notes = Notas
checklists-item-done = Hecho: { $item }
checklists-item = Elemento
checklists-quantity = Cantidad
checklists-expires = Fecha de caducidad
checklists-notes = Notas
checklists-expired = Caducado
checklists-item-remove = Eliminar el elemento { $item }
checklists-item-add = + Añadir elemento

checklists-untitled = sin título
checklists-remove-confirm = { $count ->
        [one] ¿Eliminar la lista «{ $title }» y su único elemento?
       *[other] ¿Eliminar la lista «{ $title }» y sus { $count } elementos?
    }
