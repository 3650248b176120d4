# Errors the backend reports, as a person reads them: worded here by ErrorPayload.code (ui/src/lib/error-words.ts),
# never the backend's English message itself. $detail is that English message, kept only where it names
# something a person needs (a file's path, a field, a size); it is inserted as it is, isolated. Codes the unlock
# screen already words (wrong passphrase, damaged or newer file) use unlock.ftl's messages.

errors-locked = The plan is locked. Unlock it to continue.
# $min: the shortest passphrase the backend accepts.
errors-weak-passphrase = The passphrase is too short: use at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }. A short sentence is easier to remember and harder to guess.
errors-passphrase-required = This file is encrypted: enter the passphrase it was exported with.
errors-invalid-plan = The plan cannot be used as it is ({ $detail }).
errors-file = A file could not be read or written ({ $detail }).
errors-invalid-path = The export cannot be saved there ({ $detail }).
errors-invalid-url = This link cannot be opened ({ $detail }).
errors-stale-map = The map was redrawn since that click. Click the place again.
errors-invalid-point = That is not a place on Earth: the latitude runs from −90 to 90, the longitude from −180 to 180.
errors-internal = Something went wrong inside Lifeboat ({ $detail }).
errors-not-a-vault = This file is not a Lifeboat vault; it was not changed ({ $detail }).
errors-key-mismatch = This file was encrypted for another plan's key ({ $detail }).
errors-already-exists = A file of that name already exists; nothing was overwritten ({ $detail }).
errors-not-found = Something Lifeboat needs could not be found ({ $detail }).
errors-disk-full = The disk is full. Free some space and try again ({ $detail }).
errors-read-only = No permission to write there: the place is read-only or access was denied ({ $detail }).
errors-too-large = The file is too large ({ $detail }).
# $prefix: AGE-SECRET-KEY-1, the start of every recovery key.
errors-bad-recovery-key = This is not a valid recovery key: a recovery key starts with { $prefix }.
errors-invalid-export = This file is not a passphrase-encrypted Lifeboat export.
errors-invalid-options = Lifeboat's storage settings are not valid ({ $detail }).
errors-invalid-recipient = This is not a usable public key for the plan's documents ({ $detail }).
errors-not-a-plan = This file is not a Lifeboat plan.
errors-invalid-json = This file is not a readable plan ({ $detail }).
errors-no-migration = This version of Lifeboat cannot convert this plan's version ({ $detail }).
errors-export-failed = The export failed ({ $detail }).
errors-pdf-data = The plan could not be prepared for printing ({ $detail }).
errors-pdf-template = The PDF could not be laid out ({ $detail }).
errors-pdf-export = The PDF could not be written ({ $detail }).
errors-pdf-font = A font built into Lifeboat could not be read. Reinstall Lifeboat.
# $program: lifeboat-pdf, the program that lays out the PDF.
errors-pdf-typesetter-missing = The PDF typesetter { $program } is missing next to Lifeboat. Reinstall Lifeboat.
# $reason: why the feed failed, in a few words (advisories-error-…).
errors-advisories = The travel advice could not be fetched ({ $reason }).
