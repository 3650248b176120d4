# The plan's own words, shared by the UI, the Rust crates (readiness, validation, notifications, tray) and the
# family PDF. See en/plan.ftl for what each message is.

## The editor's sections

plan-section-dashboard = Übersicht
plan-section-household = Haushalt
plan-section-documents = Dokumente
plan-section-contacts = Kontakte
plan-section-routes = Routen
plan-section-checklists = Checklisten
plan-section-phases = Phasen
plan-section-advisories = Reisehinweise
plan-section-settings = Einstellungen

## Phases

plan-phase-normal = Normal
    .hint = Halten Sie den Plan aktuell.
plan-phase-prepare = Vorbereiten
    .hint = Seien Sie bereit, kurzfristig aufzubrechen.
plan-phase-leave-now = Jetzt ausreisen
    .hint = Folgen Sie der Route und brechen Sie auf.
plan-phase-shelter-in-place = Vor Ort Schutz suchen
    .hint = Bleiben Sie, wo Sie sind, und bleiben Sie in Sicherheit.

## Governments

plan-government-us = USA
plan-government-uk = Vereinigtes Königreich
plan-government-ca = Kanada
plan-government-au = Australien
plan-government-de = Deutschland

## Document kinds

plan-document-kind-passport = Reisepass
plan-document-kind-national-id = Personalausweis
plan-document-kind-visa = Visum
plan-document-kind-residence-permit = Aufenthaltstitel
plan-document-kind-exit-reentry-permit = Aus- und Wiedereinreisegenehmigung
plan-document-kind-driving-licence = Führerschein
plan-document-kind-birth-certificate = Geburtsurkunde
plan-document-kind-marriage-certificate = Eheurkunde
plan-document-kind-vaccination-record = Impfpass
plan-document-kind-insurance-policy = Versicherungsschein
plan-document-kind-property-deed = Eigentumsnachweis
plan-document-kind-other = Anderes Dokument
plan-document-generic = Dokument
plan-document-of = { $document } von { $holder }
plan-holder-unknown = jemandem

## Copies

plan-copy-medium-paper = Papier
plan-copy-medium-usb = USB-Stick
plan-copy-medium-cloud = Cloud
plan-copy-medium-phone = Handy
plan-copy-medium-other = Sonstiges

## Contacts

plan-contact-role-family = Familie
plan-contact-role-out-of-country = Kontakt im Ausland
plan-contact-role-employer-security = Sicherheitsdienst des Arbeitgebers
plan-contact-role-embassy = Botschaft oder Konsulat
plan-contact-role-protecting-power = Schutzmacht
plan-contact-role-lawyer = Anwalt
plan-contact-role-doctor = Arzt
plan-contact-role-driver = Fahrer
plan-contact-role-airline = Fluggesellschaft
plan-contact-role-other = Sonstige
plan-messenger-signal = Signal
plan-messenger-whatsapp = WhatsApp
plan-messenger-telegram = Telegram
plan-messenger-other = Sonstiger

## People

plan-person-kind-person = Person
plan-person-kind-pet = Haustier

## Routes

plan-travel-mode-air = Flugzeug
plan-travel-mode-road = Straße
plan-travel-mode-rail = Bahn
plan-travel-mode-sea = Schiff
plan-travel-mode-foot = Zu Fuß
plan-route-status-open = Offen
plan-route-status-uncertain = Unsicher
plan-route-status-closed = Geschlossen
plan-need-kind-document = Dokument
plan-need-kind-visa = Visum
plan-need-kind-cash = Bargeld
plan-need-kind-fuel = Treibstoff
plan-need-kind-other = Sonstiges
plan-route-unnamed = Eine Route
plan-route-letter = Route { $letter }
plan-route-unlettered = Route

## Severity

plan-severity-critical = Kritisch
plan-severity-warning = Warnung
plan-severity-info = Hinweis

## New plans and lists

plan-name-of = Plan von { $name }
plan-name-ours = Unser Plan
plan-checklist-new = Neue Liste

## Checklist templates

plan-template-go-bag-72h = Notfallrucksack für 72 Stunden
plan-template-documents-and-copies = Dokumente und Kopien
plan-template-money = Geld
plan-template-digital = Digitales
plan-template-home-and-pets = Wohnung und Haustiere
plan-template-departure-day = Abreisetag

