# The first start: onboarding creates the plan. See en/onboarding.ftl for what each message is.

onboarding-title = Добро пожаловать в Lifeboat
onboarding-intro = Личный план отъезда для вашей семьи: документы, контакты, маршруты и чек-листы, в зашифрованном виде на этом компьютере.

onboarding-step-passphrase = 1. Парольная фраза для защиты плана
onboarding-step-about = 2. О вас
onboarding-step-templates = 3. Чек-листы для начала

onboarding-no-recovery = Если вы её забудете, восстановить её будет невозможно.
    .detail = У Lifeboat нет ни сервера, ни учётных записей: никто, даже мы, не сможет её сбросить. Позже в настройках вы сможете распечатать ключ восстановления и хранить его в надёжном месте.
onboarding-passphrase-label = Парольная фраза (не менее { $min ->
        [one] { $min } символа
        [few] { $min } символов
        [many] { $min } символов
       *[other] { $min } символа
    })
onboarding-passphrase-again-label = Введите её ещё раз

onboarding-name-label = Ваше имя
onboarding-city-label = Город
onboarding-residence-label = Страна проживания
onboarding-residence-choose = — выберите —
onboarding-nationalities-label = Ваши гражданства (добавьте каждое)
onboarding-nationalities-list = Ваши гражданства

onboarding-templates-hint = Любой пункт можно изменить, а новые списки — добавить позже.
onboarding-template-items = ({ $count ->
        [one] { $count } пункт
        [few] { $count } пункта
        [many] { $count } пунктов
       *[other] { $count } пункта
    })

onboarding-create = Создать план
onboarding-create-busy = Создание…

onboarding-error-too-short = Парольная фраза должна содержать не менее { $min ->
        [one] { $min } символа
        [few] { $min } символов
        [many] { $min } символов
       *[other] { $min } символа
    }. Хорошо подойдут несколько не связанных между собой слов.
onboarding-error-mismatch = Парольные фразы не совпадают.
onboarding-error-weak = Парольная фраза слишком слабая: { $reason }
