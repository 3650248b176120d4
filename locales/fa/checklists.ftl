# The Checklists section: lists to tick off, some started from a template.

checklists-template = الگو
checklists-template-pick = افزودن از روی الگو…
checklists-template-option = { $title } ({ $count })
checklists-add = افزودن
checklists-add-empty = + فهرست خالی
checklists-empty = هنوز چک‌لیستی ندارید. از یک الگو شروع کنید: فهرست کوله‌پشتی اضطراری شروع خوبی است.

checklists-list-name = نام فهرست
checklists-count = { $done } از { $total }
checklists-progress = پیشرفت { $title }
checklists-remove-list = حذف فهرست
checklists-column-done = انجام‌شده
checklists-column-item = مورد
checklists-column-quantity = تعداد
checklists-column-expires = انقضا
checklists-column-notes = یادداشت
checklists-item-done = انجام شد: { $item }
checklists-item = مورد
checklists-quantity = تعداد
checklists-expires = تاریخ انقضا
checklists-notes = یادداشت‌ها
checklists-expired = منقضی شده
checklists-item-remove = حذف مورد { $item }
checklists-item-add = + افزودن مورد

checklists-untitled = بی‌عنوان
checklists-remove-confirm = فهرست «{ $title }» و { $count } مورد آن حذف شود؟
