# The Advisories section, the advisory timeline and the words of the advisory watch the dashboard shares, and the
# country pickers that came with the watch.

advisories-highest = Höchste:
advisories-check-now = Jetzt prüfen
advisories-checking = Wird geprüft…
advisories-checking-governments = Die Regierungen werden jetzt abgefragt…
advisories-checked-ago = Geprüft { $ago }
advisories-next-round = nächste Prüfung { $when }
advisories-due-now = jetzt fällig
advisories-interval-fast-both = Warnungen der US-Botschaft und britische Reisehinweise
advisories-interval-fast-embassy = Warnungen der US-Botschaft
advisories-interval-fast-uk = britische Reisehinweise
advisories-interval-fast = { $fast } alle { $minutes } Min.
advisories-interval-fast-hourly = { $fast } alle { $minutes } Min., die übrigen Reisehinweise stündlich
advisories-interval-fast-others = { $fast } alle { $minutes } Min., die übrigen Reisehinweise alle { $others } Min.
advisories-interval-hourly = stündlich
advisories-interval-rule = Warnungen der US-Botschaft und britische Reisehinweise: alle { $alerts } Min., alle { $alerts_hot } Min., solange ein beobachtetes Land auf Stufe 4 steht oder Ihr Plan über „Normal“ liegt. Die übrigen Reisehinweise: stündlich, alle { $others_hot } Min., solange ein beobachtetes Land auf Stufe 3 oder höher steht oder Ihr Plan über „Normal“ liegt.
advisories-interval-hot = alle { $minutes } Min., solange ein beobachtetes Land auf Stufe 3 oder höher steht oder Ihr Plan über „Normal“ liegt
advisories-interval = alle { $minutes } Min.
advisories-watch-error = Die Beobachtung der Reisehinweise konnte nicht gelesen werden: { $error }
advisories-try-again = Erneut versuchen
advisories-loading = Beobachtung der Reisehinweise wird geladen…
advisories-no-governments = Unten ist keine Regierung ausgewählt, daher wird nichts beobachtet. Wählen Sie in den Einstellungen der Beobachtung mindestens eine aus.
advisories-empty = Noch wird kein Land beobachtet.
advisories-empty-how = Tragen Sie Ihren Wohnort unter { $household } oder eine Route unter { $routes } ein, um die Beobachtung zu beginnen, oder fügen Sie unten in den Einstellungen ein Land hinzu.

advisories-time-just-now = gerade eben
advisories-time-under-a-minute = in weniger als einer Minute

advisories-level = Stufe { $level }
advisories-level-highest = Höchste Stufe: { $level }
advisories-level-none = keine Stufe
advisories-level-title = { $government }: Stufe { $level }, { $label }
advisories-disagree = Regierungen uneinig
    .title = Zwei Regierungen liegen 2 oder mehr Stufen auseinander: Lesen Sie beide.
    .hint = Die Regierungen unten liegen zwei oder mehr Stufen auseinander: Lesen Sie jede von ihnen.
advisories-watched-because = Beobachtet, weil:
advisories-reason-residence = Sie hier wohnen
advisories-reason-route = auf der Route { $route }
advisories-reason-route-unnamed = auf einer Route ohne Namen
advisories-reason-added = von Ihnen hinzugefügt
advisories-advice-for = Hinweise zu { $country }, nach Regierung
advisories-leave-now = Jetzt ausreisen: Diese Regierung fordert ihre Staatsangehörigen zur Ausreise auf
advisories-regional = teilweise: Stufe { $level }
advisories-published = Veröffentlicht
advisories-checked = Geprüft
advisories-seen = von diesem Computer gesehen
advisories-stale-since = Veraltet: zuletzt bestätigt { $ago }
advisories-stale-never = Veraltet: nie bestätigt
advisories-stale = Veraltet
advisories-official-page = Offizielle Seite
advisories-official-page-for = Offizielle Seite: { $source } zu { $country }
advisories-not-reached = Nicht erreicht
advisories-not-checked = Noch nicht geprüft
advisories-not-checked-hint = Noch nicht geprüft.
advisories-no-advice = Von dieser Regierung gibt es noch keine Hinweise zu { $country }.
advisories-named = { $name }: { $text }
advisories-summaries = Was jede Regierung sagt

advisories-source-us-embassy = US-Botschaft
advisories-feed-unreachable = { $source }: nicht erreichbar
advisories-feed-unreachable-since = { $source }: nicht erreichbar seit { $time }
advisories-feed-down = { $source }: Quelle ausgefallen
advisories-feed-down-since = { $source }: Quelle ausgefallen seit { $time }
advisories-unreachable = nicht erreichbar
advisories-unreachable-since = nicht erreichbar seit { $time }
advisories-with-reason = { $text } ({ $reason })
advisories-error-timeout = keine rechtzeitige Antwort
advisories-error-connect = keine Verbindung
advisories-error-transport = Verbindung abgebrochen
advisories-error-rate-limited = zu viele Anfragen
advisories-error-server = Serverfehler
advisories-error-refused = Anfrage abgelehnt
advisories-error-challenge-page = durch eine Prüfseite blockiert
advisories-error-redirects = Weiterleitungen im Kreis
advisories-error-too-large = Antwort zu groß
advisories-error-implausible = Antwort wirkte fehlerhaft, die letzten guten Daten wurden behalten
advisories-error-unreadable = Antwort nicht lesbar
advisories-error-other = Fehler

