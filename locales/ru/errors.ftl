errors-locked = План заблокирован. Разблокируйте его, чтобы продолжить.
errors-weak-passphrase = Парольная фраза слишком короткая: используйте не меньше { $min ->
        [one] { $min } символа
        [few] { $min } символов
        [many] { $min } символов
       *[other] { $min } символа
    }. Короткое предложение легче запомнить и труднее угадать.
errors-passphrase-required = Этот файл зашифрован: введите парольную фразу, с которой он был экспортирован.
errors-invalid-plan = План нельзя использовать в таком виде ({ $detail }).
errors-file = Не удалось прочитать или записать файл ({ $detail }).
errors-invalid-path = Экспорт нельзя сохранить в этом месте ({ $detail }).
errors-invalid-url = Эту ссылку нельзя открыть ({ $detail }).
errors-stale-map = Карта перерисована после этого щелчка. Щёлкните место ещё раз.
errors-invalid-point = Это не точка на Земле: широта от −90 до 90, долгота от −180 до 180.
errors-internal = В Lifeboat произошла ошибка ({ $detail }).
errors-not-a-vault = Этот файл не является хранилищем Lifeboat; он не изменён ({ $detail }).
errors-key-mismatch = Этот файл зашифрован для ключа другого плана ({ $detail }).
errors-already-exists = Файл с таким именем уже существует; ничего не перезаписано ({ $detail }).
errors-not-found = Не найдено то, что нужно Lifeboat ({ $detail }).
errors-disk-full = Диск заполнен. Освободите место и попробуйте снова ({ $detail }).
errors-read-only = Нет разрешения на запись: место доступно только для чтения или доступ запрещён ({ $detail }).
errors-too-large = Файл слишком большой ({ $detail }).
errors-bad-recovery-key = Это не действительный ключ восстановления: ключ восстановления начинается с { $prefix }.
errors-invalid-export = Этот файл не является экспортом Lifeboat, зашифрованным парольной фразой.
errors-invalid-options = Настройки хранилища Lifeboat недействительны ({ $detail }).
errors-invalid-recipient = Это не подходящий открытый ключ для документов плана ({ $detail }).
errors-not-a-plan = Этот файл не является планом Lifeboat.
errors-invalid-json = Этот файл не является читаемым планом ({ $detail }).
errors-no-migration = Эта версия Lifeboat не может преобразовать версию этого плана ({ $detail }).
errors-export-failed = Экспорт не удался ({ $detail }).
errors-pdf-data = Не удалось подготовить план к печати ({ $detail }).
errors-pdf-template = Не удалось сверстать PDF ({ $detail }).
errors-pdf-export = Не удалось записать PDF ({ $detail }).
errors-pdf-font = Не удалось прочитать шрифт, входящий в Lifeboat. Переустановите Lifeboat.
errors-pdf-typesetter-missing = Программа вёрстки PDF { $program } не найдена рядом с Lifeboat. Переустановите Lifeboat.
errors-advisories = Не удалось получить рекомендации для путешественников ({ $reason }).
