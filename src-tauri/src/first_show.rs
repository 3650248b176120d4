//! When the main window first appears. `tauri.conf.json` creates it hidden, and it is shown once its page has
//! loaded (the bundle has run; the first screen is being built).
//!
//! WebKitGTK's first draw of a mapped view waits, up to 500 ms, for the web process to answer, and a web process
//! that is loading a page can itself be waiting on the UI process at that moment: the two sit out the timeout.
//! On the benchmark machine (Xvfb with another X client connected, as on any desktop) the bare Tauri window lost
//! those 500 ms in 7 of 16 starts; Lifeboat shown when its page started loading lost them in the middle of
//! loading its bundle instead (3 of 10). Shown when the page has loaded, it lost them in none of 24, and its
//! first frame came no later: the page's own timeline (bundle, mount, first frame) is the same as when the
//! window was mapped at once (`bench/README.md`).

use std::time::Duration;

use tauri::webview::{PageLoadEvent, PageLoadPayload};
use tauri::{Manager, Runtime, Webview};

/// The window is shown after this even if its page never finishes loading, so a webview that fails to load
/// still shows the window (and whatever WebKit put in it) rather than nothing.
pub const AT_LATEST: Duration = Duration::from_secs(3);

/// The page load hook: the first finished load shows its window (later loads find it shown).
pub fn on_page_load<R: Runtime>(webview: &Webview<R>, payload: &PageLoadPayload<'_>) {
    if payload.event() == PageLoadEvent::Finished {
        show_if_hidden(&webview.window());
    }
}

/// The fallback: waits [`AT_LATEST`], then shows the main window if nothing did.
pub fn show_at_latest<R: Runtime>(app: &tauri::AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(AT_LATEST).await;
        let main = app.clone();
        let _ = app.run_on_main_thread(move || {
            if let Some(window) = main.get_webview_window("main").map(|w| w.as_ref().window()) {
                if show_if_hidden(&window) {
                    log::warn!("the page did not finish loading in {AT_LATEST:?}; showing the window anyway");
                }
            }
        });
    });
}

/// Shows the window unless it is known to be on screen already (showing a shown window does nothing); says
/// whether it did.
fn show_if_hidden<R: Runtime>(window: &tauri::Window<R>) -> bool {
    if window.is_visible().unwrap_or(false) {
        return false;
    }
    if let Err(e) = window.show() {
        log::warn!("could not show the window: {e}");
    }
    true
}
