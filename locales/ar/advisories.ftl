# The Advisories section, the advisory timeline and the words of the advisory watch the dashboard shares, and the
# country pickers that came with the watch.

advisories-highest = الأعلى:
advisories-check-now = تحقّق الآن
advisories-checking = جارٍ التحقق…
advisories-checking-governments = جارٍ التحقق من الحكومات الآن…
advisories-checked-ago = تم التحقق { $ago }
advisories-next-round = التحقق التالي: { $when }
advisories-due-now = حان الآن
advisories-interval-fast-both = تنبيهات السفارة الأمريكية وإرشادات السفر البريطانية
advisories-interval-fast-embassy = تنبيهات السفارة الأمريكية
advisories-interval-fast-uk = إرشادات السفر البريطانية
advisories-interval-fast = { $fast } { $minutes ->
        [zero] كل { $minutes } دقيقة
        [one] كل دقيقة
        [two] كل دقيقتين
        [few] كل { $minutes } دقائق
        [many] كل { $minutes } دقيقة
       *[other] كل { $minutes } دقيقة
    }
advisories-interval-fast-hourly = { $fast } { $minutes ->
        [zero] كل { $minutes } دقيقة
        [one] كل دقيقة
        [two] كل دقيقتين
        [few] كل { $minutes } دقائق
        [many] كل { $minutes } دقيقة
       *[other] كل { $minutes } دقيقة
    }، وبقية إرشادات السفر كل ساعة
advisories-interval-fast-others = { $fast } { $minutes ->
        [zero] كل { $minutes } دقيقة
        [one] كل دقيقة
        [two] كل دقيقتين
        [few] كل { $minutes } دقائق
        [many] كل { $minutes } دقيقة
       *[other] كل { $minutes } دقيقة
    }، وبقية إرشادات السفر { $others ->
        [zero] كل { $others } دقيقة
        [one] كل دقيقة
        [two] كل دقيقتين
        [few] كل { $others } دقائق
        [many] كل { $others } دقيقة
       *[other] كل { $others } دقيقة
    }
advisories-interval-hourly = كل ساعة
advisories-interval-rule = تنبيهات السفارة الأمريكية وإرشادات السفر البريطانية: { $alerts ->
        [zero] كل { $alerts } دقيقة
        [one] كل دقيقة
        [two] كل دقيقتين
        [few] كل { $alerts } دقائق
        [many] كل { $alerts } دقيقة
       *[other] كل { $alerts } دقيقة
    }، و{ $alerts_hot ->
        [zero] كل { $alerts_hot } دقيقة
        [one] كل دقيقة
        [two] كل دقيقتين
        [few] كل { $alerts_hot } دقائق
        [many] كل { $alerts_hot } دقيقة
       *[other] كل { $alerts_hot } دقيقة
    } ما دام أحد البلدان المتابَعة في المستوى 4 أو كانت خطتك فوق المرحلة العادية. بقية إرشادات السفر: كل ساعة، و{ $others_hot ->
        [zero] كل { $others_hot } دقيقة
        [one] كل دقيقة
        [two] كل دقيقتين
        [few] كل { $others_hot } دقائق
        [many] كل { $others_hot } دقيقة
       *[other] كل { $others_hot } دقيقة
    } ما دام أحد البلدان المتابَعة في المستوى 3 أو أعلى أو كانت خطتك فوق المرحلة العادية.
advisories-interval-hot = { $minutes ->
        [zero] كل { $minutes } دقيقة
        [one] كل دقيقة
        [two] كل دقيقتين
        [few] كل { $minutes } دقائق
        [many] كل { $minutes } دقيقة
       *[other] كل { $minutes } دقيقة
    } ما دام أحد البلدان المتابَعة في المستوى 3 أو أعلى أو كانت خطتك فوق المرحلة العادية
advisories-interval = { $minutes ->
        [zero] كل { $minutes } دقيقة
        [one] كل دقيقة
        [two] كل دقيقتين
        [few] كل { $minutes } دقائق
        [many] كل { $minutes } دقيقة
       *[other] كل { $minutes } دقيقة
    }
advisories-watch-error = تعذّرت قراءة متابعة إرشادات السفر: { $error }
advisories-try-again = أعد المحاولة
advisories-loading = جارٍ تحميل متابعة إرشادات السفر…
advisories-no-governments = لم تُختر أي حكومة أدناه، فلا شيء قيد المتابعة. اختر حكومة واحدة على الأقل في إعدادات المتابعة.
advisories-empty = لا يوجد بلد قيد المتابعة بعد.
advisories-empty-how = لبدء المتابعة أضف مكان إقامتك في { $household } أو مسارًا في { $routes }، أو أضف بلدًا في الإعدادات أدناه.

