# The dashboard: the current phase and what to do, the watch's suggestion, the advisories at a glance, readiness,
# checklists and the plan's counts.

dashboard-checked-on = Comprobado el { $date }

dashboard-suggestion-level = { $government }: { $country } en nivel { $level }
dashboard-suggestion-alert = { $source }: { $title }
dashboard-suggestion-by-tripwire = — tu desencadenante propone «{ $phase }».
dashboard-suggestion-by-rule = — ninguno de tus desencadenantes cubre { $country }, así que la regla integrada de Lifeboat propone «{ $phase }».
dashboard-suggestion-accept = Cambiar a «{ $phase }»
dashboard-suggestion-dismiss = Ahora no

dashboard-current-phase = Fase actual
dashboard-phase-since = desde { $time }
dashboard-change-phase = Cambiar de fase
dashboard-what-to-do = Qué hacer ahora
dashboard-no-instructions = Todavía no hay instrucciones para esta fase.
dashboard-write-instructions = Escribirlas en { $section }
dashboard-route = Ruta
dashboard-unnamed-route = Ruta sin nombre
dashboard-route-none = ninguna
dashboard-checklists = Listas de control
dashboard-checklists-none = ninguna vinculada
dashboard-progress = { $done }/{ $total }

dashboard-advisories = Recomendaciones de viaje
dashboard-open-advisories = Abrir recomendaciones de viaje
dashboard-loading = Cargando…
dashboard-advisories-empty = Todavía no se vigila ningún país: indica tu residencia en { $household } o añade una ruta para empezar.
dashboard-show-advisories = { $country }: ver las recomendaciones de viaje
dashboard-latest-high = Alerta de prioridad alta más reciente
dashboard-disagree = discrepan
    .title = Los gobiernos difieren en 2 niveles o más
dashboard-leave-now-advised = Se recomienda salir ya

dashboard-readiness = Preparación
dashboard-readiness-ok = No se encontraron problemas. Mantén el plan al día.
dashboard-fix = Corregir
    .label = Corregir en { $section }
dashboard-checklists-empty = Todavía no hay listas de control.
dashboard-untitled-list = Lista sin título
dashboard-counts = En el plan
    .people = Personas
    .pets = Mascotas
    .documents = Documentos
    .expiring = Caducados o < 6 meses
    .contacts = Contactos
    .routes-open = Rutas abiertas
    .tripwires = Desencadenantes
dashboard-routes-open = { $open } / { $total }
