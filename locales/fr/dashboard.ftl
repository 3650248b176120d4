# The dashboard: the current phase and what to do, the watch's suggestion, the advisories at a glance, readiness,
# checklists and the plan's counts.

dashboard-checked-on = Vérifié le { $date }

dashboard-suggestion-level = { $government } : { $country } au niveau { $level }
dashboard-suggestion-alert = { $source } : { $title }
dashboard-suggestion-by-tripwire = — votre déclencheur propose { $phase }.
dashboard-suggestion-by-rule = — aucun de vos déclencheurs ne couvre ce pays ({ $country }), la règle intégrée de Lifeboat propose donc { $phase }.
dashboard-suggestion-accept = Passer à la phase « { $phase } »
dashboard-suggestion-dismiss = Pas maintenant

dashboard-current-phase = Phase actuelle
dashboard-phase-since = depuis le { $time }
dashboard-change-phase = Changer de phase
dashboard-what-to-do = Que faire maintenant
dashboard-no-instructions = Pas encore de consignes pour cette phase.
dashboard-write-instructions = Les rédiger dans { $section }
dashboard-route = Itinéraire
dashboard-unnamed-route = Itinéraire sans nom
dashboard-route-none = aucun
dashboard-checklists = Listes de contrôle
dashboard-checklists-none = aucune liée
dashboard-progress = { $done }/{ $total }

dashboard-advisories = Conseils aux voyageurs
dashboard-open-advisories = Ouvrir les conseils aux voyageurs
dashboard-loading = Chargement…
dashboard-advisories-empty = Aucun pays n’est encore surveillé : indiquez votre résidence dans { $household } ou ajoutez un itinéraire pour commencer.
dashboard-show-advisories = { $country } : voir les conseils aux voyageurs
dashboard-latest-high = Dernière alerte de priorité haute
dashboard-disagree = divergence
    .title = Les gouvernements diffèrent de 2 niveaux ou plus
dashboard-leave-now-advised = Départ immédiat conseillé

dashboard-readiness = Préparation
dashboard-readiness-ok = Aucun problème trouvé. Gardez le plan à jour.
dashboard-fix = Corriger
    .label = Corriger dans { $section }
dashboard-checklists-empty = Pas encore de listes de contrôle.
dashboard-untitled-list = Liste sans titre
dashboard-counts = Dans le plan
    .people = Personnes
    .pets = Animaux
    .documents = Documents
    .expiring = Expirés ou < 6 mois
    .contacts = Contacts
    .routes-open = Itinéraires ouverts
    .tripwires = Déclencheurs
dashboard-routes-open = { $open } / { $total }
