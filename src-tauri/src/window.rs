//! The main window from outside it (tray, notifications, a second launch, the lock shortcut): bring it back, or
//! lock the plan it shows.

use tauri::{Manager, Runtime};

use lifeboat_plan::ipc::VaultState;

use crate::events::{self, LockReason};
use crate::session::Shared;
use crate::start_page::{self, FirstScreen};
use crate::{first_show, open_country};

/// Shows the main window, creating it again if closing it to the tray destroyed it; then, when given, opens the
/// Advisories section on `country`.
pub fn show_main_window<R: Runtime>(app: &tauri::AppHandle<R>, country: Option<String>) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    } else {
        // Created hidden, as at launch: `first_show` shows it once its page has loaded, which keeps reopening
        // clear of WebKit's first-draw wait too.
        match create_main_window(app) {
            Ok(()) => first_show::show_at_latest(app),
            Err(e) => log::warn!("could not open the window: {e}"),
        }
    }
    if let Some(country) = country {
        open_country::open(app, country);
    }
}

/// Creates the main window (hidden, as configured) with its page handed the language to start in and the
/// messages of the screen it opens on (`start_page`). Not created by Tauri from the config (`create: false`):
/// the script depends on the store, known only once the app is set up.
pub fn create_main_window<R: Runtime>(app: &tauri::AppHandle<R>) -> tauri::Result<()> {
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == "main")
        .ok_or_else(|| tauri::Error::WindowNotFound)?
        .clone();
    let mut builder = tauri::WebviewWindowBuilder::from_config(app, &config)?;
    if let Some(state) = app.try_state::<Shared>() {
        let status = state.status().ok();
        let screen = match &status {
            Some(s) if s.state == VaultState::New => FirstScreen::Onboarding,
            _ => FirstScreen::Unlock,
        };
        let locale = start_page::starting_locale(state.data_dir());
        builder =
            builder.initialization_script(start_page::script(locale, screen, status.as_ref()));
    }
    #[cfg(feature = "bench")]
    if let Some(script) = crate::bench::page_script(app) {
        builder = builder.initialization_script(script.as_str());
    }
    builder.build().map(|_| ())
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
