//! What the app adds to the desktop beside its window: the tray icon and the global lock shortcut. Registering
//! them takes the main thread for tens of milliseconds and the first frame needs neither, so they are set up
//! when the UI reports that frame, or after [`SETUP_AT_LATEST`].

use std::sync::Once;
use std::time::Duration;

use tauri::{Manager, Runtime};

use crate::events::LockReason;
use crate::tray;
use crate::window::lock_everything;

/// "Lock now" from anywhere on the desktop, even when Lifeboat is not in front (X11; Wayland compositors do not
/// let applications grab keys, so there it is the tray's Lock and Ctrl+L in the window).
pub const LOCK_SHORTCUT: &str = "CommandOrControl+Alt+L";

/// The tray and the shortcut are set up by then even if no first frame was reported.
pub const SETUP_AT_LATEST: Duration = Duration::from_secs(2);

/// Present in the running app only (the command tests have no display, tray or shortcut plugin).
struct DesktopSetup(Once);

pub fn lock_shortcut_plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    use tauri_plugin_global_shortcut::ShortcutState;
    tauri_plugin_global_shortcut::Builder::new()
        .with_handler(|app, _shortcut, event| {
            if event.state == ShortcutState::Pressed {
                lock_everything(app, LockReason::Shortcut);
            }
        })
        .build()
}

/// Called from the app's setup: the desktop setup may run from now on, and will run after
/// [`SETUP_AT_LATEST`] at the latest.
pub fn schedule<R: Runtime>(app: &tauri::AppHandle<R>) {
    app.manage(DesktopSetup(Once::new()));
    let handle = app.clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(SETUP_AT_LATEST).await;
        let main = handle.clone();
        let _ = handle.run_on_main_thread(move || finish(&main));
    });
}

/// The tray and the global lock shortcut, once; on the main thread (sync commands run there).
pub fn finish<R: Runtime>(app: &tauri::AppHandle<R>) {
    let Some(setup) = app.try_state::<DesktopSetup>() else {
        return;
    };
    setup.0.call_once(|| {
        use tauri_plugin_global_shortcut::GlobalShortcutExt;
        if let Err(e) = app.global_shortcut().register(LOCK_SHORTCUT) {
            log::warn!("no global lock shortcut ({LOCK_SHORTCUT}): {e}");
        }
        // No tray (no StatusNotifier host, say) is not fatal: closing the window then quits as usual.
        if let Err(e) = tray::create(app) {
            log::warn!("no tray icon: {e}");
        }
        // The tray shows the watch as it is now, not as it was when the watch first reported.
        tray::refresh(app);
    });
}
