# The Household section: the plan's owner and everyone (and every animal) who leaves with them.

household-intro = Все, кто уезжает с вами (и все животные тоже).
household-you = Вы
household-you-named = Вы: { $name }
household-new-member = Новый член семьи
household-new-pet = Новый питомец
household-kind = Вид
household-remove = Удалить
household-remove-named = Удалить: { $name }
household-add-person = + Добавить человека
household-add-pet = + Добавить питомца

household-remove-confirm = Удалить из семьи: { $name }?
household-remove-confirm-person = Удалить этого человека из семьи?
household-remove-confirm-pet = Удалить этого питомца из семьи?
household-remove-held = { $count ->
        [one] { $count } документ оформлен на этого человека, ему понадобится новый владелец.
        [few] { $count } документа оформлены на этого человека, им понадобится новый владелец.
        [many] { $count } документов оформлены на этого человека, им понадобится новый владелец.
       *[other] { $count } документа оформлены на этого человека, им понадобится новый владелец.
    }

household-name = Имя
household-relationship = Кем приходится вам
household-relationship-placeholder-person = супруг, дочь…
household-relationship-placeholder-pet = собака, кошка…
household-residence = Страна проживания
household-city = Город
household-date-of-birth = Дата рождения
household-nationalities = Гражданства
household-nationalities-of = Гражданства: { $name }
household-nationalities-of-unnamed = Гражданства этого человека
household-languages = Языки (через запятую)
household-languages-placeholder = ru, en, fa
household-blood-type = Группа крови
household-blood-type-placeholder = O+, неизвестна
household-medical-notes = Медицинские сведения (лекарства, аллергии, заболевания)
household-notes = Заметки
