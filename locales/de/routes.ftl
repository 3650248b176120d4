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

## The map above the legs, and each leg's places on it

routes-map-title = Die Routen auf der Karte
routes-map-drawing = Karte wird gezeichnet…
routes-map-failed = Die Karte konnte nicht gezeichnet werden. { $error }
routes-map-empty = Noch keine Etappe ist auf der Karte. Geben Sie unter jeder Etappe ihrem Start und ihrem Ziel einen Ort, um ihre Linie zu sehen.
routes-map-unplaced-title = Noch nicht auf der Karte:
routes-map-unplaced-crossing = der Grenzübergang { $crossing }
routes-map-legs = Die Routen auf der Karte, Etappe für Etappe:
routes-map-leg = von { $from } nach { $to }
routes-map-leg-via = von { $from } nach { $to }, über { $crossing }
routes-map-leg-drawn = auf der Karte
routes-map-leg-not-drawn = noch nicht auf der Karte
routes-map-pick-hint = Klicken Sie auf der Karte dorthin, wo { $place } liegt. Esc bricht ab.
routes-map-pick-cancel = Abbrechen
routes-place-title = Auf der Karte:
routes-place-group = Orte der Etappe { $number } auf der Karte
routes-place-from = Start
routes-place-to = Ziel
routes-place-crossing = Übergang
routes-place-none = noch kein Ort
routes-place-of-leg = { $place } der Etappe { $number }
routes-place-of-leg-named = { $place } der Etappe { $number } ({ $name })
routes-place-chip-label = { $place } auf der Karte: { $state }
routes-place-point = { $lat }, { $lon }
routes-place-find = Ort für { $place } finden: eine Stadt, einen Flughafen oder einen Grenzübergang
routes-place-find-placeholder = Teheran, تهران, IKA, Bazargan…
routes-place-hits = Gefundene Orte
routes-place-no-hits = Kein Ort dieses Namens in der Offline-Liste. Geben Sie unten seine Koordinaten ein oder klicken Sie ihn auf der Karte an.
routes-place-kind-town = Stadt, { $countries }
routes-place-kind-airport = Flughafen von { $town }, { $countries }
routes-place-kind-crossing = Grenzübergang, { $countries }
routes-place-coordinates = Oder seine Koordinaten (Breite, Länge):
routes-place-coordinates-placeholder = 35.6892, 51.3890
routes-place-coordinates-set = Übernehmen
routes-place-coordinates-invalid = Zwei Zahlen: die Breite (−90 bis 90), dann die Länge (−180 bis 180), etwa 35.6892, 51.3890.
routes-place-on-map = Auf der Karte wählen
routes-place-clear = Von der Karte nehmen
routes-place-close = Schließen
routes-place-sources = Orte: GeoNames (CC BY 4.0); Flughäfen: OurAirports (gemeinfrei); Grenzübergänge: Lifeboats eigene Liste. Alles auf diesem Computer, ohne Netz.
