# Le PDF pour la famille : le plan sur papier pour les proches restés au pays, et la carte des Réglages qui le produit.

## The card in Settings

pdf-card-title = PDF pour la famille
pdf-card-hint = Le plan sur papier pour les proches restés à la maison, lisible sans Lifeboat. Imprimez-le ; un fichier peut voyager plus loin que vous ne le voudriez.
pdf-card-what-goes-in = Ce qu’il contient
pdf-card-section-cover = Couverture : qui, phase actuelle, niveaux des conseils aux voyageurs
pdf-card-section-instructions = « Si vous ne pouvez pas nous joindre »
pdf-card-section-contacts = Contacts
pdf-card-section-routes = Itinéraires
pdf-card-section-documents = Documents
pdf-card-section-checklists = Listes de contrôle
pdf-card-medical = Notes médicales et groupes sanguins
pdf-card-numbers = Numéros des documents
pdf-card-numbers-last4 = Les 4 derniers caractères seulement
pdf-card-numbers-full = En entier
pdf-card-numbers-hidden = Omis
pdf-card-numbers-full-warning = Quiconque a la feuille en main peut se servir des numéros complets.
pdf-card-paper = Papier
pdf-card-paper-a4 = A4
pdf-card-paper-letter = Lettre US
pdf-card-language = Langue du PDF
pdf-card-export = Exporter le PDF…
pdf-card-busy = Composition…
pdf-card-written = { $pages ->
        [one] { $pages } page écrite dans { $path }.
       *[other] { $pages } pages écrites dans { $path }.
    }
pdf-card-note = Remarque : { $warnings }

## The command line (`lifeboat export-pdf`)

pdf-cli-warning = avertissement : { $warning }
pdf-cli-cannot-write = impossible d’écrire { $path } : { $error }
pdf-cli-written = { $path } : { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }, { $bytes } octets

## The PDF

pdf-title-default = Plan de la famille
pdf-header-made = Établi le { $date }
pdf-footer-confidential = Confidentiel : copie pour la famille
pdf-footer-page = Page { $page } sur { $pages }
pdf-date-time-utc = { $date_time } UTC
pdf-list-separator = {", "}

pdf-cover-intro = Notre plan pour partir en cas d’urgence, imprimé pour la famille restée à la maison. Établi le { $date }.
pdf-cover-updated = Dernière modification du plan : { $date }.
pdf-cover-phase = Phase actuelle
pdf-cover-phase-since = depuis le { $date }
pdf-cover-phase-route = itinéraire : { $route }
pdf-cover-doing = Ce que nous faisons

pdf-household-heading = Pour qui est ce plan
pdf-household-name = Nom
pdf-household-relationship = Lien
pdf-household-nationality = Nationalité
pdf-household-born = Naissance
pdf-household-medical = Médical
pdf-household-lives = Vit à · notes
pdf-household-owner = Titulaire du plan
pdf-household-pet = { $relationship } (animal)
pdf-household-blood-type = Groupe sanguin { $blood_type }
pdf-household-speaks = parle { $languages }

pdf-advisories-heading = Conseils aux voyageurs
pdf-advisories-none = Pas encore de données. Lifeboat n’avait récupéré aucun conseil aux voyageurs d’un gouvernement quand cette copie a été établie.
pdf-advisories-scale = Niveau le plus élevé par pays au moment où cette copie a été établie, sur une seule échelle de 1 (vigilance normale) à 4 (formellement déconseillé).
pdf-advisories-country = Pays
pdf-advisories-level = Niveau
pdf-advisories-meaning = Signification
pdf-advisories-source = Source
pdf-advisories-wording = Leur formulation
pdf-advisories-updated = Mis à jour
pdf-advisory-level-1 = Vigilance normale
pdf-advisory-level-2 = Vigilance renforcée
pdf-advisory-level-3 = Déconseillé sauf raison impérative
pdf-advisory-level-4 = Formellement déconseillé
pdf-advisory-level-unknown = Niveau inconnu

