# The first start: onboarding creates the plan (a passphrase, a few facts about the person, checklists to start
# from). The language picker at its top is labelled by common-language.

onboarding-title = Welcome to Lifeboat
onboarding-intro = A private departure plan for your household: documents, contacts, routes and checklists, kept encrypted on this computer.

# The form's three steps, numbered in the order they are filled in.
onboarding-step-passphrase = 1. A passphrase to protect the plan
onboarding-step-about = 2. About you
onboarding-step-templates = 3. Checklists to start from

# A warning box under the first step: the sentence in bold, then its detail.
onboarding-no-recovery = It cannot be recovered if you forget it.
    .detail = Lifeboat has no server and no account: nobody, including us, can reset it. Later, in Settings, you can print a recovery key and keep it somewhere safe.
# $min is the shortest passphrase accepted (10).
onboarding-passphrase-label = Passphrase (at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    })
onboarding-passphrase-again-label = Type it again

onboarding-name-label = Your name
onboarding-city-label = City
onboarding-residence-label = Country you live in
# The country picker's empty choice, before one is picked.
onboarding-residence-choose = — choose —
onboarding-nationalities-label = Your nationalities (add each one)
# The accessible name of the list of nationalities already added.
onboarding-nationalities-list = Your nationalities

onboarding-templates-hint = You can edit every item, and add more lists later.
# After a checklist template's title: how many items it starts with.
onboarding-template-items = ({ $count ->
        [one] { $count } item
       *[other] { $count } items
    })

onboarding-create = Create plan
onboarding-create-busy = Creating…

onboarding-error-too-short = The passphrase must be at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }. A few unrelated words work well.
onboarding-error-mismatch = The two passphrases do not match.
# $reason is the backend's explanation of what makes it weak.
onboarding-error-weak = The passphrase is too weak: { $reason }
