# متابعة إرشادات السفر: الإشعارات، وأيقونة شريط النظام (للتطبيق وللمراقبة في الخلفية)، ورسائل قسم إرشادات السفر.

watch-level-changed = { $country } — { $government }: المستوى { $level }، { $wording } (كان { $from })
watch-leave-now-added = { $country } — { $government }: غادِر الآن (المستوى { $level }، { $wording })
watch-leave-now-body = تطلب الحكومة الآن من مواطنيها هناك المغادرة.
watch-regional-level = أجزاء من البلد: المستوى { $level }.
watch-update = { $country } — { $publisher }: { $title }
watch-publisher-us-embassy = سفارة الولايات المتحدة
watch-suggested = مقترح: { $phase } ({ $reason }). افتح Lifeboat لتقرّر.
watch-suggested-with-plan = مقترح: { $phase } ({ $reason }). خطتك: { $plan }
watch-your-plan = خطتك: { $plan }
watch-action-open-in-lifeboat = فتح في Lifeboat
watch-action-open-page = فتح
watch-tray-not-started = متابعة إرشادات السفر: افتح القفل مرة واحدة للبدء
watch-tray-checking = متابعة إرشادات السفر: جارٍ التحقق…
watch-tray-no-data = متابعة إرشادات السفر: لا توجد بيانات بعد
watch-tray-highest = أعلى مستوى بين البلدان المراقَبة: { $level } من { $max }
watch-tray-none-reached = تعذّر الوصول إلى أي حكومة
watch-tray-none-reached-since = تعذّر الوصول إلى أي حكومة منذ { $when }
watch-tray-some-unreached = { $count ->
       *[other] تعذّر الوصول إلى { $governments }
    }
watch-tray-embassy-alerts-unread = تعذّرت قراءة تنبيهات السفارة الأمريكية
watch-tray-suggested = مقترح: { $phase } — افتح Lifeboat لتقرّر
watch-list-and = { $list } و{ $last }
watch-list-comma = { $list }، { $next }
watch-tray-open = فتح Lifeboat
watch-tray-check-now = تحقّق من إرشادات السفر الآن
watch-tray-lock = قفل
watch-tray-quit = إنهاء Lifeboat
watch-notice-set-aside = تعذّرت قراءة سجل إرشادات السفر المحفوظ: { $problem }. احتُفظ به باسم { $path } وبدأت المتابعة من جديد؛ يسجّل التحقق الأول المستويات الحالية دون تنبيهات.
watch-notice-not-moved = تعذّرت قراءة سجل إرشادات السفر المحفوظ ({ $problem }) وتعذّر نقله جانبًا ({ $error })؛ تعمل المتابعة لكنها لن تحفظ شيئًا حتى تُحل هذه المشكلة.
watch-problem-newer = كتبه إصدار أحدث من Lifeboat (التنسيق { $format })
watch-problem-invalid = غير صالح ({ $error })
watch-notice-round-failed = فشل التحقق من إرشادات السفر على نحو غير متوقع؛ تستمر المتابعة وستحاول مجددًا.
watch-notice-save-failed = تعذّر على متابعة إرشادات السفر حفظ حالتها: { $error }
watch-notice-notify-failed = تغيّرت إرشادات السفر لكن تعذّر عرض إشعار سطح المكتب ({ $error })؛ راجع السجل أدناه.
