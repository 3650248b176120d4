# El PDF para la familia: el plan en papel para quienes están en casa, y la tarjeta de Ajustes que lo crea.

## The card in Settings

pdf-card-title = PDF para la familia
pdf-card-hint = El plan en papel para quienes se quedan en casa, legible sin Lifeboat. Imprímelo; un archivo puede llegar más lejos de lo que quisieras.
pdf-card-what-goes-in = Qué incluye
pdf-card-section-cover = Portada: quiénes, fase actual, niveles de las recomendaciones de viaje
pdf-card-section-instructions = «Si no podéis localizarnos»
pdf-card-section-contacts = Contactos
pdf-card-section-routes = Rutas
pdf-card-section-documents = Documentos
pdf-card-section-checklists = Listas de comprobación
pdf-card-medical = Notas médicas y grupos sanguíneos
pdf-card-numbers = Números de los documentos
pdf-card-numbers-last4 = Solo los 4 últimos caracteres
pdf-card-numbers-full = Completos
pdf-card-numbers-hidden = Omitidos
pdf-card-numbers-full-warning = Cualquiera que tenga el papel puede usar los números completos.
pdf-card-paper = Papel
pdf-card-paper-a4 = A4
pdf-card-paper-letter = Carta (EE. UU.)
pdf-card-language = Idioma del PDF
pdf-card-export = Exportar PDF…
pdf-card-busy = Componiendo…
pdf-card-written = { $pages ->
        [one] { $pages } página escrita en { $path }.
       *[other] { $pages } páginas escritas en { $path }.
    }
pdf-card-note = Nota: { $warnings }

## The command line (`lifeboat export-pdf`)

pdf-cli-warning = aviso: { $warning }
pdf-cli-cannot-write = no se puede escribir { $path }: { $error }
pdf-cli-written = { $path }: { $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }, { $bytes } bytes

## The PDF

pdf-title-default = Plan familiar
pdf-header-made = Hecho el { $date }
pdf-footer-confidential = Confidencial: copia para la familia
pdf-footer-page = Página { $page } de { $pages }
pdf-date-time-utc = { $date_time } UTC
pdf-list-separator = {", "}

pdf-cover-intro = Nuestro plan para salir en una emergencia, impreso para la familia en casa. Hecho el { $date }.
pdf-cover-updated = Último cambio del plan: { $date }.
pdf-cover-phase = Fase actual
pdf-cover-phase-since = desde el { $date }
pdf-cover-phase-route = ruta: { $route }
pdf-cover-doing = Lo que estamos haciendo

pdf-household-heading = Para quién es este plan
pdf-household-name = Nombre
pdf-household-relationship = Parentesco
pdf-household-nationality = Nacionalidad
pdf-household-born = Nacimiento
pdf-household-medical = Datos médicos
pdf-household-lives = Vive en · notas
pdf-household-owner = Titular del plan
pdf-household-pet = { $relationship } (mascota)
pdf-household-blood-type = Grupo sanguíneo { $blood_type }
pdf-household-speaks = habla { $languages }

pdf-advisories-heading = Recomendaciones de viaje
pdf-advisories-none = Aún no hay datos. Lifeboat no había obtenido ninguna recomendación de viaje de un gobierno cuando se hizo esta copia.
pdf-advisories-scale = Nivel más alto por país en el momento de hacer esta copia, en una sola escala de 1 (precauciones normales) a 4 (no viajar).
pdf-advisories-country = País
pdf-advisories-level = Nivel
pdf-advisories-meaning = Significado
pdf-advisories-source = Fuente
pdf-advisories-wording = Su redacción
pdf-advisories-updated = Actualizado
pdf-advisory-level-1 = Precauciones normales
pdf-advisory-level-2 = Mayor precaución
pdf-advisory-level-3 = Reconsiderar el viaje
pdf-advisory-level-4 = No viajar
pdf-advisory-level-unknown = Nivel desconocido

