# The Household section: the plan's owner and everyone (and every animal) who leaves with them.

household-intro = همه‌ی کسانی (و همه‌ی حیواناتی) که همراه شما می‌روند.
household-you = شما
household-you-named = شما: { $name }
household-new-member = عضو تازه
household-new-pet = حیوان خانگی تازه
household-kind = نوع
household-remove = حذف
household-remove-named = حذف { $name }
household-add-person = + افزودن یک نفر
household-add-pet = + افزودن حیوان خانگی

household-remove-confirm = { $name } از خانواده حذف شود؟
household-remove-confirm-person = این فرد از خانواده حذف شود؟
household-remove-confirm-pet = این حیوان خانگی از خانواده حذف شود؟
household-remove-held = { $count ->
        [one] یک مدرک به نام اوست و باید دارنده‌ی دیگری برایش تعیین شود.
       *[other] { $count } مدرک به نام اوست و باید برایشان دارنده‌ی دیگری تعیین شود.
    }

household-name = نام
household-relationship = نسبت با شما
household-relationship-placeholder-person = همسر، دختر…
household-relationship-placeholder-pet = سگ، گربه…
household-residence = کشور محل اقامت
household-city = شهر
household-date-of-birth = تاریخ تولد
household-nationalities = تابعیت‌ها
household-nationalities-of = تابعیت‌های { $name }
household-nationalities-of-unnamed = تابعیت‌های این فرد
household-languages = زبان‌ها (با ویرگول جدا کنید)
household-languages-placeholder = fa, en, fr
household-blood-type = گروه خونی
# "O+" sits between the invisible marks U+2066 (LRI) and U+2069 (PDI), a left-to-right isolate: bare, between a
# Latin letter and right-to-left text, its "+" would show before the O. (A {"…"} literal would be isolated again.)
household-blood-type-placeholder = ⁦O+⁩، نامعلوم
household-medical-notes = یادداشت‌های پزشکی (داروها، حساسیت‌ها، بیماری‌ها)
household-notes = یادداشت‌ها