plan-item-go-bag-water = Trinkwasser, Liter pro Person
plan-item-go-bag-food = Haltbare Lebensmittel für 3 Tage
plan-item-go-bag-medicines = Verschreibungspflichtige Medikamente für 2 Wochen, mit Rezepten
plan-item-go-bag-first-aid = Erste-Hilfe-Set
plan-item-go-bag-torch = Taschen- oder Stirnlampe und Ersatzbatterien
plan-item-go-bag-power-bank = Powerbank, geladen
plan-item-go-bag-chargers = Handyladegeräte und ein Mehrfachadapter
plan-item-go-bag-clothes = Wechselkleidung und Regenschutz pro Person
plan-item-go-bag-hygiene = Einfaches Hygieneset
plan-item-go-bag-map = Papierkarte der Stadt und der Ausfallrouten
plan-item-go-bag-whistle = Trillerpfeife und Staubmasken
plan-item-go-bag-copies = Kopien der wichtigsten Dokumente in einer wasserdichten Hülle

plan-item-documents-passports = Reisepässe für alle, noch mindestens 6 Monate gültig
plan-item-documents-residence = Aufenthaltstitel und Aus- und Wiedereinreisegenehmigungen
plan-item-documents-certificates = Geburts- und Eheurkunden
plan-item-documents-vaccinations = Impfnachweise (Menschen und Tiere)
plan-item-documents-insurance = Versicherungsscheine und Notrufnummern
plan-item-documents-paper-copies = Papierkopien bei Familie im Ausland hinterlegt
plan-item-documents-usb = Scans auf einem verschlüsselten USB-Stick im Notfallrucksack
plan-item-documents-cloud = Scans in einem Cloud-Konto, das von jedem Handy erreichbar ist
plan-item-documents-photos = Passfotos pro Person

plan-item-money-usd = US-Dollar in kleinen Scheinen
plan-item-money-eur = Euro in kleinen Scheinen
plan-item-money-local = Landeswährung für die ersten Tage
plan-item-money-transit = Währung des ersten Transitlandes
plan-item-money-two-cards = Zwei Bankkarten von verschiedenen Banken
plan-item-money-card-abroad = Eine im Ausland funktionierende Karte, diesen Monat getestet
plan-item-money-hidden-cash = Notgeld, getrennt vom Portemonnaie versteckt

plan-item-digital-backup = Sicherung von Handy und Laptop, Wiederherstellung getestet
plan-item-digital-offline-maps = Offline-Karten für jede Route heruntergeladen
plan-item-digital-contacts = Kontaktliste ausgedruckt und offline aufbewahrt
plan-item-digital-vpn = VPN installiert und getestet
plan-item-digital-devices = Plan, sensible Geräte zu löschen oder zurückzulassen
plan-item-digital-recovery-codes = Wiederherstellungscodes der Zwei-Faktor-Anmeldung außer Landes aufbewahrt
plan-item-digital-cables = Kabel, Ladegeräte und Adapter eingepackt

plan-item-home-keys = Jemand, der die Schlüssel hat und nach der Wohnung sieht
plan-item-home-bills = Nebenkosten, Miete und Angestellte im Voraus bezahlt
plan-item-home-pet-carrier = Transportbox, Futter, Leine und Impfpapiere des Tieres
plan-item-home-pet-export = Mikrochip und Ausfuhrgenehmigung des Tieres geprüft
plan-item-home-valuables = Wertsachen und Papiere, die bleiben: verwahrt oder übergeben
plan-item-home-shut-off = Absperrhähne für Gas und Wasser bekannt

plan-item-departure-tell-contact = Dem Kontakt im Ausland Route und Uhrzeit mitteilen
plan-item-departure-embassy = Die Ausreise bei der Botschaft melden
plan-item-departure-fuel = Tank voll, Reservekanister bei einer Straßenroute
plan-item-departure-go-bags = Notfallrucksäcke im Auto oder an der Tür
plan-item-departure-documents = Dokumente am Körper, nicht im Gepäck
plan-item-departure-phones = Handys und Powerbanks geladen
plan-item-departure-check-in = Sich bei jeder Etappe bei der Familie melden

## Readiness

plan-readiness-document-expired = { $document } ist am { $date } abgelaufen
plan-readiness-document-expiring = { $days ->
        [one] { $document } läuft am { $date } ab, in { $days } Tag: Viele Grenzen verlangen sechs Monate Gültigkeit
       *[other] { $document } läuft am { $date } ab, in { $days } Tagen: Viele Grenzen verlangen sechs Monate Gültigkeit
    }
