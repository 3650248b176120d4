# The Routes section: the ways out in order of preference, each with its legs (from, to, border crossing, what
# each leg needs) and its rally points.

routes-intro = Por orden de preferencia: la primera ruta abierta es el plan A.
routes-add = + Añadir ruta
routes-empty = Aún no hay rutas. Añade el plan A y después al menos una alternativa por si se cierra.
routes-new-name = Plan { $letter }
routes-rank = Preferencia
routes-unnamed = Ruta sin nombre
routes-move-up = Subir { $name }
routes-move-down = Bajar { $name }
routes-remove = Eliminar
routes-remove-label = Eliminar ruta
routes-remove-confirm = { $legs ->
        [one] ¿Eliminar la ruta «{ $name }» con su { $legs } tramo?
       *[other] ¿Eliminar la ruta «{ $name }» con sus { $legs } tramos?
    }

routes-name = Nombre
routes-name-missing = ponle un nombre a la ruta
routes-status = Estado
routes-last-verified = Última comprobación
routes-verified-today = Comprobada hoy
routes-summary = Resumen
routes-summary-placeholder = De Teherán a Van por carretera vía Bazargan

routes-legs = Tramos
routes-leg = Tramo { $number }
routes-leg-border = Frontera: { $crossing }
routes-leg-move-up = Subir el tramo { $number }
routes-leg-move-down = Bajar el tramo { $number }
routes-leg-remove = Eliminar el tramo { $number }
routes-leg-remove-confirm = ¿Eliminar el tramo { $from } → { $to }?
routes-leg-from = Desde
routes-leg-from-country = País de origen
routes-leg-to = Hasta
routes-leg-to-country = País de destino
routes-leg-mode = Medio de transporte
routes-leg-expected-time = Duración prevista (h:mm)
routes-leg-expected-time-invalid = usa h:mm (3:30) o minutos (210)
routes-leg-border-crossing = Paso fronterizo
routes-leg-border-crossing-placeholder = Bazargan / Gürbulak
routes-leg-notes = Notas del tramo
routes-leg-add = + Añadir tramo

routes-needs = Necesidades
routes-needs-of-leg = Necesidades del tramo { $number }
routes-need-kind = Tipo de necesidad
routes-need-detail = Detalle
routes-need-detail-placeholder = 300 USD por adulto
routes-need-document = Documento vinculado
routes-need-no-document = — ningún documento —
routes-need-document-removed = (documento eliminado)
routes-need-document-of = { $document } – { $holder }
routes-need-remove = Eliminar la necesidad { $number }
routes-need-add = + Necesidad

routes-rally-points = Puntos de encuentro
routes-rally-name = Nombre
routes-rally-address = Dirección
routes-rally-notes = Notas
routes-rally-remove = Eliminar el punto de encuentro { $number }
routes-rally-add = + Punto de encuentro

routes-notes = Notas

## The map above the legs, and each leg's places on it

routes-map-title = Las rutas en el mapa
routes-map-drawing = Dibujando el mapa…
routes-map-failed = No se pudo dibujar el mapa. { $error }
routes-map-empty = Aún no hay ningún tramo en el mapa. Debajo de cada tramo, dé un lugar a su salida y a su llegada para ver su línea.
routes-map-unplaced-title = Aún no están en el mapa:
routes-map-unplaced-crossing = el paso { $crossing }
routes-map-legs = Las rutas en el mapa, tramo a tramo:
routes-map-leg = de { $from } a { $to }
routes-map-leg-via = de { $from } a { $to }, cruzando por { $crossing }
routes-map-leg-drawn = en el mapa
routes-map-leg-not-drawn = aún no está en el mapa
routes-map-pick-hint = Haga clic en el mapa donde está { $place }. Esc cancela.
routes-map-pick-cancel = Cancelar
routes-place-title = En el mapa:
routes-place-group = Lugares del tramo { $number } en el mapa
routes-place-from = Salida
routes-place-to = Llegada
routes-place-crossing = Paso
routes-place-none = sin lugar aún
routes-place-of-leg = { $place } del tramo { $number }
routes-place-of-leg-named = { $place } del tramo { $number } ({ $name })
routes-place-chip-label = { $place } en el mapa: { $state }
routes-place-point = { $lat }, { $lon }
routes-place-find = Buscar el lugar de { $place }: una ciudad, un aeropuerto o un paso fronterizo
routes-place-find-placeholder = Teherán, تهران, IKA, Bazargan…
routes-place-hits = Lugares encontrados
routes-place-no-hits = No hay ningún lugar con ese nombre en la lista sin conexión. Escriba sus coordenadas abajo o haga clic en él en el mapa.
routes-place-kind-town = ciudad, { $countries }
routes-place-kind-airport = aeropuerto de { $town }, { $countries }
routes-place-kind-crossing = paso fronterizo, { $countries }
routes-place-coordinates = O sus coordenadas (latitud, longitud):
routes-place-coordinates-placeholder = 35.6892, 51.3890
routes-place-coordinates-set = Usar estas
routes-place-coordinates-invalid = Dos números: la latitud (−90 a 90) y luego la longitud (−180 a 180), como 35.6892, 51.3890.
routes-place-on-map = Elegir en el mapa
routes-place-clear = Quitar del mapa
routes-place-close = Cerrar
routes-place-sources = Lugares: GeoNames (CC BY 4.0); aeropuertos: OurAirports (dominio público); pasos fronterizos: lista propia de Lifeboat. Todo en este ordenador, sin red.
