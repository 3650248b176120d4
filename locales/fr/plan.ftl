# The plan's own words, shared by the UI, the Rust crates (readiness, validation, notifications, tray) and the
# family PDF. See en/plan.ftl for what each message is.

## The editor's sections

plan-section-dashboard = Tableau de bord
plan-section-household = Foyer
plan-section-documents = Documents
plan-section-contacts = Contacts
plan-section-routes = Itinéraires
plan-section-checklists = Listes
plan-section-phases = Phases
plan-section-advisories = Conseils aux voyageurs
plan-section-settings = Réglages

## Phases

plan-phase-normal = Normale
    .hint = Tenez le plan à jour.
plan-phase-prepare = Se préparer
    .hint = Soyez prêts à partir à tout moment.
plan-phase-leave-now = Partez maintenant
    .hint = Suivez l’itinéraire et partez.
plan-phase-shelter-in-place = Se mettre à l’abri sur place
    .hint = Restez où vous êtes, en sécurité.

## Governments

plan-government-us = États-Unis
plan-government-uk = Royaume-Uni
plan-government-ca = Canada
plan-government-au = Australie
plan-government-de = Allemagne

## Document kinds

plan-document-kind-passport = Passeport
plan-document-kind-national-id = Carte nationale d’identité
plan-document-kind-visa = Visa
plan-document-kind-residence-permit = Titre de séjour
plan-document-kind-exit-reentry-permit = Autorisation de sortie et de retour
plan-document-kind-driving-licence = Permis de conduire
plan-document-kind-birth-certificate = Acte de naissance
plan-document-kind-marriage-certificate = Acte de mariage
plan-document-kind-vaccination-record = Carnet de vaccination
plan-document-kind-insurance-policy = Contrat d’assurance
plan-document-kind-property-deed = Titre de propriété
plan-document-kind-other = Autre document
plan-document-generic = Document
plan-document-of = { $document } de { $holder }
plan-holder-unknown = quelqu’un

## Copies

plan-copy-medium-paper = Papier
plan-copy-medium-usb = Clé USB
plan-copy-medium-cloud = Cloud
plan-copy-medium-phone = Téléphone
plan-copy-medium-other = Autre

## Contacts

plan-contact-role-family = Famille
plan-contact-role-out-of-country = Contact à l’étranger
plan-contact-role-employer-security = Sûreté de l’employeur
plan-contact-role-embassy = Ambassade ou consulat
plan-contact-role-protecting-power = Puissance protectrice
plan-contact-role-lawyer = Avocat
plan-contact-role-doctor = Médecin
plan-contact-role-driver = Chauffeur
plan-contact-role-airline = Compagnie aérienne
plan-contact-role-other = Autre
plan-messenger-signal = Signal
plan-messenger-whatsapp = WhatsApp
plan-messenger-telegram = Telegram
plan-messenger-other = Autre

## People

plan-person-kind-person = Personne
plan-person-kind-pet = Animal de compagnie

## Routes

plan-travel-mode-air = Avion
plan-travel-mode-road = Route
plan-travel-mode-rail = Train
plan-travel-mode-sea = Mer
plan-travel-mode-foot = À pied
plan-route-status-open = Ouvert
plan-route-status-uncertain = Incertain
plan-route-status-closed = Fermé
plan-need-kind-document = Document
plan-need-kind-visa = Visa
plan-need-kind-cash = Espèces
plan-need-kind-fuel = Carburant
plan-need-kind-other = Autre
plan-route-unnamed = Un itinéraire
plan-route-letter = Itinéraire { $letter }
plan-route-unlettered = Itinéraire

## Severity

plan-severity-critical = Critique
plan-severity-warning = Attention
plan-severity-info = Information

## New plans and lists

plan-name-of = Plan de { $name }
plan-name-ours = Notre plan
plan-checklist-new = Nouvelle liste

## Checklist templates

plan-template-go-bag-72h = Sac d’urgence 72 heures
plan-template-documents-and-copies = Documents et copies
plan-template-money = Argent
plan-template-digital = Numérique
plan-template-home-and-pets = Maison et animaux
plan-template-departure-day = Jour du départ

