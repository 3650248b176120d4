//! Desktop notifications behind a small trait, so the watch is tested with a recorder and the app shows them
//! through notify-rust on every platform: the freedesktop notification server over D-Bus (zbus on tokio: Tauri's
//! runtime in the app, the background binary's own current-thread runtime once the window is closed), WinRT toasts
//! on Windows and the notification centre on macOS.
//!
//! What differs per platform is decided here by plain functions ([`actions`], [`body_text`], [`opened`],
//! [`windows_app_id`]), so every branch is unit-tested on any machine; the submodules only hand the result to the
//! platform's API: `freedesktop` (Linux and the BSDs), `windows` and `macos`, one of which is built.

use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use lifeboat_i18n::t;
use notify_rust::NotificationResponse;

use crate::message::Alert;

#[cfg(all(unix, not(target_os = "macos")))]
mod freedesktop;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "windows")]
mod windows;

pub type NotifyFuture<'a> = Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>>;

pub trait Notifier: Send + Sync {
    /// Shows `alert`; resolves once the platform accepted it (not when the user reacts).
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

/// The action id of "Open" (the official page).
pub const OPEN_PAGE: &str = "open-page";
/// The freedesktop id of the click on the notification itself; a server lists it among the actions.
pub const DEFAULT_ACTION: &str = "default";

/// Lifeboat's application identity (`identifier` in tauri.conf.json): the AppUserModelID its Windows installer gives
/// the Start menu shortcut, which toasts must name to be shown as Lifeboat's, and the macOS bundle identifier.
pub const APP_ID: &str = "org.lifeboat.desktop";

/// How a platform's notifications show and answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    /// A freedesktop notification server on the session bus (Linux, the BSDs): actions only where the server
    /// says it has them, the click on the notification is the "default" action, the body is a small markup.
    Freedesktop,
    /// WinRT toasts: a click on the toast activates it with no button id; buttons are added actions.
    Windows,
    /// The notification centre (NSUserNotification): one button at most beside the click.
    MacOs,
}

impl Platform {
    /// The platform this build shows notifications on.
    pub const CURRENT: Platform = if cfg!(target_os = "windows") {
        Platform::Windows
    } else if cfg!(target_os = "macos") {
        Platform::MacOs
    } else {
        Platform::Freedesktop
    };
}

/// One button of a notification: the id it answers with and its label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub id: &'static str,
    pub label: String,
}

/// The buttons a notification gets. `server_has_actions` is the freedesktop server's answer (other platforms
/// always have them); `has_page` says whether the alert has an official page to offer.
///
/// - freedesktop: "Open in Lifeboat" as the default action (a server shows it as the click, or as a button) and
///   "Open" for the page, or nothing on a server without actions (it would show a button that does nothing);
/// - Windows and macOS: "Open" for the page only. The click on the toast or banner itself opens the country
///   there, so a second button saying so would only crowd it (and macOS shows one button at most).
pub fn actions(
    platform: Platform,
    server_has_actions: bool,
    has_page: bool,
    locale: &'static str,
) -> Vec<Action> {
    let page = has_page.then(|| Action {
        id: OPEN_PAGE,
        label: t!(locale, "watch-action-open-page"),
    });
    match platform {
        Platform::Freedesktop if !server_has_actions => Vec::new(),
        Platform::Freedesktop => std::iter::once(Action {
            id: DEFAULT_ACTION,
            label: t!(locale, "watch-action-open-in-lifeboat"),
        })
        .chain(page)
        .collect(),
        Platform::Windows | Platform::MacOs => page.into_iter().collect(),
    }
}

/// Whether a click on the notification can reach Lifeboat at all: on a freedesktop server only through actions;
/// toasts and the notification centre always report the click.
pub fn answers_clicks(platform: Platform, server_has_actions: bool) -> bool {
    match platform {
        Platform::Freedesktop => server_has_actions,
        Platform::Windows | Platform::MacOs => true,
    }
}

/// The body as the platform reads it. Freedesktop servers read a small markup language, and text from the plan or
/// a feed must not be read as markup (a contact named `<b>` is a name); toasts and the notification centre take
/// plain text, where an escaped `&amp;` would show as such.
pub fn body_text(platform: Platform, body: &str) -> String {
    match platform {
        Platform::Freedesktop => body
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;"),
        Platform::Windows | Platform::MacOs => body.to_owned(),
    }
}

/// What the user's answer to a notification asks for: the click (freedesktop's "default" action, a toast's or
/// banner's activation) opens the country; "Open" opens the page when there is one; closing it asks nothing.
pub fn opened(
    response: &NotificationResponse,
    country: &str,
    page: Option<&str>,
) -> Option<Opened> {
    match response {
        NotificationResponse::Default => Some(Opened::Country(country.to_owned())),
        NotificationResponse::Action(a) if a == DEFAULT_ACTION => {
            Some(Opened::Country(country.to_owned()))
        }
        NotificationResponse::Action(a) if a == OPEN_PAGE => {
            page.map(|p| Opened::Page(p.to_owned()))
        }
        _ => None,
    }
}

/// The AppUserModelID a toast names, from the folder the running executable is in. Installed, Lifeboat's Start
/// menu shortcut carries [`APP_ID`] and the toast shows as Lifeboat's; run from a build folder no shortcut does,
/// Windows would drop a toast naming it, and notify-rust's default (PowerShell's id) at least shows it.
pub fn windows_app_id(exe_dir: &Path) -> Option<&'static str> {
    let name = |p: &Path| {
        p.file_name()
            .and_then(|n| n.to_str())
            .map(str::to_ascii_lowercase)
    };
    let profile = name(exe_dir);
    // `target/debug`, `target/release` and `target/<triple>/{debug,release}`.
    let in_target = exe_dir
        .ancestors()
        .skip(1)
        .take(2)
        .any(|a| name(a).as_deref() == Some("target"));
    let build = in_target && matches!(profile.as_deref(), Some("debug" | "release"));
    (!build).then_some(APP_ID)
}

