# Наблюдение за рекомендациями для путешественников: уведомления, значок в трее (приложения и фонового наблюдения) и сообщения раздела рекомендаций.

watch-level-changed = { $country } — { $government }: уровень { $level }, { $wording } (был { $from })
watch-leave-now-added = { $country } — { $government }: уезжайте сейчас (уровень { $level }, { $wording })
watch-leave-now-body = Правительство теперь призывает своих граждан покинуть страну.
watch-regional-level = Отдельные районы страны: уровень { $level }.
watch-update = { $country } — { $publisher }: { $title }
watch-publisher-us-embassy = Посольство США
watch-suggested = Предложение: { $phase } ({ $reason }). Откройте Lifeboat, чтобы решить.
watch-suggested-with-plan = Предложение: { $phase } ({ $reason }). Ваш план: { $plan }
watch-your-plan = Ваш план: { $plan }
watch-action-open-in-lifeboat = Открыть в Lifeboat
watch-action-open-page = Открыть
watch-tray-not-started = Мониторинг рекомендаций: разблокируйте один раз, чтобы начать
watch-tray-checking = Мониторинг рекомендаций: проверка…
watch-tray-no-data = Мониторинг рекомендаций: данных пока нет
watch-tray-highest = Наивысший уровень среди отслеживаемых стран: { $level } из { $max }
watch-tray-none-reached = Не удалось связаться ни с одним правительством
watch-tray-none-reached-since = С { $when } не удаётся связаться ни с одним правительством
watch-tray-some-unreached = { $count ->
       *[other] Не удалось связаться: { $governments }
    }
watch-tray-embassy-alerts-unread = Не удалось прочитать предупреждения посольства США
watch-tray-suggested = Предложение: { $phase } — откройте Lifeboat, чтобы решить
watch-list-and = { $list } и { $last }
watch-list-comma = { $list }, { $next }
watch-tray-open = Открыть Lifeboat
watch-tray-check-now = Проверить рекомендации для путешественников сейчас
watch-tray-lock = Заблокировать
watch-tray-quit = Выйти из Lifeboat
watch-notice-set-aside = Не удалось прочитать сохранённую историю рекомендаций: { $problem }. Файл сохранён как { $path }, мониторинг начат заново; первая проверка запишет текущие уровни без оповещений.
watch-notice-not-moved = Не удалось ни прочитать сохранённую историю рекомендаций ({ $problem }), ни отложить её в сторону ({ $error }); мониторинг работает, но ничего не сохраняет, пока это не исправлено.
watch-problem-newer = она записана более новой версией Lifeboat (формат { $format })
watch-problem-invalid = она повреждена ({ $error })
watch-notice-round-failed = Проверка рекомендаций неожиданно завершилась ошибкой; мониторинг продолжается и повторит попытку.
watch-notice-save-failed = Мониторингу рекомендаций не удалось сохранить своё состояние: { $error }
watch-notice-notify-failed = Рекомендация изменилась, но уведомление на рабочем столе показать не удалось ({ $error }); см. историю ниже.
