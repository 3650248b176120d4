# The plan's own words, shared by the UI, the Rust crates (readiness, validation, notifications, tray) and the
# family PDF: the labels of every choice the plan offers, the built-in checklist templates, and the readiness and
# validation messages. A user's own plan content is never here; a template's items become the user's own once added.

## The editor's sections (navigation, "Fix" links)

plan-section-dashboard = Dashboard
plan-section-household = Household
plan-section-documents = Documents
plan-section-contacts = Contacts
plan-section-routes = Routes
plan-section-checklists = Checklists
plan-section-phases = Phases
plan-section-advisories = Advisories
plan-section-settings = Settings

## Phases: the escalation ladder. .hint is the one line under each phase on the dashboard.

plan-phase-normal = Normal
    .hint = Keep the plan current.
plan-phase-prepare = Prepare
    .hint = Get ready to leave at short notice.
plan-phase-leave-now = Leave now
    .hint = Follow the route and go.
plan-phase-shelter-in-place = Shelter in place
    .hint = Stay put, stay safe.

## Governments whose travel advice the watch reads, as a person names them ("Iran — US: Level 4").

plan-government-us = US
plan-government-uk = UK
plan-government-ca = Canada
plan-government-au = Australia
plan-government-de = Germany

## Document kinds

plan-document-kind-passport = Passport
plan-document-kind-national-id = National ID
plan-document-kind-visa = Visa
plan-document-kind-residence-permit = Residence permit
plan-document-kind-exit-reentry-permit = Exit/re-entry permit
plan-document-kind-driving-licence = Driving licence
plan-document-kind-birth-certificate = Birth certificate
plan-document-kind-marriage-certificate = Marriage certificate
plan-document-kind-vaccination-record = Vaccination record
plan-document-kind-insurance-policy = Insurance policy
plan-document-kind-property-deed = Property deed
# The choice in the kind picker.
plan-document-kind-other = Other document
# The name of a document of kind "other" that has no title of its own.
plan-document-generic = Document
# A document with its holder, in readiness messages and reminders: "Passport of Sara". $document is the
# document's title or its kind's label; $holder the holder's name.
plan-document-of = { $document } of { $holder }
# Stands for the holder when the document's holder has no name (or left the household).
plan-holder-unknown = someone

## Where a copy of a document is kept

plan-copy-medium-paper = Paper
plan-copy-medium-usb = USB stick
plan-copy-medium-cloud = Cloud
plan-copy-medium-phone = Phone
plan-copy-medium-other = Other

## Contacts: roles and messengers

plan-contact-role-family = Family
plan-contact-role-out-of-country = Out-of-country contact
plan-contact-role-employer-security = Employer security
plan-contact-role-embassy = Embassy or consulate
# A country that represents another's interests where that one has no embassy (Switzerland for the US in Iran).
plan-contact-role-protecting-power = Protecting power
plan-contact-role-lawyer = Lawyer
plan-contact-role-doctor = Doctor
plan-contact-role-driver = Driver
plan-contact-role-airline = Airline
plan-contact-role-other = Other
# Messenger apps: brand names, written as the app writes itself in that language.
plan-messenger-signal = Signal
plan-messenger-whatsapp = WhatsApp
plan-messenger-telegram = Telegram
plan-messenger-other = Other

## People

plan-person-kind-person = Person
plan-person-kind-pet = Pet

## Routes: how a leg travels, whether the route is usable, and what a leg needs

plan-travel-mode-air = Air
plan-travel-mode-road = Road
plan-travel-mode-rail = Rail
plan-travel-mode-sea = Sea
plan-travel-mode-foot = On foot
plan-route-status-open = Open
plan-route-status-uncertain = Uncertain
plan-route-status-closed = Closed
plan-need-kind-document = Document
plan-need-kind-visa = Visa
plan-need-kind-cash = Cash
plan-need-kind-fuel = Fuel
plan-need-kind-other = Other
# A route the user has not named, as the subject of a readiness message ("A route has never been verified").
plan-route-unnamed = A route
# A route by the letter the plan gives it: the first open route is A, the next usable B…
plan-route-letter = Route { $letter }
# A route that has no letter (it is closed).
plan-route-unlettered = Route

