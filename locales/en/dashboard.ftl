# The dashboard: the current phase and what to do, the watch's suggestion, the advisories at a glance, readiness,
# checklists and the plan's counts. Phase and section names are plan.ftl's; the advisory words are advisories.ftl's.

# When readiness was last worked out; $date is a day ("Nov 25, 2026").
dashboard-checked-on = Checked { $date }

## The watch's suggestion to change phase (the user decides)

# Why: a government's level. $government is plan-government-*'s label, $country the country's name.
dashboard-suggestion-level = { $government }: { $country } at level { $level }
# Why: an alert or an advisory update; $source is the government or the U.S. Embassy, $title the alert's own title.
dashboard-suggestion-alert = { $source }: { $title }
# Follows the reason. $phase is the phase's name (plan-phase-*), shown in bold.
dashboard-suggestion-by-tripwire = — your tripwire suggests { $phase }.
dashboard-suggestion-by-rule = — no tripwire of yours covers { $country }, so Lifeboat’s built-in rule suggests { $phase }.
dashboard-suggestion-accept = Switch to { $phase }
dashboard-suggestion-dismiss = Not now

## The current phase

dashboard-current-phase = Current phase
# $time is a date and time.
dashboard-phase-since = since { $time }
dashboard-change-phase = Change phase
dashboard-what-to-do = What to do now
dashboard-no-instructions = No instructions for this phase yet.
# $section is the Phases section's name (plan-section-phases).
dashboard-write-instructions = Write them in { $section }
dashboard-route = Route
dashboard-unnamed-route = Unnamed route
dashboard-route-none = none set
dashboard-checklists = Checklists
dashboard-checklists-none = none linked
# Items done of all items in a checklist.
dashboard-progress = { $done }/{ $total }

## Travel advisories at a glance

dashboard-advisories = Travel advisories
dashboard-open-advisories = Open Advisories
dashboard-loading = Loading…
# $household is the Household section's name (plan-section-household).
dashboard-advisories-empty = No country is watched yet: add your residence in { $household } or a route to start watching.
# A country's name as a button, for a screen reader.
dashboard-show-advisories = { $country }: show the advisories
dashboard-latest-high = Newest high-priority alert
dashboard-disagree = disagree
    .title = Governments differ by 2 levels or more
dashboard-leave-now-advised = Leave now advised

## Readiness, checklists and counts

dashboard-readiness = Readiness
dashboard-readiness-ok = No problems found. Keep the plan current.
# The button beside a readiness finding; .label is its full name for a screen reader and starts with the same word.
dashboard-fix = Fix
    .label = Fix in { $section }
dashboard-checklists-empty = No checklists yet.
dashboard-untitled-list = Untitled list
dashboard-counts = In the plan
    .people = People
    .pets = Pets
    .documents = Documents
    .expiring = Expired or < 6 months
    .contacts = Contacts
    .routes-open = Routes open
    .tripwires = Tripwires
# Routes not closed, of all routes.
dashboard-routes-open = { $open } / { $total }
