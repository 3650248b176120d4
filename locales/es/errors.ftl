errors-locked = El plan está bloqueado. Desbloquéalo para continuar.
errors-weak-passphrase = La frase de contraseña es demasiado corta: usa al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    }. Una frase corta es más fácil de recordar y más difícil de adivinar.
errors-passphrase-required = Este archivo está cifrado: escribe la frase de contraseña con la que se exportó.
errors-invalid-plan = El plan no se puede usar tal como está ({ $detail }).
errors-file = No se pudo leer o escribir un archivo ({ $detail }).
errors-invalid-path = La exportación no se puede guardar ahí ({ $detail }).
errors-invalid-url = Este enlace no se puede abrir ({ $detail }).
errors-stale-map = El mapa se volvió a dibujar después de ese clic. Haga clic en el lugar otra vez.
errors-invalid-point = Eso no es un lugar de la Tierra: la latitud va de −90 a 90 y la longitud de −180 a 180.
errors-internal = Algo falló dentro de Lifeboat ({ $detail }).
errors-not-a-vault = Este archivo no es una bóveda de Lifeboat; no se ha modificado ({ $detail }).
errors-key-mismatch = Este archivo se cifró para la clave de otro plan ({ $detail }).
errors-already-exists = Ya existe un archivo con ese nombre; no se ha sobrescrito nada ({ $detail }).
errors-not-found = No se encontró algo que Lifeboat necesita ({ $detail }).
errors-disk-full = El disco está lleno. Libera espacio y vuelve a intentarlo ({ $detail }).
errors-read-only = No hay permiso para escribir ahí: el lugar es de solo lectura o se denegó el acceso ({ $detail }).
errors-too-large = El archivo es demasiado grande ({ $detail }).
errors-bad-recovery-key = No es una clave de recuperación válida: una clave de recuperación empieza por { $prefix }.
errors-invalid-export = Este archivo no es una exportación de Lifeboat cifrada con frase de contraseña.
errors-invalid-options = La configuración de almacenamiento de Lifeboat no es válida ({ $detail }).
errors-invalid-recipient = No es una clave pública válida para los documentos del plan ({ $detail }).
errors-not-a-plan = Este archivo no es un plan de Lifeboat.
errors-invalid-json = Este archivo no es un plan legible ({ $detail }).
errors-no-migration = Esta versión de Lifeboat no puede convertir la versión de este plan ({ $detail }).
errors-export-failed = La exportación falló ({ $detail }).
errors-pdf-data = No se pudo preparar el plan para imprimirlo ({ $detail }).
errors-pdf-template = No se pudo maquetar el PDF ({ $detail }).
errors-pdf-export = No se pudo escribir el PDF ({ $detail }).
errors-pdf-font = No se pudo leer una fuente incluida en Lifeboat. Vuelve a instalar Lifeboat.
errors-pdf-typesetter-missing = Falta el componedor de PDF { $program } junto a Lifeboat. Vuelve a instalar Lifeboat.
errors-advisories = No se pudieron obtener las recomendaciones de viaje ({ $reason }).
