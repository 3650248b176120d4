# The Documents section: passports, permits and papers, where the originals are and where copies are kept.

documents-intro = Pasaportes, permisos y papeles: dónde están los originales y dónde se guardan las copias.
documents-add = + Añadir documento
documents-empty = Aún no hay documentos. Empieza por los pasaportes de todos.

documents-expired = Caducado
documents-expires-soon = Caduca en menos de { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    }
documents-valid = Vigente
documents-remove = Eliminar
    .label = Eliminar documento

documents-you = Tú
documents-unnamed = Sin nombre

documents-kind = Tipo
documents-title-label = Título (opcional)
documents-title-placeholder = Visado electrónico de Turquía
documents-holder = Titular
documents-holder-nobody = — nadie —
documents-holder-self = { $name } (tú)
documents-holder-removed = (persona eliminada)
documents-number = Número
documents-number-show = Mostrar
documents-number-hide = Ocultar
documents-number-copy = Copiar
documents-number-copied = Copiado. Lifeboat vaciará el portapapeles dentro de { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
documents-issuing-country = País de expedición
documents-issued = Fecha de expedición
documents-expires = Fecha de caducidad
documents-original-location = Dónde está el original
documents-original-location-placeholder = Caja fuerte ignífuga, despacho

documents-copies = Copias
documents-copy-medium = Soporte
documents-copy-location = Dónde
documents-copy-location-placeholder = Con mi hermana en Lyon
documents-copy-remove = Eliminar la copia { $index }
documents-copy-add = + Añadir una copia
documents-notes = Notas

documents-remove-confirm = ¿Eliminar { $document } del plan?
documents-remove-confirm-held = ¿Eliminar { $document } de { $holder } del plan?