advisories-time-just-now = قبل لحظات
advisories-time-under-a-minute = خلال أقل من دقيقة

advisories-level = المستوى { $level }
advisories-level-highest = أعلى مستوى: { $level }
advisories-level-none = بلا مستوى
advisories-level-title = { $government }: المستوى { $level }، { $label }
advisories-disagree = الحكومات مختلفة في التقييم
    .title = تختلف حكومتان بمستويين أو أكثر: اقرأ ما تقوله كلتاهما.
    .hint = تختلف الحكومات أدناه بمستويين أو أكثر: اقرأ ما تقوله كل واحدة منها.
advisories-watched-because = قيد المتابعة لأن:
advisories-reason-residence = تقيم هنا
advisories-reason-route = على المسار { $route }
advisories-reason-route-unnamed = على مسار بلا اسم
advisories-reason-added = أضفته بنفسك
advisories-advice-for = الإرشادات بشأن { $country }، حسب الحكومة
advisories-leave-now = غادر الآن: هذه الحكومة تطلب من مواطنيها المغادرة
advisories-regional = في بعض المناطق: المستوى { $level }
advisories-published = تاريخ النشر
advisories-checked = آخر تحقق
advisories-seen = رآه هذا الحاسوب في
advisories-stale-since = قديم: آخر تأكيد { $ago }
advisories-stale-never = قديم: لم يُؤكَّد قط
advisories-stale = قديم
advisories-official-page = الصفحة الرسمية
advisories-official-page-for = الصفحة الرسمية: { $source } بشأن { $country }
advisories-not-reached = تعذّر الوصول
advisories-not-checked = لم يُتحقق بعد
advisories-not-checked-hint = لم يُتحقق بعد.
advisories-no-advice = لا توجد إرشادات من هذه الحكومة بشأن { $country } بعد.
advisories-named = { $name }: { $text }
advisories-summaries = ماذا تقول كل حكومة

advisories-source-us-embassy = السفارة الأمريكية
advisories-feed-unreachable = { $source }: تعذّر الوصول
advisories-feed-unreachable-since = { $source }: تعذّر الوصول منذ { $time }
advisories-feed-down = { $source }: المصدر معطّل
advisories-feed-down-since = { $source }: المصدر معطّل منذ { $time }
advisories-unreachable = تعذّر الوصول
advisories-unreachable-since = تعذّر الوصول منذ { $time }
advisories-with-reason = { $text } ({ $reason })
advisories-error-timeout = لم يصل رد في الوقت المحدد
advisories-error-connect = لا يوجد اتصال
advisories-error-transport = انقطع الاتصال
advisories-error-rate-limited = طلبات أكثر من اللازم
advisories-error-server = خطأ في الخادم
advisories-error-refused = رُفض الطلب
advisories-error-challenge-page = حجبته صفحة تحقّق
advisories-error-redirects = إعادة توجيه في حلقة مفرغة
advisories-error-too-large = الرد كبير جدًا
advisories-error-implausible = بدا الرد خاطئًا، فاحتُفظ بآخر بيانات سليمة
advisories-error-unreadable = تعذّرت قراءة الرد
advisories-error-other = خطأ

advisories-reach-all = تم التحقق
advisories-reach-all-at = تم التحقق الساعة { $time }
advisories-reach-failed = تعذّر الوصول إلى { $governments }
advisories-reach-embassy-down = تعذّرت قراءة تنبيهات السفارة الأمريكية بشأن { $countries } (المصدر معطّل)
advisories-reach-embassy-down-since = تعذّرت قراءة تنبيهات السفارة الأمريكية بشأن { $countries } (المصدر معطّل منذ { $time })
advisories-reach-checked = { $count ->
       *[other] تم التحقق من { $governments }
    }
advisories-reach-checked-at = { $count ->
       *[other] تم التحقق من { $governments } الساعة { $time }
    }
advisories-reach-embassy-read = تمت قراءة تنبيهات السفارة الأمريكية
advisories-reach-embassy-read-at = تمت قراءة تنبيهات السفارة الأمريكية الساعة { $time }
advisories-reach-then = { $first }؛ { $then }
advisories-reach-some-governments = بعض الحكومات
advisories-reach-none = تعذّر الوصول إلى أي حكومة؛ لا توجد مستويات لعرضها بعد
advisories-reach-none-since = تعذّر الوصول إلى أي حكومة منذ { $time }؛ لا توجد مستويات لعرضها بعد
advisories-reach-none-data = تعذّر الوصول إلى أي حكومة؛ المستويات المعروضة تعود إلى { $day }
advisories-reach-none-since-data = تعذّر الوصول إلى أي حكومة منذ { $time }؛ المستويات المعروضة تعود إلى { $day }

