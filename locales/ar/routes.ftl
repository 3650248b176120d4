# The Routes section: the ways out in order of preference, each with its legs (from, to, border crossing, what
# each leg needs) and its rally points.

routes-intro = بترتيب الأفضلية: أول مسار مفتوح هو الخطة A.
routes-add = + إضافة مسار
routes-empty = لا توجد مسارات بعد. أضف الخطة A، ثم مسارًا بديلًا واحدًا على الأقل تحسّبًا لإغلاقها.
routes-new-name = الخطة { $letter }
routes-rank = الأفضلية
routes-unnamed = مسار بلا اسم
routes-move-up = نقل { $name } إلى الأعلى
routes-move-down = نقل { $name } إلى الأسفل
routes-remove = حذف
routes-remove-label = حذف المسار
routes-remove-confirm = { $legs ->
        [zero] هل تريد حذف المسار «{ $name }»؟ لا مقاطع فيه.
        [one] هل تريد حذف المسار «{ $name }» مع مقطعه الوحيد؟
        [two] هل تريد حذف المسار «{ $name }» مع مقطعيه؟
        [few] هل تريد حذف المسار «{ $name }» مع { $legs } مقاطع فيه؟
        [many] هل تريد حذف المسار «{ $name }» مع { $legs } مقطعًا فيه؟
       *[other] هل تريد حذف المسار «{ $name }» مع { $legs } مقطع فيه؟
    }

routes-name = الاسم
routes-name-missing = أعطِ المسار اسمًا
routes-status = الحالة
routes-last-verified = آخر تحقّق
routes-verified-today = تم التحقق اليوم
routes-summary = الملخّص
routes-summary-placeholder = من طهران إلى وان برًّا عبر بازرگان

routes-legs = مقاطع المسار
routes-leg = المقطع { $number }
routes-leg-border = الحدود: { $crossing }
routes-leg-move-up = نقل المقطع { $number } إلى الأعلى
routes-leg-move-down = نقل المقطع { $number } إلى الأسفل
routes-leg-remove = حذف المقطع { $number }
routes-leg-remove-confirm = هل تريد حذف المقطع { $from } ← { $to }؟
routes-leg-from = من
routes-leg-from-country = بلد الانطلاق
routes-leg-to = إلى
routes-leg-to-country = بلد الوصول
routes-leg-mode = وسيلة التنقل
routes-leg-expected-time = المدة المتوقعة (ساعات:دقائق)
routes-leg-expected-time-invalid = اكتب ساعات:دقائق (3:30) أو عدد الدقائق (210)
routes-leg-border-crossing = المعبر الحدودي
routes-leg-border-crossing-placeholder = بازرگان / غوربولاك
routes-leg-notes = ملاحظات المقطع
routes-leg-add = + إضافة مقطع

routes-needs = الاحتياجات
routes-needs-of-leg = احتياجات المقطع { $number }
routes-need-kind = نوع الحاجة
routes-need-detail = التفاصيل
routes-need-detail-placeholder = 300 دولار أمريكي لكل بالغ
routes-need-document = الوثيقة المرتبطة
routes-need-no-document = — بلا وثيقة —
routes-need-document-removed = (وثيقة محذوفة)
routes-need-document-of = { $document } – { $holder }
routes-need-remove = حذف الحاجة { $number }
routes-need-add = + حاجة

routes-rally-points = نقاط التجمّع
routes-rally-name = الاسم
routes-rally-address = العنوان
routes-rally-notes = ملاحظات
routes-rally-remove = حذف نقطة التجمّع { $number }
routes-rally-add = + نقطة تجمّع

routes-notes = ملاحظات

## The map above the legs, and each leg's places on it

routes-map-title = الطرق على الخريطة
routes-map-drawing = جارٍ رسم الخريطة…
routes-map-failed = تعذّر رسم الخريطة. { $error }
routes-map-empty = لا مرحلة على الخريطة بعد. تحت كل مرحلة، حدّد مكان بدايتها ونهايتها لترى خطها.
routes-map-unplaced-title = ليست على الخريطة بعد:
routes-map-unplaced-crossing = المعبر { $crossing }
routes-map-legs = الطرق على الخريطة، مرحلةً مرحلة:
routes-map-leg = من { $from } إلى { $to }
routes-map-leg-via = من { $from } إلى { $to }، عبر { $crossing }
routes-map-leg-drawn = على الخريطة
routes-map-leg-not-drawn = ليست على الخريطة بعد
routes-map-pick-hint = انقر على الخريطة حيث يقع { $place }. مفتاح Escape يلغي.
routes-map-pick-cancel = إلغاء
routes-place-title = على الخريطة:
routes-place-group = أماكن المرحلة { $number } على الخريطة
routes-place-from = البداية
routes-place-to = النهاية
routes-place-crossing = المعبر
routes-place-none = بلا مكان بعد
routes-place-of-leg = { $place } المرحلة { $number }
routes-place-of-leg-named = { $place } المرحلة { $number } ({ $name })
routes-place-chip-label = { $place } على الخريطة: { $state }
routes-place-point = { $lat }، { $lon }
routes-place-find = ابحث عن مكان { $place }: مدينة أو مطار أو معبر حدودي
routes-place-find-placeholder = طهران، Tehran، IKA، بازرگان…
routes-place-hits = الأماكن الموجودة
routes-place-no-hits = لا مكان بهذا الاسم في القائمة المحفوظة على الجهاز. اكتب إحداثياته أدناه، أو انقره على الخريطة.
routes-place-kind-town = مدينة، { $countries }
routes-place-kind-airport = مطار { $town }، { $countries }
routes-place-kind-crossing = معبر حدودي، { $countries }
routes-place-coordinates = أو إحداثياته (خط العرض، خط الطول):
routes-place-coordinates-placeholder = 35.6892, 51.3890
routes-place-coordinates-set = استخدمها
routes-place-coordinates-invalid = رقمان: خط العرض (من −90 إلى 90) ثم خط الطول (من −180 إلى 180)، مثل 35.6892, 51.3890.
routes-place-on-map = اختر على الخريطة
routes-place-clear = أزِل من الخريطة
routes-place-close = إغلاق
routes-place-sources = الأماكن: GeoNames ‏(CC BY 4.0)؛ المطارات: OurAirports (ملك عام)؛ المعابر الحدودية: قائمة Lifeboat الخاصة. كلها على هذا الحاسوب، بلا شبكة.
