//! The main window from outside it (tray, notifications, a second launch, the lock shortcut): bring it back, or
//! lock the plan it shows.

use tauri::{Manager, Runtime};

use crate::events::{self, LockReason};
use crate::session::Shared;
use crate::{first_show, open_country};

/// Shows the main window, creating it again if closing it to the tray destroyed it; then, when given, opens the
/// Advisories section on `country`.
pub fn show_main_window<R: Runtime>(app: &tauri::AppHandle<R>, country: Option<String>) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    } else if let Some(config) = app.config().app.windows.first() {
        // Created hidden, as at launch: `first_show` shows it once its page has loaded, which keeps reopening
        // clear of WebKit's first-draw wait too.
        match tauri::WebviewWindowBuilder::from_config(app, config).and_then(|b| b.build()) {
            Ok(_) => first_show::show_at_latest(app),
            Err(e) => log::warn!("could not open the window: {e}"),
        }
    }
    if let Some(country) = country {
        open_country::open(app, country);
    }
}

/// Locks the plan and tells the UI (tray "Lock", the lock shortcut, closing to the tray).
pub fn lock_everything<R: Runtime>(app: &tauri::AppHandle<R>, reason: LockReason) {
    if let Some(state) = app.try_state::<Shared>() {
        if state.lock() {
            log::info!("locked ({})", reason.as_str());
            events::locked(app, reason);
        }
    }
}
