# Les mots de la ligne de commande, dans la langue du terminal. L’aide générée par clap et la sortie JSON restent en anglais.

cli-passphrase-prompt = Phrase secrète de Lifeboat :
cli-passphrase-unreadable = impossible de lire la phrase secrète : { $error }
cli-no-data-folder = aucun dossier des données : indiquez --data-dir ou --countries
cli-no-data-folder-or-plan = aucun dossier des données : indiquez --data-dir ou --plan
cli-cannot-read = impossible de lire { $file } : { $error }
cli-too-large = { $file } : { $bytes } octets, c’est plus que tout flux ({ $max } au maximum)
cli-not-a-country = « { $code } » n’est pas un code pays ISO 3166
cli-unknown-government = gouvernement inconnu « { $name } » ; valeurs possibles : { $list }
cli-one-of = valeurs possibles : { $list }
cli-rows-skipped = { $count ->
        [one] { $count } ligne non lue comme un pays :
       *[other] { $count } lignes non lues comme des pays :
    }
cli-not-an-alert = non lu comme une alerte : { $item }
cli-check-no-advice = aucun conseil trouvé
cli-check-level = Niveau { $level }
cli-check-parts = (certaines régions : niveau { $level })
cli-check-leave-now = PARTEZ MAINTENANT
cli-check-updated = mis à jour le { $date }
cli-check-failed = { $government } : { $message } ({ $code })
cli-could-not-start = Lifeboat n’a pas pu démarrer : { $error }
