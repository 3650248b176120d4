# The editor's frame around every section. See en/editor.ftl for what each message is.

editor-untitled-plan = برنامه‌ی بی‌نام
editor-phase = مرحله: { $phase }
editor-dismiss-notice = بستن پیام
editor-lock = قفل
    .title = قفل کردن ({ $shortcut })
editor-sections = بخش‌ها
editor-section-errors = { $count } فیلد باید اصلاح شود

editor-save-saved = ذخیره شد
editor-save-saved-at = ساعت { $time } ذخیره شد
editor-save-pending = در حال ویرایش…
editor-save-saving = در حال ذخیره…
editor-save-invalid = ذخیره نشد: { $count } فیلد را اصلاح کنید
editor-save-failed = ذخیره نشد: { $reason }
