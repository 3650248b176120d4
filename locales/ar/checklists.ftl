# The Checklists section: lists to tick off, some started from a template.

checklists-template = قالب
checklists-template-pick = إضافة من قالب…
checklists-template-option = { $title } ({ $count })
checklists-add = إضافة
checklists-add-empty = + قائمة فارغة
checklists-empty = لا توجد قوائم بعد. ابدأ من قالب: قائمة حقيبة الطوارئ بداية جيدة.

checklists-list-name = اسم القائمة
checklists-count = { $done } من { $total }
checklists-progress = تقدّم { $title }
checklists-remove-list = حذف القائمة
checklists-column-done = تم
checklists-column-item = البند
checklists-column-quantity = الكمية
checklists-column-expires = الانتهاء
checklists-column-notes = ملاحظات
checklists-item-done = تم: { $item }
checklists-item = البند
checklists-quantity = الكمية
checklists-expires = تاريخ الانتهاء
checklists-notes = ملاحظات
checklists-expired = منتهي الصلاحية
checklists-item-remove = حذف البند { $item }
checklists-item-add = + إضافة بند

checklists-untitled = بلا عنوان
checklists-remove-confirm = { $count ->
        [zero] هل تريد حذف القائمة «{ $title }»؟ لا بنود فيها.
        [one] هل تريد حذف القائمة «{ $title }» مع البند الوحيد فيها؟
        [two] هل تريد حذف القائمة «{ $title }» مع البندين اللذين فيها؟
        [few] هل تريد حذف القائمة «{ $title }» مع { $count } بنود فيها؟
        [many] هل تريد حذف القائمة «{ $title }» مع { $count } بندًا فيها؟
       *[other] هل تريد حذف القائمة «{ $title }» مع { $count } بند فيها؟
    }
