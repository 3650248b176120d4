# Who helps you here: the embassy directory. See locales/en/directory.ftl for the notes.

directory-readiness-unnamed = أحد أفراد الأسرة
directory-readiness-no-mission = لا تُعرف سفارة ولا قنصلية ولا دولة حامية لـ { $people } (من مواطني { $nationality }) في { $country }
directory-readiness-not-in-contacts = يمكن لـ { $mission } مساعدة { $people } (من مواطني { $nationality }) في { $country }: أضِفها إلى جهات اتصالك
directory-readiness-stale = { $days ->
        [zero] بيانات السفارات لمواطني { $nationality } في { $country } تعود إلى { $date }، اليوم: حدِّثها
        [one] بيانات السفارات لمواطني { $nationality } في { $country } تعود إلى { $date }، قبل يوم واحد: حدِّثها
        [two] بيانات السفارات لمواطني { $nationality } في { $country } تعود إلى { $date }، قبل يومين: حدِّثها
        [few] بيانات السفارات لمواطني { $nationality } في { $country } تعود إلى { $date }، قبل { $days } أيام: حدِّثها
        [many] بيانات السفارات لمواطني { $nationality } في { $country } تعود إلى { $date }، قبل { $days } يومًا: حدِّثها
       *[other] بيانات السفارات لمواطني { $nationality } في { $country } تعود إلى { $date }، قبل { $days } يوم: حدِّثها
    }

directory-kind-embassy = سفارة
directory-kind-consulate = قنصلية
directory-kind-honorary-consul = قنصل فخري
directory-kind-interests-section = قسم رعاية المصالح
directory-kind-protecting-power = الدولة الحامية
directory-kind-partner-mission = بعثة دولة شريكة
directory-kind-eu-member-state = بعثة دولة أخرى من الاتحاد الأوروبي

directory-title = من يساعدك هنا
directory-intro = السفارات والقنصليات والدول الحامية لكل جنسية في أسرتك، في كل بلد تشمله خطتك. تُحفظ على هذا الحاسوب، فتبقى متاحة حين تنقطع الشبكة.
directory-for = مواطنو { $nationality } في { $country }
directory-none-known = لا يُعرف من يساعد مواطني { $nationality } في { $country }. اسأل وزارة خارجيتهم أيّ سفارة تغطي هذا البلد، وأضِفها جهةَ اتصال.
directory-assistance-none = تقول حكومة { $nationality } إنها لا تقدّم أي مساعدة في { $country }.
directory-assistance-remote = تأتي المساعدة من مكتب في بلد آخر.
directory-located-in = مقرّها في { $country }
directory-operated-by = تديرها { $state }
directory-phone = الهاتف
directory-emergency = هاتف الطوارئ على مدار الساعة
directory-email = البريد الإلكتروني
directory-website = الموقع الإلكتروني
directory-hours = ساعات العمل
directory-address = العنوان
directory-source = { $source }، بيانات بتاريخ { $date }
directory-fetched = جُلبت في { $date }
directory-not-fetched = لم تُجلب بعد: معروضة من جدول الدول الحامية الخاص بـ Lifeboat.
directory-refresh-failed = فشل آخر تحديث: هذه آخر بيانات أمكن جلبها.
directory-refresh = تحديث
directory-refreshing = جارٍ التحديث…
directory-add = أضِف إلى جهات اتصالي
directory-added = ضمن جهات اتصالك
directory-no-pairs = أضِف جنسية كل شخص في قسم الأسرة لترى من يساعده هنا.
directory-arrangement = تتولى { $state } رعاية مصالح مواطني { $nationality } في { $country } بصفتها الدولة الحامية منذ { $since }.
directory-eu-rule = إن لم تكن لـ { $nationality } سفارة أو قنصلية هنا، فعلى سفارة أو قنصلية أي دولة أخرى عضو في الاتحاد الأوروبي أن تساعدك كما تساعد مواطنيها.
directory-checked = رُوجعت في { $date }
directory-check-source = المصدر
directory-contact-note = { $kind } · { $source }، بيانات بتاريخ { $date }

directory-pdf-title = من يساعدنا هنا
directory-pdf-for = { $people } (من مواطني { $nationality }) في { $country }
directory-pdf-none = لا تُعرف سفارة ولا قنصلية ولا دولة حامية. اسألوا وزارة الخارجية.

directory-cli-about = من يساعد مواطني بلد ما في بلد آخر: السفارات والقنصليات والدول الحامية
directory-cli-nationality = الجنسية، برمز ISO ‏(US، CA، GB، DE…)
directory-cli-country = البلد، برمز ISO ‏(IR…)
directory-cli-refresh-help = اجلب بيانات الحكومات أولًا (وإلا تُقرأ النسخة المحفوظة)
directory-cli-json-help = اطبع JSON بدلًا من جدول
directory-cli-refreshed = تم التحديث. حُدِّث: { $updated }، بلا تغيير: { $unchanged }، فشل: { $failed }.
directory-cli-failed = فشل { $source } لـ { $country } ({ $code }): أُبقيت آخر بيانات سليمة.
