//! Which links may leave Lifeboat: https pages of the governments the watch reads, on their own sites. One list
//! for the app's "Official page" buttons, the timeline the UI receives and a notification's "Open" action (in the
//! app and in the background process alike), so a feed cannot send the user anywhere else.

use url::Url;

/// The hosts (and their subdomains) of the governments the watch reads; `usembassy.gov` holds the U.S.
/// embassies' own sites, whose security alerts the watch reads too.
pub const OFFICIAL_HOSTS: &[&str] = &[
    "state.gov",
    "usembassy.gov",
    "gov.uk",
    "travel.gc.ca",
    "gc.ca",
    "smartraveller.gov.au",
    "auswaertiges-amt.de",
];

/// Accepts an `https://` URL on an official host, without credentials or an explicit odd port; the error says
/// why not, in words for the user.
pub fn official_page(url: &str) -> Result<Url, &'static str> {
    let parsed = Url::parse(url.trim()).map_err(|_| "not a URL")?;
    if parsed.scheme() != "https" {
        return Err("only https pages open");
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err("links with credentials do not open");
    }
    if parsed.port().is_some_and(|p| p != 443) {
        return Err("only the standard https port");
    }
    let host = parsed
        .host_str()
        .ok_or("no host")?
        .trim_end_matches('.')
        .to_ascii_lowercase();
    let official = OFFICIAL_HOSTS
        .iter()
        .any(|h| host == *h || host.ends_with(&format!(".{h}")));
    if !official {
        return Err("only the governments' own advisory sites open from here");
    }
    Ok(parsed)
}

/// The link as the UI and a notification may carry it, or nothing.
pub fn official(url: Option<&str>) -> Option<String> {
    url.and_then(|u| official_page(u).ok())
        .map(|u| u.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_pages_of_the_watched_governments_and_their_embassies_open() {
        for ok in [
            "https://travel.state.gov/content/travel/en/traveladvisories/iran.html",
            "https://ir.usembassy.gov/security-alert-leave-iran-now/",
            "https://www.gov.uk/foreign-travel-advice/iran",
            "https://travel.gc.ca/destinations/iran",
            "https://www.smartraveller.gov.au/destinations/middle-east/iran",
            "https://www.auswaertiges-amt.de/de/service/laender/iran-node",
        ] {
            assert!(official_page(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://travel.state.gov/x",
            "http://ir.usembassy.gov/x",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "https://state.gov.evil.example/",
            "https://usembassy.gov.evil.example/",
            "https://evilgov.uk/",
            "https://user:pw@www.gov.uk/",
            "https://www.gov.uk:8443/",
            "data:text/html,hi",
            "",
        ] {
            assert!(official_page(bad).is_err(), "{bad}");
        }
        assert_eq!(official(Some("http://ir.usembassy.gov/a")), None);
    }
}
