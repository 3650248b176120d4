# Das Familien-PDF: der Plan auf Papier für die Angehörigen zu Hause, und die Karte in den Einstellungen, die es erstellt.

## The card in Settings

pdf-card-title = Familien-PDF
pdf-card-hint = Der Plan auf Papier für die Angehörigen zu Hause, lesbar ohne Lifeboat. Drucken Sie ihn aus; eine Datei kann weiter reisen, als Sie wollen.
pdf-card-what-goes-in = Was hineinkommt
pdf-card-section-cover = Deckblatt: wer, aktuelle Phase, Stufen der Reisehinweise
pdf-card-section-instructions = „Wenn Sie uns nicht erreichen“
pdf-card-section-contacts = Kontakte
pdf-card-section-routes = Routen
pdf-card-section-documents = Dokumente
pdf-card-section-checklists = Checklisten
pdf-card-medical = Medizinische Hinweise und Blutgruppen
pdf-card-numbers = Dokumentnummern
pdf-card-numbers-last4 = Nur die letzten 4 Zeichen
pdf-card-numbers-full = Vollständig
pdf-card-numbers-hidden = Weggelassen
pdf-card-numbers-full-warning = Wer das Papier in der Hand hat, kann die vollständigen Nummern verwenden.
pdf-card-paper = Papier
pdf-card-paper-a4 = A4
pdf-card-paper-letter = US Letter
pdf-card-language = Sprache des PDFs
pdf-card-export = PDF exportieren…
pdf-card-busy = Wird gesetzt…
pdf-card-written = { $pages ->
        [one] { $pages } Seite nach { $path } geschrieben.
       *[other] { $pages } Seiten nach { $path } geschrieben.
    }
pdf-card-note = Hinweis: { $warnings }

## The command line (`lifeboat export-pdf`)

pdf-cli-warning = Warnung: { $warning }
pdf-cli-cannot-write = { $path } kann nicht geschrieben werden: { $error }
pdf-cli-written = { $path }: { $pages ->
        [one] { $pages } Seite
       *[other] { $pages } Seiten
    }, { $bytes } Bytes

## The PDF

pdf-title-default = Familienplan
pdf-header-made = Erstellt am { $date }
pdf-footer-confidential = Vertraulich: Exemplar für die Familie
pdf-footer-page = Seite { $page } von { $pages }
pdf-date-time-utc = { $date_time } UTC
pdf-list-separator = {", "}

pdf-cover-intro = Unser Plan für die Ausreise im Notfall, gedruckt für die Familie zu Hause. Erstellt am { $date }.
pdf-cover-updated = Plan zuletzt geändert am { $date }.
pdf-cover-phase = Aktuelle Phase
pdf-cover-phase-since = seit { $date }
pdf-cover-phase-route = Route: { $route }
pdf-cover-doing = Was wir tun

pdf-household-heading = Für wen dieser Plan ist
pdf-household-name = Name
pdf-household-relationship = Beziehung
pdf-household-nationality = Staatsangehörigkeit
pdf-household-born = Geboren
pdf-household-medical = Medizinisches
pdf-household-lives = Wohnort · Notizen
pdf-household-owner = Inhaber des Plans
pdf-household-pet = { $relationship } (Haustier)
pdf-household-blood-type = Blutgruppe { $blood_type }
pdf-household-speaks = spricht { $languages }

pdf-advisories-heading = Reise- und Sicherheitshinweise
pdf-advisories-none = Noch keine Daten. Lifeboat hatte noch keine Reisehinweise einer Regierung abgerufen, als dieses Exemplar erstellt wurde.
pdf-advisories-scale = Höchste Stufe je Land zum Zeitpunkt der Erstellung, auf einer Skala von 1 (normale Vorsicht) bis 4 (nicht reisen).
pdf-advisories-country = Land
pdf-advisories-level = Stufe
pdf-advisories-meaning = Bedeutung
pdf-advisories-source = Quelle
pdf-advisories-wording = Ihr Wortlaut
pdf-advisories-updated = Aktualisiert
pdf-advisory-level-1 = Normale Vorsicht
pdf-advisory-level-2 = Erhöhte Vorsicht
pdf-advisory-level-3 = Reise überdenken
pdf-advisory-level-4 = Nicht reisen
pdf-advisory-level-unknown = Unbekannte Stufe

