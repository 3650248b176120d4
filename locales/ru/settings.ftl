# The Settings section: the plan's name and auto-lock, the passphrase, recovery keys, import and export, backups
# and what this installation is. (The language picker's label is common-language.)

settings-plan = План
settings-plan-name = Название плана (печатается на копиях)
settings-auto-lock = Блокировать после минут бездействия (0 = никогда)
settings-auto-lock-range = от 0 (выключено) до 1440 минут

settings-passphrase-title = Смена парольной фразы
settings-passphrase-current = Текущая парольная фраза
settings-passphrase-new = { $min ->
        [one] Новая парольная фраза (не менее { $min } символа)
        [few] Новая парольная фраза (не менее { $min } символов)
        [many] Новая парольная фраза (не менее { $min } символов)
       *[other] Новая парольная фраза (не менее { $min } символа)
    }
settings-passphrase-again = Новая парольная фраза ещё раз
settings-passphrase-submit = Сменить парольную фразу
settings-passphrase-too-short = Новая парольная фраза должна содержать не менее { $min ->
        [one] { $min } символа
        [few] { $min } символов
        [many] { $min } символов
       *[other] { $min } символа
    }.
settings-passphrase-mismatch = Новые парольные фразы не совпадают.
settings-passphrase-changed = Парольная фраза изменена. Теперь используйте новую.
settings-passphrase-wrong = Текущая парольная фраза неверна.

settings-recovery-title = Ключ восстановления
settings-recovery-intro = Ключ восстановления открывает план, если парольная фраза забыта. Распечатайте или запишите его и храните подальше от этого компьютера.
settings-recovery-has-one = У этого плана уже есть ключ; новый ключ добавится к нему.
settings-recovery-none = У этого плана ещё нет ключа.
settings-recovery-shown-once = Показывается один раз.
settings-recovery-write-down = Запишите его сейчас: Lifeboat не сможет показать его снова.
settings-recovery-done = Ключ записан
settings-recovery-passphrase = Текущая парольная фраза
settings-recovery-wrong = Парольная фраза неверна.
settings-recovery-create = Создать ключ восстановления

settings-io-title = Импорт и экспорт
settings-export-title = Экспорт плана
settings-export-encrypt = Зашифровать парольной фразой
settings-export-passphrase = Парольная фраза для этого файла
settings-export-unencrypted = Без шифрования любой, кто найдёт файл, сможет прочитать весь план.
settings-export-submit = Экспортировать…
settings-export-too-short = Для экспорта используйте парольную фразу не менее { $min ->
        [one] { $min } символа
        [few] { $min } символов
        [many] { $min } символов
       *[other] { $min } символа
    } или снимите флажок шифрования.
settings-export-file-encrypted = Зашифрованный план
settings-export-done-encrypted = Зашифрованная копия записана в { $path }.
settings-export-done-plain = Записано в { $path }. Файл НЕ зашифрован: храните его в надёжном месте.
settings-import-title = Импорт плана
settings-import-hint = Заменяет текущий план; текущий остаётся в резервных копиях.
settings-import-passphrase = Парольная фраза (только для зашифрованных файлов)
settings-import-submit = Импортировать…
settings-import-file = План Lifeboat
settings-import-confirm = Заменить текущий план планом из { $path }? Текущий план останется в резервных копиях.
settings-import-confirm-ok = Заменить план
settings-import-done = План импортирован.
settings-import-wrong-passphrase = Неверная парольная фраза для этого файла.
settings-import-passphrase-required = Этот файл зашифрован: введите его парольную фразу и импортируйте снова.

settings-backups-title = Резервные копии
settings-backups-refresh = Обновить
settings-backups-empty = Резервных копий пока нет: копия сохраняется каждый раз, когда план перезаписывается.
settings-backups-saved = Сохранена
settings-backups-size = Размер
settings-backups-action = Действие
settings-backups-restore = Восстановить
settings-backups-restore-label = Восстановить резервную копию от { $date }
settings-restore-confirm = Восстановить резервную копию от { $date }? Текущий план тоже сохранится как резервная копия.
settings-restore-confirm-ok = Восстановить
settings-restore-done = Резервная копия от { $date } восстановлена.

settings-about-title = О программе
settings-about-data-folder = Папка данных
settings-about-version = Версия
settings-about-unknown = неизвестно
