# The dashboard: the current phase and what to do, the watch's suggestion, the advisories at a glance, readiness,
# checklists and the plan's counts.

dashboard-checked-on = بررسی‌شده در { $date }

dashboard-suggestion-level = { $government }: { $country } در سطح { $level }
dashboard-suggestion-alert = { $source }: { $title }
dashboard-suggestion-by-tripwire = — نشانه‌ی هشدار شما «{ $phase }» را پیشنهاد می‌کند.
dashboard-suggestion-by-rule = — هیچ‌یک از نشانه‌های هشدار شما { $country } را در بر نمی‌گیرد، پس قاعده‌ی پیش‌فرض Lifeboat «{ $phase }» را پیشنهاد می‌کند.
dashboard-suggestion-accept = رفتن به مرحله‌ی { $phase }
dashboard-suggestion-dismiss = الان نه

dashboard-current-phase = مرحله‌ی کنونی
dashboard-phase-since = از { $time }
dashboard-change-phase = تغییر مرحله
dashboard-what-to-do = اکنون چه باید کرد
dashboard-no-instructions = هنوز دستوری برای این مرحله نوشته نشده است.
dashboard-write-instructions = آن‌ها را در { $section } بنویسید
dashboard-route = مسیر
dashboard-unnamed-route = مسیر بی‌نام
dashboard-route-none = تعیین نشده
dashboard-checklists = فهرست‌های وارسی
dashboard-checklists-none = هیچ‌کدام پیوند نشده
dashboard-progress = { $done } از { $total }

dashboard-advisories = هشدارهای سفر
dashboard-open-advisories = باز کردن هشدارهای سفر
dashboard-loading = در حال بارگیری…
dashboard-advisories-empty = هنوز هیچ کشوری زیر نظر نیست: برای آغاز پایش، محل اقامت خود را در { $household } یا یک مسیر وارد کنید.
dashboard-show-advisories = { $country }: نمایش هشدارهای سفر
dashboard-latest-high = تازه‌ترین هشدار با اولویت بالا
dashboard-disagree = ناهم‌نظر
    .title = ارزیابی دولت‌ها دست‌کم ۲ سطح با هم فاصله دارد
dashboard-leave-now-advised = توصیه به خروج فوری

dashboard-readiness = آمادگی
dashboard-readiness-ok = مشکلی پیدا نشد. برنامه را به‌روز نگه دارید.
dashboard-fix = رفع
    .label = رفع در { $section }
dashboard-checklists-empty = هنوز فهرست وارسی‌ای نیست.
dashboard-untitled-list = فهرست بی‌عنوان
dashboard-counts = در برنامه
    .people = افراد
    .pets = حیوانات خانگی
    .documents = مدارک
    .expiring = منقضی یا کمتر از ۶ ماه
    .contacts = مخاطبان
    .routes-open = مسیرهای باز
    .tripwires = نشانه‌های هشدار
dashboard-routes-open = { $open } از { $total }
