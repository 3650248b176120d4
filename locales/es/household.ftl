# The Household section: the plan's owner and everyone (and every animal) who leaves with them.

household-intro = Todas las personas (y todos los animales) que se van contigo.
household-you = Tú
household-you-named = Tú: { $name }
household-new-member = Nuevo miembro
household-new-pet = Nueva mascota
household-kind = Tipo
household-remove = Eliminar
household-remove-named = Eliminar a { $name }
household-add-person = + Añadir una persona
household-add-pet = + Añadir una mascota

household-remove-confirm = ¿Quitar a { $name } del hogar?
household-remove-confirm-person = ¿Quitar a esta persona del hogar?
household-remove-confirm-pet = ¿Quitar a esta mascota del hogar?
household-remove-held = { $count ->
        [one] Un documento está a su nombre y necesitará un nuevo titular.
       *[other] { $count } documentos están a su nombre y necesitarán un nuevo titular.
    }

household-name = Nombre
household-relationship = Parentesco contigo
household-relationship-placeholder-person = cónyuge, hija…
household-relationship-placeholder-pet = perro, gato…
household-residence = País de residencia
household-city = Ciudad
household-date-of-birth = Fecha de nacimiento
household-nationalities = Nacionalidades
household-nationalities-of = Nacionalidades de { $name }
household-nationalities-of-unnamed = Nacionalidades de esta persona
household-languages = Idiomas (separados por comas)
household-languages-placeholder = es, en, fa
household-blood-type = Grupo sanguíneo
household-blood-type-placeholder = O+, desconocido
household-medical-notes = Notas médicas (medicamentos, alergias, enfermedades)
household-notes = Notas
