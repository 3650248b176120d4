# The Household section: the plan's owner and everyone (and every animal) who leaves with them.

household-intro = كل من يغادر معك (وكل حيوان أيضًا).
household-you = أنت
household-you-named = أنت: { $name }
household-new-member = فرد جديد
household-new-pet = حيوان أليف جديد
household-kind = النوع
household-remove = حذف
household-remove-named = حذف { $name }
household-add-person = + إضافة شخص
household-add-pet = + إضافة حيوان أليف

household-remove-confirm = هل تريد حذف { $name } من الأسرة؟
household-remove-confirm-person = هل تريد حذف هذا الشخص من الأسرة؟
household-remove-confirm-pet = هل تريد حذف هذا الحيوان الأليف من الأسرة؟
household-remove-held = { $count ->
        [zero] لا توجد وثائق مسجّلة باسم هذا الفرد.
        [one] هناك وثيقة واحدة مسجّلة باسم هذا الفرد وستحتاج إلى حامل جديد.
        [two] هناك وثيقتان مسجّلتان باسم هذا الفرد وستحتاجان إلى حامل جديد.
        [few] هناك { $count } وثائق مسجّلة باسم هذا الفرد وستحتاج إلى حامل جديد.
        [many] هناك { $count } وثيقةً مسجّلة باسم هذا الفرد وستحتاج إلى حامل جديد.
       *[other] هناك { $count } وثيقة مسجّلة باسم هذا الفرد وستحتاج إلى حامل جديد.
    }

household-name = الاسم
household-relationship = صلة القرابة بك
household-relationship-placeholder-person = زوجة، ابنة…
household-relationship-placeholder-pet = كلب، قطة…
household-residence = بلد الإقامة
household-city = المدينة
household-date-of-birth = تاريخ الميلاد
household-nationalities = الجنسيات
household-nationalities-of = جنسيات { $name }
household-nationalities-of-unnamed = جنسيات هذا الشخص
household-languages = اللغات (مفصولة بفواصل)
household-languages-placeholder = ar, en, fr
household-blood-type = فصيلة الدم
# "O+" sits between the invisible marks U+2066 (LRI) and U+2069 (PDI), a left-to-right isolate: bare, between a
# Latin letter and right-to-left text, its "+" would show before the O. (A {"…"} literal would be isolated again.)
household-blood-type-placeholder = ⁦O+⁩، غير معروفة
household-medical-notes = ملاحظات طبية (أدوية، حساسية، أمراض)
household-notes = ملاحظات
