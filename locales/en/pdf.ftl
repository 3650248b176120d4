# The family PDF: the plan on paper for the people at home, and the card in Settings that makes it.
# The PDF has its own language, chosen in the card (or `lifeboat export-pdf --lang`); its enum labels (phases,
# document kinds, route status…) come from plan.ftl.

## The card in Settings

pdf-card-title = Family PDF
pdf-card-hint = The plan on paper for the people at home, readable without Lifeboat. Print it; a file can travel further than you meant.
pdf-card-what-goes-in = What goes in
pdf-card-section-cover = Cover: who, current phase, advisory levels
pdf-card-section-instructions = “If you cannot reach us”
pdf-card-section-contacts = Contacts
pdf-card-section-routes = Routes
pdf-card-section-documents = Documents
pdf-card-section-checklists = Checklists
pdf-card-medical = Medical notes and blood types
pdf-card-numbers = Document numbers
pdf-card-numbers-last4 = Last 4 characters only
pdf-card-numbers-full = In full
pdf-card-numbers-hidden = Left out
pdf-card-numbers-full-warning = Anyone holding the paper can use the full numbers.
pdf-card-paper = Paper
pdf-card-paper-a4 = A4
pdf-card-paper-letter = US Letter
# The language the PDF is written in; the list names each language in itself.
pdf-card-language = Language of the PDF
pdf-card-export = Export PDF…
pdf-card-busy = Typesetting…
# $path is where the file was saved (shown left to right).
pdf-card-written = { $pages ->
        [one] { $pages } page written to { $path }.
       *[other] { $pages } pages written to { $path }.
    }
# Things the typesetter reported (a missing font…), after the message above.
pdf-card-note = Note: { $warnings }

## The command line (`lifeboat export-pdf`), in the terminal's language; the prompt and its errors are cli.ftl's.

pdf-cli-warning = warning: { $warning }
pdf-cli-cannot-write = cannot write { $path }: { $error }
pdf-cli-written = { $path }: { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }, { $bytes } bytes

## The PDF

# When the plan has no name.
pdf-title-default = Family plan
# At the top of every page; $date is the day the copy was made ("21 November 2026").
pdf-header-made = Made { $date }
pdf-footer-confidential = Confidential: family copy
pdf-footer-page = Page { $page } of { $pages }
# $date_time is a day and a time of day in UTC ("21 November 2026 at 09:30").
pdf-date-time-utc = { $date_time } UTC
# Between the items of a list inside a line (nationalities, border crossings).
pdf-list-separator = {", "}

pdf-cover-intro = Our plan for leaving in an emergency, printed for family at home. Made on { $date }.
pdf-cover-updated = Plan last changed on { $date }.
pdf-cover-phase = Current phase
pdf-cover-phase-since = since { $date }
# The route the current phase follows, by the name the family gave it.
pdf-cover-phase-route = route: { $route }
pdf-cover-doing = What we are doing

pdf-household-heading = Who this plan is for
pdf-household-name = Name
pdf-household-relationship = Relationship
pdf-household-nationality = Nationality
pdf-household-born = Born
pdf-household-medical = Medical
pdf-household-lives = Lives in · notes
# The person who keeps the plan, in the relationship column.
pdf-household-owner = Plan owner
# A pet's relationship as the user wrote it ("cat").
pdf-household-pet = { $relationship } (pet)
pdf-household-blood-type = Blood type { $blood_type }
# $languages: the languages a person speaks, as codes ("fa, en").
pdf-household-speaks = speaks { $languages }

pdf-advisories-heading = Travel advisories
pdf-advisories-none = No advisory data yet. Lifeboat had not fetched any government travel advisory when this copy was made.
pdf-advisories-scale = Highest level per country at the time this copy was made, on one scale from 1 (normal precautions) to 4 (do not travel).
pdf-advisories-country = Country
pdf-advisories-level = Level
pdf-advisories-meaning = Meaning
pdf-advisories-source = Source
pdf-advisories-wording = Their wording
pdf-advisories-updated = Updated
# The one 1–4 scale every government's advice is read onto, in words (the Meaning column).
pdf-advisory-level-1 = Normal precautions
pdf-advisory-level-2 = Increased caution
pdf-advisory-level-3 = Reconsider travel
pdf-advisory-level-4 = Do not travel
pdf-advisory-level-unknown = Unknown level

