# The command line's own words, in the language of the terminal (LC_ALL, LC_MESSAGES, LANG). The generated help
# and usage text (`lifeboat --help`, "error: unexpected argument …") is clap's and stays English; JSON output and
# the {"code", "message"} error lines stay English too, for scripts.

# The prompt for the passphrase, followed by what the user types (not shown).
cli-passphrase-prompt = Lifeboat passphrase:
cli-passphrase-unreadable = cannot read the passphrase: { $error }
cli-no-data-folder = no data folder: pass --data-dir or --countries
cli-no-data-folder-or-plan = no data folder: pass --data-dir or --plan
# $file is a path the user gave; $error the system's reason.
cli-cannot-read = cannot read { $file }: { $error }
# $bytes is the file's size; $max the largest a feed may be.
cli-too-large = { $file }: { $bytes } bytes is larger than any feed ({ $max } at most)
# After "error: invalid value 'Narnia' for '--countries <IR,TR>':" (clap's words).
cli-not-a-country = “{ $code }” is not an ISO 3166 country code
# $list is the names the flag accepts: "us, uk, ca, au, de".
cli-unknown-government = unknown government “{ $name }”; one of: { $list }
cli-one-of = one of: { $list }
# Items of a feed that `advisories parse` could not read; each follows on its own line.
cli-rows-skipped = { $count ->
        [one] { $count } row not read as a country:
       *[other] { $count } rows not read as countries:
    }
cli-not-an-alert = not read as an alert: { $item }

## `advisories check`, printed as a table: one line per country, then one per government.

cli-check-no-advice = no advice found
# The level on the 1 to 4 scale every government's advice is read onto.
cli-check-level = Level { $level }
# Some regions are at a higher level than the country as a whole.
cli-check-parts = (parts: level { $level })
# The government tells its citizens to leave.
cli-check-leave-now = LEAVE NOW
# $date is the date the government last updated its advice (2026-11-02).
cli-check-updated = updated { $date }
# On stderr, one line per government that could not be asked: "Germany: HTTP 503 (server_error)".
cli-check-failed = { $government }: { $message } ({ $code })

# The window could not open (no display, a broken install).
cli-could-not-start = Lifeboat could not start: { $error }
