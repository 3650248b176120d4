//! The tray icon: the highest watched level at a glance, and Open / Check now / Lock / Quit. On Linux tray clicks
//! and tooltips do not reach the app, so everything is in the menu, including a status line that also says when
//! the last round reached no government or only some, and the watch's suggested phase. The menu speaks the plan's
//! language, else the system's.

use tauri::image::Image;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime};

use crate::events::LockReason;
use crate::watch::SharedWatch;
use crate::window::{lock_everything, show_main_window};

pub const TRAY_ID: &str = "lifeboat";

const ICONS: [&[u8]; 5] = [
    include_bytes!("../../icons/tray/level-0.png"),
    include_bytes!("../../icons/tray/level-1.png"),
    include_bytes!("../../icons/tray/level-2.png"),
    include_bytes!("../../icons/tray/level-3.png"),
    include_bytes!("../../icons/tray/level-4.png"),
];

/// The menu entries whose words change (the status line with the watch, all of them with the plan's language),
/// and what the tray shows now (see [`refresh`]).
pub struct TrayStatus<R: Runtime> {
    status: MenuItem<R>,
    open: MenuItem<R>,
    check: MenuItem<R>,
    lock: MenuItem<R>,
    quit: MenuItem<R>,
    shown: std::sync::Mutex<Shown>,
}

/// The icon and the language the tray shows, so each is replaced only when it changed.
struct Shown {
    icon: Option<usize>,
    locale: &'static str,
}

fn icon(level: Option<u8>) -> tauri::Result<Image<'static>> {
    Image::from_bytes(ICONS[icon_index(level)])
}

/// Shared with the background binary's tray, so both say the same (and neither names a country).
pub use lifeboat_watch::tray_status::{icon_index, status_lines, status_text, MenuWords};

/// Before the first unlock there is no plan to take the language from: the one the window's first screen speaks
/// (the language picked last, else the system's: `start_page`).
pub fn create<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let locale = app
        .try_state::<crate::session::Shared>()
        .map_or_else(lifeboat_i18n::system_locale, |s| {
            crate::start_page::starting_locale(s.data_dir())
        });
    let words = MenuWords::new(locale);
    let entry = |id: &str, text: &str| MenuItem::with_id(app, id, text, true, None::<&str>);
    let status = MenuItem::with_id(
        app,
        "status",
        status_text(locale, false, false, None),
        false,
        None::<&str>,
    )?;
    let (open, check, lock, quit) = (
        entry("open", &words.open)?,
        entry("check", &words.check_now)?,
        entry("lock", &words.lock)?,
        entry("quit", &words.quit)?,
    );
    let menu = Menu::with_items(
        app,
        &[
            &status,
            &PredefinedMenuItem::separator(app)?,
            &open,
            &check,
            &lock,
            &PredefinedMenuItem::separator(app)?,
            &quit,
        ],
    )?;
    TrayIconBuilder::with_id(TRAY_ID)
        .icon(icon(None)?)
        .tooltip("Lifeboat")
        .menu(&menu)
        .show_menu_on_left_click(true)
        .on_menu_event(|app, event| match event.id.as_ref() {
            "open" => show_main_window(app, None),
            "check" => {
                if let Some(w) = app.try_state::<SharedWatch>() {
                    w.check_now();
                }
            }
            "lock" => lock_everything(app, LockReason::User),
            "quit" => app.exit(0),
            _ => {}
        })
        .build(app)?;
    app.manage(TrayStatus {
        status,
        open,
        check,
        lock,
        quit,
        shown: std::sync::Mutex::new(Shown {
            icon: Some(icon_index(None)),
            locale,
        }),
    });
    Ok(())
}

/// Brings the icon and the status line up to date with the watch, and the menu with the plan's language (the
/// watch's context is renewed at every save, so a language picked in Settings reaches the tray at once).
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    let Some(watch) = app.try_state::<SharedWatch>() else {
        return;
    };
    let facts = watch.tray_facts();
    let lines = status_lines(&facts, chrono::Utc::now(), &chrono::Local);
    let Some(tray_status) = app.try_state::<TrayStatus<R>>() else {
        return;
    };
    // The icon is replaced only when the level changed. On Linux a change can run GTK's main loop while tray-icon
    // holds the icon borrowed, and a second change dispatched meanwhile (a round sends several updates) then
    // panics with "RefCell already borrowed" (seen in the end-to-end run).
    let index = icon_index(facts.highest);
    let (icon_changed, language_changed) = tray_status
        .shown
        .lock()
        .map(|mut shown| {
            let icon = shown.icon.replace(index) != Some(index);
            let language = std::mem::replace(&mut shown.locale, facts.locale) != facts.locale;
            (icon, language)
        })
        .unwrap_or((true, true));
    if language_changed {
        let words = MenuWords::new(facts.locale);
        let _ = tray_status.open.set_text(words.open);
        let _ = tray_status.check.set_text(words.check_now);
        let _ = tray_status.lock.set_text(words.lock);
        let _ = tray_status.quit.set_text(words.quit);
    }
    if let Some(tray) = app.tray_by_id(TRAY_ID) {
        if icon_changed {
            if let Ok(img) = icon(facts.highest) {
                let _ = tray.set_icon(Some(img));
            }
        }
        // Where the desktop shows tooltips; on Linux tray-icon has none and the menu's status line says it.
        #[cfg(not(target_os = "linux"))]
        let _ = tray.set_tooltip(Some(format!("Lifeboat\n{}", lines.join("\n"))));
    }
    // One menu line: the level, then the reach when incomplete and the suggestion.
    let _ = tray_status.status.set_text(lines.join(" — "));
}

#[cfg(test)]
mod tests {
    use super::*;

    // The status line itself is `lifeboat_watch::tray_status::status_text`, tested in that crate.
    #[test]
    fn out_of_range_levels_clamp_to_the_level_4_icon() {
        assert!(
            icon(Some(9)).is_ok(),
            "out-of-range levels clamp to the level-4 icon"
        );
    }
}
