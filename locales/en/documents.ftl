# The Documents section: passports, permits and papers, where the originals are and where copies are kept.
# Document kinds and copy media are enum labels (plan.ftl). Document numbers are never put in these messages.

documents-intro = Passports, permits and papers: where the originals are and where copies are kept.
documents-add = + Add document
documents-empty = No documents yet. Start with everyone's passports.

# A document's validity, as a chip next to its title.
documents-expired = Expired
# $months is a number (6): many borders ask for six months of validity.
documents-expires-soon = Expires in < { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
documents-valid = Valid
# The button removing a whole document; .label is its name for screen readers.
documents-remove = Remove
    .label = Remove document

# A holder who has no name yet: the plan's owner, or someone else.
documents-you = You
documents-unnamed = Unnamed

documents-kind = Kind
documents-title-label = Title (optional)
# An example of a title a person might give a document.
documents-title-placeholder = Turkish e-visa
documents-holder = Holder
documents-holder-nobody = — nobody —
# The plan's owner in the list of holders. $name is their name.
documents-holder-self = { $name } (you)
# The holder the document names was removed from the household.
documents-holder-removed = (removed person)
documents-number = Number
documents-number-show = Show
documents-number-hide = Hide
documents-number-copy = Copy
# $seconds is a number (30).
documents-number-copied = Copied. Lifeboat clears the clipboard in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
documents-issuing-country = Issuing country
documents-issued = Issued
documents-expires = Expires
documents-original-location = Where the original is
documents-original-location-placeholder = Fire safe, study

documents-copies = Copies
documents-copy-medium = Medium
documents-copy-location = Where
documents-copy-location-placeholder = With sister in Lyon
# $index is the copy's place in the list (1, 2…), a number.
documents-copy-remove = Remove copy { $index }
documents-copy-add = + Add a copy
documents-notes = Notes

# Asked before removing a document. $document is its own title or its kind's label; $holder a person's name.
documents-remove-confirm = Remove { $document } from the plan?
documents-remove-confirm-held = Remove { $document } of { $holder } from the plan?