plan-item-go-bag-water = Eau potable, litres par personne
plan-item-go-bag-food = Nourriture non périssable pour 3 jours
plan-item-go-bag-medicines = Médicaments sur ordonnance pour 2 semaines, avec les ordonnances
plan-item-go-bag-first-aid = Trousse de premiers secours
plan-item-go-bag-torch = Lampe torche ou frontale et piles de rechange
plan-item-go-bag-power-bank = Batterie externe chargée
plan-item-go-bag-chargers = Chargeurs de téléphone et adaptateur multiprise
plan-item-go-bag-clothes = Vêtements de rechange et imperméable par personne
plan-item-go-bag-hygiene = Trousse d’hygiène de base
plan-item-go-bag-map = Carte papier de la ville et des itinéraires de sortie
plan-item-go-bag-whistle = Sifflet et masques anti-poussière
plan-item-go-bag-copies = Copies des documents essentiels dans une pochette étanche

plan-item-documents-passports = Passeports pour tous, valables encore 6 mois ou plus
plan-item-documents-residence = Titres de séjour et autorisations de sortie et de retour
plan-item-documents-certificates = Actes de naissance et de mariage
plan-item-documents-vaccinations = Carnets de vaccination (personnes et animaux)
plan-item-documents-insurance = Contrats d’assurance et numéros d’urgence
plan-item-documents-paper-copies = Copies papier confiées à la famille à l’étranger
plan-item-documents-usb = Scans sur une clé USB chiffrée dans le sac d’urgence
plan-item-documents-cloud = Scans dans un compte cloud accessible depuis n’importe quel téléphone
plan-item-documents-photos = Photos d’identité par personne

plan-item-money-usd = Dollars américains en petites coupures
plan-item-money-eur = Euros en petites coupures
plan-item-money-local = Monnaie locale pour les premiers jours
plan-item-money-transit = Monnaie du premier pays de transit
plan-item-money-two-cards = Deux cartes bancaires de deux banques différentes
plan-item-money-card-abroad = Carte qui fonctionne à l’étranger, testée ce mois-ci
plan-item-money-hidden-cash = Espèces d’urgence cachées à part du portefeuille

plan-item-digital-backup = Sauvegarde du téléphone et de l’ordinateur, restauration testée
plan-item-digital-offline-maps = Cartes hors ligne téléchargées pour chaque itinéraire
plan-item-digital-contacts = Liste des contacts imprimée et conservée hors ligne
plan-item-digital-vpn = VPN installé et testé
plan-item-digital-devices = Décider d’effacer ou de laisser les appareils sensibles
plan-item-digital-recovery-codes = Codes de récupération de la double authentification conservés hors du pays
plan-item-digital-cables = Câbles, chargeurs et adaptateurs emballés

plan-item-home-keys = Quelqu’un pour garder les clés et passer à la maison
plan-item-home-bills = Factures, loyer et personnel payés d’avance
plan-item-home-pet-carrier = Caisse de transport, nourriture, laisse et papiers de vaccination de l’animal
plan-item-home-pet-export = Puce électronique et autorisation de sortie de l’animal vérifiées
plan-item-home-valuables = Objets de valeur et papiers laissés : rangés ou confiés
plan-item-home-shut-off = Savoir où couper le gaz et l’eau

plan-item-departure-tell-contact = Donner l’itinéraire et l’heure au contact à l’étranger
plan-item-departure-embassy = Signaler le départ à l’ambassade
plan-item-departure-fuel = Plein fait, carburant de réserve si l’itinéraire est par la route
plan-item-departure-go-bags = Sacs d’urgence dans la voiture ou près de la porte
plan-item-departure-documents = Documents sur soi, pas dans les bagages
plan-item-departure-phones = Téléphones et batteries externes chargés
plan-item-departure-check-in = Donner des nouvelles à la famille à chaque étape

## Readiness

plan-readiness-document-expired = { $document } a expiré le { $date }
plan-readiness-document-expiring = { $days ->
        [one] { $document } expire le { $date }, dans { $days } jour : beaucoup de frontières exigent six mois de validité
       *[other] { $document } expire le { $date }, dans { $days } jours : beaucoup de frontières exigent six mois de validité
    }
