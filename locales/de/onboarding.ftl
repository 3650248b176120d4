# The first start: onboarding creates the plan. See en/onboarding.ftl for what each message is.

onboarding-title = Willkommen bei Lifeboat
onboarding-intro = Ein privater Ausreiseplan für Ihren Haushalt: Dokumente, Kontakte, Routen und Checklisten, verschlüsselt auf diesem Computer gespeichert.

onboarding-step-passphrase = 1. Eine Passphrase zum Schutz des Plans
onboarding-step-about = 2. Über Sie
onboarding-step-templates = 3. Checklisten für den Anfang

onboarding-no-recovery = Wenn Sie sie vergessen, lässt sie sich nicht wiederherstellen.
    .detail = Lifeboat hat keinen Server und kein Konto: Niemand, auch wir nicht, kann sie zurücksetzen. Später können Sie in den Einstellungen einen Wiederherstellungsschlüssel ausdrucken und sicher aufbewahren.
onboarding-passphrase-label = Passphrase (mindestens { $min } Zeichen)
onboarding-passphrase-again-label = Passphrase wiederholen

onboarding-name-label = Ihr Name
onboarding-city-label = Stadt
onboarding-residence-label = Land, in dem Sie leben
onboarding-residence-choose = — bitte wählen —
onboarding-nationalities-label = Ihre Staatsangehörigkeiten (jede einzeln hinzufügen)
onboarding-nationalities-list = Ihre Staatsangehörigkeiten

onboarding-templates-hint = Sie können jeden Eintrag bearbeiten und später weitere Listen hinzufügen.
onboarding-template-items = ({ $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    })

onboarding-create = Plan anlegen
onboarding-create-busy = Wird angelegt…

onboarding-error-too-short = Die Passphrase muss mindestens { $min } Zeichen lang sein. Ein paar Wörter, die nichts miteinander zu tun haben, eignen sich gut.
onboarding-error-mismatch = Die beiden Passphrasen stimmen nicht überein.
onboarding-error-weak = Die Passphrase ist zu schwach: { $reason }
