# The Settings section: the plan's name and auto-lock, the passphrase, recovery keys, import and export, backups
# and what this installation is. (The language picker's label is common-language.)

settings-plan = Plan
settings-plan-name = Nombre del plan (se imprime en las copias)
settings-auto-lock = Bloquear tras estos minutos de inactividad (0 = nunca)
settings-auto-lock-range = de 0 (desactivado) a 1440 minutos

settings-passphrase-title = Cambiar la frase de contraseña
settings-passphrase-current = Frase de contraseña actual
settings-passphrase-new = { $min ->
        [one] Nueva frase de contraseña (al menos { $min } carácter)
       *[other] Nueva frase de contraseña (al menos { $min } caracteres)
    }
settings-passphrase-again = Repite la nueva frase de contraseña
settings-passphrase-submit = Cambiar la frase de contraseña
settings-passphrase-too-short = La nueva frase de contraseña debe tener al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    }.
settings-passphrase-mismatch = Las nuevas frases de contraseña no coinciden.
settings-passphrase-changed = Frase de contraseña cambiada. A partir de ahora usa la nueva.
settings-passphrase-wrong = La frase de contraseña actual es incorrecta.

settings-recovery-title = Clave de recuperación
settings-recovery-intro = Una clave de recuperación abre el plan si se olvida la frase de contraseña. Imprímela o apúntala y guárdala lejos de este ordenador.
settings-recovery-has-one = Este plan ya tiene una; crear otra añade una más.
settings-recovery-none = Este plan aún no tiene ninguna.
settings-recovery-shown-once = Se muestra una sola vez.
settings-recovery-write-down = Apúntala ahora: Lifeboat no podrá volver a mostrarla.
settings-recovery-done = Ya la he apuntado
settings-recovery-passphrase = Frase de contraseña actual
settings-recovery-wrong = La frase de contraseña es incorrecta.
settings-recovery-create = Crear una clave de recuperación

settings-io-title = Importar y exportar
settings-export-title = Exportar el plan
settings-export-encrypt = Cifrar con una frase de contraseña
settings-export-passphrase = Frase de contraseña de este archivo
settings-export-unencrypted = Sin cifrado, cualquiera que encuentre el archivo puede leer todo el plan.
settings-export-submit = Exportar…
settings-export-too-short = { $min ->
        [one] Para exportar, usa una frase de contraseña de al menos { $min } carácter, o desmarca el cifrado.
       *[other] Para exportar, usa una frase de contraseña de al menos { $min } caracteres, o desmarca el cifrado.
    }
settings-export-file-encrypted = Plan cifrado
settings-export-done-encrypted = Copia cifrada guardada en { $path }.
settings-export-done-plain = Guardado en { $path }. NO está cifrado: guárdalo en un lugar seguro.
settings-import-title = Importar un plan
settings-import-hint = Sustituye el plan actual; el actual se queda en las copias de seguridad.
settings-import-passphrase = Frase de contraseña (solo para archivos cifrados)
settings-import-submit = Importar…
settings-import-file = Plan de Lifeboat
settings-import-confirm = ¿Sustituir el plan actual por el de { $path }? El plan actual se queda en las copias de seguridad.
settings-import-confirm-ok = Sustituir el plan
settings-import-done = Plan importado.
settings-import-wrong-passphrase = Frase de contraseña incorrecta para ese archivo.
settings-import-passphrase-required = Ese archivo está cifrado: escribe su frase de contraseña y vuelve a importarlo.

settings-backups-title = Copias de seguridad
settings-backups-refresh = Actualizar
settings-backups-empty = Aún no hay copias de seguridad: se guarda una cada vez que el plan se sobrescribe.
settings-backups-saved = Guardada
settings-backups-size = Tamaño
settings-backups-action = Acción
settings-backups-restore = Restaurar
settings-backups-restore-label = Restaurar la copia de seguridad del { $date }
settings-restore-confirm = ¿Restaurar la copia de seguridad del { $date }? El plan actual también se guarda como copia de seguridad.
settings-restore-confirm-ok = Restaurar
settings-restore-done = Copia de seguridad del { $date } restaurada.

settings-about-title = Acerca de
settings-about-data-folder = Carpeta de datos
settings-about-version = Versión
settings-about-unknown = desconocida
