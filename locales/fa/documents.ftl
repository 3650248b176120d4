# The Documents section: passports, permits and papers, where the originals are and where copies are kept.

documents-intro = گذرنامه‌ها، مجوزها و سایر مدارک: اصل هر کدام کجاست و رونوشت‌هایشان کجا نگه داشته می‌شود.
documents-add = + افزودن مدرک
documents-empty = هنوز مدرکی ثبت نشده است. با گذرنامه‌ی همه‌ی اعضا شروع کنید.

documents-expired = منقضی شده
documents-expires-soon = کمتر از { $months } ماه تا انقضا
documents-valid = معتبر
documents-remove = حذف
    .label = حذف مدرک

documents-you = شما
documents-unnamed = بی‌نام

documents-kind = نوع
documents-title-label = عنوان (اختیاری)
documents-title-placeholder = روادید الکترونیکی ترکیه
documents-holder = دارنده
documents-holder-nobody = — هیچ‌کس —
documents-holder-self = { $name } (شما)
documents-holder-removed = (فرد حذف‌شده)
documents-number = شماره
documents-number-show = نمایش
documents-number-hide = پنهان کردن
documents-number-copy = کپی
documents-number-copied = کپی شد. Lifeboat پس از { $seconds } ثانیه کلیپ‌بورد را پاک می‌کند.
documents-issuing-country = کشور صادرکننده
documents-issued = تاریخ صدور
documents-expires = تاریخ انقضا
documents-original-location = محل نگهداری اصل
documents-original-location-placeholder = گاوصندوق نسوز، اتاق کار

documents-copies = رونوشت‌ها
documents-copy-medium = رسانه
documents-copy-location = محل نگهداری
documents-copy-location-placeholder = نزد خواهرم در لیون
documents-copy-remove = حذف رونوشت { $index }
documents-copy-add = + افزودن رونوشت
documents-notes = یادداشت‌ها

documents-remove-confirm = { $document } از برنامه حذف شود؟
documents-remove-confirm-held = { $document } به نام { $holder } از برنامه حذف شود؟