plan-readiness-document-without-copy = { $document } n’a aucune copie conservée ailleurs
plan-readiness-no-route = aucun itinéraire de sortie ouvert : ajoutez un plan A et une solution de repli
plan-readiness-one-route = un seul itinéraire ouvert : ajoutez une solution de repli (plan B) au cas où il fermerait
plan-readiness-no-contact-abroad = aucun contact hors du pays : quelqu’un à l’étranger doit connaître le plan si les téléphones sont coupés ici
plan-readiness-route-never-verified = { $route } n’a jamais été vérifié
plan-readiness-route-stale = { $days ->
        [one] { $route } a été vérifié pour la dernière fois le { $date }, il y a { $days } jour
       *[other] { $route } a été vérifié pour la dernière fois le { $date }, il y a { $days } jours
    }

## Validation

plan-invalid-id-missing = une entrée n’a pas d’identifiant
plan-invalid-id-too-long = un identifiant dépasse { $max } caractères
plan-invalid-id-twice = l’identifiant « { $id } » est utilisé deux fois
plan-invalid-too-many = trop d’entrées : { $max } au maximum
plan-invalid-country = « { $code } » n’est pas un code pays ISO 3166
plan-invalid-too-long = trop long : { $max } caractères au maximum
plan-invalid-profile-id = l’identifiant du profil doit être « { $id } »
plan-invalid-holder-gone = le titulaire ne fait plus partie du foyer
plan-invalid-expires-before-issued = expire avant sa date de délivrance
plan-invalid-email = ce n’est pas une adresse e-mail
plan-invalid-phone = utilisez uniquement des chiffres, des espaces et + - ( )
plan-invalid-priority = la priorité va de 1 (à appeler en premier) à 99
plan-invalid-route-name = donnez un nom à l’itinéraire (« Plan A »)
plan-invalid-leg-too-long = plus de 30 jours : vérifiez l’unité (minutes)
plan-invalid-latitude = la latitude va de −90 à 90
plan-invalid-longitude = la longitude va de −180 à 180
plan-invalid-need-document-gone = un document nécessaire ne figure plus dans le plan
plan-invalid-phase-route-gone = l’itinéraire ne figure plus dans le plan
plan-invalid-phase-checklist-gone = une liste ne figure plus dans le plan
plan-invalid-choose-country = choisissez un pays
plan-invalid-level = un niveau de 1 à 4
plan-invalid-tripwire-phase = un déclencheur fait monter le plan d’un cran : choisissez se préparer, partez maintenant ou se mettre à l’abri sur place
plan-invalid-auto-lock = { $max } minutes au maximum (24 heures)
plan-invalid-language = Lifeboat n’est pas traduit dans cette langue : choisissez-en une dans la liste
plan-invalid-too-many-countries = { $max } pays ajoutés au maximum
plan-invalid-government-twice = un gouvernement figure deux fois

## Suggestion and instruction

plan-reason-level = { $government } : { $country } au niveau { $level }
plan-reason-alert = { $government } : { $title }
plan-instruction-route = { $phase } — { $route }
plan-instruction-route-named = { $phase } — { $route } ({ $name })
plan-instruction-route-path = { $phase } — { $route } : { $path }
plan-instruction-route-named-path = { $phase } — { $route } ({ $name }) : { $path }
plan-instruction-text = { $instruction }. { $text }

## Calendar

plan-ical-calendar-name = Lifeboat : expiration des documents
plan-ical-description = { $document } expire le { $date }. Renouvelez-le tôt : beaucoup de frontières exigent six mois de validité.
plan-ical-description-original = { $document } expire le { $date }. Renouvelez-le tôt : beaucoup de frontières exigent six mois de validité. Original : { $place }.
plan-ical-expires-in = { $document } expire dans { $months } mois ({ $date })
plan-ical-expires-today = { $document } expire aujourd’hui

## vCards

plan-vcard-reachable = Joignable 24 h/24, 7 j/7.
