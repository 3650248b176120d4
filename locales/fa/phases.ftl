# The Phases section: what to do in each phase (the phases' names and hints are plan.ftl's), the tripwires that
# move the plan from one phase to another, and the advisory tripwires that suggest a phase from a government's
# travel advice level.

phases-intro = در هر وضعیت چه باید کرد؛ از پیش و با آرامش تصمیم گرفته شده.
phases-current = مرحله‌ی کنونی
phases-instructions = دستورالعمل‌ها
phases-route = مسیر
phases-no-route = — بدون مسیر —
phases-route-unnamed = مسیر بی‌نام
phases-route-removed = (مسیر حذف‌شده)
phases-checklists = چک‌لیست‌ها
phases-no-checklists = هنوز چک‌لیستی نیست.
phases-checklist-untitled = فهرست بی‌عنوان

phases-tripwires = نشانه‌های هشدار
phases-tripwires-intro = رویدادهایی که شما را به مرحله‌ای دیگر می‌برند؛ پیش از آنکه زیر فشار باشید تعیینشان کنید.
phases-tripwire-condition = وقتی…
phases-tripwire-condition-placeholder = سفارت توصیه می‌کند کشور را ترک کنید
phases-tripwire-phase = …به این مرحله بروید
phases-tripwire-notes = یادداشت‌ها
phases-tripwire-remove = حذف نشانه‌ی هشدار { $number }
phases-tripwire-remove-confirm = این نشانه‌ی هشدار حذف شود؟
phases-tripwire-add = + نشانه‌ی هشدار

phases-advisory-title = نشانه‌های هشدار از توصیه‌های سفر
phases-advisory-intro = وقتی توصیه‌های سفر یک دولت به سطحی برسد، Lifeboat مرحله‌ای را پیشنهاد می‌کند. تصمیم با شماست.
phases-advisory-empty = هنوز هیچ‌کدام. برای نمونه: سطح { $level } از سوی هر دولتی برای کشور محل اقامت شما ← همین حالا بروید.
phases-advisory-country = کشور
phases-advisory-level = دست‌کم سطح
phases-advisory-level-out-of-range = { $level } (خارج از محدوده)
phases-advisory-government = از سوی
phases-advisory-any-government = هر دولتی
phases-advisory-phase = …این مرحله پیشنهاد شود
phases-advisory-phase-normal = { $phase } (مرحله‌ی دیگری برگزینید)
phases-advisory-remove = حذف نشانه‌ی هشدار توصیه‌ی سفر { $number }
phases-advisory-remove-confirm = این نشانه‌ی هشدار توصیه‌ی سفر حذف شود؟
phases-advisory-add = + نشانه‌ی هشدار توصیه‌ی سفر

phases-family-title = اگر نتوانستید با ما تماس بگیرید
phases-family-hint = برای خانواده در وطن: چه باید کرد، چه کسی تصمیم می‌گیرد، نخست با چه کسی تماس بگیرند.
