# The advisory watch: desktop notifications, the tray (the app's and the background watch's, which say the same),
# and the notices the Advisories section shows about the watch itself.
# Country names ($country) are in the notification's language (countries.ftl). A government's own words
# ($wording, $title) are quoted as it wrote them. Government and phase names come from plan.ftl (plan-government-*, plan-phase-*).

## Notifications. The summary is the bold first line; the body follows it.

# A government moved its level for a country: "Iran — US: Level 4, Do Not Travel (was 3)". $level and $from run
# from 1 to 4; $wording is the government's name for the new level.
watch-level-changed = { $country } — { $government }: Level { $level }, { $wording } (was { $from })
# The level stayed, but the government now tells its citizens to leave: "Iran — UK: leave now (Level 4, Advise
# against all travel)".
watch-leave-now-added = { $country } — { $government }: leave now (Level { $level }, { $wording })
# Under a level change that came with the instruction to leave.
watch-leave-now-body = The government now tells its citizens there to leave.
# Parts of the country are at a higher level than the country as a whole.
watch-regional-level = Parts of the country: Level { $level }.
# A new alert or advisory update: "Iran — U.S. Embassy: Security Alert – …". $publisher is the embassy or a
# government (plan-government-*); $title is the alert's own title.
watch-update = { $country } — { $publisher }: { $title }
# Who publishes the US embassies' security alerts.
watch-publisher-us-embassy = U.S. Embassy
# The watch's suggestion, the notification's last line. $phase is a phase's name (plan-phase-*); $reason says
# why, as the dashboard does ("US: Iran at level 4").
watch-suggested = Suggested: { $phase } ({ $reason }). Open Lifeboat to decide.
# The same when the user wrote a plan for that phase and lets it into notifications: $plan is that plan, as the
# user wrote it ("Leave now — Route A (Plan A): IKA → IST").
watch-suggested-with-plan = Suggested: { $phase } ({ $reason }). Your plan: { $plan }
# No suggestion, but the plan is already above normal: the user's plan for the current phase.
watch-your-plan = Your plan: { $plan }
# A notification's buttons: the click on the notification itself, and the official page.
watch-action-open-in-lifeboat = Open in Lifeboat
watch-action-open-page = Open

## The tray: a status line (never a country's name: anyone near the screen sees it) and the menu.

watch-tray-not-started = Advisory watch: unlock once to start
watch-tray-checking = Advisory watch: checking…
watch-tray-no-data = Advisory watch: no data yet
# The highest level any watched country is at, on the 1 to 4 scale every government's advice is read onto.
watch-tray-highest = Highest watched level: { $level } of { $max }
watch-tray-none-reached = No government could be reached
# $when is a time today ("14:05") or another day and time ("Dec 2, 14:05"), already formatted.
watch-tray-none-reached-since = No government could be reached since { $when }
# $governments is a list of government names (watch-list-*); $count how many.
watch-tray-some-unreached = { $count ->
       *[other] { $governments } could not be reached
    }
# Only a watched country's U.S. embassy alert feed failed (the US's levels may have answered).
watch-tray-embassy-alerts-unread = The U.S. Embassy's alerts could not be read
# $phase is a phase's name (plan-phase-*).
watch-tray-suggested = Suggested: { $phase } — open Lifeboat to decide
# Lists of names, built a name at a time: "Canada, Germany and the UK".
watch-list-and = { $list } and { $last }
watch-list-comma = { $list }, { $next }
watch-tray-open = Open Lifeboat
watch-tray-check-now = Check advisories now
watch-tray-lock = Lock
watch-tray-quit = Quit Lifeboat

## Notices in the Advisories section about the watch itself

# $problem is watch-problem-* or a technical reason; $path where the unreadable file was kept.
watch-notice-set-aside = The saved advisory history could not be read: { $problem }. It was kept as { $path } and the watch started afresh; the first check records current levels without alerts.
watch-notice-not-moved = The saved advisory history could not be read ({ $problem }) nor moved aside ({ $error }); the watch runs but saves nothing until this is fixed.
watch-problem-newer = it was written by a newer Lifeboat (format { $format })
watch-problem-invalid = it is not valid ({ $error })
watch-notice-round-failed = An advisory check failed unexpectedly; the watch goes on and will try again.
watch-notice-save-failed = The advisory watch could not save its state: { $error }
watch-notice-notify-failed = An advisory changed but the desktop notification could not be shown ({ $error }); see the history below.