pdf-instructions-heading = If you cannot reach us
pdf-instructions-none = No instructions written yet.
pdf-call-first-heading = Call first
pdf-call-first-who = Who
pdf-call-first-role = Role
pdf-call-first-phone = Phone
pdf-leave-now-heading = If we have to leave now
pdf-tripwires-heading = What makes us change phase
pdf-tripwires-when = When
pdf-tripwires-phase = We move to
pdf-tripwires-notes = Notes
# The advisory watch's own tripwires. $level is one of the two messages below; $government a government's
# short name (plan-government-…).
pdf-tripwire-any-government = any government's travel advice for { $country } reaches { $level }
pdf-tripwire-government = the { $government } government's travel advice for { $country } reaches { $level }
pdf-tripwire-level-top = level 4 (do not travel)
pdf-tripwire-level-or-higher = level { $level } or higher

# A contact who answers at any hour (a small tag beside the name).
pdf-tag-24-7 = 24/7
pdf-contacts-heading = Contacts
pdf-contacts-none = No contacts in the plan.
# $tag is the 24/7 tag itself, drawn as a small box.
pdf-contacts-intro = In the order to call them. { $tag } means they answer at any hour.
pdf-contacts-number = #
pdf-contacts-who = Who
pdf-contacts-phones = Phone and messengers
pdf-contacts-other = E-mail, address, notes
# $app is Signal, WhatsApp…; $handle the number or name on it.
pdf-messenger = { $app }: { $handle }

pdf-routes-heading = Routes out
pdf-routes-none = No routes in the plan.
# Routes are tried in this order: Plan A first. $letter is A, B, C…
pdf-route-letter = Plan { $letter }
# Before a route's name when it does not start with its letter already.
pdf-route-named = { $letter }: { $name }
pdf-route-status-closed = Closed: do not use
pdf-route-verified = last verified { $date }
pdf-route-never-verified = last verified never
pdf-route-border = border: { $crossings }
pdf-legs-number = #
pdf-legs-from-to = From → to
# Between the two ends of a leg, pointing the way the text reads.
pdf-leg-arrow = →
pdf-legs-by = By
pdf-legs-time = Time
pdf-legs-border = Border
pdf-legs-needs = Needs · notes
# $kind is a need's kind (Visa, Cash…), $detail what the user wrote.
pdf-need = { $kind }: { $detail }
pdf-duration-minutes = { $minutes } min
pdf-duration-hours = { $hours } h
pdf-duration-hours-minutes = { $hours } h { $minutes } min
pdf-rally-points = Rally points

pdf-documents-heading = Documents
pdf-documents-last4 = Numbers show only their last characters; the full numbers are in the plan file.
pdf-documents-hidden = Document numbers are not printed in this copy.
pdf-documents-none = No documents in the plan.
pdf-documents-document = Document
pdf-documents-holder = Holder
pdf-documents-number = Number
pdf-documents-expires = Expires
pdf-documents-original = Original is
pdf-documents-copies = Copies · notes
pdf-documents-expired = expired
# A document with the title the user gave it: "Passport: Reza's old passport".
pdf-document-titled = { $kind }: { $title }
# Where a copy is: "Paper: with Mireille in Lyon".
pdf-copy = { $medium }: { $location }

pdf-checklists-heading = Checklists
pdf-checklists-none = No checklists in the plan.
pdf-checklist-progress = ({ $done } of { $total } done)
pdf-checklists-item = Item · notes
pdf-checklists-quantity = Quantity · use by
pdf-item-quantity = × { $quantity }
pdf-item-use-by = use by { $date }

## The map page, after the cover: the routes drawn over the borders (the map's own words are map.ftl's).

pdf-map-heading = Map of the routes
# Under the map when countries on it are shaded; in black and white the shades are the only sign of the levels.
pdf-map-shading = Countries are shaded by their highest travel advisory level: the darker, the higher.
pdf-map-unplaced-heading = Not on the map
# A leg whose start or end has no place on the map yet. $route is the route's name as the user wrote it. A sentence
# with words between the two places (not the routes table's arrow), as a note under the map reads.
pdf-map-unplaced-leg = { $route }: leg from { $from } to { $to }, no place on the map yet
pdf-map-unplaced-crossing = { $route }: crossing { $crossing }, no place on the map yet
# The map's data and their licences; the names stay in Latin letters in every language.
pdf-map-sources = Sources: borders from Natural Earth (public domain); places from GeoNames (CC BY 4.0); airports from OurAirports (public domain).
