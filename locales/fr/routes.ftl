# The Routes section: the ways out in order of preference, each with its legs (from, to, border crossing, what
# each leg needs) and its rally points.

routes-intro = Par ordre de préférence : le premier itinéraire ouvert est le plan A.
routes-add = + Ajouter un itinéraire
routes-empty = Aucun itinéraire pour l’instant. Ajoutez le plan A, puis au moins une solution de repli au cas où il serait fermé.
routes-new-name = Plan { $letter }
routes-rank = Préférence
routes-unnamed = Itinéraire sans nom
routes-move-up = Monter { $name }
routes-move-down = Descendre { $name }
routes-remove = Supprimer
routes-remove-label = Supprimer l’itinéraire
routes-remove-confirm = { $legs ->
        [one] Supprimer l’itinéraire « { $name } » et son étape ?
       *[other] Supprimer l’itinéraire « { $name } » et ses { $legs } étapes ?
    }

routes-name = Nom
routes-name-missing = donnez un nom à l’itinéraire
routes-status = État
routes-last-verified = Dernière vérification
routes-verified-today = Vérifié aujourd’hui
routes-summary = Résumé
routes-summary-placeholder = De Téhéran à Van par la route, via Bazargan

routes-legs = Étapes
routes-leg = Étape { $number }
routes-leg-border = Frontière : { $crossing }
routes-leg-move-up = Monter l’étape { $number }
routes-leg-move-down = Descendre l’étape { $number }
routes-leg-remove = Supprimer l’étape { $number }
routes-leg-remove-confirm = Supprimer l’étape { $from } → { $to } ?
routes-leg-from = De
routes-leg-from-country = Pays de départ
routes-leg-to = À
routes-leg-to-country = Pays d’arrivée
routes-leg-mode = Moyen de transport
routes-leg-expected-time = Durée prévue (h:mm)
routes-leg-expected-time-invalid = indiquez h:mm (3:30) ou des minutes (210)
routes-leg-border-crossing = Poste-frontière
routes-leg-border-crossing-placeholder = Bazargan / Gürbulak
routes-leg-notes = Notes sur l’étape
routes-leg-add = + Ajouter une étape

routes-needs = Besoins
routes-needs-of-leg = Besoins de l’étape { $number }
routes-need-kind = Type de besoin
routes-need-detail = Détail
routes-need-detail-placeholder = 300 USD par adulte
routes-need-document = Document lié
routes-need-no-document = — aucun document —
routes-need-document-removed = (document supprimé)
routes-need-document-of = { $document } – { $holder }
routes-need-remove = Supprimer le besoin { $number }
routes-need-add = + Besoin

routes-rally-points = Points de ralliement
routes-rally-name = Nom
routes-rally-address = Adresse
routes-rally-notes = Notes
routes-rally-remove = Supprimer le point de ralliement { $number }
routes-rally-add = + Point de ralliement

routes-notes = Notes

## The map above the legs, and each leg's places on it

routes-map-title = Les itinéraires sur la carte
routes-map-drawing = Dessin de la carte…
routes-map-failed = La carte n’a pas pu être dessinée. { $error }
routes-map-empty = Aucune étape n’est encore sur la carte. Sous chaque étape, donnez un lieu à son départ et à son arrivée pour voir son tracé.
routes-map-unplaced-title = Pas encore sur la carte :
routes-map-unplaced-crossing = le passage { $crossing }
routes-map-legs = Les itinéraires sur la carte, étape par étape :
routes-map-leg = de { $from } à { $to }
routes-map-leg-via = de { $from } à { $to }, par le passage { $crossing }
routes-map-leg-drawn = sur la carte
routes-map-leg-not-drawn = pas encore sur la carte
routes-map-pick-hint = Cliquez sur la carte là où se trouve { $place }. Échap pour annuler.
routes-map-pick-cancel = Annuler
routes-place-title = Sur la carte :
routes-place-group = Lieux de l’étape { $number } sur la carte
routes-place-from = Départ
routes-place-to = Arrivée
routes-place-crossing = Passage
routes-place-none = pas encore de lieu
routes-place-of-leg = { $place } de l’étape { $number }
routes-place-of-leg-named = { $place } de l’étape { $number } ({ $name })
routes-place-chip-label = { $place } sur la carte : { $state }
routes-place-point = { $lat }, { $lon }
routes-place-find = Trouver le lieu pour { $place } : une ville, un aéroport ou un poste-frontière
routes-place-find-placeholder = Téhéran, تهران, IKA, Bazargan…
routes-place-hits = Lieux trouvés
routes-place-no-hits = Aucun lieu de ce nom dans la liste hors ligne. Saisissez ses coordonnées ci-dessous ou cliquez-le sur la carte.
routes-place-kind-town = ville, { $countries }
routes-place-kind-airport = aéroport de { $town }, { $countries }
routes-place-kind-crossing = poste-frontière, { $countries }
routes-place-coordinates = Ou ses coordonnées (latitude, longitude) :
routes-place-coordinates-placeholder = 35.6892, 51.3890
routes-place-coordinates-set = Utiliser
routes-place-coordinates-invalid = Deux nombres : la latitude (−90 à 90), puis la longitude (−180 à 180), par exemple 35.6892, 51.3890.
routes-place-on-map = Choisir sur la carte
routes-place-clear = Retirer de la carte
routes-place-close = Fermer
routes-place-sources = Lieux : GeoNames (CC BY 4.0) ; aéroports : OurAirports (domaine public) ; postes-frontières : liste propre à Lifeboat. Tout est sur cet ordinateur, sans réseau.