pdf-instructions-heading = Si no podéis localizarnos
pdf-instructions-none = Todavía no hay instrucciones escritas.
pdf-call-first-heading = Llamar primero a
pdf-call-first-who = Quién
pdf-call-first-role = Función
pdf-call-first-phone = Teléfono
pdf-leave-now-heading = Si tenemos que salir ya
pdf-tripwires-heading = Qué nos hace cambiar de fase
pdf-tripwires-when = Cuando
pdf-tripwires-phase = Pasamos a
pdf-tripwires-notes = Notas
pdf-tripwire-any-government = las recomendaciones de viaje de cualquier gobierno para { $country } llegan a { $level }
pdf-tripwire-government = las recomendaciones de viaje del gobierno de { $government } para { $country } llegan a { $level }
pdf-tripwire-level-top = el nivel 4 (no viajar)
pdf-tripwire-level-or-higher = el nivel { $level } o superior

pdf-tag-24-7 = 24 h
pdf-contacts-heading = Contactos
pdf-contacts-none = No hay contactos en el plan.
pdf-contacts-intro = En el orden en que hay que llamarlos. { $tag } significa que contestan a cualquier hora.
pdf-contacts-number = N.º
pdf-contacts-who = Quién
pdf-contacts-phones = Teléfono y mensajería
pdf-contacts-other = Correo, dirección, notas
pdf-messenger = { $app }: { $handle }

pdf-routes-heading = Rutas de salida
pdf-routes-none = No hay rutas en el plan.
pdf-route-letter = Plan { $letter }
pdf-route-named = { $letter }: { $name }
pdf-route-status-closed = Cerrada: no usar
pdf-route-verified = comprobada por última vez el { $date }
pdf-route-never-verified = nunca comprobada
pdf-route-border = frontera: { $crossings }
pdf-legs-number = N.º
pdf-legs-from-to = De → a
pdf-leg-arrow = →
pdf-legs-by = Medio
pdf-legs-time = Duración
pdf-legs-border = Frontera
pdf-legs-needs = Necesidades · notas
pdf-need = { $kind }: { $detail }
pdf-duration-minutes = { $minutes } min
pdf-duration-hours = { $hours } h
pdf-duration-hours-minutes = { $hours } h { $minutes } min
pdf-rally-points = Puntos de encuentro

pdf-documents-heading = Documentos
pdf-documents-last4 = Los números solo muestran sus últimos caracteres; los números completos están en el archivo del plan.
pdf-documents-hidden = Los números de los documentos no se imprimen en esta copia.
pdf-documents-none = No hay documentos en el plan.
pdf-documents-document = Documento
pdf-documents-holder = Titular
pdf-documents-number = Número
pdf-documents-expires = Caduca
pdf-documents-original = El original está
pdf-documents-copies = Copias · notas
pdf-documents-expired = caducado
pdf-document-titled = { $kind }: { $title }
pdf-copy = { $medium }: { $location }

pdf-checklists-heading = Listas de comprobación
pdf-checklists-none = No hay listas de comprobación en el plan.
pdf-checklist-progress = ({ $done } de { $total } hechos)
pdf-checklists-item = Elemento · notas
pdf-checklists-quantity = Cantidad · consumir antes de
pdf-item-quantity = × { $quantity }
pdf-item-use-by = consumir antes del { $date }

## The map page, after the cover: the routes drawn over the borders (the map's own words are map.ftl's).

pdf-map-heading = Mapa de las rutas
pdf-map-shading = Los países están sombreados según su nivel más alto de recomendación de viaje: cuanto más oscuro, más alto.
pdf-map-unplaced-heading = Fuera del mapa
pdf-map-unplaced-leg = { $route }: tramo de { $from } a { $to }, aún sin lugar en el mapa
pdf-map-unplaced-crossing = { $route }: paso fronterizo { $crossing }, aún sin lugar en el mapa
pdf-map-sources = Fuentes: fronteras de Natural Earth (dominio público); lugares de GeoNames (CC BY 4.0); aeropuertos de OurAirports (dominio público).
