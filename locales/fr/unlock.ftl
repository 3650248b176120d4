# The unlock screen and recovery with a recovery key.

unlock-intro = Votre plan est chiffré sur cet ordinateur. Saisissez la phrase secrète pour l’ouvrir.
unlock-reason-idle = Verrouillé après une période d’inactivité.
unlock-reason-expired = La session a pris fin ; déverrouillez pour continuer.
unlock-reason-user = Verrouillé.
unlock-passphrase-label = Phrase secrète
unlock-submit = Déverrouiller
unlock-submit-busy = Déverrouillage…
unlock-forgot = Phrase secrète oubliée ? Utilisez une clé de récupération
unlock-data-folder = Dossier des données :
unlock-version = · version { $version }

unlock-recover-title = Récupérer avec une clé de récupération
unlock-recover-key-label = Clé de récupération ({ $prefix }…)
unlock-recover-new-label = Nouvelle phrase secrète (au moins { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    })
unlock-recover-again-label = Confirmez la nouvelle phrase secrète
unlock-recover-submit = Récupérer et définir la phrase secrète
unlock-recover-too-short = La nouvelle phrase secrète doit compter au moins { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    }.
unlock-recover-mismatch = Les nouvelles phrases secrètes ne correspondent pas.
unlock-recover-wrong-key = Cette clé de récupération n’ouvre pas ce plan.

unlock-backups-in = Les sauvegardes sont conservées dans { $folder }.
unlock-backups-default = Les sauvegardes précédentes sont conservées dans le dossier des données.

unlock-error-wrong-passphrase = Phrase secrète incorrecte.
    .detail = Vérifiez la disposition du clavier et la touche Verr. Maj, puis réessayez. Si elle est perdue, utilisez une clé de récupération ci-dessous.
unlock-error-truncated = Le fichier du plan est incomplet (tronqué).
    .detail = Sa copie ou son enregistrement a probablement été interrompu. Le fichier n’a PAS été modifié.
    .advice = Restaurez la sauvegarde la plus récente, ou copiez un fichier intact par-dessus.
unlock-error-corrupt = Le fichier du plan est endommagé (corrompu).
    .detail = Il ne peut pas être déchiffré en l’état. Le fichier n’a PAS été modifié.
    .advice = Restaurez la sauvegarde la plus récente, ou copiez un fichier intact par-dessus.
unlock-error-newer-schema = Ce plan a été enregistré par une version plus récente de Lifeboat.
    .detail = Mettez Lifeboat à jour pour l’ouvrir. Rien n’a été modifié : aucune donnée n’est perdue.
unlock-error-newer-format = Ce coffre utilise un format de fichier plus récent.
    .detail = Mettez Lifeboat à jour pour l’ouvrir. Rien n’a été modifié : aucune donnée n’est perdue.
unlock-error-not-a-vault = Le fichier du dossier des données n’est pas un coffre Lifeboat.
    .detail = Autre chose a été enregistré à sa place. Il n’a pas été modifié.
unlock-error-incomplete = Le coffre est incomplet : une partie manque.
    .detail = Un fichier du dossier des données manque (peut-être une copie partielle). Rien n’a été modifié.
unlock-error-weak-passphrase = La phrase secrète est trop courte.
unlock-error-unknown = Impossible de déverrouiller.
