# The Documents section: passports, permits and papers, where the originals are and where copies are kept.

documents-intro = جوازات السفر والتصاريح والأوراق: أين توجد الأصول وأين تُحفظ النسخ.
documents-add = + إضافة وثيقة
documents-empty = لا توجد وثائق بعد. ابدأ بجوازات سفر الجميع.

documents-expired = منتهية الصلاحية
documents-expires-soon = تنتهي صلاحيتها خلال أقل من { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }
documents-valid = سارية
documents-remove = حذف
    .label = حذف الوثيقة

documents-you = أنت
documents-unnamed = بلا اسم

documents-kind = النوع
documents-title-label = العنوان (اختياري)
documents-title-placeholder = تأشيرة إلكترونية لتركيا
documents-holder = الحامل
documents-holder-nobody = — لا أحد —
documents-holder-self = { $name } (أنت)
documents-holder-removed = (شخص محذوف)
documents-number = الرقم
documents-number-show = إظهار
documents-number-hide = إخفاء
documents-number-copy = نسخ
documents-number-copied = تم النسخ. يمسح Lifeboat الحافظة بعد { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }.
documents-issuing-country = دولة الإصدار
documents-issued = تاريخ الإصدار
documents-expires = تاريخ الانتهاء
documents-original-location = مكان حفظ الأصل
documents-original-location-placeholder = خزنة مقاومة للحريق، المكتب

documents-copies = النسخ
documents-copy-medium = الوسيط
documents-copy-location = المكان
documents-copy-location-placeholder = عند أختي في ليون
documents-copy-remove = حذف النسخة { $index }
documents-copy-add = + إضافة نسخة
documents-notes = ملاحظات

documents-remove-confirm = هل تريد حذف { $document } من الخطة؟
documents-remove-confirm-held = هل تريد حذف { $document } باسم { $holder } من الخطة؟
