# The Checklists section: lists to tick off, some started from a template.

checklists-template = Modèle
checklists-template-pick = Ajouter depuis un modèle…
checklists-template-option = { $title } ({ $count })
checklists-add = Ajouter
checklists-add-empty = + Liste vide
checklists-empty = Aucune liste. Partez d’un modèle : la liste du sac d’urgence est un bon début.

checklists-list-name = Nom de la liste
checklists-count = { $done }/{ $total }
checklists-progress = Avancement de { $title }
checklists-remove-list = Supprimer la liste
checklists-column-done = Fait
checklists-column-item = Élément
checklists-column-quantity = Qté
checklists-column-expires = Expire
checklists-column-notes = Notes
checklists-item-done = Fait : { $item }
checklists-item = Élément
checklists-quantity = Quantité
checklists-expires = Date d’expiration
checklists-notes = Notes
checklists-expired = Expiré
checklists-item-remove = Supprimer l’élément { $item }
checklists-item-add = + Ajouter un élément

checklists-untitled = sans titre
checklists-remove-confirm = { $count ->
        [0] Supprimer la liste vide « { $title } » ?
        [one] Supprimer la liste « { $title } » et son unique élément ?
       *[other] Supprimer la liste « { $title } » et ses { $count } éléments ?
    }
