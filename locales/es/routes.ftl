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
