# The Advisories section, the advisory timeline and the words of the advisory watch the dashboard shares, and the
# country pickers that came with the watch.

advisories-highest = Le plus élevé :
advisories-check-now = Vérifier maintenant
advisories-checking = Vérification…
advisories-checking-governments = Consultation des gouvernements en cours…
advisories-checked-ago = Vérifié { $ago }
advisories-next-round = prochaine vérification { $when }
advisories-due-now = maintenant
advisories-interval-fast-both = alertes de l’ambassade des États-Unis et conseils aux voyageurs du Royaume-Uni
advisories-interval-fast-embassy = alertes de l’ambassade des États-Unis
advisories-interval-fast-uk = conseils aux voyageurs du Royaume-Uni
advisories-interval-fast = { $fast } toutes les { $minutes } min
advisories-interval-fast-hourly = { $fast } toutes les { $minutes } min, les autres conseils aux voyageurs toutes les heures
advisories-interval-fast-others = { $fast } toutes les { $minutes } min, les autres conseils aux voyageurs toutes les { $others } min
advisories-interval-hourly = toutes les heures
advisories-interval-rule = Alertes de l’ambassade des États-Unis et conseils aux voyageurs du Royaume-Uni : toutes les { $alerts } min, toutes les { $alerts_hot } min tant qu’un pays surveillé est au niveau 4 ou que votre plan est au-dessus de la normale. Autres conseils aux voyageurs : toutes les heures, toutes les { $others_hot } min tant qu’un pays surveillé est au niveau 3 ou plus, ou que votre plan est au-dessus de la normale.
advisories-interval-hot = toutes les { $minutes } min tant qu’un pays surveillé est au niveau 3 ou plus, ou que votre plan est au-dessus de la normale
advisories-interval = toutes les { $minutes } min
advisories-watch-error = Impossible de lire la veille des conseils aux voyageurs : { $error }
advisories-try-again = Réessayer
advisories-loading = Chargement de la veille des conseils aux voyageurs…
advisories-no-governments = Aucun gouvernement n’est sélectionné ci-dessous : rien n’est surveillé. Cochez-en au moins un dans les réglages de la veille.
advisories-empty = Aucun pays n’est encore surveillé.
advisories-empty-how = Indiquez votre lieu de résidence dans { $household } ou un itinéraire dans { $routes } pour commencer la veille, ou ajoutez un pays dans les réglages ci-dessous.

advisories-time-just-now = à l’instant
advisories-time-under-a-minute = dans moins d’une minute

advisories-level = Niveau { $level }
advisories-level-highest = Niveau le plus élevé : { $level }
advisories-level-none = aucun niveau
advisories-level-title = { $government } : niveau { $level }, { $label }
advisories-disagree = Avis divergents
    .title = Deux gouvernements diffèrent de 2 niveaux ou plus : lisez les deux.
    .hint = Les gouvernements ci-dessous diffèrent de deux niveaux ou plus : lisez chacun d’eux.
advisories-watched-because = Surveillé parce que :
advisories-reason-residence = vous y résidez
advisories-reason-route = sur l’itinéraire { $route }
advisories-reason-route-unnamed = sur un itinéraire sans nom
advisories-reason-added = ajouté par vous
advisories-advice-for = Conseils pour { $country }, par gouvernement
advisories-leave-now = Partez maintenant : ce gouvernement demande à ses ressortissants de quitter le pays
advisories-regional = certaines zones : niveau { $level }
advisories-published = Publié
advisories-checked = Vérifié
advisories-seen = vu par cet ordinateur
advisories-stale-since = Périmé : dernière confirmation { $ago }
advisories-stale-never = Périmé : jamais confirmé
advisories-stale = Périmé
advisories-official-page = Page officielle
advisories-official-page-for = Page officielle : { $source } sur { $country }
advisories-not-reached = Injoignable
advisories-not-checked = Pas encore vérifié
advisories-not-checked-hint = Pas encore vérifié.
advisories-no-advice = Ce gouvernement n’a encore publié aucun conseil pour ce pays : { $country }.
advisories-named = { $name } : { $text }
advisories-summaries = Ce que dit chaque gouvernement

advisories-source-us-embassy = Ambassade des États-Unis
advisories-feed-unreachable = { $source } : injoignable
advisories-feed-unreachable-since = { $source } : injoignable depuis { $time }
advisories-feed-down = { $source } : source indisponible
advisories-feed-down-since = { $source } : source indisponible depuis { $time }
advisories-unreachable = injoignable
advisories-unreachable-since = injoignable depuis { $time }
advisories-with-reason = { $text } ({ $reason })
advisories-error-timeout = pas de réponse à temps
advisories-error-connect = pas de connexion
advisories-error-transport = connexion interrompue
advisories-error-rate-limited = trop de requêtes
advisories-error-server = erreur du serveur
advisories-error-refused = requête refusée
advisories-error-challenge-page = bloqué par une page de vérification
advisories-error-redirects = redirections en boucle
advisories-error-too-large = réponse trop volumineuse
advisories-error-implausible = réponse incohérente, dernières données valides conservées
advisories-error-unreadable = réponse illisible
advisories-error-other = erreur

