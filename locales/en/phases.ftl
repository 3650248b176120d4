# The Phases section: what to do in each phase (the phases' names and hints are plan.ftl's), the tripwires that
# move the plan from one phase to another, and the advisory tripwires that suggest a phase from a government's
# travel advice level.

phases-intro = What to do in each situation, decided calmly in advance.
# The chip on the phase the plan is in now.
phases-current = Current
phases-instructions = Instructions
phases-route = Route
phases-no-route = — no route —
phases-route-unnamed = Unnamed route
phases-route-removed = (removed route)
phases-checklists = Checklists
phases-no-checklists = No checklists yet.
phases-checklist-untitled = Untitled list

phases-tripwires = Tripwires
phases-tripwires-intro = Events that move you to another phase, decided before you are under pressure.
# A tripwire reads as one sentence across its fields: "When… [condition] …go to phase [phase]".
phases-tripwire-condition = When…
phases-tripwire-condition-placeholder = Embassy advises leaving
phases-tripwire-phase = …go to phase
phases-tripwire-notes = Notes
phases-tripwire-remove = Remove tripwire { $number }
phases-tripwire-remove-confirm = Remove this tripwire?
phases-tripwire-add = + Tripwire

phases-advisory-title = Advisory tripwires
phases-advisory-intro = When a government's travel advice reaches a level, Lifeboat suggests a phase. You decide.
# Shown while there is no advisory tripwire. $level is a travel advice level (1 to 4). The arrow points the way
# the sentence reads (← in Persian and Arabic).
phases-advisory-empty = None yet. For example: level { $level } from any government for your country of residence → leave now.
phases-advisory-country = Country
# The lowest travel advice level that sets the tripwire off ("level 3 or higher").
phases-advisory-level = Level ≥
# A level the plan holds that is not 1 to 4 (from an edited file), kept in the list so it can be seen and fixed.
phases-advisory-level-out-of-range = { $level } (out of range)
phases-advisory-government = From
phases-advisory-any-government = any government
phases-advisory-phase = …suggest phase
# A tripwire set to the Normal phase (from an edited file): an advisory tripwire only moves the plan up.
phases-advisory-phase-normal = { $phase } (choose another)
phases-advisory-remove = Remove advisory tripwire { $number }
phases-advisory-remove-confirm = Remove this advisory tripwire?
phases-advisory-add = + Advisory tripwire

# The instructions for the family at home (also printed in the family PDF).
phases-family-title = If you cannot reach us
phases-family-hint = For family at home: what to do, who decides, whom to call first.
