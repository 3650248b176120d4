# La vigilancia de las recomendaciones de viaje: notificaciones, el icono de la bandeja (de la app y de la vigilancia en segundo plano) y los avisos de la sección Recomendaciones de viaje.

watch-level-changed = { $country } — { $government }: nivel { $level }, { $wording } (antes { $from })
watch-leave-now-added = { $country } — { $government }: sal ahora (nivel { $level }, { $wording })
watch-leave-now-body = El gobierno pide ahora a sus ciudadanos allí que salgan del país.
watch-regional-level = Partes del país: nivel { $level }.
watch-update = { $country } — { $publisher }: { $title }
watch-publisher-us-embassy = Embajada de EE. UU.
watch-suggested = Sugerencia: { $phase } ({ $reason }). Abre Lifeboat para decidir.
watch-suggested-with-plan = Sugerencia: { $phase } ({ $reason }). Tu plan: { $plan }
watch-your-plan = Tu plan: { $plan }
watch-action-open-in-lifeboat = Abrir en Lifeboat
watch-action-open-page = Abrir
watch-tray-not-started = Vigilancia de recomendaciones de viaje: desbloquea una vez para empezar
watch-tray-checking = Vigilancia de recomendaciones de viaje: comprobando…
watch-tray-no-data = Vigilancia de recomendaciones de viaje: aún no hay datos
watch-tray-highest = Nivel más alto entre los países vigilados: { $level } de { $max }
watch-tray-none-reached = No se pudo contactar con ningún gobierno
watch-tray-none-reached-since = No se ha podido contactar con ningún gobierno desde { $when }
watch-tray-some-unreached = { $count ->
       *[other] No se pudo contactar con { $governments }
    }
watch-tray-embassy-alerts-unread = No se pudieron leer las alertas de la Embajada de EE. UU.
watch-tray-suggested = Sugerencia: { $phase } — abre Lifeboat para decidir
watch-list-and = { $list } y { $last }
watch-list-comma = { $list }, { $next }
watch-tray-open = Abrir Lifeboat
watch-tray-check-now = Comprobar recomendaciones de viaje ahora
watch-tray-lock = Bloquear
watch-tray-quit = Salir de Lifeboat
watch-notice-set-aside = No se pudo leer el historial guardado de recomendaciones de viaje: { $problem }. Se conservó como { $path } y la vigilancia empezó de nuevo; la primera comprobación registra los niveles actuales sin alertas.
watch-notice-not-moved = No se pudo leer el historial guardado de recomendaciones de viaje ({ $problem }) ni apartarlo ({ $error }); la vigilancia funciona, pero no guarda nada hasta que se resuelva.
watch-problem-newer = lo escribió una versión más reciente de Lifeboat (formato { $format })
watch-problem-invalid = no es válido ({ $error })
watch-notice-round-failed = Una comprobación de recomendaciones de viaje falló de forma inesperada; la vigilancia sigue y volverá a intentarlo.
watch-notice-save-failed = La vigilancia de recomendaciones de viaje no pudo guardar su estado: { $error }
watch-notice-notify-failed = Cambió una recomendación de viaje, pero no se pudo mostrar la notificación de escritorio ({ $error }); consulta el historial más abajo.
