# La veille des conseils aux voyageurs : notifications, icône de la zone de notification (de l’app et de la veille en arrière-plan) et messages de la section Conseils aux voyageurs.

watch-level-changed = { $country } — { $government } : niveau { $level }, { $wording } (auparavant { $from })
watch-leave-now-added = { $country } — { $government } : partez maintenant (niveau { $level }, { $wording })
watch-leave-now-body = Le gouvernement demande désormais à ses ressortissants sur place de partir.
watch-regional-level = Certaines régions du pays : niveau { $level }.
watch-update = { $country } — { $publisher } : { $title }
watch-publisher-us-embassy = Ambassade des États-Unis
watch-suggested = Suggestion : { $phase } ({ $reason }). Ouvrez Lifeboat pour décider.
watch-suggested-with-plan = Suggestion : { $phase } ({ $reason }). Votre plan : { $plan }
watch-your-plan = Votre plan : { $plan }
watch-action-open-in-lifeboat = Ouvrir dans Lifeboat
watch-action-open-page = Ouvrir
watch-tray-not-started = Veille des conseils aux voyageurs : déverrouillez une fois pour démarrer
watch-tray-checking = Veille des conseils aux voyageurs : vérification…
watch-tray-no-data = Veille des conseils aux voyageurs : pas encore de données
watch-tray-highest = Niveau le plus élevé parmi les pays suivis : { $level } sur { $max }
watch-tray-none-reached = Aucun gouvernement n’a pu être joint
watch-tray-none-reached-since = Aucun gouvernement n’a pu être joint depuis { $when }
watch-tray-some-unreached = { $count ->
        [one] Gouvernement injoignable : { $governments }
       *[other] Gouvernements injoignables : { $governments }
    }
watch-tray-embassy-alerts-unread = Les alertes de l’ambassade des États-Unis n’ont pas pu être lues
watch-tray-suggested = Suggestion : { $phase } — ouvrez Lifeboat pour décider
watch-list-and = { $list } et { $last }
watch-list-comma = { $list }, { $next }
watch-tray-open = Ouvrir Lifeboat
watch-tray-check-now = Vérifier les conseils aux voyageurs maintenant
watch-tray-lock = Verrouiller
watch-tray-quit = Quitter Lifeboat
watch-notice-set-aside = L’historique enregistré des conseils aux voyageurs n’a pas pu être lu : { $problem }. Il a été conservé sous { $path } et la veille est repartie de zéro ; la première vérification enregistre les niveaux actuels sans alerte.
watch-notice-not-moved = L’historique enregistré des conseils aux voyageurs n’a pu être ni lu ({ $problem }) ni mis de côté ({ $error }) ; la veille fonctionne mais n’enregistre rien tant que ce problème n’est pas réglé.
watch-problem-newer = il a été écrit par une version plus récente de Lifeboat (format { $format })
watch-problem-invalid = il n’est pas valide ({ $error })
watch-notice-round-failed = Une vérification des conseils aux voyageurs a échoué de façon inattendue ; la veille continue et réessaiera.
watch-notice-save-failed = La veille des conseils aux voyageurs n’a pas pu enregistrer son état : { $error }
watch-notice-notify-failed = Un conseil aux voyageurs a changé mais la notification n’a pas pu s’afficher ({ $error }) ; consultez l’historique ci-dessous.
