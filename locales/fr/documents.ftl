# The Documents section: passports, permits and papers, where the originals are and where copies are kept.

documents-intro = Passeports, titres de séjour et papiers : où sont les originaux et où sont gardées les copies.
documents-add = + Ajouter un document
documents-empty = Aucun document pour l’instant. Commencez par les passeports de chacun.

documents-expired = Expiré
documents-expires-soon = Expire dans moins de { $months } mois
documents-valid = Valide
documents-remove = Supprimer
    .label = Supprimer le document

documents-you = Vous
documents-unnamed = Sans nom

documents-kind = Type
documents-title-label = Intitulé (facultatif)
documents-title-placeholder = e-Visa pour la Turquie
documents-holder = Titulaire
documents-holder-nobody = — personne —
documents-holder-self = { $name } (vous)
documents-holder-removed = (personne retirée)
documents-number = Numéro
documents-number-show = Afficher
documents-number-hide = Masquer
documents-number-copy = Copier
documents-number-copied = Copié. Lifeboat videra le presse-papiers dans { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }.
documents-issuing-country = Pays de délivrance
documents-issued = Délivré le
documents-expires = Expire le
documents-original-location = Où se trouve l’original
documents-original-location-placeholder = Coffre ignifugé, bureau

documents-copies = Copies
documents-copy-medium = Support
documents-copy-location = Où
documents-copy-location-placeholder = Chez ma sœur à Lyon
documents-copy-remove = Supprimer la copie { $index }
documents-copy-add = + Ajouter une copie
documents-notes = Notes

documents-remove-confirm = Retirer { $document } du plan ?
documents-remove-confirm-held = Retirer du plan { $document } de { $holder } ?
