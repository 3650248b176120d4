//! Desktop notifications behind a small trait, so the watch is tested with a recorder and the app talks to the
//! session's notification server through notify-rust (zbus on tokio: Tauri's runtime in the app, the background
//! binary's own current-thread runtime once the window is closed).

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use lifeboat_i18n::t;

use crate::message::Alert;

pub type NotifyFuture<'a> = Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>>;

pub trait Notifier: Send + Sync {
    /// Shows `alert`; resolves once the server accepted it (not when the user reacts).
    fn notify(&self, alert: Alert) -> NotifyFuture<'_>;
}

/// What the user asked for from a notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// A click on the notification: Lifeboat's Advisories section on this country.
    Country(String),
    /// Its "Open" action: the official page, already checked against [`crate::links`].
    Page(String),
}

/// Called when the user clicks a notification or its "Open" action.
pub type OnOpen = Arc<dyn Fn(Opened) + Send + Sync>;

/// The action id of "Open" (the official page); "default" is the click on the notification itself.
const OPEN_PAGE: &str = "open-page";

/// The freedesktop notification server on the session bus.
pub struct DesktopNotifier {
    on_open: OnOpen,
}

impl DesktopNotifier {
    pub fn new(on_open: OnOpen) -> Self {
        Self { on_open }
    }
}

/// Notification servers read the body as a small markup language; text from the plan or a feed must not be read
/// as markup (a contact named `<b>` is a name).
fn escape_markup(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl Notifier for DesktopNotifier {
    fn notify(&self, alert: Alert) -> NotifyFuture<'_> {
        Box::pin(async move {
            use notify_rust::{Notification, NotificationResponse, Urgency};
            // Servers without actions (some minimal ones) would show a useless "Open" button or none; ask.
            // notify-rust has no async form of this call; its blocking form needs the runtime's context, which
            // a blocking-pool thread has.
            let actions = tokio::task::spawn_blocking(notify_rust::get_capabilities)
                .await
                .ok()
                .and_then(Result::ok)
                .is_some_and(|caps| caps.iter().any(|c| c == "actions"));
            let mut n = Notification::new();
            n.appname("Lifeboat")
                .summary(&alert.summary)
                .body(&escape_markup(&alert.body))
                .icon("lifeboat")
                .urgency(if alert.critical {
                    Urgency::Critical
                } else {
                    Urgency::Normal
                });
            // Only a page on the governments' own sites is offered (checked again here: the alert may come from a
            // handed-over state).
            let page = crate::links::official(alert.url.as_deref());
            if actions {
                let locale = alert.locale;
                n.action("default", &t!(locale, "watch-action-open-in-lifeboat"));
                if page.is_some() {
                    n.action(OPEN_PAGE, &t!(locale, "watch-action-open-page"));
                }
            }
            let handle = n.show_async().await.map_err(|e| e.to_string())?;
            if actions {
                let on_open = Arc::clone(&self.on_open);
                let country = alert.country;
                // The wait lasts until the user acts or the notification closes; it must not hold up the watch.
                tokio::spawn(async move {
                    handle
                        .wait_for_action_async(|response| {
                            let opened = match response {
                                NotificationResponse::Default => Some(Opened::Country(country)),
                                NotificationResponse::Action(a) if a == "default" => {
                                    Some(Opened::Country(country))
                                }
                                NotificationResponse::Action(a) if a == OPEN_PAGE => {
                                    page.map(Opened::Page)
                                }
                                _ => None,
                            };
                            if let Some(o) = opened {
                                on_open(o);
                            }
                        })
                        .await;
                });
            }
            Ok(())
        })
    }
}

/// Keeps what it was asked to show; for tests (this crate's and the app's).
#[derive(Default, Clone)]
pub struct RecordingNotifier {
    pub shown: Arc<Mutex<Vec<Alert>>>,
    pub fail: Arc<Mutex<bool>>,
}

impl RecordingNotifier {
    pub fn alerts(&self) -> Vec<Alert> {
        self.shown.lock().map(|v| v.clone()).unwrap_or_default()
    }
}

impl Notifier for RecordingNotifier {
    fn notify(&self, alert: Alert) -> NotifyFuture<'_> {
        Box::pin(async move {
            if self.fail.lock().map(|f| *f).unwrap_or(false) {
                return Err("no notification server".to_owned());
            }
            if let Ok(mut v) = self.shown.lock() {
                v.push(alert);
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn plan_text_is_not_read_as_markup() {
        assert_eq!(
            super::escape_markup("Call <b>Reza</b> & go"),
            "Call &lt;b&gt;Reza&lt;/b&gt; &amp; go"
        );
    }
}
