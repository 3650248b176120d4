# Die Beobachtung der Reise- und Sicherheitshinweise: Benachrichtigungen, das Symbol im Infobereich (der App und der Hintergrundbeobachtung) und Meldungen im Bereich Reisehinweise.

watch-level-changed = { $country } — { $government }: Stufe { $level }, { $wording } (zuvor { $from })
watch-leave-now-added = { $country } — { $government }: jetzt ausreisen (Stufe { $level }, { $wording })
watch-leave-now-body = Die Regierung fordert ihre Staatsangehörigen dort jetzt zur Ausreise auf.
watch-regional-level = Teile des Landes: Stufe { $level }.
watch-update = { $country } — { $publisher }: { $title }
watch-publisher-us-embassy = US-Botschaft
watch-suggested = Vorschlag: { $phase } ({ $reason }). Öffnen Sie Lifeboat, um zu entscheiden.
watch-suggested-with-plan = Vorschlag: { $phase } ({ $reason }). Ihr Plan: { $plan }
watch-your-plan = Ihr Plan: { $plan }
watch-action-open-in-lifeboat = In Lifeboat öffnen
watch-action-open-page = Öffnen
watch-tray-not-started = Beobachtung der Reisehinweise: zum Starten einmal entsperren
watch-tray-checking = Beobachtung der Reisehinweise: wird geprüft…
watch-tray-no-data = Beobachtung der Reisehinweise: noch keine Daten
watch-tray-highest = Höchste Stufe der beobachteten Länder: { $level } von { $max }
watch-tray-none-reached = Keine Regierung war erreichbar
watch-tray-none-reached-since = Seit { $when } ist keine Regierung erreichbar
watch-tray-some-unreached = { $count ->
        [one] { $governments } war nicht erreichbar
       *[other] { $governments } waren nicht erreichbar
    }
watch-tray-embassy-alerts-unread = Die Warnungen der US-Botschaft konnten nicht gelesen werden
watch-tray-suggested = Vorschlag: { $phase } — öffnen Sie Lifeboat, um zu entscheiden
watch-list-and = { $list } und { $last }
watch-list-comma = { $list }, { $next }
watch-tray-open = Lifeboat öffnen
watch-tray-check-now = Reisehinweise jetzt prüfen
watch-tray-lock = Sperren
watch-tray-quit = Lifeboat beenden
watch-notice-set-aside = Der gespeicherte Verlauf der Reisehinweise konnte nicht gelesen werden: { $problem }. Er wurde als { $path } aufbewahrt, und die Beobachtung hat neu begonnen; die erste Prüfung erfasst die aktuellen Stufen ohne Benachrichtigungen.
watch-notice-not-moved = Der gespeicherte Verlauf der Reisehinweise konnte weder gelesen ({ $problem }) noch beiseitegelegt werden ({ $error }); die Beobachtung läuft, speichert aber nichts, bis das behoben ist.
watch-problem-newer = er wurde von einer neueren Version von Lifeboat geschrieben (Format { $format })
watch-problem-invalid = er ist ungültig ({ $error })
watch-notice-round-failed = Eine Prüfung der Reisehinweise ist unerwartet fehlgeschlagen; die Beobachtung läuft weiter und versucht es erneut.
watch-notice-save-failed = Die Beobachtung der Reisehinweise konnte ihren Zustand nicht speichern: { $error }
watch-notice-notify-failed = Ein Reisehinweis hat sich geändert, aber die Desktop-Benachrichtigung konnte nicht angezeigt werden ({ $error }); siehe den Verlauf unten.
