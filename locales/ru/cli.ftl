# Слова командной строки, на языке терминала. Справка, которую генерирует clap, и вывод JSON остаются на английском.

cli-passphrase-prompt = Парольная фраза Lifeboat:
cli-passphrase-unreadable = не удалось прочитать парольную фразу: { $error }
cli-no-data-folder = нет папки данных: укажите --data-dir или --countries
cli-no-data-folder-or-plan = нет папки данных: укажите --data-dir или --plan
cli-cannot-read = не удалось прочитать { $file }: { $error }
cli-too-large = { $file }: { $bytes } байт — больше любой ленты (не более { $max })
cli-not-a-country = «{ $code }» — не код страны ISO 3166
cli-unknown-government = неизвестное правительство «{ $name }»; допустимо: { $list }
cli-one-of = допустимо: { $list }
cli-rows-skipped = { $count ->
        [one] { $count } строка не прочитана как страна:
        [few] { $count } строки не прочитаны как страны:
        [many] { $count } строк не прочитаны как страны:
       *[other] { $count } строки не прочитаны как страны:
    }
cli-not-an-alert = не прочитано как оповещение: { $item }
cli-check-no-advice = рекомендаций не найдено
cli-check-level = Уровень { $level }
cli-check-parts = (отдельные районы: уровень { $level })
cli-check-leave-now = УЕЗЖАЙТЕ СЕЙЧАС
cli-check-updated = обновлено { $date }
cli-check-failed = { $government }: { $message } ({ $code })
cli-could-not-start = Не удалось запустить Lifeboat: { $error }
