# The Advisories section, the advisory timeline and the words of the advisory watch the dashboard shares, and the
# country pickers that came with the watch. Governments' names and the phases are plan.ftl's (plan-government-*,
# plan-phase-*); a government's own wording ("Level 4: Do Not Travel") is shown as it published it, never here.

# Before the highest level of all watched countries, which follows as a badge ("Level 4").
advisories-highest = Highest:
advisories-check-now = Check now
advisories-checking = Checking…
advisories-checking-governments = Checking the governments now…
# $ago is a relative time in its own element: "3 minutes ago".
advisories-checked-ago = Checked { $ago }
# $when is a relative time ("in 57 minutes") or advisories-due-now.
advisories-next-round = next { $when }
advisories-due-now = due now
# How often the watch checks now. $fast names the feeds checked most often (one of the three -fast- names below),
# $minutes their interval; the other advisories are checked every hour or, $others, every 10 minutes.
advisories-interval-fast-both = U.S. Embassy alerts and UK advice
advisories-interval-fast-embassy = U.S. Embassy alerts
advisories-interval-fast-uk = UK advice
advisories-interval-fast = { $fast } every { $minutes } min
advisories-interval-fast-hourly = { $fast } every { $minutes } min, the other advisories every hour
advisories-interval-fast-others = { $fast } every { $minutes } min, the other advisories every { $others } min
# Neither UK advice nor U.S. Embassy alerts are watched: only the other advisories.
advisories-interval-hourly = every hour
advisories-interval-hot = every { $minutes } min while a watched country is at level 3+ or your plan is above normal
advisories-interval = every { $minutes } min
# The whole rule, as the interval line's tooltip: $alerts is 15, $alerts_hot 5, $others_hot 10.
advisories-interval-rule = U.S. Embassy alerts and UK advice: every { $alerts } min, every { $alerts_hot } min while a watched country is at level 4 or your plan is above normal. The other advisories: every hour, every { $others_hot } min while a watched country is at level 3 or above or your plan is above normal.
# $error is the backend's own message.
advisories-watch-error = The advisory watch could not be read: { $error }
advisories-try-again = Try again
advisories-loading = Loading the advisory watch…
advisories-no-governments = No government is selected below, so nothing is watched. Tick at least one in the watch settings.
advisories-empty = No country is watched yet.
# $household and $routes are links named as the sections are (plan-section-household, plan-section-routes).
advisories-empty-how = Add your residence in { $household } or a route in { $routes } to start watching, or add a country in the settings below.

## Relative times the watch shows beside Intl's ("3 minutes ago")

advisories-time-just-now = just now
advisories-time-under-a-minute = in less than a minute

## A country's card

# A level on the common 1–4 scale, on its coloured badge: the number in words, never colour alone.
advisories-level = Level { $level }
# The country's highest level across the governments.
advisories-level-highest = Highest: level { $level }
advisories-level-none = no level
# A level's tooltip: $label is the government's own wording of it.
advisories-level-title = { $government }: level { $level }, { $label }
advisories-disagree = Governments disagree
    .title = Two governments differ by 2 levels or more: read both.
    .hint = The governments below differ by two levels or more: read each of them.
# Followed by the reasons, separated by dots.
advisories-watched-because = Watched because:
advisories-reason-residence = you live here
advisories-reason-route = on route { $route }
advisories-reason-route-unnamed = on a route without a name
advisories-reason-added = added by you
# The list of governments' columns, for a screen reader.
advisories-advice-for = Advice for { $country }, by government
advisories-leave-now = Leave now: this government tells its citizens to leave
# The government's highest level in part of the country, above its level for the whole.
advisories-regional = parts: level { $level }
advisories-published = Published
advisories-checked = Checked
# When this computer read it: a timestamp follows.
advisories-seen = seen by this computer
# $ago is a relative time: "7 hours ago".
advisories-stale-since = Stale: last confirmed { $ago }
advisories-stale-never = Stale: never confirmed
advisories-stale = Stale
advisories-official-page = Official page
# The button's full name for a screen reader. $source is a government or advisories-source-us-embassy.
advisories-official-page-for = Official page: { $source } on { $country }
advisories-not-reached = Not reached
advisories-not-checked = Not checked yet
advisories-not-checked-hint = Not checked yet.
advisories-no-advice = No advice from this government for { $country } yet.
# A name and what is said of it: "Canada: could not be reached since 14:05", "UK: Advice against all travel".
advisories-named = { $name }: { $text }
advisories-summaries = What each government says

## Who published it, and why a feed could not be read

# The US embassies' security alerts, as the embassies sign them.
advisories-source-us-embassy = U.S. Embassy
# $time is a clock time ("14:05") or a day and time ("Dec 2, 14:05").
advisories-feed-unreachable = { $source }: could not be reached
advisories-feed-unreachable-since = { $source }: could not be reached since { $time }
# The embassy's alert feed failed (its site refused or did not answer): never "no new alerts".
advisories-feed-down = { $source }: source down
advisories-feed-down-since = { $source }: source down since { $time }
advisories-unreachable = could not be reached
advisories-unreachable-since = could not be reached since { $time }
# A failure with its cause in a few words: "could not be reached (server error)".
advisories-with-reason = { $text } ({ $reason })
advisories-error-timeout = no answer in time
advisories-error-connect = no connection
advisories-error-transport = connection broken
advisories-error-rate-limited = too many requests
advisories-error-server = server error
advisories-error-refused = request refused
advisories-error-challenge-page = blocked by a check page
advisories-error-redirects = redirected in circles
advisories-error-too-large = answer too large
advisories-error-implausible = answer looked wrong, kept the last good data
advisories-error-unreadable = answer could not be read
advisories-error-other = error

