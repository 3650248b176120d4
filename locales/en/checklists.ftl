# The Checklists section: lists to tick off, some started from a template. Template titles come from the backend.

checklists-template = Template
checklists-template-pick = Add from template…
# A template in the picker. $title is its title, $count the number of items it adds.
checklists-template-option = { $title } ({ $count })
checklists-add = Add
checklists-add-empty = + Empty list
checklists-empty = No checklists. Start from a template: the go-bag list is a good first one.

# A list's card.
checklists-list-name = List name
# Items done out of all items, both numbers.
checklists-count = { $done }/{ $total }
# The progress bar's name for screen readers. $title is the list's title.
checklists-progress = Progress of { $title }
checklists-remove-list = Remove list
# The column headings of a list's items (short: they sit above narrow columns).
checklists-column-done = Done
checklists-column-item = Item
checklists-column-quantity = Qty
checklists-column-expires = Expires
checklists-column-notes = Notes
# The fields of one item, named for screen readers. $item is the item's text.
checklists-item-done = Done: { $item }
checklists-item = Item
checklists-quantity = Quantity
checklists-expires = Expires
checklists-notes = Notes
checklists-expired = Expired
checklists-item-remove = Remove item { $item }
checklists-item-add = + Add item

# Asked before removing a list. $title is its title, $count the number of its items.
checklists-untitled = untitled
checklists-remove-confirm = { $count ->
        [one] Remove the list “{ $title }” and its { $count } item?
       *[other] Remove the list “{ $title }” and its { $count } items?
    }
