# The dashboard: the current phase and what to do, the watch's suggestion, the advisories at a glance, readiness,
# checklists and the plan's counts.

dashboard-checked-on = Geprüft am { $date }

dashboard-suggestion-level = { $government }: { $country } auf Stufe { $level }
dashboard-suggestion-alert = { $source }: { $title }
dashboard-suggestion-by-tripwire = — Ihr Auslöser schlägt „{ $phase }“ vor.
dashboard-suggestion-by-rule = — keiner Ihrer Auslöser betrifft { $country }, daher schlägt die eingebaute Regel von Lifeboat „{ $phase }“ vor.
dashboard-suggestion-accept = Zu „{ $phase }“ wechseln
dashboard-suggestion-dismiss = Nicht jetzt

dashboard-current-phase = Aktuelle Phase
dashboard-phase-since = seit { $time }
dashboard-change-phase = Phase wechseln
dashboard-what-to-do = Was jetzt zu tun ist
dashboard-no-instructions = Für diese Phase gibt es noch keine Anweisungen.
dashboard-write-instructions = In { $section } schreiben
dashboard-route = Route
dashboard-unnamed-route = Route ohne Namen
dashboard-route-none = keine festgelegt
dashboard-checklists = Checklisten
dashboard-checklists-none = keine verknüpft
dashboard-progress = { $done }/{ $total }

dashboard-advisories = Reisehinweise
dashboard-open-advisories = Reisehinweise öffnen
dashboard-loading = Wird geladen…
dashboard-advisories-empty = Noch wird kein Land beobachtet: Tragen Sie Ihren Wohnort unter { $household } oder eine Route ein, um zu beginnen.
dashboard-show-advisories = { $country }: Reisehinweise anzeigen
dashboard-latest-high = Neueste Warnung mit hoher Priorität
dashboard-disagree = uneinig
    .title = Regierungen liegen 2 oder mehr Stufen auseinander
dashboard-leave-now-advised = Ausreise empfohlen

dashboard-readiness = Bereitschaft
dashboard-readiness-ok = Keine Probleme gefunden. Halten Sie den Plan aktuell.
dashboard-fix = Beheben
    .label = Beheben in { $section }
dashboard-checklists-empty = Noch keine Checklisten.
dashboard-untitled-list = Liste ohne Titel
dashboard-counts = Im Plan
    .people = Personen
    .pets = Haustiere
    .documents = Dokumente
    .expiring = Abgelaufen oder < 6 Monate
    .contacts = Kontakte
    .routes-open = Offene Routen
    .tripwires = Auslöser
dashboard-routes-open = { $open } / { $total }
