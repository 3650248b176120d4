# The plan's own words, shared by the UI, the Rust crates (readiness, validation, notifications, tray) and the
# family PDF. See en/plan.ftl for what each message is.

## The editor's sections

plan-section-dashboard = Panel
plan-section-household = Hogar
plan-section-documents = Documentos
plan-section-contacts = Contactos
plan-section-routes = Rutas
plan-section-checklists = Listas
plan-section-phases = Fases
plan-section-advisories = Recomendaciones de viaje
plan-section-settings = Ajustes

## Phases

plan-phase-normal = Normal
    .hint = Mantén el plan al día.
plan-phase-prepare = Prepararse
    .hint = Prepárate para salir con poco aviso.
plan-phase-leave-now = Sal ahora
    .hint = Sigue la ruta y ponte en marcha.
plan-phase-shelter-in-place = Refugiarse en el lugar
    .hint = Quédate donde estás, a salvo.

## Governments

plan-government-us = EE. UU.
plan-government-uk = Reino Unido
plan-government-ca = Canadá
plan-government-au = Australia
plan-government-de = Alemania

## Document kinds

plan-document-kind-passport = Pasaporte
plan-document-kind-national-id = Documento nacional de identidad
plan-document-kind-visa = Visado
plan-document-kind-residence-permit = Permiso de residencia
plan-document-kind-exit-reentry-permit = Permiso de salida y reingreso
plan-document-kind-driving-licence = Permiso de conducir
plan-document-kind-birth-certificate = Certificado de nacimiento
plan-document-kind-marriage-certificate = Certificado de matrimonio
plan-document-kind-vaccination-record = Cartilla de vacunación
plan-document-kind-insurance-policy = Póliza de seguro
plan-document-kind-property-deed = Escritura de propiedad
plan-document-kind-other = Otro documento
plan-document-generic = Documento
plan-document-of = { $document } de { $holder }
plan-holder-unknown = alguien

## Copies

plan-copy-medium-paper = Papel
plan-copy-medium-usb = Memoria USB
plan-copy-medium-cloud = Nube
plan-copy-medium-phone = Teléfono
plan-copy-medium-other = Otro

## Contacts

plan-contact-role-family = Familia
plan-contact-role-out-of-country = Contacto fuera del país
plan-contact-role-employer-security = Seguridad de la empresa
plan-contact-role-embassy = Embajada o consulado
plan-contact-role-protecting-power = Potencia protectora
plan-contact-role-lawyer = Abogado
plan-contact-role-doctor = Médico
plan-contact-role-driver = Conductor
plan-contact-role-airline = Aerolínea
plan-contact-role-other = Otro
plan-messenger-signal = Signal
plan-messenger-whatsapp = WhatsApp
plan-messenger-telegram = Telegram
plan-messenger-other = Otra

## People

plan-person-kind-person = Persona
plan-person-kind-pet = Mascota

## Routes

plan-travel-mode-air = Avión
plan-travel-mode-road = Carretera
plan-travel-mode-rail = Tren
plan-travel-mode-sea = Barco
plan-travel-mode-foot = A pie
plan-route-status-open = Abierta
plan-route-status-uncertain = Incierta
plan-route-status-closed = Cerrada
plan-need-kind-document = Documento
plan-need-kind-visa = Visado
plan-need-kind-cash = Efectivo
plan-need-kind-fuel = Combustible
plan-need-kind-other = Otro
plan-route-unnamed = Una ruta
plan-route-letter = Ruta { $letter }
plan-route-unlettered = Ruta

## Severity

plan-severity-critical = Crítico
plan-severity-warning = Aviso
plan-severity-info = Información

## New plans and lists

plan-name-of = Plan de { $name }
plan-name-ours = Nuestro plan
plan-checklist-new = Lista nueva

## Checklist templates

plan-template-go-bag-72h = Mochila de emergencia para 72 horas
plan-template-documents-and-copies = Documentos y copias
plan-template-money = Dinero
plan-template-digital = Digital
plan-template-home-and-pets = Casa y mascotas
plan-template-departure-day = Día de la salida

