# The first start: onboarding creates the plan. See en/onboarding.ftl for what each message is.

onboarding-title = Te damos la bienvenida a Lifeboat
onboarding-intro = Un plan de salida privado para tu hogar: documentos, contactos, rutas y listas de control, guardados y cifrados en este ordenador.

onboarding-step-passphrase = 1. Una frase de contraseña para proteger el plan
onboarding-step-about = 2. Sobre ti
onboarding-step-templates = 3. Listas de control para empezar

onboarding-no-recovery = No se puede recuperar si la olvidas.
    .detail = Lifeboat no tiene servidor ni cuentas: nadie, ni siquiera nosotros, puede restablecerla. Más adelante, en Ajustes, puedes imprimir una clave de recuperación y guardarla en un lugar seguro.
onboarding-passphrase-label = Frase de contraseña (al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    })
onboarding-passphrase-again-label = Escríbela otra vez

onboarding-name-label = Tu nombre
onboarding-city-label = Ciudad
onboarding-residence-label = País en el que vives
onboarding-residence-choose = — elige —
onboarding-nationalities-label = Tus nacionalidades (añade cada una)
onboarding-nationalities-list = Tus nacionalidades

onboarding-templates-hint = Puedes editar cada elemento y añadir más listas después.
onboarding-template-items = ({ $count ->
        [one] { $count } elemento
       *[other] { $count } elementos
    })

onboarding-create = Crear el plan
onboarding-create-busy = Creando…

onboarding-error-too-short = La frase de contraseña debe tener al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    }. Unas cuantas palabras sin relación entre sí funcionan bien.
onboarding-error-mismatch = Las dos frases de contraseña no coinciden.
onboarding-error-weak = La frase de contraseña es demasiado débil: { $reason }
