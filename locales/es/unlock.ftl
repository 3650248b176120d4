# The unlock screen and recovery with a recovery key.

unlock-intro = Tu plan está cifrado en este ordenador. Introduce la frase de contraseña para abrirlo.
unlock-reason-idle = Bloqueado tras un periodo de inactividad.
unlock-reason-expired = La sesión terminó; desbloquea para continuar.
unlock-reason-user = Bloqueado.
unlock-passphrase-label = Frase de contraseña
unlock-submit = Desbloquear
unlock-submit-busy = Desbloqueando…
unlock-forgot = ¿Olvidaste la frase de contraseña? Usa una clave de recuperación
unlock-data-folder = Carpeta de datos:
unlock-version = · versión { $version }

unlock-recover-title = Recuperar con una clave de recuperación
unlock-recover-key-label = Clave de recuperación ({ $prefix }…)
unlock-recover-new-label = Nueva frase de contraseña (al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    })
unlock-recover-again-label = Repite la nueva frase de contraseña
unlock-recover-submit = Recuperar y establecer la frase de contraseña
unlock-recover-too-short = La nueva frase de contraseña debe tener al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    }.
unlock-recover-mismatch = Las nuevas frases de contraseña no coinciden.
unlock-recover-wrong-key = Esa clave de recuperación no abre este plan.

unlock-backups-in = Las copias de seguridad se guardan en { $folder }.
unlock-backups-default = Las copias de seguridad anteriores se guardan en la carpeta de datos.

unlock-error-wrong-passphrase = Frase de contraseña incorrecta.
    .detail = Comprueba la distribución del teclado y Bloq Mayús, y vuelve a intentarlo. Si la has perdido, usa una clave de recuperación más abajo.
unlock-error-truncated = El archivo del plan está cortado (truncado).
    .detail = Probablemente se interrumpió mientras se copiaba o se guardaba. El archivo NO se ha modificado.
    .advice = Restaura la copia de seguridad más reciente o copia encima un archivo en buen estado.
unlock-error-corrupt = El archivo del plan está dañado.
    .detail = No se puede descifrar tal como está. El archivo NO se ha modificado.
    .advice = Restaura la copia de seguridad más reciente o copia encima un archivo en buen estado.
unlock-error-newer-schema = Este plan se guardó con una versión más reciente de Lifeboat.
    .detail = Actualiza Lifeboat para abrirlo. No se ha cambiado nada, así que no se ha perdido ningún dato.
unlock-error-newer-format = Esta bóveda usa un formato de archivo más reciente.
    .detail = Actualiza Lifeboat para abrirlo. No se ha cambiado nada, así que no se ha perdido ningún dato.
unlock-error-not-a-vault = El archivo de la carpeta de datos no es una bóveda de Lifeboat.
    .detail = Se guardó otra cosa en su lugar. No se ha modificado.
unlock-error-incomplete = La bóveda está incompleta: falta una parte.
    .detail = Falta un archivo en la carpeta de datos (quizá una copia parcial). No se ha cambiado nada.
unlock-error-weak-passphrase = La frase de contraseña es demasiado corta.
unlock-error-unknown = No se pudo desbloquear.