plan-item-go-bag-water = Agua potable, litros por persona
plan-item-go-bag-food = Comida no perecedera para 3 días
plan-item-go-bag-medicines = Medicamentos con receta para 2 semanas, con las recetas
plan-item-go-bag-first-aid = Botiquín de primeros auxilios
plan-item-go-bag-torch = Linterna o frontal y pilas de repuesto
plan-item-go-bag-power-bank = Batería externa cargada
plan-item-go-bag-chargers = Cargadores de teléfono y un adaptador múltiple
plan-item-go-bag-clothes = Muda de ropa e impermeable por persona
plan-item-go-bag-hygiene = Neceser básico de higiene
plan-item-go-bag-map = Mapa en papel de la ciudad y de las rutas de salida
plan-item-go-bag-whistle = Silbato y mascarillas contra el polvo
plan-item-go-bag-copies = Copias de los documentos clave en una funda impermeable

plan-item-documents-passports = Pasaportes para todos, con 6 meses o más de validez
plan-item-documents-residence = Permisos de residencia y permisos de salida y reingreso
plan-item-documents-certificates = Certificados de nacimiento y de matrimonio
plan-item-documents-vaccinations = Cartillas de vacunación (personas y mascotas)
plan-item-documents-insurance = Pólizas de seguro y números de emergencia
plan-item-documents-paper-copies = Copias en papel guardadas con familia en el extranjero
plan-item-documents-usb = Escaneos en una memoria USB cifrada en la mochila de emergencia
plan-item-documents-cloud = Escaneos en una cuenta en la nube accesible desde cualquier teléfono
plan-item-documents-photos = Fotos de pasaporte por persona

plan-item-money-usd = Dólares estadounidenses en billetes pequeños
plan-item-money-eur = Euros en billetes pequeños
plan-item-money-local = Moneda local para los primeros días
plan-item-money-transit = Moneda del primer país de tránsito
plan-item-money-two-cards = Dos tarjetas bancarias de bancos distintos
plan-item-money-card-abroad = Una tarjeta que funcione en el extranjero, probada este mes
plan-item-money-hidden-cash = Efectivo de emergencia escondido aparte de la cartera

plan-item-digital-backup = Copia de seguridad del teléfono y del portátil, con la restauración probada
plan-item-digital-offline-maps = Mapas sin conexión descargados para cada ruta
plan-item-digital-contacts = Lista de contactos impresa y guardada sin conexión
plan-item-digital-vpn = VPN instalada y probada
plan-item-digital-devices = Plan para borrar o dejar los dispositivos sensibles
plan-item-digital-recovery-codes = Códigos de recuperación de la verificación en dos pasos guardados fuera del país
plan-item-digital-cables = Cables, cargadores y adaptadores empaquetados

plan-item-home-keys = Alguien que guarde las llaves y revise la casa
plan-item-home-bills = Suministros, alquiler y personal pagados por adelantado
plan-item-home-pet-carrier = Transportín, comida, correa y papeles de vacunación de la mascota
plan-item-home-pet-export = Microchip y permiso de salida de la mascota comprobados
plan-item-home-valuables = Objetos de valor y papeles que no te llevas: guardados o entregados
plan-item-home-shut-off = Saber dónde cortar el gas y el agua

plan-item-departure-tell-contact = Contar la ruta y la hora al contacto fuera del país
plan-item-departure-embassy = Registrar la salida en la embajada
plan-item-departure-fuel = Depósito lleno y combustible de reserva si la ruta es por carretera
plan-item-departure-go-bags = Mochilas de emergencia en el coche o junto a la puerta
plan-item-departure-documents = Documentos encima, no en el equipaje
plan-item-departure-phones = Teléfonos y baterías externas cargados
plan-item-departure-check-in = Avisar a la familia en cada tramo

## Readiness

