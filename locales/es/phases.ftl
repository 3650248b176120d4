# The Phases section: what to do in each phase (the phases' names and hints are plan.ftl's), the tripwires that
# move the plan from one phase to another, and the advisory tripwires that suggest a phase from a government's
# travel advice level.

phases-intro = Qué hacer en cada situación, decidido con calma y de antemano.
phases-current = Actual
phases-instructions = Instrucciones
phases-route = Ruta
phases-no-route = — ninguna ruta —
phases-route-unnamed = Ruta sin nombre
phases-route-removed = (ruta eliminada)
phases-checklists = Listas de control
phases-no-checklists = Aún no hay listas de control.
phases-checklist-untitled = Lista sin título

phases-tripwires = Desencadenantes
phases-tripwires-intro = Hechos que te llevan a otra fase, decididos antes de estar bajo presión.
phases-tripwire-condition = Cuando…
phases-tripwire-condition-placeholder = La embajada aconseja salir
phases-tripwire-phase = …pasar a la fase
phases-tripwire-notes = Notas
phases-tripwire-remove = Eliminar el desencadenante { $number }
phases-tripwire-remove-confirm = ¿Eliminar este desencadenante?
phases-tripwire-add = + Desencadenante

phases-advisory-title = Desencadenantes por recomendaciones de viaje
phases-advisory-intro = Cuando las recomendaciones de viaje de un gobierno alcanzan un nivel, Lifeboat sugiere una fase. Tú decides.
phases-advisory-empty = Ninguno todavía. Por ejemplo: nivel { $level } de cualquier gobierno para tu país de residencia → sal ahora.
phases-advisory-country = País
phases-advisory-level = Nivel ≥
phases-advisory-level-out-of-range = { $level } (fuera de rango)
phases-advisory-government = De
phases-advisory-any-government = cualquier gobierno
phases-advisory-phase = …sugerir la fase
phases-advisory-phase-normal = { $phase } (elige otra)
phases-advisory-remove = Eliminar el desencadenante por recomendaciones { $number }
phases-advisory-remove-confirm = ¿Eliminar este desencadenante por recomendaciones de viaje?
phases-advisory-add = + Desencadenante por recomendaciones

phases-family-title = Si no consigues contactarnos
phases-family-hint = Para la familia en casa: qué hacer, quién decide, a quién llamar primero.