/// The platform's notifications.
pub struct DesktopNotifier {
    on_open: OnOpen,
}

impl DesktopNotifier {
    pub fn new(on_open: OnOpen) -> Self {
        Self { on_open }
    }
}

impl Notifier for DesktopNotifier {
    fn notify(&self, alert: Alert) -> NotifyFuture<'_> {
        // Only a page on the governments' own sites is offered (checked again here: the alert may come from a
        // handed-over state).
        let page = crate::links::official(alert.url.as_deref());
        let on_open = Arc::clone(&self.on_open);
        #[cfg(all(unix, not(target_os = "macos")))]
        return Box::pin(freedesktop::show(alert, page, on_open));
        #[cfg(target_os = "windows")]
        return Box::pin(windows::show(alert, page, on_open));
        #[cfg(target_os = "macos")]
        return Box::pin(macos::show(alert, page, on_open));
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
    use super::*;

    fn ids(actions: &[Action]) -> Vec<&'static str> {
        actions.iter().map(|a| a.id).collect()
    }

    #[test]
    fn plan_text_is_not_read_as_markup_where_the_body_is_markup() {
        assert_eq!(
            body_text(Platform::Freedesktop, "Call <b>Reza</b> & go"),
            "Call &lt;b&gt;Reza&lt;/b&gt; &amp; go"
        );
        for plain in [Platform::Windows, Platform::MacOs] {
            assert_eq!(
                body_text(plain, "Call <b>Reza</b> & go"),
                "Call <b>Reza</b> & go",
                "{plain:?} shows text as it is"
            );
        }
    }

    #[test]
    fn a_freedesktop_server_gets_open_in_lifeboat_and_the_page_only_when_it_has_actions() {
        let both = actions(Platform::Freedesktop, true, true, "en");
        assert_eq!(ids(&both), [DEFAULT_ACTION, OPEN_PAGE]);
        assert_eq!(both[0].label, t!("en", "watch-action-open-in-lifeboat"));
        assert_eq!(both[1].label, t!("en", "watch-action-open-page"));
        assert_eq!(
            ids(&actions(Platform::Freedesktop, true, false, "en")),
            [DEFAULT_ACTION]
        );
        assert!(actions(Platform::Freedesktop, false, true, "en").is_empty());
        assert!(answers_clicks(Platform::Freedesktop, true));
        assert!(!answers_clicks(Platform::Freedesktop, false));
    }

    #[test]
    fn toasts_and_the_notification_centre_get_the_page_button_and_always_answer_the_click() {
        for platform in [Platform::Windows, Platform::MacOs] {
            let with_page = actions(platform, false, true, "fa");
            assert_eq!(ids(&with_page), [OPEN_PAGE], "{platform:?}");
            assert_eq!(
                with_page[0].label,
                t!("fa", "watch-action-open-page"),
                "in the alert's language"
            );
            assert!(
                actions(platform, true, false, "en").is_empty(),
                "{platform:?}"
            );
            assert!(answers_clicks(platform, false), "{platform:?}");
        }
    }

    #[test]
    fn the_click_opens_the_country_and_open_the_page() {
        let page = Some("https://travel.state.gov/iran");
        let country = Some(Opened::Country("IR".to_owned()));
        assert_eq!(opened(&NotificationResponse::Default, "IR", page), country);
        assert_eq!(
            opened(
                &NotificationResponse::Action(DEFAULT_ACTION.to_owned()),
                "IR",
                page
            ),
            country
        );
        assert_eq!(
            opened(
                &NotificationResponse::Action(OPEN_PAGE.to_owned()),
                "IR",
                page
            ),
            Some(Opened::Page("https://travel.state.gov/iran".to_owned()))
        );
        assert_eq!(
            opened(
                &NotificationResponse::Action(OPEN_PAGE.to_owned()),
                "IR",
                None
            ),
            None,
            "no page, nothing to open"
        );
        assert_eq!(
            opened(
                &NotificationResponse::Action("__closed".to_owned()),
                "IR",
                page
            ),
            None
        );
        assert_eq!(
            opened(
                &NotificationResponse::Closed(notify_rust::CloseReason::Dismissed),
                "IR",
                page
            ),
            None
        );
    }

    #[test]
    fn toasts_name_lifeboat_once_installed_and_not_from_a_build_folder() {
        let installed = Path::new(r"C:\Users\lea\AppData\Local\Lifeboat");
        assert_eq!(windows_app_id(installed), Some(APP_ID));
        assert_eq!(
            windows_app_id(Path::new("/opt/lifeboat/release")),
            Some(APP_ID)
        );
        for build in [
            "/work/main/target/debug",
            "/work/main/target/release",
            "/work/main/target/x86_64-pc-windows-gnu/release",
            "/work/Target/Debug",
        ] {
            assert_eq!(windows_app_id(Path::new(build)), None, "{build}");
        }
    }

    #[test]
    fn the_app_id_is_the_bundle_identifier() {
        let conf =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tauri.conf.json");
        let conf: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&conf).expect("tauri.conf.json")).expect("JSON");
        assert_eq!(conf["identifier"], APP_ID);
    }
}
