errors-locked = الخطة مقفلة. افتح قفلها للمتابعة.
errors-weak-passphrase = عبارة المرور قصيرة جدًا: استخدم { $min ->
        [zero] { $min } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل. الجملة القصيرة أسهل في التذكّر وأصعب في التخمين.
errors-passphrase-required = هذا الملف مشفّر: أدخل عبارة المرور التي صُدّر بها.
errors-invalid-plan = لا يمكن استخدام الخطة على حالها ({ $detail }).
errors-file = تعذّرت قراءة ملف أو الكتابة فيه ({ $detail }).
errors-invalid-path = لا يمكن حفظ الملف المُصدَّر هناك ({ $detail }).
errors-invalid-url = لا يمكن فتح هذا الرابط ({ $detail }).
errors-stale-map = أُعيد رسم الخريطة بعد تلك النقرة. انقر المكان مرة أخرى.
errors-invalid-point = هذه ليست نقطة على الأرض: خط العرض من −90 إلى 90، وخط الطول من −180 إلى 180.
errors-internal = حدث خطأ داخل Lifeboat ({ $detail }).
errors-not-a-vault = هذا الملف ليس خزنة Lifeboat؛ ولم يُغيَّر ({ $detail }).
errors-key-mismatch = هذا الملف مشفّر لمفتاح خطة أخرى ({ $detail }).
errors-already-exists = يوجد ملف بهذا الاسم من قبل؛ لم يُستبدل شيء ({ $detail }).
errors-not-found = تعذّر العثور على شيء يحتاجه Lifeboat ({ $detail }).
errors-disk-full = القرص ممتلئ. أفرغ بعض المساحة وحاول مرة أخرى ({ $detail }).
errors-read-only = لا يوجد إذن بالكتابة هناك: المكان للقراءة فقط أو رُفض الوصول ({ $detail }).
errors-too-large = الملف كبير جدًا ({ $detail }).
errors-bad-recovery-key = هذا ليس مفتاح استرداد صالحًا: يبدأ مفتاح الاسترداد بـ { $prefix }.
errors-invalid-export = هذا الملف ليس ملفًا مُصدَّرًا من Lifeboat ومشفّرًا بعبارة مرور.
errors-invalid-options = إعدادات التخزين في Lifeboat غير صالحة ({ $detail }).
errors-invalid-recipient = هذا ليس مفتاحًا عامًا صالحًا لمستندات الخطة ({ $detail }).
errors-not-a-plan = هذا الملف ليس خطة Lifeboat.
errors-invalid-json = هذا الملف ليس خطة مقروءة ({ $detail }).
errors-no-migration = لا يستطيع هذا الإصدار من Lifeboat تحويل إصدار هذه الخطة ({ $detail }).
errors-export-failed = فشل التصدير ({ $detail }).
errors-pdf-data = تعذّر تجهيز الخطة للطباعة ({ $detail }).
errors-pdf-template = تعذّر تنسيق صفحات ملف PDF ({ $detail }).
errors-pdf-export = تعذّرت كتابة ملف PDF ({ $detail }).
errors-pdf-font = تعذّرت قراءة خط مدمج في Lifeboat. أعد تثبيت Lifeboat.
errors-pdf-typesetter-missing = أداة تنضيد PDF ‏({ $program }) غير موجودة بجانب Lifeboat. أعد تثبيت Lifeboat.
errors-advisories = تعذّر جلب إرشادات السفر ({ $reason }).
