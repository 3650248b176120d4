//! Checks the poller runs before trusting a fetch.

/// A fetch whose country count falls below this share of the last good fetch is treated as failed.
///
/// Real feeds move by a handful of countries a year; a partial response (truncated JSON that still parses,
/// a CDN serving an error body, an API page limit) loses most of them at once.
pub const MIN_RECORDS_RATIO: f64 = 0.8;

/// Whether a fetch that parsed to `new_count` countries is believable after one that parsed to
/// `previous_count`. Zero is never plausible; with no previous fetch anything else is.
pub fn plausible(previous_count: usize, new_count: usize) -> bool {
    if new_count == 0 {
        return false;
    }
    // Compared as floats: counts are a few hundred, far from any precision limit.
    new_count as f64 >= previous_count as f64 * MIN_RECORDS_RATIO
}

/// Markers of bot-protection and error pages (Cloudflare, Akamai, generic WAFs).
const CHALLENGE_MARKERS: &[&str] = &[
    "cf-chl",
    "challenge-platform",
    "cf-browser-verification",
    "just a moment...",
    "attention required! | cloudflare",
    "checking your browser",
    "_abck",
    "bm-verify",
    "akamai",
    "access denied",
    "reference #",
    "captcha",
    "request unsuccessful. incapsula",
];

/// True when the body is an HTML page where JSON or XML was expected.
///
/// The body decides, not the header alone: a JSON or XML document served as `text/html` is a
/// misconfigured server, not a challenge; an HTML document is never a feed whatever the header says.
pub fn looks_like_challenge(bytes: &[u8], content_type: Option<&str>) -> bool {
    let head_len = bytes.len().min(4096);
    let head = String::from_utf8_lossy(&bytes[..head_len]).to_lowercase();
    let start = head.trim_start_matches('\u{feff}').trim_start();
    if start.starts_with('{') || start.starts_with('[') {
        return false;
    }
    let xml_feed =
        start.starts_with("<?xml") || start.starts_with("<rss") || start.starts_with("<feed");
    if xml_feed && !start.contains("<html") {
        return false;
    }
    let html_doc = start.starts_with("<!doctype html")
        || start.starts_with("<html")
        || start.contains("<html");
    let html_header = content_type.is_some_and(|c| c.to_ascii_lowercase().contains("text/html"));
    html_doc
        || (html_header && start.starts_with('<'))
        || CHALLENGE_MARKERS.iter().any(|m| start.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plausibility() {
        assert!(plausible(0, 1));
        assert!(!plausible(0, 0));
        assert!(plausible(219, 200));
        assert!(!plausible(219, 16));
        assert!(plausible(1, 1));
    }

    #[test]
    fn challenge_pages() {
        let cf = b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div id=\"cf-chl-widget\"></div></body></html>";
        assert!(looks_like_challenge(cf, Some("text/html; charset=UTF-8")));
        let akamai =
            b"<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY>Reference #18.abc</BODY></HTML>";
        assert!(looks_like_challenge(akamai, None));
        assert!(!looks_like_challenge(
            b"[{\"Title\":\"x\"}]",
            Some("text/html")
        ));
        assert!(!looks_like_challenge(
            b"\xef\xbb\xbf<?xml version=\"1.0\"?><rss></rss>",
            Some("application/rss+xml")
        ));
        assert!(!looks_like_challenge(
            b"{\"data\":{}}",
            Some("application/json")
        ));
    }
}
