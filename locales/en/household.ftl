# The Household section: the plan's owner and everyone (and every animal) who leaves with them.
# Person kinds (person, pet) are enum labels (plan.ftl).

household-intro = Everyone (and every animal) who leaves with you.
# The plan's owner's card. $name is their name.
household-you = You
household-you-named = You: { $name }
# The heading of a new card until a name is typed.
household-new-member = New member
household-new-pet = New pet
household-kind = Kind
household-remove = Remove
# The remove button's name for screen readers. $name is the person's or the animal's name.
household-remove-named = Remove { $name }
household-add-person = + Add a person
household-add-pet = + Add a pet

# Asked before removing someone. $name is their name.
household-remove-confirm = Remove { $name } from the household?
household-remove-confirm-person = Remove this person from the household?
household-remove-confirm-pet = Remove this pet from the household?
# Added after the question when documents name them as holder. $count is a number.
household-remove-held = { $count ->
        [one] One document names them as holder and will need a new holder.
       *[other] { $count } documents name them as holder and will need a new holder.
    }

# A person's (or an animal's) fields.
household-name = Name
household-relationship = Relationship to you
household-relationship-placeholder-person = spouse, daughter…
household-relationship-placeholder-pet = dog, cat…
household-residence = Country of residence
household-city = City
household-date-of-birth = Date of birth
household-nationalities = Nationalities
# The country picker's name for screen readers. $name is the person's name.
household-nationalities-of = Nationalities of { $name }
household-nationalities-of-unnamed = Nationalities of this person
household-languages = Languages (comma-separated)
# Language codes, as the field expects them (separated by Latin commas).
household-languages-placeholder = fa, en, fr
household-blood-type = Blood type
household-blood-type-placeholder = O+, unknown
household-medical-notes = Medical notes (medicines, allergies, conditions)
household-notes = Notes
