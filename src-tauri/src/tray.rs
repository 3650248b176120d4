//! The tray icon: the highest watched level at a glance, and Open / Check now / Lock / Quit. On Linux tray clicks
//! and tooltips do not reach the app, so everything is in the menu, including a status line that also says when
//! the last round reached no government or only some, and the watch's suggested phase.

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

/// The status line's menu item, kept to update its text, and the icon shown (see [`refresh`]).
pub struct TrayStatus<R: Runtime>(pub MenuItem<R>, std::sync::Mutex<Option<usize>>);

fn icon(level: Option<u8>) -> tauri::Result<Image<'static>> {
    Image::from_bytes(ICONS[icon_index(level)])
}

/// Shared with the background binary's tray, so both say the same (and neither names a country).
pub use lifeboat_watch::tray_status::{icon_index, status_lines, status_text};

pub fn create<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let status = MenuItem::with_id(
        app,
        "status",
        status_text(false, false, None),
        false,
        None::<&str>,
    )?;
    let menu = Menu::with_items(
        app,
        &[
            &status,
            &PredefinedMenuItem::separator(app)?,
            &MenuItem::with_id(app, "open", "Open Lifeboat", true, None::<&str>)?,
            &MenuItem::with_id(app, "check", "Check advisories now", true, None::<&str>)?,
            &MenuItem::with_id(app, "lock", "Lock", true, None::<&str>)?,
            &PredefinedMenuItem::separator(app)?,
            &MenuItem::with_id(app, "quit", "Quit Lifeboat", true, None::<&str>)?,
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
    app.manage(TrayStatus(
        status,
        std::sync::Mutex::new(Some(icon_index(None))),
    ));
    Ok(())
}

/// Brings the icon and the status line up to date with the watch.
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    let Some(watch) = app.try_state::<SharedWatch>() else {
        return;
    };
    let facts = watch.tray_facts();
    let lines = status_lines(&facts, chrono::Utc::now(), &chrono::Local);
    let Some(status) = app.try_state::<TrayStatus<R>>() else {
        return;
    };
    // The icon is replaced only when the level changed. On Linux a change can run GTK's main loop while tray-icon
    // holds the icon borrowed, and a second change dispatched meanwhile (a round sends several updates) then
    // panics with "RefCell already borrowed" (seen in the end-to-end run).
    let index = icon_index(facts.highest);
    let changed = status
        .1
        .lock()
        .map(|mut shown| shown.replace(index) != Some(index))
        .unwrap_or(true);
    if let Some(tray) = app.tray_by_id(TRAY_ID) {
        if changed {
            if let Ok(img) = icon(facts.highest) {
                let _ = tray.set_icon(Some(img));
            }
        }
        // Where the desktop shows tooltips; on Linux tray-icon has none and the menu's status line says it.
        #[cfg(not(target_os = "linux"))]
        let _ = tray.set_tooltip(Some(format!("Lifeboat\n{}", lines.join("\n"))));
    }
    // One menu line: the level, then the reach when incomplete and the suggestion.
    let _ = status.0.set_text(lines.join(" — "));
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
