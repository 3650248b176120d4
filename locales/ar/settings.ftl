# The Settings section: the plan's name and auto-lock, the passphrase, recovery keys, import and export, backups
# and what this installation is. (The language picker's label is common-language.)

settings-plan = الخطة
settings-plan-name = اسم الخطة (يُطبع على النسخ)
settings-auto-lock = القفل بعد دقائق من عدم النشاط (0 = أبدًا)
settings-auto-lock-range = من 0 (معطّل) إلى 1440 دقيقة

settings-passphrase-title = تغيير عبارة المرور
settings-passphrase-current = عبارة المرور الحالية
settings-passphrase-new = { $min ->
        [zero] عبارة المرور الجديدة
        [one] عبارة المرور الجديدة (حرف واحد على الأقل)
        [two] عبارة المرور الجديدة (حرفان على الأقل)
        [few] عبارة المرور الجديدة ({ $min } أحرف على الأقل)
        [many] عبارة المرور الجديدة ({ $min } حرفًا على الأقل)
       *[other] عبارة المرور الجديدة ({ $min } حرف على الأقل)
    }
settings-passphrase-again = عبارة المرور الجديدة مرة أخرى
settings-passphrase-submit = تغيير عبارة المرور
settings-passphrase-too-short = يجب أن تتكوّن عبارة المرور الجديدة من { $min ->
        [zero] أي عدد من الأحرف
        [one] حرف واحد على الأقل
        [two] حرفين على الأقل
        [few] { $min } أحرف على الأقل
        [many] { $min } حرفًا على الأقل
       *[other] { $min } حرف على الأقل
    }.
settings-passphrase-mismatch = عبارتا المرور الجديدتان غير متطابقتين.
settings-passphrase-changed = تم تغيير عبارة المرور. استخدم الجديدة من الآن فصاعدًا.
settings-passphrase-wrong = عبارة المرور الحالية خاطئة.

settings-recovery-title = مفتاح الاسترداد
settings-recovery-intro = يفتح مفتاح الاسترداد الخطة إذا نُسيت عبارة المرور. اطبعه أو دوّنه واحفظه بعيدًا عن هذا الحاسوب.
settings-recovery-has-one = لهذه الخطة مفتاح بالفعل؛ وإنشاء مفتاح جديد يضيف مفتاحًا آخر.
settings-recovery-none = ليس لهذه الخطة مفتاح استرداد بعد.
settings-recovery-shown-once = يُعرض مرة واحدة فقط.
settings-recovery-write-down = دوّنه الآن: لا يستطيع Lifeboat عرضه مرة أخرى.
settings-recovery-done = لقد دوّنته
settings-recovery-passphrase = عبارة المرور الحالية
settings-recovery-wrong = عبارة المرور خاطئة.
settings-recovery-create = إنشاء مفتاح استرداد

settings-io-title = الاستيراد والتصدير
settings-export-title = تصدير الخطة
settings-export-encrypt = التشفير بعبارة مرور
settings-export-passphrase = عبارة المرور لهذا الملف
settings-export-unencrypted = من دون تشفير يستطيع أي شخص يجد الملف أن يقرأ الخطة كلها.
settings-export-submit = تصدير…
settings-export-too-short = استخدم للتصدير عبارة مرور من { $min ->
        [zero] أي عدد من الأحرف
        [one] حرف واحد على الأقل
        [two] حرفين على الأقل
        [few] { $min } أحرف على الأقل
        [many] { $min } حرفًا على الأقل
       *[other] { $min } حرف على الأقل
    }، أو ألغِ التشفير.
settings-export-file-encrypted = خطة مشفّرة
settings-export-done-encrypted = كُتبت نسخة مشفّرة في { $path }.
settings-export-done-plain = كُتب الملف في { $path }. إنه غير مشفّر: احفظه في مكان آمن.
settings-import-title = استيراد خطة
settings-import-hint = تحلّ محل الخطة الحالية؛ وتبقى الحالية في النسخ الاحتياطية.
settings-import-passphrase = عبارة المرور (للملفات المشفّرة فقط)
settings-import-submit = استيراد…
settings-import-file = خطة Lifeboat
settings-import-confirm = هل تريد استبدال الخطة الحالية بالخطة الموجودة في { $path }؟ تبقى الخطة الحالية في النسخ الاحتياطية.
settings-import-confirm-ok = استبدال الخطة
settings-import-done = تم استيراد الخطة.
settings-import-wrong-passphrase = عبارة المرور خاطئة لهذا الملف.
settings-import-passphrase-required = هذا الملف مشفّر: أدخل عبارة المرور الخاصة به، ثم استورده مجددًا.

settings-backups-title = النسخ الاحتياطية
settings-backups-refresh = تحديث
settings-backups-empty = لا توجد نسخ احتياطية بعد: تُحفظ نسخة في كل مرة تُحفظ فيها الخطة فوق سابقتها.
settings-backups-saved = وقت الحفظ
settings-backups-size = الحجم
settings-backups-action = إجراء
settings-backups-restore = استعادة
settings-backups-restore-label = استعادة النسخة الاحتياطية من { $date }
settings-restore-confirm = هل تريد استعادة النسخة الاحتياطية من { $date }؟ ستُحفظ الخطة الحالية أيضًا كنسخة احتياطية.
settings-restore-confirm-ok = استعادة
settings-restore-done = تمت استعادة النسخة الاحتياطية من { $date }.

settings-about-title = حول Lifeboat
settings-about-data-folder = مجلد البيانات
settings-about-version = الإصدار
settings-about-unknown = غير معروف