## Whether the last rounds reached the governments (Advisories status line and dashboard)

advisories-reach-all = checked
advisories-reach-all-at = checked at { $time }
# When some feeds answered and some did not, the line is made of clauses joined by advisories-reach-then, the
# first letter of the whole made a capital: "UK and Canada could not be reached; the U.S. Embassy's alerts for Iran
# could not be read (source down since 06:25); US was checked at 06:25".
# $governments is a list: "Canada and Germany", the governments whose advisory feed failed.
advisories-reach-failed = { $governments } could not be reached
# The U.S. embassies' alert feeds failed (the US advisory itself may have answered). $countries is a list: "Iran and
# Iraq"; $time when the first of them went down.
advisories-reach-embassy-down = the U.S. Embassy's alerts for { $countries } could not be read (source down)
advisories-reach-embassy-down-since = the U.S. Embassy's alerts for { $countries } could not be read (source down since { $time })
# The governments whose advisory feed answered, as a list; $count is how many.
advisories-reach-checked = { $count ->
        [one] { $governments } was checked
       *[other] { $governments } were checked
    }
advisories-reach-checked-at = { $count ->
        [one] { $governments } was checked at { $time }
       *[other] { $governments } were checked at { $time }
    }
# No government's advisory feed answered, but the U.S. embassies' alert feeds did.
advisories-reach-embassy-read = the U.S. Embassy's alerts were read
advisories-reach-embassy-read-at = the U.S. Embassy's alerts were read at { $time }
# Two clauses, the second after the first.
advisories-reach-then = { $first }; { $then }
# Stands for $governments when the list is unknown.
advisories-reach-some-governments = Some governments
advisories-reach-none = No government could be reached; there are no levels to show yet
advisories-reach-none-since = No government could be reached since { $time }; there are no levels to show yet
# $day is a day: "December 2".
advisories-reach-none-data = No government could be reached; the levels shown are from { $day }
advisories-reach-none-since-data = No government could be reached since { $time }; the levels shown are from { $day }

## The timeline: levels, advisory updates and embassy alerts, newest first

advisories-timeline = Timeline
advisories-timeline-label = Timeline for { $country }, newest first
advisories-timeline-show-all = Show all { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } ({ $hidden } more)
advisories-timeline-show-fewer = Show fewer
advisories-history-baseline = first seen
# An embassy alert already published when the watch first read the embassy's feed.
advisories-history-alert-baseline = Security alert, already published at the first check
advisories-history-changed = level { $from } → { $level }
advisories-history-now-level = now level { $level }
advisories-history-reissued = re-issued, same level
advisories-history-leave-now-given = “leave now” advice given
advisories-history-leave-now-changed = “leave now” advice changed
advisories-history-alert = Security alert
advisories-history-update = Advisory update
advisories-history-alert-edited = Alert text edited
advisories-history-update-edited = Update text edited
advisories-priority-high = High priority
advisories-priority-normal = Normal priority
advisories-priority-low = Low priority
# $priority is one of the three above; $reason the rule's reason, as the watch recorded it.
advisories-priority-with-reason = { $priority } — { $reason }
# Why the watch gave an alert or update its priority, one per rule (lifeboat_advisory::priority::Rule); shown
# as $reason above. Entries recorded before these codes show the English words the watch stored.
advisories-rule-leave-now = tells people to leave
advisories-rule-evacuation = reports an evacuation
advisories-rule-ordered-departure = reports an ordered departure
advisories-rule-staff-withdrawn = reports staff withdrawn
advisories-rule-embassy-closed = reports an embassy closing or closed
advisories-rule-airport-closed = reports an airport or airspace closing or closed
advisories-rule-border-closed = reports a border closing or closed
advisories-rule-curfew = reports a curfew
advisories-rule-reissued-without-amendment = reviewed and reissued without amendment
advisories-rule-editorial = editorial change only
advisories-rule-no-level-change = no change to the level or risk indicators
advisories-rule-new-item = a new alert or update
advisories-rule-level-rose = the level rose
advisories-rule-level-lowered = the level was lowered
advisories-rule-no-longer-leave-now = no longer tells people to leave

## The governments table

advisories-governments = Governments
    .government = Government
    .watched = Watched
    .last-success = Last success
    .last-attempt = Last attempt
    .countries = Countries
    .state = State
advisories-watched-yes = yes
advisories-watched-off = off
advisories-never = never
advisories-ok = OK

## Watch settings

advisories-settings = Watch settings
advisories-settings-governments = Governments to read
advisories-settings-also-watch = Also watch (besides your residence and your routes)
advisories-settings-added-countries = Countries you added to the watch
advisories-settings-background = Notifications and background
advisories-settings-notify = Notify me when a watched country's level changes
advisories-settings-plan-in-notifications = Show my plan's instruction in notifications
    .hint = Notifications can appear on a locked screen: anyone who sees it reads the instruction (“Your plan: Leave now — Route A…”). Untick to keep them to the level alone.
advisories-settings-close-to-tray = Closing the window keeps the watch running in the tray
    .hint = The plan locks when the window closes; the watch keeps checking.
advisories-settings-start-at-login = Start Lifeboat at login (in the tray)

