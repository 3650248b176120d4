# Las palabras de la línea de órdenes, en el idioma del terminal. La ayuda que genera clap y la salida JSON siguen en inglés.

cli-passphrase-prompt = Frase de contraseña de Lifeboat:
cli-passphrase-unreadable = no se puede leer la frase de contraseña: { $error }
cli-no-data-folder = no hay carpeta de datos: indica --data-dir o --countries
cli-no-data-folder-or-plan = no hay carpeta de datos: indica --data-dir o --plan
cli-cannot-read = no se puede leer { $file }: { $error }
cli-too-large = { $file }: { $bytes } bytes es más que cualquier fuente ({ $max } como máximo)
cli-not-a-country = «{ $code }» no es un código de país ISO 3166
cli-unknown-government = gobierno desconocido «{ $name }»; uno de: { $list }
cli-one-of = uno de: { $list }
cli-rows-skipped = { $count ->
        [one] { $count } fila no se leyó como país:
       *[other] { $count } filas no se leyeron como países:
    }
cli-not-an-alert = no se leyó como alerta: { $item }
cli-check-no-advice = no se encontraron recomendaciones
cli-check-level = Nivel { $level }
cli-check-parts = (partes: nivel { $level })
cli-check-leave-now = SAL AHORA
cli-check-updated = actualizado el { $date }
cli-check-failed = { $government }: { $message } ({ $code })
cli-could-not-start = Lifeboat no pudo iniciarse: { $error }
