//! WinRT toasts, through notify-rust. A toast is shown by a blocking WinRT call, and its activation (the click, or
//! a button) arrives on a channel the handle waits on; both stay off the watch's runtime.

use notify_rust::{Notification, NotificationResponse, Urgency};

use super::{actions, body_text, opened, windows_app_id, OnOpen, Platform};
use crate::message::Alert;

pub(super) async fn show(
    alert: Alert,
    page: Option<String>,
    on_open: OnOpen,
) -> Result<(), String> {
    let mut n = Notification::new();
    n.appname("Lifeboat")
        .summary(&alert.summary)
        .body(&body_text(Platform::Windows, &alert.body))
        // A critical toast stays on screen until dismissed (the reminder scenario), as a critical notification does
        // on a freedesktop server.
        .urgency(if alert.critical {
            Urgency::Critical
        } else {
            Urgency::Normal
        });
    for action in actions(Platform::Windows, true, page.is_some(), alert.locale) {
        n.action(action.id, &action.label);
    }
    let exe_dir = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(std::path::Path::to_path_buf));
    if let Some(id) = exe_dir.as_deref().and_then(windows_app_id) {
        n.app_id(id);
    }
    let handle = tokio::task::spawn_blocking(move || n.show())
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| e.to_string())?;
    let country = alert.country;
    // Its own thread: the wait ends when the toast is activated or dismissed (leaving the screen for the action
    // centre counts), and a runtime being shut down must not wait for a person.
    std::thread::spawn(move || {
        let _ = handle.wait_for_response(|response: &NotificationResponse| {
            if let Some(o) = opened(response, &country, page.as_deref()) {
                on_open(o);
            }
        });
    });
    Ok(())
}