advisories-reach-all = vérifié
advisories-reach-all-at = vérifié à { $time }
advisories-reach-failed = sans réponse : { $governments }
advisories-reach-embassy-down = impossible de lire les alertes de l’ambassade des États-Unis ({ $countries }) : source indisponible
advisories-reach-embassy-down-since = impossible de lire les alertes de l’ambassade des États-Unis ({ $countries }) : source indisponible depuis { $time }
advisories-reach-checked = { $count ->
        [one] vérifié : { $governments }
       *[other] vérifiés : { $governments }
    }
advisories-reach-checked-at = { $count ->
        [one] vérifié à { $time } : { $governments }
       *[other] vérifiés à { $time } : { $governments }
    }
advisories-reach-embassy-read = alertes de l’ambassade des États-Unis lues
advisories-reach-embassy-read-at = alertes de l’ambassade des États-Unis lues à { $time }
advisories-reach-then = { $first } ; { $then }
advisories-reach-some-governments = certains gouvernements
advisories-reach-none = Aucun gouvernement n’a pu être joint ; aucun niveau à afficher pour l’instant
advisories-reach-none-since = Aucun gouvernement n’a pu être joint depuis { $time } ; aucun niveau à afficher pour l’instant
advisories-reach-none-data = Aucun gouvernement n’a pu être joint ; les niveaux affichés datent du { $day }
advisories-reach-none-since-data = Aucun gouvernement n’a pu être joint depuis { $time } ; les niveaux affichés datent du { $day }

advisories-timeline = Historique
advisories-timeline-label = Historique pour { $country }, du plus récent au plus ancien
advisories-timeline-show-all = Afficher { $count ->
        [one] l’entrée
       *[other] les { $count } entrées
    } ({ $hidden } de plus)
advisories-timeline-show-fewer = Afficher moins
advisories-history-baseline = vu pour la première fois
advisories-history-alert-baseline = Alerte de sécurité, déjà publiée lors de la première vérification
advisories-history-changed = niveau { $from } → { $level }
advisories-history-now-level = désormais niveau { $level }
advisories-history-reissued = republié, même niveau
advisories-history-leave-now-given = consigne « partez maintenant » donnée
advisories-history-leave-now-changed = consigne « partez maintenant » modifiée
advisories-history-alert = Alerte de sécurité
advisories-history-update = Mise à jour des conseils
advisories-history-alert-edited = Texte de l’alerte modifié
advisories-history-update-edited = Texte de la mise à jour modifié
advisories-priority-high = Priorité haute
advisories-priority-normal = Priorité normale
advisories-priority-low = Priorité basse
advisories-priority-with-reason = { $priority } — { $reason }
advisories-rule-leave-now = demande de partir
advisories-rule-evacuation = signale une évacuation
advisories-rule-ordered-departure = signale un départ ordonné du personnel
advisories-rule-staff-withdrawn = signale un retrait du personnel
advisories-rule-embassy-closed = signale une ambassade fermée ou sur le point de fermer
advisories-rule-airport-closed = signale un aéroport ou un espace aérien fermé ou sur le point de fermer
advisories-rule-border-closed = signale une frontière fermée ou sur le point de fermer
advisories-rule-curfew = signale un couvre-feu
advisories-rule-reissued-without-amendment = revu et republié sans modification
advisories-rule-editorial = modification rédactionnelle seulement
advisories-rule-no-level-change = aucun changement du niveau ni des indicateurs de risque
advisories-rule-new-item = nouvelle alerte ou mise à jour
advisories-rule-level-rose = le niveau a augmenté
advisories-rule-level-lowered = le niveau a baissé
advisories-rule-no-longer-leave-now = ne demande plus de partir

advisories-governments = Gouvernements
    .government = Gouvernement
    .watched = Surveillé
    .last-success = Dernier succès
    .last-attempt = Dernière tentative
    .countries = Pays
    .state = État
advisories-watched-yes = oui
advisories-watched-off = non
advisories-never = jamais
advisories-ok = OK

advisories-settings = Réglages de la veille
advisories-settings-governments = Gouvernements à consulter
advisories-settings-also-watch = Surveiller aussi (en plus de votre résidence et de vos itinéraires)
advisories-settings-added-countries = Pays que vous avez ajoutés à la veille
advisories-settings-background = Notifications et arrière-plan
advisories-settings-notify = Me prévenir quand le niveau d’un pays surveillé change
advisories-settings-plan-in-notifications = Afficher la consigne de mon plan dans les notifications
    .hint = Les notifications peuvent apparaître sur un écran verrouillé : quiconque les voit lit la consigne (« Votre plan : Partez maintenant — Itinéraire A… »). Décochez pour qu’elles n’indiquent que le niveau.
advisories-settings-close-to-tray = Fermer la fenêtre laisse la veille tourner dans la zone de notification
    .hint = Le plan se verrouille quand la fenêtre se ferme ; la veille continue de vérifier.
advisories-settings-start-at-login = Lancer Lifeboat à l’ouverture de session (dans la zone de notification)
