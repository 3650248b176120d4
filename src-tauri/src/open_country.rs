//! A clicked notification opens the Advisories section on its country. The UI hears the `open-country` event
//! only while a page of it runs: from its first frame until its window goes. A click outside that time (the app
//! relaunched by the background watch with `--open-country`, or the window being created again after closing
//! to the tray) is kept and sent at the page's next first frame, instead of an event that nobody hears.

use std::sync::{Mutex, PoisonError};

use lifeboat_watch::background::is_country_code;
use tauri::{AppHandle, Manager, Runtime};

use crate::events;

/// App state: where the next country goes.
#[derive(Debug, Default)]
pub struct OpenCountry(Mutex<Route>);

#[derive(Debug, Default)]
struct Route {
    /// A page is running and has reported its first frame.
    listening: bool,
    /// The newest click that no page has heard yet.
    kept: Option<String>,
}

impl OpenCountry {
    /// `--open-country XX`: a notification clicked while the app was not running. Only a country code is
    /// kept; anything else is dropped (the app still starts).
    pub fn at_launch(country: Option<String>) -> Self {
        let kept = country.filter(|c| is_country_code(c));
        OpenCountry(Mutex::new(Route {
            listening: false,
            kept,
        }))
    }

    fn route(&self) -> std::sync::MutexGuard<'_, Route> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The country to send now, or `None` when it is kept for the next first frame.
    fn click(&self, country: String) -> Option<String> {
        let mut route = self.route();
        if route.listening {
            Some(country)
        } else {
            route.kept = Some(country);
            None
        }
    }

    /// A page reported its first frame: it listens from now on, and takes what was kept.
    fn page_ready(&self) -> Option<String> {
        let mut route = self.route();
        route.listening = true;
        route.kept.take()
    }

    /// The window is gone, and its page with it.
    pub fn page_gone(&self) {
        self.route().listening = false;
    }
}

/// Opens the Advisories section on `country` now, or at the next page's first frame.
pub fn open<R: Runtime>(app: &AppHandle<R>, country: String) {
    let now = match app.try_state::<OpenCountry>() {
        Some(state) => state.click(country),
        None => Some(country),
    };
    send(app, now);
}

/// Called when the UI reports a first frame (it listens for events by then).
pub fn page_ready<R: Runtime>(app: &AppHandle<R>) {
    send(
        app,
        app.try_state::<OpenCountry>().and_then(|s| s.page_ready()),
    );
}

fn send<R: Runtime>(app: &AppHandle<R>, country: Option<String>) {
    if let Some(country) = country {
        events::open_country(app, country);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relaunch_keeps_its_country_for_the_first_frame_and_only_a_country_code() {
        let state = OpenCountry::at_launch(Some("IR".to_owned()));
        assert_eq!(state.page_ready(), Some("IR".to_owned()));
        assert_eq!(state.page_ready(), None, "sent once");

        for given in [Some("<script>"), Some("ir"), None] {
            let state = OpenCountry::at_launch(given.map(str::to_owned));
            assert_eq!(state.page_ready(), None, "{given:?}");
        }
    }

    #[test]
    fn a_click_goes_at_once_to_a_listening_page_and_waits_while_the_window_is_created_again() {
        let state = OpenCountry::default();
        // Before the first frame nothing listens: kept, and the newer click wins.
        assert_eq!(state.click("IR".to_owned()), None);
        assert_eq!(state.click("TR".to_owned()), None);
        assert_eq!(state.page_ready(), Some("TR".to_owned()));
        assert_eq!(state.click("IQ".to_owned()), Some("IQ".to_owned()));

        // Closed to the tray: the webview goes; a click while the new one loads waits for its first frame.
        state.page_gone();
        assert_eq!(state.click("LB".to_owned()), None);
        assert_eq!(state.page_ready(), Some("LB".to_owned()));
        assert_eq!(state.page_ready(), None);
    }
}
