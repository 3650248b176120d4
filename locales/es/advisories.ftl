# The Advisories section, the advisory timeline and the words of the advisory watch the dashboard shares, and the
# country pickers that came with the watch.

advisories-highest = Más alto:
advisories-check-now = Comprobar ahora
advisories-checking = Comprobando…
advisories-checking-governments = Consultando a los gobiernos…
advisories-checked-ago = Comprobado { $ago }
advisories-next-round = próxima comprobación { $when }
advisories-due-now = ahora
advisories-interval-fast-both = alertas de la Embajada de EE. UU. y recomendaciones de viaje del Reino Unido
advisories-interval-fast-embassy = alertas de la Embajada de EE. UU.
advisories-interval-fast-uk = recomendaciones de viaje del Reino Unido
advisories-interval-fast = { $fast } cada { $minutes } min
advisories-interval-fast-hourly = { $fast } cada { $minutes } min, las demás recomendaciones de viaje cada hora
advisories-interval-fast-others = { $fast } cada { $minutes } min, las demás recomendaciones de viaje cada { $others } min
advisories-interval-hourly = cada hora
advisories-interval-rule = Alertas de la Embajada de EE. UU. y recomendaciones de viaje del Reino Unido: cada { $alerts } min, cada { $alerts_hot } min mientras un país vigilado esté en nivel 4 o tu plan esté por encima de lo normal. Las demás recomendaciones de viaje: cada hora, cada { $others_hot } min mientras un país vigilado esté en nivel 3 o superior o tu plan esté por encima de lo normal.
advisories-interval-hot = cada { $minutes } min mientras un país vigilado esté en nivel 3 o superior o tu plan esté por encima de lo normal
advisories-interval = cada { $minutes } min
advisories-watch-error = No se pudo leer la vigilancia de recomendaciones de viaje: { $error }
advisories-try-again = Reintentar
advisories-loading = Cargando la vigilancia de recomendaciones de viaje…
advisories-no-governments = No hay ningún gobierno seleccionado abajo, así que no se vigila nada. Marca al menos uno en los ajustes de vigilancia.
advisories-empty = Todavía no se vigila ningún país.
advisories-empty-how = Indica tu lugar de residencia en { $household } o una ruta en { $routes } para empezar a vigilar, o añade un país en los ajustes de abajo.

advisories-time-just-now = hace un momento
advisories-time-under-a-minute = en menos de un minuto

advisories-level = Nivel { $level }
advisories-level-highest = Nivel más alto: { $level }
advisories-level-none = sin nivel
advisories-level-title = { $government }: nivel { $level }, { $label }
advisories-disagree = Los gobiernos discrepan
    .title = Dos gobiernos difieren en 2 niveles o más: lee ambos.
    .hint = Los gobiernos de abajo difieren en dos niveles o más: lee cada uno.
advisories-watched-because = Vigilado porque:
advisories-reason-residence = vives aquí
advisories-reason-route = en la ruta { $route }
advisories-reason-route-unnamed = en una ruta sin nombre
advisories-reason-added = añadido por ti
advisories-advice-for = Recomendaciones sobre { $country }, por gobierno
advisories-leave-now = Sal ahora: este gobierno pide a sus ciudadanos que abandonen el país
advisories-regional = algunas zonas: nivel { $level }
advisories-published = Publicado
advisories-checked = Comprobado
advisories-seen = visto por este equipo
advisories-stale-since = Desactualizado: última confirmación { $ago }
advisories-stale-never = Desactualizado: nunca confirmado
advisories-stale = Desactualizado
advisories-official-page = Página oficial
advisories-official-page-for = Página oficial: { $source } sobre { $country }
advisories-not-reached = Sin respuesta
advisories-not-checked = Aún sin comprobar
advisories-not-checked-hint = Aún sin comprobar.
advisories-no-advice = Este gobierno aún no tiene recomendaciones sobre { $country }.
advisories-named = { $name }: { $text }
advisories-summaries = Qué dice cada gobierno

advisories-source-us-embassy = Embajada de EE. UU.
advisories-feed-unreachable = { $source }: sin respuesta
advisories-feed-unreachable-since = { $source }: sin respuesta desde { $time }
advisories-feed-down = { $source }: fuente caída
advisories-feed-down-since = { $source }: fuente caída desde { $time }
advisories-unreachable = sin respuesta
advisories-unreachable-since = sin respuesta desde { $time }
advisories-with-reason = { $text } ({ $reason })
advisories-error-timeout = sin respuesta a tiempo
advisories-error-connect = sin conexión
advisories-error-transport = conexión interrumpida
advisories-error-rate-limited = demasiadas solicitudes
advisories-error-server = error del servidor
advisories-error-refused = solicitud rechazada
advisories-error-challenge-page = bloqueado por una página de verificación
advisories-error-redirects = redirecciones en bucle
advisories-error-too-large = respuesta demasiado grande
advisories-error-implausible = la respuesta parecía errónea; se conservaron los últimos datos válidos
advisories-error-unreadable = no se pudo leer la respuesta
advisories-error-other = error

