//! The freedesktop notification server on the session bus (Linux, the BSDs), through notify-rust's zbus on the
//! caller's tokio runtime.

use notify_rust::{Notification, Urgency};

use super::{actions, answers_clicks, body_text, opened, OnOpen, Platform};
use crate::message::Alert;

pub(super) async fn show(
    alert: Alert,
    page: Option<String>,
    on_open: OnOpen,
) -> Result<(), String> {
    // Servers without actions (some minimal ones) would show a useless "Open" button or none; ask. notify-rust has
    // no async form of this call; its blocking form needs the runtime's context, which a blocking-pool thread has.
    let has_actions = tokio::task::spawn_blocking(notify_rust::get_capabilities)
        .await
        .ok()
        .and_then(Result::ok)
        .is_some_and(|caps| caps.iter().any(|c| c == "actions"));
    let mut n = Notification::new();
    n.appname("Lifeboat")
        .summary(&alert.summary)
        .body(&body_text(Platform::Freedesktop, &alert.body))
        .icon("lifeboat")
        .urgency(if alert.critical {
            Urgency::Critical
        } else {
            Urgency::Normal
        });
    for action in actions(
        Platform::Freedesktop,
        has_actions,
        page.is_some(),
        alert.locale,
    ) {
        n.action(action.id, &action.label);
    }
    let handle = n.show_async().await.map_err(|e| e.to_string())?;
    if answers_clicks(Platform::Freedesktop, has_actions) {
        let country = alert.country;
        // The wait lasts until the user acts or the notification closes; it must not hold up the watch.
        tokio::spawn(async move {
            handle
                .wait_for_action_async(|response| {
                    if let Some(o) = opened(response, &country, page.as_deref()) {
                        on_open(o);
                    }
                })
                .await;
        });
    }
    Ok(())
}
