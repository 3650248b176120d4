# كلمات سطر أوامر Lifeboat، بلغة الطرفية. تبقى المساعدة التي يولّدها clap ومخرجات JSON بالإنجليزية.

cli-passphrase-prompt = عبارة مرور Lifeboat:
cli-passphrase-unreadable = تعذّرت قراءة عبارة المرور: { $error }
cli-no-data-folder = لا يوجد مجلد بيانات: مرّر الخيار --data-dir أو --countries
cli-no-data-folder-or-plan = لا يوجد مجلد بيانات: استخدم --data-dir أو --plan
cli-cannot-read = تعذّرت قراءة { $file }: { $error }
cli-too-large = { $file }: حجمه { $bytes } بايت، وهو أكبر من أي موجز (الحد الأقصى { $max })
cli-not-a-country = «{ $code }» ليس رمز بلد وفق ISO 3166
cli-unknown-government = حكومة غير معروفة «{ $name }»؛ القيم المقبولة: { $list }
cli-one-of = القيم المقبولة: { $list }
cli-rows-skipped = عدد الصفوف التي لم تُقرأ كبلدان: { $count }
cli-not-an-alert = لم يُقرأ كتنبيه: { $item }
cli-check-no-advice = لم يُعثر على إرشادات
cli-check-level = المستوى { $level }
cli-check-parts = (أجزاء من البلد: المستوى { $level })
cli-check-leave-now = غادِر الآن
cli-check-updated = حُدّث في { $date }
cli-check-failed = { $government }: { $message } ({ $code })
cli-could-not-start = تعذّر تشغيل Lifeboat: { $error }