advisories-reach-all = geprüft
advisories-reach-all-at = geprüft um { $time }
advisories-reach-failed = nicht erreichbar: { $governments }
advisories-reach-embassy-down = Warnungen der US-Botschaft nicht lesbar ({ $countries }): Quelle ausgefallen
advisories-reach-embassy-down-since = Warnungen der US-Botschaft nicht lesbar ({ $countries }): Quelle ausgefallen seit { $time }
advisories-reach-checked = { $count ->
       *[other] geprüft: { $governments }
    }
advisories-reach-checked-at = { $count ->
       *[other] geprüft um { $time }: { $governments }
    }
advisories-reach-embassy-read = Warnungen der US-Botschaft gelesen
advisories-reach-embassy-read-at = Warnungen der US-Botschaft um { $time } gelesen
advisories-reach-then = { $first }; { $then }
advisories-reach-some-governments = einige Regierungen
advisories-reach-none = Keine Regierung war erreichbar; noch keine Stufen anzuzeigen
advisories-reach-none-since = Keine Regierung ist seit { $time } erreichbar; noch keine Stufen anzuzeigen
advisories-reach-none-data = Keine Regierung war erreichbar; die angezeigten Stufen stammen vom { $day }
advisories-reach-none-since-data = Keine Regierung ist seit { $time } erreichbar; die angezeigten Stufen stammen vom { $day }

advisories-timeline = Verlauf
advisories-timeline-label = Verlauf für { $country }, neueste zuerst
advisories-timeline-show-all = { $count ->
        [one] Den Eintrag anzeigen
       *[other] Alle { $count } Einträge anzeigen
    } ({ $hidden } weitere)
advisories-timeline-show-fewer = Weniger anzeigen
advisories-history-baseline = erstmals gesehen
advisories-history-alert-baseline = Sicherheitswarnung, bei der ersten Prüfung schon veröffentlicht
advisories-history-changed = Stufe { $from } → { $level }
advisories-history-now-level = jetzt Stufe { $level }
advisories-history-reissued = neu herausgegeben, gleiche Stufe
advisories-history-leave-now-given = Aufforderung „jetzt ausreisen“ erteilt
advisories-history-leave-now-changed = Aufforderung „jetzt ausreisen“ geändert
advisories-history-alert = Sicherheitswarnung
advisories-history-update = Aktualisierung der Reisehinweise
advisories-history-alert-edited = Text der Warnung geändert
advisories-history-update-edited = Text der Aktualisierung geändert
advisories-priority-high = Hohe Priorität
advisories-priority-normal = Normale Priorität
advisories-priority-low = Niedrige Priorität
advisories-priority-with-reason = { $priority } — { $reason }
advisories-rule-leave-now = fordert zur Ausreise auf
advisories-rule-evacuation = meldet eine Evakuierung
advisories-rule-ordered-departure = meldet eine angeordnete Ausreise von Personal
advisories-rule-staff-withdrawn = meldet abgezogenes Personal
advisories-rule-embassy-closed = meldet eine geschlossene oder schließende Botschaft
advisories-rule-airport-closed = meldet einen geschlossenen oder schließenden Flughafen oder Luftraum
advisories-rule-border-closed = meldet eine geschlossene oder schließende Grenze
advisories-rule-curfew = meldet eine Ausgangssperre
advisories-rule-reissued-without-amendment = überprüft und ohne Änderung neu herausgegeben
advisories-rule-editorial = nur redaktionelle Änderung
advisories-rule-no-level-change = keine Änderung der Stufe oder der Risikoindikatoren
advisories-rule-new-item = neue Warnung oder Aktualisierung
advisories-rule-level-rose = die Stufe wurde erhöht
advisories-rule-level-lowered = die Stufe wurde gesenkt
advisories-rule-no-longer-leave-now = fordert nicht mehr zur Ausreise auf

advisories-governments = Regierungen
    .government = Regierung
    .watched = Beobachtet
    .last-success = Letzter Erfolg
    .last-attempt = Letzter Versuch
    .countries = Länder
    .state = Zustand
advisories-watched-yes = ja
advisories-watched-off = aus
advisories-never = nie
advisories-ok = OK

advisories-settings = Einstellungen der Beobachtung
advisories-settings-governments = Zu lesende Regierungen
advisories-settings-also-watch = Außerdem beobachten (neben Ihrem Wohnort und Ihren Routen)
advisories-settings-added-countries = Länder, die Sie der Beobachtung hinzugefügt haben
advisories-settings-background = Benachrichtigungen und Hintergrund
advisories-settings-notify = Benachrichtigen, wenn sich die Stufe eines beobachteten Landes ändert
advisories-settings-plan-in-notifications = Die Anweisung meines Plans in Benachrichtigungen zeigen
    .hint = Benachrichtigungen können auf einem gesperrten Bildschirm erscheinen: Wer sie sieht, liest die Anweisung („Ihr Plan: Jetzt ausreisen — Route A…“). Deaktivieren Sie dies, damit sie nur die Stufe nennen.
advisories-settings-close-to-tray = Beim Schließen des Fensters läuft die Beobachtung im Infobereich weiter
    .hint = Der Plan wird gesperrt, wenn das Fenster geschlossen wird; die Beobachtung prüft weiter.
advisories-settings-start-at-login = Lifeboat bei der Anmeldung starten (im Infobereich)
