# The Household section: the plan's owner and everyone (and every animal) who leaves with them.

household-intro = Toutes les personnes (et tous les animaux) qui partent avec vous.
household-you = Vous
household-you-named = Vous : { $name }
household-new-member = Nouveau membre
household-new-pet = Nouvel animal
household-kind = Type
household-remove = Supprimer
household-remove-named = Supprimer { $name }
household-add-person = + Ajouter une personne
household-add-pet = + Ajouter un animal

household-remove-confirm = Retirer { $name } du foyer ?
household-remove-confirm-person = Retirer cette personne du foyer ?
household-remove-confirm-pet = Retirer cet animal du foyer ?
household-remove-held = { $count ->
        [one] Un document est à son nom et devra changer de titulaire.
       *[other] { $count } documents sont à son nom et devront changer de titulaire.
    }

household-name = Nom
household-relationship = Lien avec vous
household-relationship-placeholder-person = conjoint, fille…
household-relationship-placeholder-pet = chien, chat…
household-residence = Pays de résidence
household-city = Ville
household-date-of-birth = Date de naissance
household-nationalities = Nationalités
household-nationalities-of = Nationalités de { $name }
household-nationalities-of-unnamed = Nationalités de cette personne
household-languages = Langues (séparées par des virgules)
household-languages-placeholder = fr, en, fa
household-blood-type = Groupe sanguin
household-blood-type-placeholder = O+, inconnu
household-medical-notes = Notes médicales (médicaments, allergies, maladies)
household-notes = Notes
