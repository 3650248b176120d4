# The Settings section: the plan's name and auto-lock, the passphrase, recovery keys, import and export, backups
# and what this installation is. (The language picker's label is common-language.)

settings-plan = Plan
settings-plan-name = Plan name (printed on copies)
settings-auto-lock = Lock after idle minutes (0 = never)
# Shown under the auto-lock field while its value is out of range (1440 minutes are 24 hours).
settings-auto-lock-range = from 0 (off) to 1440 minutes

settings-passphrase-title = Change passphrase
settings-passphrase-current = Current passphrase
settings-passphrase-new = { $min ->
        [one] New passphrase (at least { $min } character)
       *[other] New passphrase (at least { $min } characters)
    }
settings-passphrase-again = New passphrase again
settings-passphrase-submit = Change passphrase
settings-passphrase-too-short = { $min ->
        [one] The new passphrase must be at least { $min } character.
       *[other] The new passphrase must be at least { $min } characters.
    }
settings-passphrase-mismatch = The new passphrases do not match.
settings-passphrase-changed = Passphrase changed. Use the new one from now on.
settings-passphrase-wrong = The current passphrase is wrong.

settings-recovery-title = Recovery key
settings-recovery-intro = A recovery key opens the plan if the passphrase is forgotten. Print it or write it down and keep it away from this computer.
settings-recovery-has-one = This plan already has one; making a new one adds another.
settings-recovery-none = This plan has none yet.
# Above a new recovery key, which is shown only this once.
settings-recovery-shown-once = Shown once.
settings-recovery-write-down = Write it down now: Lifeboat cannot show it again.
settings-recovery-done = I have written it down
settings-recovery-passphrase = Current passphrase
settings-recovery-wrong = The passphrase is wrong.
settings-recovery-create = Create a recovery key

settings-io-title = Import and export
settings-export-title = Export the plan
settings-export-encrypt = Encrypt with a passphrase
settings-export-passphrase = Passphrase for this file
settings-export-unencrypted = Without encryption anyone who finds the file can read the whole plan.
settings-export-submit = Export…
settings-export-too-short = { $min ->
        [one] Use a passphrase of at least { $min } character for the export, or untick encryption.
       *[other] Use a passphrase of at least { $min } characters for the export, or untick encryption.
    }
# The file type offered in the save dialog for an encrypted export.
settings-export-file-encrypted = Encrypted plan
# $path is where the file was written.
settings-export-done-encrypted = Encrypted copy written to { $path }.
settings-export-done-plain = Written to { $path }. It is NOT encrypted: keep it safe.
settings-import-title = Import a plan
settings-import-hint = Replaces the current plan; the current one stays in the backups.
settings-import-passphrase = Passphrase (only for encrypted files)
settings-import-submit = Import…
# The file type offered in the open dialog.
settings-import-file = Lifeboat plan
settings-import-confirm = Replace the current plan with the one in { $path }? The current plan stays in the backups.
settings-import-confirm-ok = Replace plan
settings-import-done = Plan imported.
settings-import-wrong-passphrase = Wrong passphrase for that file.
settings-import-passphrase-required = That file is encrypted: enter its passphrase, then import again.

settings-backups-title = Backups
settings-backups-refresh = Refresh
settings-backups-empty = No backups yet: one is kept each time the plan is saved over.
# Column headings of the backups table: when the backup was saved, its size, and (for screen readers) the button.
settings-backups-saved = Saved
settings-backups-size = Size
settings-backups-action = Action
settings-backups-restore = Restore
# What the Restore button of one backup says to a screen reader; $date is when it was saved, formatted.
settings-backups-restore-label = Restore the backup from { $date }
settings-restore-confirm = Restore the backup from { $date }? The current plan is kept as a backup too.
settings-restore-confirm-ok = Restore
settings-restore-done = Restored the backup from { $date }.

settings-about-title = About
settings-about-data-folder = Data folder
settings-about-version = Version
settings-about-unknown = unknown
