//! Links out of the app. Pages open in the system browser, never in the webview, and only official ones.

use tauri::{Runtime, Url};

use crate::error::{AppError, AppResult};

/// Accepts an `https://` URL on an official host (the one list is [`lifeboat_watch::links`], which the background
/// process's notifications use too).
pub fn official_page(url: &str) -> AppResult<Url> {
    lifeboat_watch::links::official_page(url).map_err(|reason| AppError::InvalidUrl {
        url: url.chars().take(200).collect(),
        reason,
    })
}

pub fn open_in_browser<R: Runtime>(app: &tauri::AppHandle<R>, url: &str) -> AppResult<()> {
    use tauri_plugin_opener::OpenerExt;
    app.opener()
        .open_url(url, None::<&str>)
        .map_err(|e| AppError::Internal(format!("could not start the browser: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    // The list itself is tested in `lifeboat_watch::links`; here, that a refusal is the app's error.
    #[test]
    fn a_page_off_the_official_sites_is_an_invalid_url_error() {
        assert!(official_page("https://ir.usembassy.gov/alert/").is_ok());
        let e = official_page("https://evil.example/").expect_err("refused");
        assert_eq!(e.code(), "invalid_url");
    }
}
