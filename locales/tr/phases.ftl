# The Phases section: what to do in each phase (the phases' names and hints are plan.ftl's), the tripwires that
# move the plan from one phase to another, and the advisory tripwires that suggest a phase from a government's
# travel advice level.

phases-intro = Her durumda ne yapacağınız; önceden ve sakin kafayla kararlaştırılmış.
phases-current = Şu anki
phases-instructions = Talimatlar
phases-route = Güzergâh
phases-no-route = — güzergâh yok —
phases-route-unnamed = Adsız güzergâh
phases-route-removed = (kaldırılmış güzergâh)
phases-checklists = Kontrol listeleri
phases-no-checklists = Henüz kontrol listesi yok.
phases-checklist-untitled = Adsız liste

phases-tripwires = Tetikleyiciler
phases-tripwires-intro = Sizi başka bir aşamaya geçiren olaylar; baskı altına girmeden önce kararlaştırın.
phases-tripwire-condition = Şu olursa…
phases-tripwire-condition-placeholder = Büyükelçilik ülkeden ayrılmayı tavsiye ediyor
phases-tripwire-phase = …şu aşamaya geçin
phases-tripwire-notes = Notlar
phases-tripwire-remove = { $number }. tetikleyiciyi kaldır
phases-tripwire-remove-confirm = Bu tetikleyici kaldırılsın mı?
phases-tripwire-add = + Tetikleyici

phases-advisory-title = Seyahat uyarısı tetikleyicileri
phases-advisory-intro = Bir hükümetin seyahat uyarıları belirli bir seviyeye ulaştığında Lifeboat bir aşama önerir. Karar sizindir.
phases-advisory-empty = Henüz yok. Örneğin: ikamet ettiğiniz ülke için herhangi bir hükümetten seviye { $level } → hemen ayrılın.
phases-advisory-country = Ülke
phases-advisory-level = Seviye ≥
phases-advisory-level-out-of-range = { $level } (aralık dışında)
phases-advisory-government = Kaynak
phases-advisory-any-government = herhangi bir hükümet
phases-advisory-phase = …önerilecek aşama
phases-advisory-phase-normal = { $phase } (başka birini seçin)
phases-advisory-remove = { $number }. seyahat uyarısı tetikleyicisini kaldır
phases-advisory-remove-confirm = Bu seyahat uyarısı tetikleyicisi kaldırılsın mı?
phases-advisory-add = + Seyahat uyarısı tetikleyicisi

phases-family-title = Bize ulaşamazsanız
phases-family-hint = Evdeki aile için: ne yapılacak, kim karar verecek, önce kim aranacak.
