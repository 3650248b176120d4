# The unlock screen and recovery with a recovery key.

unlock-intro = خطتك مشفّرة على هذا الحاسوب. أدخل عبارة المرور لفتحها.
unlock-reason-idle = قُفلت بعد فترة من عدم النشاط.
unlock-reason-expired = انتهت الجلسة؛ افتح القفل للمتابعة.
unlock-reason-user = مقفلة.
unlock-passphrase-label = عبارة المرور
unlock-submit = فتح القفل
unlock-submit-busy = جارٍ فتح القفل…
unlock-forgot = هل نسيت عبارة المرور؟ استخدم مفتاح الاسترداد
unlock-data-folder = مجلد البيانات:
unlock-version = · الإصدار { $version }

unlock-recover-title = الاسترداد بمفتاح الاسترداد
unlock-recover-key-label = مفتاح الاسترداد ({ $prefix }…)
unlock-recover-new-label = عبارة مرور جديدة ({ $min ->
        [zero] بلا حد أدنى
        [one] حرف واحد على الأقل
        [two] حرفان على الأقل
        [few] { $min } أحرف على الأقل
        [many] { $min } حرفًا على الأقل
       *[other] { $min } حرف على الأقل
    })
unlock-recover-again-label = أعد كتابة عبارة المرور الجديدة
unlock-recover-submit = استرداد وتعيين عبارة المرور
unlock-recover-too-short = يجب أن تتكوّن عبارة المرور الجديدة من { $min ->
        [zero] أي عدد من الأحرف
        [one] حرف واحد على الأقل
        [two] حرفين على الأقل
        [few] { $min } أحرف على الأقل
        [many] { $min } حرفًا على الأقل
       *[other] { $min } حرف على الأقل
    }.
unlock-recover-mismatch = عبارتا المرور الجديدتان غير متطابقتين.
unlock-recover-wrong-key = مفتاح الاسترداد هذا لا يفتح هذه الخطة.

unlock-backups-in = تُحفظ النسخ الاحتياطية في { $folder }.
unlock-backups-default = تُحفظ النسخ الاحتياطية السابقة في مجلد البيانات.

unlock-error-wrong-passphrase = عبارة المرور غير صحيحة.
    .detail = تحقّق من تخطيط لوحة المفاتيح ومن مفتاح Caps Lock، ثم حاول مجددًا. إن فقدتها، فاستخدم مفتاح الاسترداد أدناه.
unlock-error-truncated = ملف الخطة مبتور (غير مكتمل).
    .detail = ربما انقطع نسخه أو حفظه. لم يُغيَّر الملف إطلاقًا.
    .advice = استعِد أحدث نسخة احتياطية، أو انسخ فوقه ملفًا سليمًا.
unlock-error-corrupt = ملف الخطة تالف.
    .detail = لا يمكن فك تشفيره على حاله. لم يُغيَّر الملف إطلاقًا.
    .advice = استعِد أحدث نسخة احتياطية، أو انسخ فوقه ملفًا سليمًا.
unlock-error-newer-schema = حُفظت هذه الخطة بإصدار أحدث من Lifeboat.
    .detail = حدِّث Lifeboat لفتحها. لم يتغيّر شيء، فلم تُفقد أي بيانات.
unlock-error-newer-format = تستخدم هذه الخزنة تنسيق ملفات أحدث.
    .detail = حدِّث Lifeboat لفتحها. لم يتغيّر شيء، فلم تُفقد أي بيانات.
unlock-error-not-a-vault = الملف الموجود في مجلد البيانات ليس خزنة Lifeboat.
    .detail = حُفظ شيء آخر في مكانه. لم يُغيَّر.
unlock-error-incomplete = الخزنة غير مكتملة: جزء منها مفقود.
    .detail = أحد الملفات في مجلد البيانات مفقود (ربما بسبب نسخ جزئي). لم يتغيّر شيء.
unlock-error-weak-passphrase = عبارة المرور قصيرة جدًا.
unlock-error-unknown = تعذّر فتح القفل.