pdf-instructions-heading = Wenn Sie uns nicht erreichen
pdf-instructions-none = Noch keine Anweisungen geschrieben.
pdf-call-first-heading = Zuerst anrufen
pdf-call-first-who = Wer
pdf-call-first-role = Rolle
pdf-call-first-phone = Telefon
pdf-leave-now-heading = Wenn wir sofort gehen müssen
pdf-tripwires-heading = Was uns die Phase wechseln lässt
pdf-tripwires-when = Wenn
pdf-tripwires-phase = Wir wechseln zu
pdf-tripwires-notes = Notizen
pdf-tripwire-any-government = die Reisehinweise irgendeiner Regierung für { $country } erreichen { $level }
pdf-tripwire-government = die Reisehinweise der Regierung von { $government } für { $country } erreichen { $level }
pdf-tripwire-level-top = Stufe 4 (nicht reisen)
pdf-tripwire-level-or-higher = Stufe { $level } oder höher

pdf-tag-24-7 = rund um die Uhr
pdf-contacts-heading = Kontakte
pdf-contacts-none = Keine Kontakte im Plan.
pdf-contacts-intro = In der Reihenfolge, in der sie anzurufen sind. { $tag } heißt: zu jeder Stunde erreichbar.
pdf-contacts-number = Nr.
pdf-contacts-who = Wer
pdf-contacts-phones = Telefon und Messenger
pdf-contacts-other = E-Mail, Adresse, Notizen
pdf-messenger = { $app }: { $handle }

pdf-routes-heading = Wege hinaus
pdf-routes-none = Keine Routen im Plan.
pdf-route-letter = Plan { $letter }
pdf-route-named = { $letter }: { $name }
pdf-route-status-closed = Geschlossen: nicht benutzen
pdf-route-verified = zuletzt geprüft am { $date }
pdf-route-never-verified = nie geprüft
pdf-route-border = Grenze: { $crossings }
pdf-legs-number = Nr.
pdf-legs-from-to = Von → nach
pdf-leg-arrow = →
pdf-legs-by = Mit
pdf-legs-time = Dauer
pdf-legs-border = Grenze
pdf-legs-needs = Bedarf · Notizen
pdf-need = { $kind }: { $detail }
pdf-duration-minutes = { $minutes } Min.
pdf-duration-hours = { $hours } Std.
pdf-duration-hours-minutes = { $hours } Std. { $minutes } Min.
pdf-rally-points = Treffpunkte

pdf-documents-heading = Dokumente
pdf-documents-last4 = Von den Nummern sind nur die letzten Zeichen zu sehen; die vollständigen Nummern stehen in der Plandatei.
pdf-documents-hidden = Dokumentnummern sind in diesem Exemplar nicht gedruckt.
pdf-documents-none = Keine Dokumente im Plan.
pdf-documents-document = Dokument
pdf-documents-holder = Inhaber
pdf-documents-number = Nummer
pdf-documents-expires = Gültig bis
pdf-documents-original = Original liegt
pdf-documents-copies = Kopien · Notizen
pdf-documents-expired = abgelaufen
pdf-document-titled = { $kind }: { $title }
pdf-copy = { $medium }: { $location }

pdf-checklists-heading = Checklisten
pdf-checklists-none = Keine Checklisten im Plan.
pdf-checklist-progress = ({ $done } von { $total } erledigt)
pdf-checklists-item = Eintrag · Notizen
pdf-checklists-quantity = Menge · verbrauchen bis
pdf-item-quantity = × { $quantity }
pdf-item-use-by = verbrauchen bis { $date }

## The map page, after the cover: the routes drawn over the borders (the map's own words are map.ftl's).

pdf-map-heading = Karte der Wege
pdf-map-shading = Länder sind nach ihrer höchsten Stufe der Reisehinweise schattiert: je dunkler, desto höher.
pdf-map-unplaced-heading = Nicht auf der Karte
pdf-map-unplaced-leg = { $route }: Etappe von { $from } nach { $to }, noch ohne Ort auf der Karte
pdf-map-unplaced-crossing = { $route }: Grenzübergang { $crossing }, noch ohne Ort auf der Karte
pdf-map-sources = Quellen: Grenzen von Natural Earth (gemeinfrei); Orte von GeoNames (CC BY 4.0); Flughäfen von OurAirports (gemeinfrei).