advisories-timeline = السجل الزمني
advisories-timeline-label = السجل الزمني لـ { $country }، الأحدث أولًا
advisories-timeline-show-all = { $count ->
        [zero] عرض كل الإدخالات
        [one] عرض الإدخال الوحيد
        [two] عرض الإدخالين كليهما
        [few] عرض كل الإدخالات الـ{ $count }
        [many] عرض كل الإدخالات الـ{ $count }
       *[other] عرض كل الإدخالات الـ{ $count }
    } (و{ $hidden } غيرها)
advisories-timeline-show-fewer = عرض أقل
advisories-history-baseline = رُصد لأول مرة
advisories-history-alert-baseline = تنبيه أمني منشور قبل أول تحقق
advisories-history-changed = من المستوى { $from } إلى { $level }
advisories-history-now-level = الآن المستوى { $level }
advisories-history-reissued = أُعيد إصداره، بالمستوى نفسه
advisories-history-leave-now-given = صدرت نصيحة «غادر الآن»
advisories-history-leave-now-changed = تغيّرت نصيحة «غادر الآن»
advisories-history-alert = تنبيه أمني
advisories-history-update = تحديث لإرشادات السفر
advisories-history-alert-edited = عُدّل نص التنبيه
advisories-history-update-edited = عُدّل نص التحديث
advisories-priority-high = أولوية عالية
advisories-priority-normal = أولوية عادية
advisories-priority-low = أولوية منخفضة
advisories-priority-with-reason = { $priority } — { $reason }
advisories-rule-leave-now = يدعو إلى المغادرة
advisories-rule-evacuation = يُبلغ عن عملية إجلاء
advisories-rule-ordered-departure = يُبلغ عن أمر بمغادرة الموظفين
advisories-rule-staff-withdrawn = يُبلغ عن سحب الموظفين
advisories-rule-embassy-closed = يُبلغ عن إغلاق سفارة أو قرب إغلاقها
advisories-rule-airport-closed = يُبلغ عن إغلاق مطار أو المجال الجوي أو قرب إغلاقه
advisories-rule-border-closed = يُبلغ عن إغلاق الحدود أو قرب إغلاقها
advisories-rule-curfew = يُبلغ عن حظر تجوّل
advisories-rule-reissued-without-amendment = رُوجع وأُعيد إصداره دون تعديل
advisories-rule-editorial = تعديل تحريري فقط
advisories-rule-no-level-change = لا تغيير في المستوى أو مؤشرات الخطر
advisories-rule-new-item = تنبيه أو تحديث جديد
advisories-rule-level-rose = ارتفع المستوى
advisories-rule-level-lowered = انخفض المستوى
advisories-rule-no-longer-leave-now = لم يعد يدعو إلى المغادرة

advisories-governments = الحكومات
    .government = الحكومة
    .watched = قيد المتابعة
    .last-success = آخر نجاح
    .last-attempt = آخر محاولة
    .countries = البلدان
    .state = الحالة
advisories-watched-yes = نعم
advisories-watched-off = متوقفة
advisories-never = أبدًا
advisories-ok = سليم

advisories-settings = إعدادات المتابعة
advisories-settings-governments = الحكومات التي تُقرأ تحذيراتها
advisories-settings-also-watch = تابع أيضًا (إضافة إلى مكان إقامتك ومساراتك)
advisories-settings-added-countries = البلدان التي أضفتها إلى المتابعة
advisories-settings-background = الإشعارات والعمل في الخلفية
advisories-settings-notify = أشعرني عندما يتغير مستوى بلد قيد المتابعة
advisories-settings-plan-in-notifications = أظهر تعليمات خطتي في الإشعارات
    .hint = قد تظهر الإشعارات على الشاشة المقفلة: كل من يراها يقرأ التعليمات («خطتك: غادر الآن — المسار A…»). ألغِ التحديد لتقتصر الإشعارات على المستوى وحده.
advisories-settings-close-to-tray = إغلاق النافذة يُبقي المتابعة تعمل في علبة النظام
    .hint = تُقفل الخطة عند إغلاق النافذة؛ وتستمر المتابعة في التحقق.
advisories-settings-start-at-login = شغّل Lifeboat عند تسجيل الدخول (في علبة النظام)