plan-readiness-document-expired = { $document } caducó el { $date }
plan-readiness-document-expiring = { $days ->
        [one] { $document } caduca el { $date }, dentro de { $days } día: muchas fronteras exigen seis meses de validez
       *[other] { $document } caduca el { $date }, dentro de { $days } días: muchas fronteras exigen seis meses de validez
    }
plan-readiness-document-without-copy = { $document } no tiene ninguna copia guardada en otro sitio
plan-readiness-no-route = ninguna ruta de salida abierta: añade un plan A y una alternativa
plan-readiness-one-route = solo una ruta abierta: añade una alternativa (plan B) por si se cierra
plan-readiness-no-contact-abroad = ningún contacto fuera del país: alguien en el extranjero debe conocer el plan si aquí caen los teléfonos
plan-readiness-route-never-verified = { $route } nunca se ha comprobado
plan-readiness-route-stale = { $days ->
        [one] { $route } se comprobó por última vez el { $date }, hace { $days } día
       *[other] { $route } se comprobó por última vez el { $date }, hace { $days } días
    }

## Validation

plan-invalid-id-missing = una entrada no tiene identificador
plan-invalid-id-too-long = un identificador tiene más de { $max } caracteres
plan-invalid-id-twice = el identificador «{ $id }» se usa dos veces
plan-invalid-too-many = demasiadas entradas: { $max } como máximo
plan-invalid-country = «{ $code }» no es un código de país ISO 3166
plan-invalid-too-long = demasiado largo: { $max } caracteres como máximo
plan-invalid-profile-id = el identificador del perfil debe ser «{ $id }»
plan-invalid-holder-gone = el titular ya no forma parte del hogar
plan-invalid-expires-before-issued = caduca antes de su fecha de expedición
plan-invalid-email = no es una dirección de correo electrónico
plan-invalid-phone = usa solo cifras, espacios y + - ( )
plan-invalid-priority = la prioridad va de 1 (llamar primero) a 99
plan-invalid-route-name = ponle un nombre a la ruta («Plan A»)
plan-invalid-leg-too-long = más de 30 días: revisa la unidad (minutos)
plan-invalid-latitude = la latitud va de −90 a 90
plan-invalid-longitude = la longitud va de −180 a 180
plan-invalid-need-document-gone = un documento necesario ya no está en el plan
plan-invalid-phase-route-gone = la ruta ya no está en el plan
plan-invalid-phase-checklist-gone = una lista ya no está en el plan
plan-invalid-choose-country = elige un país
plan-invalid-level = un nivel del 1 al 4
plan-invalid-tripwire-phase = un disparador sube el plan de fase: elige prepararse, sal ahora o refugiarse en el lugar
plan-invalid-auto-lock = { $max } minutos como máximo (24 horas)
plan-invalid-language = Lifeboat no está traducido a ese idioma: elige uno de la lista
plan-invalid-too-many-countries = { $max } países añadidos como máximo
plan-invalid-government-twice = un gobierno aparece dos veces

## Suggestion and instruction

plan-reason-level = { $government }: { $country } en el nivel { $level }
plan-reason-alert = { $government }: { $title }
plan-instruction-route = { $phase } — { $route }
plan-instruction-route-named = { $phase } — { $route } ({ $name })
plan-instruction-route-path = { $phase } — { $route }: { $path }
plan-instruction-route-named-path = { $phase } — { $route } ({ $name }): { $path }
plan-instruction-text = { $instruction }. { $text }

## Calendar

plan-ical-calendar-name = Lifeboat: caducidad de documentos
plan-ical-description = { $document } caduca el { $date }. Renuévalo pronto: muchas fronteras exigen seis meses de validez.
plan-ical-description-original = { $document } caduca el { $date }. Renuévalo pronto: muchas fronteras exigen seis meses de validez. Original: { $place }.
plan-ical-expires-in = { $months ->
        [one] { $document } caduca dentro de { $months } mes ({ $date })
       *[other] { $document } caduca dentro de { $months } meses ({ $date })
    }
plan-ical-expires-today = { $document } caduca hoy

## vCards

plan-vcard-reachable = Localizable las 24 horas, todos los días.
