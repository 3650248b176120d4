# The editor's frame around every section. See en/editor.ftl for what each message is.

editor-untitled-plan = خطة بلا عنوان
editor-phase = المرحلة: { $phase }
editor-dismiss-notice = إغلاق الرسالة
editor-lock = قفل
    .title = قفل الخطة ({ $shortcut })
editor-sections = الأقسام
editor-section-errors = { $count ->
        [zero] لا حقول تحتاج إلى تصحيح
        [one] حقل واحد يحتاج إلى تصحيح
        [two] حقلان يحتاجان إلى تصحيح
        [few] { $count } حقول تحتاج إلى تصحيح
        [many] { $count } حقلًا يحتاج إلى تصحيح
       *[other] { $count } حقل يحتاج إلى تصحيح
    }

editor-save-saved = تم الحفظ
editor-save-saved-at = تم الحفظ الساعة { $time }
editor-save-pending = جارٍ التحرير…
editor-save-saving = جارٍ الحفظ…
editor-save-invalid = لم يتم الحفظ: { $count ->
        [zero] صحّح الحقول
        [one] صحّح حقلًا واحدًا
        [two] صحّح حقلين
        [few] صحّح { $count } حقول
        [many] صحّح { $count } حقلًا
       *[other] صحّح { $count } حقل
    }
editor-save-failed = لم يتم الحفظ: { $reason }
