# The editor's frame around every section: the header (the plan's name, its phase, the save state, the lock
# button) and the list of sections. The sections' own names are plan.ftl's (plan-section-*).

editor-untitled-plan = Untitled plan
# $phase is the current phase's label (plan-phase-*).
editor-phase = Phase: { $phase }
# The × that closes a message shown in the header (export done, import failed…).
editor-dismiss-notice = Dismiss message
# The lock button; $shortcut is its key combination (Ctrl+L), shown as it is typed.
editor-lock = Lock
    .title = Lock ({ $shortcut })
# The accessible name of the list of sections.
editor-sections = Sections
# The tooltip of the red number beside a section: how many of its fields have a problem.
editor-section-errors = { $count ->
        [one] { $count } field to fix
       *[other] { $count } fields to fix
    }

## The save state, in the header. The plan saves itself a moment after each edit.

editor-save-saved = Saved
# $time is the time of day it was saved, already formatted.
editor-save-saved-at = Saved { $time }
editor-save-pending = Editing…
editor-save-saving = Saving…
# The plan has fields the backend refused; clicking the text goes to the first one.
editor-save-invalid = Not saved: fix { $count ->
        [one] { $count } field
       *[other] { $count } fields
    }
# $reason is the backend's explanation of the failure.
editor-save-failed = Not saved: { $reason }
