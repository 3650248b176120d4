# The Routes section: the ways out in order of preference, each with its legs (from, to, border crossing, what
# each leg needs) and its rally points.

routes-intro = In order of preference: the first open route is Plan A.
routes-add = + Add route
routes-empty = No routes yet. Add Plan A, then at least one alternate in case it closes.
# The name a new route starts with (the user can change it): $letter is A for the first route, B for the
# second…, a number after Z. Stays a Latin letter in every locale: routes are called Plan A, Plan B.
routes-new-name = Plan { $letter }
# Tooltip of the route's number in the order of preference.
routes-rank = Preference
routes-unnamed = Unnamed route
routes-move-up = Move { $name } up
routes-move-down = Move { $name } down
routes-remove = Remove
# What the Remove button says to a screen reader.
routes-remove-label = Remove route
routes-remove-confirm = { $legs ->
        [one] Remove the route “{ $name }” and its { $legs } leg?
       *[other] Remove the route “{ $name }” and its { $legs } legs?
    }

routes-name = Name
# Shown under an empty name until the backend says more.
routes-name-missing = give the route a name
routes-status = Status
routes-last-verified = Last verified
routes-verified-today = Verified today
routes-summary = Summary
routes-summary-placeholder = Tehran to Van by road via Bazargan

routes-legs = Legs
# A leg's heading: $number counts the legs of the route from 1.
routes-leg = Leg { $number }
# The chip naming a leg's border crossing ("Border: Bazargan / Gürbulak").
routes-leg-border = Border: { $crossing }
routes-leg-move-up = Move leg { $number } up
routes-leg-move-down = Move leg { $number } down
routes-leg-remove = Remove leg { $number }
# $from and $to are the places the user typed ("IKA", "Istanbul (IST)"); "…" when empty. The arrow points the
# way the sentence reads (← in Persian and Arabic).
routes-leg-remove-confirm = Remove the leg { $from } → { $to }?
routes-leg-from = From
routes-leg-from-country = From country
routes-leg-to = To
routes-leg-to-country = To country
routes-leg-mode = Mode
routes-leg-expected-time = Expected time (h:mm)
routes-leg-expected-time-invalid = use h:mm (3:30) or minutes (210)
routes-leg-border-crossing = Border crossing
routes-leg-border-crossing-placeholder = Bazargan / Gürbulak
routes-leg-notes = Leg notes
routes-leg-add = + Add leg

# What a leg needs (a document, a visa, cash, fuel…): the kinds are plan.ftl's.
routes-needs = Needs
routes-needs-of-leg = Needs for leg { $number }
routes-need-kind = Need kind
routes-need-detail = Detail
routes-need-detail-placeholder = USD 300 per adult
routes-need-document = Linked document
routes-need-no-document = — no document —
routes-need-document-removed = (removed document)
# A document in the list a need links to: $document is its title or its kind, $holder the person's name.
routes-need-document-of = { $document } – { $holder }
routes-need-remove = Remove need { $number }
routes-need-add = + Need

routes-rally-points = Rally points
routes-rally-name = Name
routes-rally-address = Address
routes-rally-notes = Notes
routes-rally-remove = Remove rally point { $number }
routes-rally-add = + Rally point

routes-notes = Notes

## The map above the legs, and each leg's places on it

routes-map-title = The routes on the map
routes-map-drawing = Drawing the map…
routes-map-failed = The map could not be drawn. { $error }
routes-map-empty = No leg is on the map yet. Under each leg, give its start and its end a place to see its line.
routes-map-unplaced-title = Not on the map yet:
routes-map-unplaced-crossing = the crossing { $crossing }
routes-map-legs = The routes on the map, leg by leg:
routes-map-leg = { $from } to { $to }
routes-map-leg-via = { $from } to { $to }, crossing at { $crossing }
routes-map-leg-drawn = on the map
routes-map-leg-not-drawn = not on the map yet
routes-map-pick-hint = Click the map where { $place } is. Escape cancels.
routes-map-pick-cancel = Cancel
routes-place-title = On the map:
routes-place-group = Places of leg { $number } on the map
routes-place-from = Start
routes-place-to = End
routes-place-crossing = Crossing
routes-place-none = no place yet
routes-place-of-leg = { $place } of leg { $number }
routes-place-of-leg-named = { $place } of leg { $number } ({ $name })
routes-place-chip-label = { $place } on the map: { $state }
routes-place-point = { $lat }, { $lon }
routes-place-find = Find the place for { $place }: a town, an airport or a border crossing
routes-place-find-placeholder = Tehran, تهران, IKA, Bazargan…
routes-place-hits = Places found
routes-place-no-hits = No place of that name in the offline list. Type its coordinates below, or click it on the map.
routes-place-kind-town = town, { $countries }
routes-place-kind-airport = airport of { $town }, { $countries }
routes-place-kind-crossing = border crossing, { $countries }
routes-place-coordinates = Or its coordinates (latitude, longitude):
routes-place-coordinates-placeholder = 35.6892, 51.3890
routes-place-coordinates-set = Use these
routes-place-coordinates-invalid = Two numbers: the latitude (−90 to 90), then the longitude (−180 to 180), as in 35.6892, 51.3890.
routes-place-on-map = Pick on the map
routes-place-clear = Take off the map
routes-place-close = Close
routes-place-sources = Places: GeoNames (CC BY 4.0); airports: OurAirports (public domain); border crossings: Lifeboat's own list. All on this computer, no network.
