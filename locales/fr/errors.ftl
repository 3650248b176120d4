errors-locked = Le plan est verrouillé. Déverrouillez-le pour continuer.
errors-weak-passphrase = La phrase secrète est trop courte : utilisez au moins { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    }. Une courte phrase est plus facile à retenir et plus difficile à deviner.
errors-passphrase-required = Ce fichier est chiffré : saisissez la phrase secrète avec laquelle il a été exporté.
errors-invalid-plan = Le plan ne peut pas être utilisé tel quel ({ $detail }).
errors-file = Un fichier n’a pas pu être lu ou écrit ({ $detail }).
errors-invalid-path = L’export ne peut pas être enregistré à cet endroit ({ $detail }).
errors-invalid-url = Ce lien ne peut pas être ouvert ({ $detail }).
errors-stale-map = La carte a été redessinée depuis ce clic. Cliquez de nouveau sur le lieu.
errors-invalid-point = Ce n’est pas un lieu sur Terre : la latitude va de −90 à 90, la longitude de −180 à 180.
errors-internal = Une erreur s’est produite dans Lifeboat ({ $detail }).
errors-not-a-vault = Ce fichier n’est pas un coffre Lifeboat ; il n’a pas été modifié ({ $detail }).
errors-key-mismatch = Ce fichier a été chiffré pour la clé d’un autre plan ({ $detail }).
errors-already-exists = Un fichier de ce nom existe déjà ; rien n’a été écrasé ({ $detail }).
errors-not-found = Un élément dont Lifeboat a besoin est introuvable ({ $detail }).
errors-disk-full = Le disque est plein. Libérez de l’espace et réessayez ({ $detail }).
errors-read-only = Pas d’autorisation d’écrire à cet endroit : il est en lecture seule ou l’accès a été refusé ({ $detail }).
errors-too-large = Le fichier est trop volumineux ({ $detail }).
errors-bad-recovery-key = Ce n’est pas une clé de récupération valide : une clé de récupération commence par { $prefix }.
errors-invalid-export = Ce fichier n’est pas un export Lifeboat chiffré par phrase secrète.
errors-invalid-options = Les réglages de stockage de Lifeboat ne sont pas valides ({ $detail }).
errors-invalid-recipient = Ce n’est pas une clé publique utilisable pour les documents du plan ({ $detail }).
errors-not-a-plan = Ce fichier n’est pas un plan Lifeboat.
errors-invalid-json = Ce fichier n’est pas un plan lisible ({ $detail }).
errors-no-migration = Cette version de Lifeboat ne peut pas convertir la version de ce plan ({ $detail }).
errors-export-failed = L’export a échoué ({ $detail }).
errors-pdf-data = Le plan n’a pas pu être préparé pour l’impression ({ $detail }).
errors-pdf-template = La mise en page du PDF a échoué ({ $detail }).
errors-pdf-export = Le PDF n’a pas pu être écrit ({ $detail }).
errors-pdf-font = Une police fournie avec Lifeboat n’a pas pu être lue. Réinstallez Lifeboat.
errors-pdf-typesetter-missing = Le composeur de PDF { $program } est absent à côté de Lifeboat. Réinstallez Lifeboat.
errors-advisories = Les conseils aux voyageurs n’ont pas pu être récupérés ({ $reason }).
