# The Settings section: the plan's name and auto-lock, the passphrase, recovery keys, import and export, backups
# and what this installation is. (The language picker's label is common-language.)

settings-plan = Plan
settings-plan-name = Nom du plan (imprimé sur les copies)
settings-auto-lock = Verrouiller après ces minutes d’inactivité (0 = jamais)
settings-auto-lock-range = de 0 (désactivé) à 1440 minutes

settings-passphrase-title = Changer de phrase secrète
settings-passphrase-current = Phrase secrète actuelle
settings-passphrase-new = { $min ->
        [one] Nouvelle phrase secrète (au moins { $min } caractère)
       *[other] Nouvelle phrase secrète (au moins { $min } caractères)
    }
settings-passphrase-again = Confirmez la nouvelle phrase secrète
settings-passphrase-submit = Changer de phrase secrète
settings-passphrase-too-short = La nouvelle phrase secrète doit compter au moins { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    }.
settings-passphrase-mismatch = Les nouvelles phrases secrètes ne correspondent pas.
settings-passphrase-changed = Phrase secrète changée. Utilisez désormais la nouvelle.
settings-passphrase-wrong = La phrase secrète actuelle est incorrecte.

settings-recovery-title = Clé de récupération
settings-recovery-intro = Une clé de récupération ouvre le plan si la phrase secrète est oubliée. Imprimez-la ou recopiez-la, et gardez-la loin de cet ordinateur.
settings-recovery-has-one = Ce plan en a déjà une ; en créer une nouvelle en ajoute une autre.
settings-recovery-none = Ce plan n’en a pas encore.
settings-recovery-shown-once = Affichée une seule fois.
settings-recovery-write-down = Notez-la maintenant : Lifeboat ne pourra plus l’afficher.
settings-recovery-done = Je l’ai notée
settings-recovery-passphrase = Phrase secrète actuelle
settings-recovery-wrong = La phrase secrète est incorrecte.
settings-recovery-create = Créer une clé de récupération

settings-io-title = Importer et exporter
settings-export-title = Exporter le plan
settings-export-encrypt = Chiffrer avec une phrase secrète
settings-export-passphrase = Phrase secrète de ce fichier
settings-export-unencrypted = Sans chiffrement, quiconque trouve le fichier peut lire tout le plan.
settings-export-submit = Exporter…
settings-export-too-short = { $min ->
        [one] Pour l’export, utilisez une phrase secrète d’au moins { $min } caractère, ou décochez le chiffrement.
       *[other] Pour l’export, utilisez une phrase secrète d’au moins { $min } caractères, ou décochez le chiffrement.
    }
settings-export-file-encrypted = Plan chiffré
settings-export-done-encrypted = Copie chiffrée écrite dans { $path }.
settings-export-done-plain = Écrit dans { $path }. Ce fichier n’est PAS chiffré : gardez-le en lieu sûr.
settings-import-title = Importer un plan
settings-import-hint = Remplace le plan actuel ; celui-ci reste dans les sauvegardes.
settings-import-passphrase = Phrase secrète (fichiers chiffrés uniquement)
settings-import-submit = Importer…
settings-import-file = Plan Lifeboat
settings-import-confirm = Remplacer le plan actuel par celui de { $path } ? Le plan actuel reste dans les sauvegardes.
settings-import-confirm-ok = Remplacer le plan
settings-import-done = Plan importé.
settings-import-wrong-passphrase = Mauvaise phrase secrète pour ce fichier.
settings-import-passphrase-required = Ce fichier est chiffré : saisissez sa phrase secrète, puis importez-le à nouveau.

settings-backups-title = Sauvegardes
settings-backups-refresh = Actualiser
settings-backups-empty = Aucune sauvegarde pour l’instant : une sauvegarde est conservée chaque fois que le plan est enregistré par-dessus.
settings-backups-saved = Enregistrée le
settings-backups-size = Taille
settings-backups-action = Action
settings-backups-restore = Restaurer
settings-backups-restore-label = Restaurer la sauvegarde du { $date }
settings-restore-confirm = Restaurer la sauvegarde du { $date } ? Le plan actuel est lui aussi conservé en sauvegarde.
settings-restore-confirm-ok = Restaurer
settings-restore-done = Sauvegarde du { $date } restaurée.

settings-about-title = À propos
settings-about-data-folder = Dossier des données
settings-about-version = Version
settings-about-unknown = inconnu
