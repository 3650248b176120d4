# The unlock screen and recovery with a recovery key.

unlock-intro = Your plan is encrypted on this computer. Enter the passphrase to open it.
unlock-reason-idle = Locked after a period without activity.
unlock-reason-expired = The session ended; unlock to continue.
unlock-reason-user = Locked.
unlock-passphrase-label = Passphrase
unlock-submit = Unlock
unlock-submit-busy = Unlocking…
unlock-forgot = Forgot the passphrase? Use a recovery key
# Followed by the folder's path, in its own left-to-right element.
unlock-data-folder = Data folder:
unlock-version = · version { $version }

unlock-recover-title = Recover with a recovery key
# $prefix is the start every recovery key has (AGE-SECRET-KEY-1).
unlock-recover-key-label = Recovery key ({ $prefix }…)
unlock-recover-new-label = New passphrase (at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    })
unlock-recover-again-label = New passphrase again
unlock-recover-submit = Recover and set passphrase
unlock-recover-too-short = The new passphrase must be at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    } long.
unlock-recover-mismatch = The new passphrases do not match.
unlock-recover-wrong-key = That recovery key does not open this plan.

# Where backups are, added after a failure's detail.
unlock-backups-in = Backups are kept in { $folder }.
unlock-backups-default = Earlier backups are kept in the data folder.

# Each failure the backend can report: a title, a detail, and for a damaged file what to do about it.
unlock-error-wrong-passphrase = Wrong passphrase.
    .detail = Check the keyboard layout and Caps Lock, then try again. If it is lost, use a recovery key below.
unlock-error-truncated = The plan file is cut short (truncated).
    .detail = It was probably interrupted while being copied or saved. The file was NOT changed.
    .advice = Restore the newest backup, or copy a good file over it.
unlock-error-corrupt = The plan file is damaged (corrupt).
    .detail = It cannot be decrypted as it is. The file was NOT changed.
    .advice = Restore the newest backup, or copy a good file over it.
unlock-error-newer-schema = This plan was saved by a newer version of Lifeboat.
    .detail = Update Lifeboat to open it. Nothing was changed, so no data is lost.
unlock-error-newer-format = This vault uses a newer file format.
    .detail = Update Lifeboat to open it. Nothing was changed, so no data is lost.
unlock-error-not-a-vault = The file in the data folder is not a Lifeboat vault.
    .detail = Something else was saved in its place. It was not changed.
unlock-error-incomplete = The vault is incomplete: a part of it is missing.
    .detail = A file in the data folder is missing (perhaps a partial copy). Nothing was changed.
unlock-error-weak-passphrase = The passphrase is too short.
unlock-error-unknown = Could not unlock.