plan-readiness-document-without-copy = Von { $document } ist nirgendwo sonst eine Kopie hinterlegt
plan-readiness-no-route = Keine offene Route hinaus: Legen Sie Plan A und eine Alternative an
plan-readiness-one-route = Nur eine offene Route: Legen Sie eine Alternative (Plan B) an, falls sie geschlossen wird
plan-readiness-no-contact-abroad = Kein Kontakt außerhalb des Landes: Jemand im Ausland muss den Plan kennen, falls hier die Telefone ausfallen
plan-readiness-route-never-verified = { $route } wurde noch nie überprüft
plan-readiness-route-stale = { $days ->
        [one] { $route } wurde zuletzt am { $date } überprüft, vor { $days } Tag
       *[other] { $route } wurde zuletzt am { $date } überprüft, vor { $days } Tagen
    }

## Validation

plan-invalid-id-missing = Ein Eintrag hat keine Kennung
plan-invalid-id-too-long = Eine Kennung ist länger als { $max } Zeichen
plan-invalid-id-twice = Die Kennung „{ $id }“ wird zweimal verwendet
plan-invalid-too-many = Zu viele Einträge: höchstens { $max }
plan-invalid-country = „{ $code }“ ist kein Ländercode nach ISO 3166
plan-invalid-too-long = Zu lang: höchstens { $max } Zeichen
plan-invalid-profile-id = Die Kennung des Profils muss „{ $id }“ sein
plan-invalid-holder-gone = Der Inhaber gehört nicht mehr zum Haushalt
plan-invalid-expires-before-issued = Läuft ab, bevor es ausgestellt wurde
plan-invalid-email = Keine E-Mail-Adresse
plan-invalid-phone = Nur Ziffern, Leerzeichen und + - ( ) verwenden
plan-invalid-priority = Die Priorität reicht von 1 (zuerst anrufen) bis 99
plan-invalid-route-name = Geben Sie der Route einen Namen („Plan A“)
plan-invalid-leg-too-long = Länger als 30 Tage: Prüfen Sie die Einheit (Minuten)
plan-invalid-latitude = Breitengrad von −90 bis 90
plan-invalid-longitude = Längengrad von −180 bis 180
plan-invalid-need-document-gone = Ein benötigtes Dokument ist nicht mehr im Plan
plan-invalid-phase-route-gone = Die Route ist nicht mehr im Plan
plan-invalid-phase-checklist-gone = Eine Checkliste ist nicht mehr im Plan
plan-invalid-choose-country = Wählen Sie ein Land
plan-invalid-level = Eine Stufe von 1 bis 4
plan-invalid-tripwire-phase = Ein Auslöser stuft den Plan hoch: Wählen Sie Vorbereiten, Jetzt ausreisen oder Vor Ort Schutz suchen
plan-invalid-auto-lock = Höchstens { $max } Minuten (24 Stunden)
plan-invalid-language = Lifeboat ist nicht in diese Sprache übersetzt: Wählen Sie eine aus der Liste
plan-invalid-too-many-countries = Höchstens { $max } hinzugefügte Länder
plan-invalid-government-twice = Eine Regierung ist doppelt aufgeführt

## Suggestion and instruction

plan-reason-level = { $government }: { $country } auf Stufe { $level }
plan-reason-alert = { $government }: { $title }
plan-instruction-route = { $phase } — { $route }
plan-instruction-route-named = { $phase } — { $route } ({ $name })
plan-instruction-route-path = { $phase } — { $route }: { $path }
plan-instruction-route-named-path = { $phase } — { $route } ({ $name }): { $path }
plan-instruction-text = { $instruction }. { $text }

## Calendar

plan-ical-calendar-name = Lifeboat: Ablauf von Dokumenten
plan-ical-description = { $document } läuft am { $date } ab. Früh verlängern: Viele Grenzen verlangen sechs Monate Gültigkeit.
plan-ical-description-original = { $document } läuft am { $date } ab. Früh verlängern: Viele Grenzen verlangen sechs Monate Gültigkeit. Original: { $place }.
plan-ical-expires-in = { $months ->
        [one] { $document } läuft in { $months } Monat ab ({ $date })
       *[other] { $document } läuft in { $months } Monaten ab ({ $date })
    }
plan-ical-expires-today = { $document } läuft heute ab

## vCards

plan-vcard-reachable = Rund um die Uhr erreichbar.
