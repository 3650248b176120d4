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
