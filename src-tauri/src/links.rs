//! Links out of the app. Pages open in the system browser, never in the webview, and only official ones.

use tauri::{Runtime, Url};

use crate::error::{AppError, AppResult};

/// The hosts (and their subdomains) of the governments the watch reads.
const OFFICIAL_HOSTS: &[&str] = &[
    "state.gov",
    "gov.uk",
    "travel.gc.ca",
    "gc.ca",
    "smartraveller.gov.au",
    "auswaertiges-amt.de",
];

/// Accepts an `https://` URL on an official host, without credentials or an explicit odd port.
pub fn official_page(url: &str) -> AppResult<Url> {
    let bad = |reason| AppError::InvalidUrl {
        url: url.chars().take(200).collect(),
        reason,
    };
    let parsed = Url::parse(url.trim()).map_err(|_| bad("not a URL"))?;
    if parsed.scheme() != "https" {
        return Err(bad("only https pages open"));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(bad("links with credentials do not open"));
    }
    if parsed.port().is_some_and(|p| p != 443) {
        return Err(bad("only the standard https port"));
    }
    let host = parsed
        .host_str()
        .ok_or_else(|| bad("no host"))?
        .trim_end_matches('.')
        .to_ascii_lowercase();
    let official = OFFICIAL_HOSTS
        .iter()
        .any(|h| host == *h || host.ends_with(&format!(".{h}")));
    if !official {
        return Err(bad(
            "only the governments' own advisory sites open from here",
        ));
    }
    Ok(parsed)
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

    #[test]
    fn only_https_pages_of_the_watched_governments_open() {
        for ok in [
            "https://travel.state.gov/content/travel/en/traveladvisories/iran.html",
            "https://www.gov.uk/foreign-travel-advice/iran",
            "https://travel.gc.ca/destinations/iran",
            "https://www.smartraveller.gov.au/destinations/middle-east/iran",
            "https://www.auswaertiges-amt.de/de/service/laender/iran-node",
        ] {
            assert!(official_page(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://travel.state.gov/x",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "https://state.gov.evil.example/",
            "https://evilgov.uk/",
            "https://user:pw@www.gov.uk/",
            "https://www.gov.uk:8443/",
            "data:text/html,hi",
            "",
        ] {
            let e = official_page(bad).expect_err(bad);
            assert_eq!(e.code(), "invalid_url");
        }
    }
}