## How serious a readiness finding is

plan-severity-critical = Critical
plan-severity-warning = Warning
plan-severity-info = Info

## New plans and lists

# The plan's title when onboarding created it.
plan-name-of = { $name }'s plan
plan-name-ours = Our plan
# The title of a list the user starts from scratch.
plan-checklist-new = New list

## Built-in checklist templates: titles, then each template's items. Written for a household leaving by air or
## road with little notice; the quantities beside them (9 litres, 500 dollars) are set by the template.

plan-template-go-bag-72h = 72-hour go-bag
plan-template-documents-and-copies = Documents and copies
plan-template-money = Money
plan-template-digital = Digital
plan-template-home-and-pets = Home and pets
plan-template-departure-day = Departure day

plan-item-go-bag-water = Drinking water, litres per person
plan-item-go-bag-food = Non-perishable food for 3 days
plan-item-go-bag-medicines = Prescription medicines for 2 weeks, with prescriptions
plan-item-go-bag-first-aid = First-aid kit
plan-item-go-bag-torch = Torch / headlamp and spare batteries
plan-item-go-bag-power-bank = Power bank, charged
plan-item-go-bag-chargers = Phone chargers and a multi-plug adapter
plan-item-go-bag-clothes = Change of clothes and rain layer per person
plan-item-go-bag-hygiene = Basic hygiene kit
plan-item-go-bag-map = Paper map of the city and the routes out
plan-item-go-bag-whistle = Whistle and dust masks
plan-item-go-bag-copies = Copies of key documents in a waterproof pouch

plan-item-documents-passports = Passports for everyone, valid 6+ months
plan-item-documents-residence = Residence permits and exit/re-entry permits
plan-item-documents-certificates = Birth and marriage certificates
plan-item-documents-vaccinations = Vaccination records (people and pets)
plan-item-documents-insurance = Insurance policies and emergency numbers
plan-item-documents-paper-copies = Paper copies stored with family abroad
plan-item-documents-usb = Scans on an encrypted USB stick in the go-bag
plan-item-documents-cloud = Scans in a cloud account reachable from any phone
plan-item-documents-photos = Passport photos per person

plan-item-money-usd = US dollars in small notes
plan-item-money-eur = Euros in small notes
plan-item-money-local = Local currency for the first days
plan-item-money-transit = Currency of the first transit country
plan-item-money-two-cards = Two bank cards from different banks
plan-item-money-card-abroad = Card that works abroad, tested this month
plan-item-money-hidden-cash = Emergency cash hidden separately from the wallet

plan-item-digital-backup = Backup of phone and laptop, tested restore
plan-item-digital-offline-maps = Offline maps downloaded for every route
plan-item-digital-contacts = Contacts list printed and stored offline
plan-item-digital-vpn = VPN installed and tested
plan-item-digital-devices = Plan to wipe or leave sensitive devices
plan-item-digital-recovery-codes = Two-factor recovery codes stored outside the country
plan-item-digital-cables = Cables, chargers and adapters packed

plan-item-home-keys = Someone to hold keys and check the home
plan-item-home-bills = Utilities, rent and staff paid ahead
plan-item-home-pet-carrier = Pet carrier, food, leash and vaccination papers
plan-item-home-pet-export = Pet microchip and export permit checked
plan-item-home-valuables = Valuables and papers not taken: stored or handed over
plan-item-home-shut-off = Gas and water shut-off known

plan-item-departure-tell-contact = Tell the out-of-country contact the route and time
plan-item-departure-embassy = Register departure with the embassy
plan-item-departure-fuel = Fuel tank full, spare fuel if road route
plan-item-departure-go-bags = Go-bags in the car or at the door
plan-item-departure-documents = Documents on the body, not in the luggage
plan-item-departure-phones = Phones charged, power banks charged
plan-item-departure-check-in = Check in with family at every leg

## Readiness: what to fix before the plan is needed. Shown on the dashboard, each with a "Fix" link. $document is
## plan-document-of ("Passport of Sara"); $date a date as the app writes it (2027-02-25); $days a count.

