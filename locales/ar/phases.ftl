# The Phases section: what to do in each phase (the phases' names and hints are plan.ftl's), the tripwires that
# move the plan from one phase to another, and the advisory tripwires that suggest a phase from a government's
# travel advice level.

phases-intro = ما يجب فعله في كل حالة، مقرَّرًا مسبقًا وبهدوء.
phases-current = الحالية
phases-instructions = التعليمات
phases-route = المسار
phases-no-route = — بلا مسار —
phases-route-unnamed = مسار بلا اسم
phases-route-removed = (مسار محذوف)
phases-checklists = قوائم التحقق
phases-no-checklists = لا توجد قوائم تحقق بعد.
phases-checklist-untitled = قائمة بلا عنوان

phases-tripwires = مؤشرات الإنذار
phases-tripwires-intro = أحداث تنقلك إلى مرحلة أخرى، تقرّرها قبل أن تكون تحت الضغط.
phases-tripwire-condition = عندما…
phases-tripwire-condition-placeholder = السفارة تنصح بالمغادرة
phases-tripwire-phase = …انتقل إلى المرحلة
phases-tripwire-notes = ملاحظات
phases-tripwire-remove = حذف مؤشر الإنذار { $number }
phases-tripwire-remove-confirm = هل تريد حذف مؤشر الإنذار هذا؟
phases-tripwire-add = + مؤشر إنذار

phases-advisory-title = مؤشرات الإنذار من إرشادات السفر
phases-advisory-intro = عندما تبلغ إرشادات السفر الصادرة عن إحدى الحكومات مستوى معيّنًا، يقترح Lifeboat مرحلة. والقرار لك.
phases-advisory-empty = لا شيء بعد. مثال: المستوى { $level } من أي حكومة لبلد إقامتك ← غادِر الآن.
phases-advisory-country = البلد
phases-advisory-level = المستوى ≥
phases-advisory-level-out-of-range = { $level } (خارج النطاق)
phases-advisory-government = من
phases-advisory-any-government = أي حكومة
phases-advisory-phase = …اقترح المرحلة
phases-advisory-phase-normal = { $phase } (اختر مرحلة أخرى)
phases-advisory-remove = حذف مؤشر الإنذار من إرشادات السفر { $number }
phases-advisory-remove-confirm = هل تريد حذف مؤشر الإنذار هذا المرتبط بإرشادات السفر؟
phases-advisory-add = + مؤشر إنذار من إرشادات السفر

phases-family-title = إذا لم تتمكنوا من الوصول إلينا
phases-family-hint = للعائلة في الوطن: ما الذي يجب فعله، ومن يقرّر، وبمن يُتّصل أولًا.
