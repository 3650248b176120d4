# The Phases section: what to do in each phase (the phases' names and hints are plan.ftl's), the tripwires that
# move the plan from one phase to another, and the advisory tripwires that suggest a phase from a government's
# travel advice level.

phases-intro = Que faire dans chaque situation, décidé à l’avance et à tête reposée.
phases-current = En cours
phases-instructions = Consignes
phases-route = Itinéraire
phases-no-route = — aucun itinéraire —
phases-route-unnamed = Itinéraire sans nom
phases-route-removed = (itinéraire supprimé)
phases-checklists = Listes de contrôle
phases-no-checklists = Aucune liste de contrôle pour l’instant.
phases-checklist-untitled = Liste sans titre

phases-tripwires = Déclencheurs
phases-tripwires-intro = Les événements qui vous font passer à une autre phase, décidés avant d’être sous pression.
phases-tripwire-condition = Quand…
phases-tripwire-condition-placeholder = L’ambassade conseille de partir
phases-tripwire-phase = …passer à la phase
phases-tripwire-notes = Notes
phases-tripwire-remove = Supprimer le déclencheur { $number }
phases-tripwire-remove-confirm = Supprimer ce déclencheur ?
phases-tripwire-add = + Déclencheur

phases-advisory-title = Déclencheurs liés aux conseils aux voyageurs
phases-advisory-intro = Quand les conseils aux voyageurs d’un gouvernement atteignent un niveau, Lifeboat propose une phase. C’est vous qui décidez.
phases-advisory-empty = Aucun pour l’instant. Par exemple : niveau { $level } de n’importe quel gouvernement pour votre pays de résidence → partez maintenant.
phases-advisory-country = Pays
phases-advisory-level = Niveau ≥
phases-advisory-level-out-of-range = { $level } (hors limites)
phases-advisory-government = De
phases-advisory-any-government = n’importe quel gouvernement
phases-advisory-phase = …proposer la phase
phases-advisory-phase-normal = { $phase } (choisissez-en une autre)
phases-advisory-remove = Supprimer le déclencheur lié aux conseils { $number }
phases-advisory-remove-confirm = Supprimer ce déclencheur lié aux conseils aux voyageurs ?
phases-advisory-add = + Déclencheur lié aux conseils

phases-family-title = Si vous ne pouvez pas nous joindre
phases-family-hint = Pour la famille restée au pays : que faire, qui décide, qui appeler en premier.
