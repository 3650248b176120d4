# The unlock screen and recovery with a recovery key.

unlock-intro = Ваш план зашифрован на этом компьютере. Введите парольную фразу, чтобы открыть его.
unlock-reason-idle = Заблокировано после периода бездействия.
unlock-reason-expired = Сеанс завершён; разблокируйте, чтобы продолжить.
unlock-reason-user = Заблокировано.
unlock-passphrase-label = Парольная фраза
unlock-submit = Разблокировать
unlock-submit-busy = Разблокировка…
unlock-forgot = Забыли парольную фразу? Воспользуйтесь ключом восстановления
unlock-data-folder = Папка данных:
unlock-version = · версия { $version }

unlock-recover-title = Восстановление по ключу восстановления
unlock-recover-key-label = Ключ восстановления ({ $prefix }…)
unlock-recover-new-label = Новая парольная фраза (не менее { $min ->
        [one] { $min } символа
        [few] { $min } символов
        [many] { $min } символов
       *[other] { $min } символа
    })
unlock-recover-again-label = Повторите новую парольную фразу
unlock-recover-submit = Восстановить и задать парольную фразу
unlock-recover-too-short = Новая парольная фраза должна содержать не менее { $min ->
        [one] { $min } символа
        [few] { $min } символов
        [many] { $min } символов
       *[other] { $min } символа
    }.
unlock-recover-mismatch = Новые парольные фразы не совпадают.
unlock-recover-wrong-key = Этот ключ восстановления не открывает этот план.

unlock-backups-in = Резервные копии хранятся в { $folder }.
unlock-backups-default = Прежние резервные копии хранятся в папке данных.

unlock-error-wrong-passphrase = Неверная парольная фраза.
    .detail = Проверьте раскладку клавиатуры и Caps Lock, затем попробуйте снова. Если фраза утеряна, воспользуйтесь ключом восстановления ниже.
unlock-error-truncated = Файл плана обрезан (неполный).
    .detail = Вероятно, его копирование или сохранение было прервано. Файл НЕ изменён.
    .advice = Восстановите самую свежую резервную копию или скопируйте поверх него исправный файл.
unlock-error-corrupt = Файл плана повреждён.
    .detail = Его невозможно расшифровать в нынешнем виде. Файл НЕ изменён.
    .advice = Восстановите самую свежую резервную копию или скопируйте поверх него исправный файл.
unlock-error-newer-schema = Этот план сохранён более новой версией Lifeboat.
    .detail = Обновите Lifeboat, чтобы открыть его. Ничего не изменено, поэтому данные не потеряны.
unlock-error-newer-format = Это хранилище использует более новый формат файлов.
    .detail = Обновите Lifeboat, чтобы открыть его. Ничего не изменено, поэтому данные не потеряны.
unlock-error-not-a-vault = Файл в папке данных не является хранилищем Lifeboat.
    .detail = На его месте сохранено что-то другое. Файл не изменён.
unlock-error-incomplete = Хранилище неполное: части не хватает.
    .detail = В папке данных не хватает файла (возможно, копия неполная). Ничего не изменено.
unlock-error-weak-passphrase = Парольная фраза слишком короткая.
unlock-error-unknown = Не удалось разблокировать.