pdf-instructions-heading = Si vous ne pouvez pas nous joindre
pdf-instructions-none = Aucune consigne écrite pour l’instant.
pdf-call-first-heading = Appeler d’abord
pdf-call-first-who = Qui
pdf-call-first-role = Rôle
pdf-call-first-phone = Téléphone
pdf-leave-now-heading = Si nous devons partir tout de suite
pdf-tripwires-heading = Ce qui nous fait changer de phase
pdf-tripwires-when = Quand
pdf-tripwires-phase = Nous passons à
pdf-tripwires-notes = Notes
pdf-tripwire-any-government = les conseils aux voyageurs d’un gouvernement quelconque pour { $country } atteignent { $level }
pdf-tripwire-government = les conseils aux voyageurs du gouvernement { $government } pour { $country } atteignent { $level }
pdf-tripwire-level-top = le niveau 4 (formellement déconseillé)
pdf-tripwire-level-or-higher = le niveau { $level } ou plus

pdf-tag-24-7 = 24 h/24
pdf-contacts-heading = Contacts
pdf-contacts-none = Aucun contact dans le plan.
pdf-contacts-intro = Dans l’ordre où les appeler. { $tag } signifie qu’ils répondent à toute heure.
pdf-contacts-number = No
pdf-contacts-who = Qui
pdf-contacts-phones = Téléphone et messageries
pdf-contacts-other = E-mail, adresse, notes
pdf-messenger = { $app } : { $handle }

pdf-routes-heading = Itinéraires de départ
pdf-routes-none = Aucun itinéraire dans le plan.
pdf-route-letter = Plan { $letter }
pdf-route-named = { $letter } : { $name }
pdf-route-status-closed = Fermé : ne pas emprunter
pdf-route-verified = dernière vérification le { $date }
pdf-route-never-verified = jamais vérifié
pdf-route-border = frontière : { $crossings }
pdf-legs-number = No
pdf-legs-from-to = De → à
pdf-leg-arrow = →
pdf-legs-by = Moyen
pdf-legs-time = Durée
pdf-legs-border = Frontière
pdf-legs-needs = Besoins · notes
pdf-need = { $kind } : { $detail }
pdf-duration-minutes = { $minutes } min
pdf-duration-hours = { $hours } h
pdf-duration-hours-minutes = { $hours } h { $minutes } min
pdf-rally-points = Points de ralliement

pdf-documents-heading = Documents
pdf-documents-last4 = Les numéros ne montrent que leurs derniers caractères ; les numéros complets sont dans le fichier du plan.
pdf-documents-hidden = Les numéros des documents ne sont pas imprimés dans cette copie.
pdf-documents-none = Aucun document dans le plan.
pdf-documents-document = Document
pdf-documents-holder = Titulaire
pdf-documents-number = Numéro
pdf-documents-expires = Expire le
pdf-documents-original = Original
pdf-documents-copies = Copies · notes
pdf-documents-expired = expiré
pdf-document-titled = { $kind } : { $title }
pdf-copy = { $medium } : { $location }

pdf-checklists-heading = Listes de contrôle
pdf-checklists-none = Aucune liste de contrôle dans le plan.
pdf-checklist-progress = ({ $done } sur { $total } faits)
pdf-checklists-item = Élément · notes
pdf-checklists-quantity = Quantité · à utiliser avant
pdf-item-quantity = × { $quantity }
pdf-item-use-by = à utiliser avant le { $date }

## The map page, after the cover: the routes drawn over the borders (the map's own words are map.ftl's).

pdf-map-heading = Carte des itinéraires
pdf-map-shading = Les pays sont grisés selon leur niveau de conseil aux voyageurs le plus élevé : plus c’est foncé, plus le niveau est élevé.
pdf-map-unplaced-heading = Absent de la carte
pdf-map-unplaced-leg = { $route } : étape de { $from } à { $to }, pas encore placée sur la carte
pdf-map-unplaced-crossing = { $route } : passage de frontière { $crossing }, pas encore placé sur la carte
pdf-map-sources = Sources : frontières de Natural Earth (domaine public) ; lieux de GeoNames (CC BY 4.0) ; aéroports d’OurAirports (domaine public).