plan-readiness-document-expired = { $document } expired on { $date }
plan-readiness-document-expiring = { $days ->
        [one] { $document } expires on { $date }, in { $days } day: many borders want six months of validity
       *[other] { $document } expires on { $date }, in { $days } days: many borders want six months of validity
    }
plan-readiness-document-without-copy = { $document } has no copy stored anywhere else
plan-readiness-no-route = no open route out: add Plan A and an alternate
plan-readiness-one-route = only one open route: add an alternate (Plan B) in case it closes
plan-readiness-no-contact-abroad = no contact outside the country: someone abroad must know the plan if phones here go down
# $route is the route's name, or plan-route-unnamed.
plan-readiness-route-never-verified = { $route } has never been verified
plan-readiness-route-stale = { $days ->
        [one] { $route } was last verified on { $date }, { $days } day ago
       *[other] { $route } was last verified on { $date }, { $days } days ago
    }

## Validation: why a field cannot be saved, shown next to the field.

plan-invalid-id-missing = an entry has no id
plan-invalid-id-too-long = an id is longer than { $max } characters
plan-invalid-id-twice = the id “{ $id }” is used twice
plan-invalid-too-many = too many entries: at most { $max }
plan-invalid-country = “{ $code }” is not an ISO 3166 country code
plan-invalid-too-long = too long: at most { $max } characters
plan-invalid-profile-id = the profile's id must be “{ $id }”
plan-invalid-holder-gone = the holder is not in the household any more
plan-invalid-expires-before-issued = expires before it was issued
plan-invalid-email = not an e-mail address
plan-invalid-phone = use digits, spaces, + - ( ) only
plan-invalid-priority = priority runs from 1 (call first) to 99
plan-invalid-route-name = give the route a name (“Plan A”)
plan-invalid-leg-too-long = longer than 30 days: check the unit (minutes)
plan-invalid-latitude = latitude runs from −90 to 90
plan-invalid-longitude = longitude runs from −180 to 180
plan-invalid-need-document-gone = a needed document is no longer in the plan
plan-invalid-phase-route-gone = the route is no longer in the plan
plan-invalid-phase-checklist-gone = a checklist is no longer in the plan
plan-invalid-choose-country = choose a country
plan-invalid-level = a level from 1 to 4
plan-invalid-tripwire-phase = a tripwire moves the plan up: choose prepare, leave now or shelter in place
plan-invalid-auto-lock = at most { $max } minutes (24 hours)
plan-invalid-language = not a language Lifeboat is translated into: choose one in the list
plan-invalid-too-many-countries = at most { $max } added countries
plan-invalid-government-twice = a government is listed twice

## The watch's suggestion and the plan's instruction for a phase (notifications, dashboard, tray)

# Why a phase is suggested, when a government's level decided: "Canada: Iraq at level 4".
plan-reason-level = { $government }: { $country } at level { $level }
# …when an alert telling people to leave decided; $title is the alert's title as the government wrote it.
plan-reason-alert = { $government }: { $title }
# What the plan says to do in a phase, quoted in a notification. $phase is the phase's label, $route
# plan-route-letter, $name the route's own name, $path its stops ("Tehran → IKA → IST").
plan-instruction-route = { $phase } — { $route }
plan-instruction-route-named = { $phase } — { $route } ({ $name })
plan-instruction-route-path = { $phase } — { $route }: { $path }
plan-instruction-route-named-path = { $phase } — { $route } ({ $name }): { $path }
# The user's own instructions after the phase (and route): "Leave now. Call Reza first."
plan-instruction-text = { $instruction }. { $text }

## Expiry reminders exported as a calendar (iCalendar)

plan-ical-calendar-name = Lifeboat document expiries
plan-ical-description = { $document } expires on { $date }. Renew early: many borders want six months of validity.
plan-ical-description-original = { $document } expires on { $date }. Renew early: many borders want six months of validity. Original: { $place }.
plan-ical-expires-in = { $months ->
        [one] { $document } expires in { $months } month ({ $date })
       *[other] { $document } expires in { $months } months ({ $date })
    }
plan-ical-expires-today = { $document } expires today

## Contacts exported as vCards

# The note of a contact who answers day and night.
plan-vcard-reachable = Reachable 24/7.
