# The Phases section: what to do in each phase (the phases' names and hints are plan.ftl's), the tripwires that
# move the plan from one phase to another, and the advisory tripwires that suggest a phase from a government's
# travel advice level.

phases-intro = Was in jeder Lage zu tun ist – in Ruhe im Voraus entschieden.
phases-current = Aktuell
phases-instructions = Anweisungen
phases-route = Route
phases-no-route = — keine Route —
phases-route-unnamed = Route ohne Namen
phases-route-removed = (entfernte Route)
phases-checklists = Checklisten
phases-no-checklists = Noch keine Checklisten.
phases-checklist-untitled = Liste ohne Titel

phases-tripwires = Auslöser
phases-tripwires-intro = Ereignisse, die Sie in eine andere Phase bringen – festgelegt, bevor Sie unter Druck stehen.
phases-tripwire-condition = Wenn…
phases-tripwire-condition-placeholder = Botschaft rät zur Ausreise
phases-tripwire-phase = …zur Phase wechseln
phases-tripwire-notes = Notizen
phases-tripwire-remove = Auslöser { $number } entfernen
phases-tripwire-remove-confirm = Diesen Auslöser entfernen?
phases-tripwire-add = + Auslöser

phases-advisory-title = Auslöser aus Reise- und Sicherheitshinweisen
phases-advisory-intro = Erreichen die Reise- und Sicherheitshinweise einer Regierung eine Stufe, schlägt Lifeboat eine Phase vor. Sie entscheiden.
phases-advisory-empty = Noch keine. Zum Beispiel: Stufe { $level } von einer beliebigen Regierung für Ihr Aufenthaltsland → jetzt ausreisen.
phases-advisory-country = Land
phases-advisory-level = Stufe ≥
phases-advisory-level-out-of-range = { $level } (außerhalb des Bereichs)
phases-advisory-government = Von
phases-advisory-any-government = beliebige Regierung
phases-advisory-phase = …Phase vorschlagen
phases-advisory-phase-normal = { $phase } (andere wählen)
phases-advisory-remove = Auslöser aus Reisehinweisen { $number } entfernen
phases-advisory-remove-confirm = Diesen Auslöser aus Reise- und Sicherheitshinweisen entfernen?
phases-advisory-add = + Auslöser aus Reisehinweisen

phases-family-title = Wenn Sie uns nicht erreichen
phases-family-hint = Für die Familie zu Hause: was zu tun ist, wer entscheidet, wen man zuerst anruft.