advisories-reach-all = comprobado
advisories-reach-all-at = comprobado a las { $time }
advisories-reach-failed = sin respuesta de { $governments }
advisories-reach-embassy-down = no se pudieron leer las alertas de la Embajada de EE. UU. para { $countries } (fuente caída)
advisories-reach-embassy-down-since = no se pudieron leer las alertas de la Embajada de EE. UU. para { $countries } (fuente caída desde { $time })
advisories-reach-checked = { $count ->
        [one] se comprobó { $governments }
       *[other] se comprobaron { $governments }
    }
advisories-reach-checked-at = { $count ->
        [one] se comprobó { $governments } a las { $time }
       *[other] se comprobaron { $governments } a las { $time }
    }
advisories-reach-embassy-read = se leyeron las alertas de la Embajada de EE. UU.
advisories-reach-embassy-read-at = se leyeron las alertas de la Embajada de EE. UU. a las { $time }
advisories-reach-then = { $first }; { $then }
advisories-reach-some-governments = algunos gobiernos
advisories-reach-none = No se pudo contactar con ningún gobierno; todavía no hay niveles que mostrar
advisories-reach-none-since = No se ha podido contactar con ningún gobierno desde las { $time }; todavía no hay niveles que mostrar
advisories-reach-none-data = No se pudo contactar con ningún gobierno; los niveles mostrados son del { $day }
advisories-reach-none-since-data = No se ha podido contactar con ningún gobierno desde las { $time }; los niveles mostrados son del { $day }

advisories-timeline = Historial
advisories-timeline-label = Historial de { $country }, lo más reciente primero
advisories-timeline-show-all = { $count ->
        [one] Mostrar la entrada
       *[other] Mostrar las { $count } entradas
    } ({ $hidden } más)
advisories-timeline-show-fewer = Mostrar menos
advisories-history-baseline = visto por primera vez
advisories-history-alert-baseline = Alerta de seguridad, ya publicada en la primera comprobación
advisories-history-changed = nivel { $from } → { $level }
advisories-history-now-level = ahora nivel { $level }
advisories-history-reissued = reeditado, mismo nivel
advisories-history-leave-now-given = se indicó «sal ahora»
advisories-history-leave-now-changed = cambió la indicación «sal ahora»
advisories-history-alert = Alerta de seguridad
advisories-history-update = Actualización de la recomendación
advisories-history-alert-edited = Texto de la alerta editado
advisories-history-update-edited = Texto de la actualización editado
advisories-priority-high = Prioridad alta
advisories-priority-normal = Prioridad normal
advisories-priority-low = Prioridad baja
advisories-priority-with-reason = { $priority } — { $reason }
advisories-rule-leave-now = pide salir del país
advisories-rule-evacuation = informa de una evacuación
advisories-rule-ordered-departure = informa de una salida ordenada del personal
advisories-rule-staff-withdrawn = informa de la retirada del personal
advisories-rule-embassy-closed = informa de que una embajada cierra o está cerrada
advisories-rule-airport-closed = informa de que un aeropuerto o el espacio aéreo cierra o está cerrado
advisories-rule-border-closed = informa de que una frontera cierra o está cerrada
advisories-rule-curfew = informa de un toque de queda
advisories-rule-reissued-without-amendment = revisado y publicado de nuevo sin cambios
advisories-rule-editorial = solo un cambio de redacción
advisories-rule-no-level-change = sin cambios en el nivel ni en los indicadores de riesgo
advisories-rule-new-item = nueva alerta o actualización
advisories-rule-level-rose = el nivel subió
advisories-rule-level-lowered = el nivel bajó
advisories-rule-no-longer-leave-now = ya no pide salir del país

advisories-governments = Gobiernos
    .government = Gobierno
    .watched = Vigilado
    .last-success = Último éxito
    .last-attempt = Último intento
    .countries = Países
    .state = Estado
advisories-watched-yes = sí
advisories-watched-off = no
advisories-never = nunca
advisories-ok = Correcto

advisories-settings = Ajustes de vigilancia
advisories-settings-governments = Gobiernos que se consultan
advisories-settings-also-watch = Vigilar también (además de tu residencia y tus rutas)
advisories-settings-added-countries = Países que añadiste a la vigilancia
advisories-settings-background = Notificaciones y segundo plano
advisories-settings-notify = Avisarme cuando cambie el nivel de un país vigilado
advisories-settings-plan-in-notifications = Mostrar la instrucción de mi plan en las notificaciones
    .hint = Las notificaciones pueden aparecer en la pantalla bloqueada: quien las vea leerá la instrucción («Tu plan: Sal ahora — Ruta A…»). Desmárcalo para que solo indiquen el nivel.
advisories-settings-close-to-tray = Al cerrar la ventana, la vigilancia sigue funcionando en la bandeja del sistema
    .hint = El plan se bloquea al cerrar la ventana; la vigilancia sigue comprobando.
advisories-settings-start-at-login = Iniciar Lifeboat al iniciar sesión (en la bandeja del sistema)
