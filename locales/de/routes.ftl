# The Routes section: the ways out in order of preference, each with its legs (from, to, border crossing, what
# each leg needs) and its rally points.

routes-intro = In der Reihenfolge Ihrer Wahl: Die erste offene Route ist Plan A.
routes-add = + Route hinzufügen
routes-empty = Noch keine Routen. Legen Sie Plan A an und dann mindestens eine Ausweichroute, falls sie gesperrt wird.
routes-new-name = Plan { $letter }
routes-rank = Rangfolge
routes-unnamed = Route ohne Namen
routes-move-up = { $name } nach oben verschieben
routes-move-down = { $name } nach unten verschieben
routes-remove = Entfernen
routes-remove-label = Route entfernen
routes-remove-confirm = { $legs ->
        [one] Route „{ $name }“ mit { $legs } Etappe entfernen?
       *[other] Route „{ $name }“ mit ihren { $legs } Etappen entfernen?
    }

routes-name = Name
routes-name-missing = Geben Sie der Route einen Namen
routes-status = Status
routes-last-verified = Zuletzt geprüft
routes-verified-today = Heute geprüft
routes-summary = Zusammenfassung
routes-summary-placeholder = Von Teheran nach Van auf dem Landweg über Bazargan

routes-legs = Etappen
routes-leg = Etappe { $number }
routes-leg-border = Grenze: { $crossing }
routes-leg-move-up = Etappe { $number } nach oben verschieben
routes-leg-move-down = Etappe { $number } nach unten verschieben
routes-leg-remove = Etappe { $number } entfernen
routes-leg-remove-confirm = Etappe { $from } → { $to } entfernen?
routes-leg-from = Von
routes-leg-from-country = Abreiseland
routes-leg-to = Nach
routes-leg-to-country = Zielland
routes-leg-mode = Verkehrsmittel
routes-leg-expected-time = Erwartete Dauer (h:mm)
routes-leg-expected-time-invalid = h:mm (3:30) oder Minuten (210) angeben
routes-leg-border-crossing = Grenzübergang
routes-leg-border-crossing-placeholder = Bazargan / Gürbulak
routes-leg-notes = Notizen zur Etappe
routes-leg-add = + Etappe hinzufügen

routes-needs = Bedarf
routes-needs-of-leg = Bedarf für Etappe { $number }
routes-need-kind = Art des Bedarfs
routes-need-detail = Einzelheiten
routes-need-detail-placeholder = 300 USD pro Erwachsenem
routes-need-document = Verknüpftes Dokument
routes-need-no-document = — kein Dokument —
routes-need-document-removed = (entferntes Dokument)
routes-need-document-of = { $document } – { $holder }
routes-need-remove = Bedarf { $number } entfernen
routes-need-add = + Bedarf

routes-rally-points = Treffpunkte
routes-rally-name = Name
routes-rally-address = Adresse
routes-rally-notes = Notizen
routes-rally-remove = Treffpunkt { $number } entfernen
routes-rally-add = + Treffpunkt

routes-notes = Notizen
