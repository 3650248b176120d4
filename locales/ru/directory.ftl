# Who helps you here: the embassy directory. See locales/en/directory.ftl for the notes.
# Country names come in the nominative, so they are written after a colon ("страна: …"), never declined.

directory-readiness-unnamed = кто-то из семьи
directory-readiness-no-mission = не известно ни посольства, ни консульства, ни державы-покровительницы для: { $people } (гражданство: { $nationality }; страна: { $country })
directory-readiness-not-in-contacts = помочь может { $mission } — { $people } (гражданство: { $nationality }; страна: { $country }): добавьте в контакты
directory-readiness-stale = { $days ->
        [one] данные о посольствах (гражданство: { $nationality }; страна: { $country }) от { $date }, { $days } день назад: обновите их
        [few] данные о посольствах (гражданство: { $nationality }; страна: { $country }) от { $date }, { $days } дня назад: обновите их
        [many] данные о посольствах (гражданство: { $nationality }; страна: { $country }) от { $date }, { $days } дней назад: обновите их
       *[other] данные о посольствах (гражданство: { $nationality }; страна: { $country }) от { $date }, { $days } дня назад: обновите их
    }

directory-kind-embassy = Посольство
directory-kind-consulate = Консульство
directory-kind-honorary-consul = Почётный консул
directory-kind-interests-section = Секция интересов
directory-kind-protecting-power = Держава-покровительница
directory-kind-partner-mission = Представительство страны-партнёра
directory-kind-eu-member-state = Представительство другой страны ЕС

directory-title = Кто поможет вам здесь
directory-intro = Посольства, консульства и державы-покровительницы для каждого гражданства в вашей семье, в каждой стране, которой касается ваш план. Они хранятся на этом компьютере и останутся доступны, когда отключат сеть.
directory-for = Гражданство: { $nationality } · страна: { $country }
directory-none-known = Неизвестно, кто может помочь (гражданство: { $nationality }; страна: { $country }). Узнайте в министерстве иностранных дел, какое посольство отвечает за эту страну, и добавьте его в контакты.
directory-assistance-none = Правительство ({ $nationality }) сообщает, что не оказывает помощи в этой стране ({ $country }).
directory-assistance-remote = Помощь оказывает представительство в другой стране.
directory-located-in = Находится в другой стране: { $country }
directory-operated-by = Управляет: { $state }
directory-phone = Телефон
directory-emergency = Экстренная связь (круглосуточно)
directory-email = Эл. почта
directory-website = Сайт
directory-hours = Часы работы
directory-address = Адрес
directory-source = { $source }, данные от { $date }
directory-fetched = Получено { $date }
directory-not-fetched = Ещё не получено: показано по собственной таблице держав-покровительниц Lifeboat.
directory-refresh-failed = Последнее обновление не удалось: это последние полученные данные.
directory-refresh = Обновить
directory-refreshing = Обновление…
directory-add = Добавить в мои контакты
directory-added = В ваших контактах
directory-no-pairs = Укажите гражданство каждого человека в разделе «Семья», чтобы увидеть, кто поможет ему здесь.
directory-arrangement = Держава-покровительница: { $state } представляет интересы граждан (гражданство: { $nationality }; страна: { $country }) с { $since } г.
directory-eu-rule = Если у государства «{ $nationality }» здесь нет посольства или консульства, посольство или консульство любого другого государства — члена ЕС обязано помочь вам так же, как своим гражданам.
directory-checked = Проверено { $date }
directory-check-source = Источник
directory-contact-note = { $kind } · { $source }, данные от { $date }

directory-pdf-title = Кто поможет нам здесь
directory-pdf-for = { $people } (гражданство: { $nationality }; страна: { $country })
directory-pdf-none = Не известно ни посольства, ни консульства, ни державы-покровительницы. Обратитесь в министерство иностранных дел.

directory-cli-about = Кто помогает гражданам страны в другой стране: посольства, консульства, державы-покровительницы
directory-cli-nationality = Гражданство, код ISO (US, CA, GB, DE…)
directory-cli-country = Страна, код ISO (IR…)
directory-cli-refresh-help = Сначала получить данные правительств (иначе читается сохранённая копия)
directory-cli-json-help = Вывести JSON вместо таблицы
directory-cli-refreshed = Обновлено. Новых: { $updated }, без изменений: { $unchanged }, с ошибкой: { $failed }.
directory-cli-failed = { $source } для { $country }: ошибка ({ $code }), последние корректные данные сохранены.
