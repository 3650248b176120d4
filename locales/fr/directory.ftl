# Who helps you here: the embassy directory. See locales/en/directory.ftl for the notes.
# Country names come in as variables, so no "en/au/aux" is written before them: « pays : … ».

directory-readiness-unnamed = une personne du foyer
directory-readiness-no-mission = aucune ambassade, aucun consulat ni aucune puissance protectrice connus pour { $people } (nationalité : { $nationality }) dans ce pays : { $country }
directory-readiness-not-in-contacts = { $mission } peut aider { $people } (nationalité : { $nationality }) dans ce pays : { $country } ; ajoutez-la à vos contacts
directory-readiness-stale = { $days ->
        [one] les données des ambassades pour la nationalité { $nationality } dans ce pays ({ $country }) datent du { $date }, il y a { $days } jour ; actualisez-les
       *[other] les données des ambassades pour la nationalité { $nationality } dans ce pays ({ $country }) datent du { $date }, il y a { $days } jours ; actualisez-les
    }

directory-kind-embassy = Ambassade
directory-kind-consulate = Consulat
directory-kind-honorary-consul = Consul honoraire
directory-kind-interests-section = Section des intérêts
directory-kind-protecting-power = Puissance protectrice
directory-kind-partner-mission = Mission d’un pays partenaire
directory-kind-eu-member-state = Mission d’un autre État de l’UE

directory-title = Qui peut vous aider ici
directory-intro = Les ambassades, consulats et puissances protectrices pour chaque nationalité de votre foyer, dans chaque pays que touche votre plan. Ils sont conservés sur cet ordinateur : ils restent disponibles quand le réseau est coupé.
directory-for = Nationalité : { $nationality } · pays : { $country }
directory-none-known = Personne n’est connu pour aider la nationalité { $nationality } dans ce pays ({ $country }). Demandez à son ministère des Affaires étrangères quelle ambassade couvre ce pays et ajoutez-la comme contact.
directory-assistance-none = Le gouvernement ({ $nationality }) indique qu’il n’apporte aucune aide dans ce pays ({ $country }).
directory-assistance-remote = L’aide vient d’un bureau situé dans un autre pays.
directory-located-in = Situé dans un autre pays : { $country }
directory-operated-by = Géré par : { $state }
directory-phone = Téléphone
directory-emergency = Urgences 24 h/24
directory-email = Courriel
directory-website = Site web
directory-hours = Horaires
directory-address = Adresse
directory-source = { $source }, données du { $date }
directory-fetched = Récupéré le { $date }
directory-not-fetched = Pas encore récupéré : affiché d’après la table des puissances protectrices de Lifeboat.
directory-refresh-failed = La dernière actualisation a échoué : ce sont les dernières données récupérées.
directory-refresh = Actualiser
directory-refreshing = Actualisation…
directory-add = Ajouter à mes contacts
directory-added = Dans vos contacts
directory-no-pairs = Indiquez la nationalité de chaque personne dans Foyer pour voir qui peut l’aider ici.
directory-arrangement = { $state } agit pour la nationalité { $nationality } dans ce pays ({ $country }) en tant que puissance protectrice depuis { $since }.
directory-eu-rule = Si { $nationality } n’a ni ambassade ni consulat ici, l’ambassade ou le consulat de tout autre État membre de l’UE doit vous aider comme il aide ses propres ressortissants.
directory-checked = Vérifié le { $date }
directory-check-source = Source
directory-contact-note = { $kind } · { $source }, données du { $date }

directory-pdf-title = Qui peut nous aider ici
directory-pdf-for = { $people } (nationalité : { $nationality }) · pays : { $country }
directory-pdf-none = Aucune ambassade, aucun consulat ni aucune puissance protectrice connus. Demandez au ministère des Affaires étrangères.

directory-cli-about = Qui aide une nationalité dans un pays : ambassades, consulats, puissances protectrices
directory-cli-nationality = La nationalité, en code ISO (US, CA, GB, DE…)
directory-cli-country = Le pays, en code ISO (IR…)
directory-cli-refresh-help = Récupérer d’abord les données des gouvernements (sinon la copie conservée est lue)
directory-cli-json-help = Afficher du JSON au lieu d’un tableau
directory-cli-refreshed = Actualisé. Mis à jour : { $updated }, inchangés : { $unchanged }, en échec : { $failed }.
directory-cli-failed = { $source } pour { $country } a échoué ({ $code }) : les dernières données valides sont conservées.
