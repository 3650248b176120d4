# The first start: onboarding creates the plan. See en/onboarding.ftl for what each message is.

onboarding-title = Bienvenue dans Lifeboat
onboarding-intro = Un plan de départ privé pour votre foyer : documents, contacts, itinéraires et listes de contrôle, conservés chiffrés sur cet ordinateur.

onboarding-step-passphrase = 1. Une phrase secrète pour protéger le plan
onboarding-step-about = 2. À propos de vous
onboarding-step-templates = 3. Des listes de contrôle pour commencer

onboarding-no-recovery = Elle ne peut pas être récupérée si vous l’oubliez.
    .detail = Lifeboat n’a ni serveur ni compte : personne, pas même nous, ne peut la réinitialiser. Plus tard, dans les Réglages, vous pourrez imprimer une clé de récupération et la garder en lieu sûr.
onboarding-passphrase-label = Phrase secrète (au moins { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    })
onboarding-passphrase-again-label = Saisissez-la à nouveau

onboarding-name-label = Votre nom
onboarding-city-label = Ville
onboarding-residence-label = Pays où vous vivez
onboarding-residence-choose = — choisir —
onboarding-nationalities-label = Vos nationalités (ajoutez-les une à une)
onboarding-nationalities-list = Vos nationalités

onboarding-templates-hint = Vous pourrez modifier chaque élément et ajouter d’autres listes plus tard.
onboarding-template-items = ({ $count ->
        [one] { $count } élément
       *[other] { $count } éléments
    })

onboarding-create = Créer le plan
onboarding-create-busy = Création…

onboarding-error-too-short = La phrase secrète doit compter au moins { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    }. Quelques mots sans rapport entre eux font très bien l’affaire.
onboarding-error-mismatch = Les deux phrases secrètes ne correspondent pas.
onboarding-error-weak = La phrase secrète est trop faible : { $reason }
