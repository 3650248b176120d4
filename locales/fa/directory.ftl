# Who helps you here: the embassy directory. See locales/en/directory.ftl for the notes.

directory-readiness-unnamed = یکی از اعضای خانواده
directory-readiness-no-mission = هیچ سفارت، کنسولگری یا دولت حافظ منافعی برای { $people } (شهروند { $nationality }) در { $country } شناخته نیست
directory-readiness-not-in-contacts = { $mission } می‌تواند به { $people } (شهروند { $nationality }) در { $country } کمک کند: آن را به مخاطبانتان اضافه کنید
directory-readiness-stale = داده‌های سفارت برای شهروندان { $nationality } در { $country } مربوط به { $date } است، { $days } روز پیش: آن را تازه کنید

directory-kind-embassy = سفارت
directory-kind-consulate = کنسولگری
directory-kind-honorary-consul = کنسول افتخاری
directory-kind-interests-section = دفتر حفاظت منافع
directory-kind-protecting-power = دولت حافظ منافع
directory-kind-partner-mission = نمایندگی کشور همکار
directory-kind-eu-member-state = نمایندگی کشور دیگری از اتحادیه‌ی اروپا

directory-title = چه کسی اینجا به شما کمک می‌کند
directory-intro = سفارت‌ها، کنسولگری‌ها و دولت‌های حافظ منافع برای هر تابعیت در خانواده‌ی شما، در هر کشوری که برنامه‌تان به آن مربوط است. روی همین رایانه نگه داشته می‌شوند تا وقتی شبکه قطع است هم در دسترس باشند.
directory-for = شهروندان { $nationality } در { $country }
directory-none-known = کسی برای کمک به شهروندان { $nationality } در { $country } شناخته نیست. از وزارت امور خارجه‌ی آن کشور بپرسید کدام سفارت این کشور را پوشش می‌دهد و آن را به مخاطبان اضافه کنید.
directory-assistance-none = دولت { $nationality } می‌گوید در { $country } کمکی ارائه نمی‌کند.
directory-assistance-remote = کمک از دفتری در کشوری دیگر می‌رسد.
directory-located-in = واقع در { $country }
directory-operated-by = زیر نظر { $state }
directory-phone = تلفن
directory-emergency = تلفن اضطراری شبانه‌روزی
directory-email = ایمیل
directory-website = وب‌سایت
directory-hours = ساعت کار
directory-address = نشانی
directory-source = { $source }، داده‌های { $date }
directory-fetched = دریافت‌شده در { $date }
directory-not-fetched = هنوز دریافت نشده است: از جدول دولت‌های حافظ منافعِ خود Lifeboat نشان داده می‌شود.
directory-refresh-failed = آخرین تازه‌سازی ناموفق بود: این آخرین داده‌ای است که دریافت شد.
directory-refresh = تازه‌سازی
directory-refreshing = در حال تازه‌سازی…
directory-add = افزودن به مخاطبانم
directory-added = در مخاطبان شما
directory-no-pairs = در بخش خانواده تابعیت هر نفر را وارد کنید تا ببینید چه کسی اینجا به او کمک می‌کند.
directory-arrangement = { $state } از { $since } به‌عنوان دولت حافظ منافع، نماینده‌ی شهروندان { $nationality } در { $country } است.
directory-eu-rule = اگر { $nationality } در اینجا سفارت یا کنسولگری ندارد، سفارت یا کنسولگری هر کشور دیگرِ عضو اتحادیه‌ی اروپا باید همان‌گونه که به شهروندان خود کمک می‌کند به شما کمک کند.
directory-checked = بررسی‌شده در { $date }
directory-check-source = منبع
directory-contact-note = { $kind } · { $source }، داده‌های { $date }

directory-pdf-title = چه کسی اینجا به ما کمک می‌کند
directory-pdf-for = { $people } (شهروند { $nationality }) در { $country }
directory-pdf-none = هیچ سفارت، کنسولگری یا دولت حافظ منافعی شناخته نیست. از وزارت امور خارجه بپرسید.

directory-cli-about = چه کسی به شهروندان یک کشور در کشوری دیگر کمک می‌کند: سفارت‌ها، کنسولگری‌ها، دولت‌های حافظ منافع
directory-cli-nationality = تابعیت، با کد ISO (US، CA، GB، DE…)
directory-cli-country = کشور، با کد ISO (IR…)
directory-cli-refresh-help = اول داده‌های دولت‌ها را دریافت کن (وگرنه نسخه‌ی نگه‌داشته خوانده می‌شود)
directory-cli-json-help = به‌جای جدول، JSON چاپ کن
directory-cli-refreshed = تازه شد. به‌روزشده: { $updated }، بدون تغییر: { $unchanged }، ناموفق: { $failed }.
directory-cli-failed = { $source } برای { $country } ناموفق بود ({ $code }): آخرین داده‌ی سالم نگه داشته شد.
