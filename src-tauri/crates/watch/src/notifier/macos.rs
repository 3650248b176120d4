//! The notification centre, through notify-rust (NSUserNotificationCenter). The notification is delivered as the
//! handle waits for the answer, which blocks; so the whole exchange runs on a thread of its own, and the app's
//! main run loop (Tauri's) delivers the click. That thread lasts until the notification is answered or removed: a
//! few at a time, since the watch raises a few notifications a day at most.
//!
//! Not compiled here: notify-rust's macOS backend builds Objective-C against Apple's SDK (README, Platforms), so
//! this file follows notify-rust 4.18's macOS API as published and is checked on a Mac only.

use std::sync::Once;

use notify_rust::{Notification, NotificationResponse};

use super::{actions, body_text, opened, OnOpen, Platform, APP_ID};
use crate::message::Alert;

/// Names the sender once per process: outside the installed bundle the identifier is unknown and the notification
/// centre's default sender is used, which only costs the icon.
fn name_the_sender() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if let Err(e) = notify_rust::set_application(APP_ID) {
            log::info!("notifications are sent without Lifeboat's bundle identity: {e}");
        }
    });
}

pub(super) async fn show(
    alert: Alert,
    page: Option<String>,
    on_open: OnOpen,
) -> Result<(), String> {
    name_the_sender();
    let mut n = Notification::new();
    n.appname("Lifeboat")
        .summary(&alert.summary)
        .body(&body_text(Platform::MacOs, &alert.body));
    for action in actions(Platform::MacOs, true, page.is_some(), alert.locale) {
        n.action(action.id, &action.label);
    }
    let handle = n.show().map_err(|e| e.to_string())?;
    let country = alert.country;
    std::thread::spawn(move || {
        let answered = handle.wait_for_response(|response: &NotificationResponse| {
            if let Some(o) = opened(response, &country, page.as_deref()) {
                on_open(o);
            }
        });
        if let Err(e) = answered {
            log::warn!("a notification was not shown: {e}");
        }
    });
    Ok(())
}
