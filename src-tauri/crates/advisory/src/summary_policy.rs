//! What a government summary may keep before a webview shows it: the one allow-list, the sanitiser that applies
//! it (ammonia), and the check that sanitised markup stays inside it.
//!
//! The fuzz targets and the property tests check every sanitised summary with [`violation`]; the UI's second
//! line of defence (DOMPurify) is configured from `ui/src/lib/generated/summary-policy.json`, written from
//! these constants by `tests/generated.rs`.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use ammonia::{Builder, UrlRelative, UrlRelativeEvaluate};
use serde::Serialize;

use crate::wording::{collapse, NOT_TEXT};

/// Structure and emphasis only: no images, media, forms, frames, scripts or styles.
pub const TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "em",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "i",
    "li",
    "ol",
    "p",
    "strong",
    "u",
    "ul",
];

/// The only attributes kept, per tag; no `style`, `class`, `id` or event handler reaches the webview.
pub const ATTRIBUTES: &[(&str, &[&str])] = &[("a", &["href"]), ("abbr", &["title"])];

/// Schemes a link may keep; any other link loses its `href` and reads as plain text.
pub const URL_SCHEMES: &[&str] = &["https"];

/// Set on every link (it opens in the system browser, never inside the webview).
pub const LINK_REL: &str = "noopener noreferrer";

/// Sanitises a government summary with the allow-list.
///
/// A path-relative or root-relative link is resolved against `origin` (the source's `https://host`); a
/// fragment-only link (`#requirements`, which points into a page we do not show) is dropped. Text without
/// markup is only whitespace-collapsed.
pub fn sanitize(html: &str, origin: &str) -> String {
    if !html.contains(['<', '&']) {
        return collapse(html);
    }
    builder(origin.trim_end_matches('/'))
        .clean(html)
        .to_string()
}

fn builder(origin: &str) -> Builder<'static> {
    let attributes = ATTRIBUTES
        .iter()
        .map(|(tag, attrs)| (*tag, attrs.iter().copied().collect()))
        .collect::<HashMap<_, HashSet<_>>>();
    let mut b = Builder::empty();
    b.tags(TAGS.iter().copied().collect())
        .tag_attributes(attributes)
        // ammonia's defaults would keep `lang` and `title` on every tag: nothing a summary needs.
        .generic_attributes(HashSet::new())
        .url_schemes(URL_SCHEMES.iter().copied().collect())
        .url_relative(UrlRelative::Custom(Box::new(Resolver {
            origin: origin.to_owned(),
        })))
        .link_rel(Some(LINK_REL))
        .clean_content_tags(NOT_TEXT.iter().copied().collect())
        .strip_comments(true);
    b
}

struct Resolver {
    origin: String,
}

impl<'a> UrlRelativeEvaluate<'a> for Resolver {
    fn evaluate<'url>(&self, url: &'url str) -> Option<Cow<'url, str>> {
        resolve_relative(&self.origin, url).map(Cow::Owned)
    }
}

/// Resolves a relative link against `origin` (no trailing `/`); `None` drops the `href`.
fn resolve_relative(origin: &str, url: &str) -> Option<String> {
    let url = url.trim();
    if url.starts_with('#') || url.is_empty() {
        return None;
    }
    let absolute = if let Some(rest) = url.strip_prefix("//") {
        format!("https://{rest}")
    } else if url.starts_with('/') {
        format!("{origin}{url}")
    } else {
        format!("{origin}/{url}")
    };
    // Re-check: a crafted relative URL must not smuggle another scheme or host through the join.
    let ok = absolute.starts_with("https://") && !absolute.contains(['\\', '\n', '\t', ' ']);
    ok.then_some(absolute)
}

/// Whether a link target is allowed, judged as a browser reads it (the WHATWG URL standard, which the `url`
/// crate implements): leading and trailing C0 controls and spaces are stripped and tabs and newlines removed
/// before the scheme is read, so `"\u{7}https://…"` is an https link and `"\u{7}javascript:…"` is not.
/// Relative targets are refused: the sanitiser has already made every kept link absolute.
pub fn href_is_allowed(href: &str) -> bool {
    url::Url::parse(href).is_ok_and(|u| URL_SCHEMES.contains(&u.scheme()))
}

/// Why sanitised markup falls outside the policy, if it does: `<script` anywhere, a tag off [`TAGS`], an
/// attribute off [`ATTRIBUTES`] (or a `rel` other than [`LINK_REL`]), an `href` that [`href_is_allowed`]
/// refuses, or a raw `<` that opens no allowed tag.
///
/// Markup is read as html5ever serialises it (the sanitiser's output: double-quoted attribute values, `&`
/// and `"` escaped), so inert text such as `&lt;script&gt;` or `title="onerror"` is not taken for markup.
pub fn violation(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    if lower.contains("<script") {
        return Some("contains <script".to_owned());
    }
    let b = lower.as_bytes();
    let mut i = 0;
    while let Some(off) = lower[i..].find('<') {
        let start = i + off;
        let mut j = start + 1;
        if b.get(j) == Some(&b'/') {
            j += 1;
        }
        let name_start = j;
        while j < b.len() && b[j].is_ascii_alphanumeric() {
            j += 1;
        }
        let name = &lower[name_start..j];
        if !TAGS.contains(&name) {
            return Some(format!("tag {name:?} at byte {start}"));
        }
        loop {
            while b.get(j) == Some(&b' ') {
                j += 1;
            }
            match b.get(j) {
                None => return Some(format!("unterminated tag at byte {start}")),
                Some(b'>') => {
                    j += 1;
                    break;
                }
                Some(b'/') if b.get(j + 1) == Some(&b'>') => {
                    j += 2;
                    break;
                }
                Some(_) => {}
            }
            let attr_start = j;
            while j < b.len() && !matches!(b[j], b'=' | b' ' | b'>') {
                j += 1;
            }
            let attr = &lower[attr_start..j];
            let mut value = String::new();
            if b.get(j) == Some(&b'=') {
                if b.get(j + 1) != Some(&b'"') {
                    return Some(format!("unquoted attribute {attr:?} at byte {start}"));
                }
                let value_start = j + 2;
                let Some(len) = lower[value_start..].find('"') else {
                    return Some(format!("unterminated attribute {attr:?} at byte {start}"));
                };
                // Same offsets in `html`: ASCII lower-casing keeps every byte where it was.
                value = unescape_attribute(&html[value_start..value_start + len]);
                j = value_start + len + 1;
            }
            let listed = ATTRIBUTES
                .iter()
                .any(|(tag, attrs)| *tag == name && attrs.contains(&attr));
            match (name, attr) {
                ("a", "href") if href_is_allowed(&value) => {}
                ("a", "href") => return Some(format!("href {value:?} is not an allowed link")),
                ("a", "rel") if value == LINK_REL => {}
                _ if listed => {}
                _ => return Some(format!("attribute {attr:?} on <{name}>")),
            }
        }
        i = j;
    }
    None
}

/// An attribute value as html5ever escapes it, back to the value a browser reads.
fn unescape_attribute(v: &str) -> String {
    v.replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The allow-list as the UI reads it (`ui/src/lib/generated/summary-policy.json`).
pub fn ui_json() -> String {
    #[derive(Serialize)]
    struct Policy {
        tags: &'static [&'static str],
        attributes: std::collections::BTreeMap<&'static str, &'static [&'static str]>,
        url_schemes: &'static [&'static str],
    }
    let policy = Policy {
        tags: TAGS,
        attributes: ATTRIBUTES.iter().copied().collect(),
        url_schemes: URL_SCHEMES,
    };
    let mut json = serde_json::to_string_pretty(&policy)
        .unwrap_or_else(|e| panic!("the policy is plain data and serialises: {e}"));
    json.push('\n');
    json
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hrefs_are_judged_as_a_browser_reads_them() {
        assert!(href_is_allowed("https://www.faa.gov/air_traffic"));
        assert!(href_is_allowed("\u{7}https://www.faa.gov/air_traffic"));
        assert!(href_is_allowed(" https://www.gov.uk/x "));
        assert!(href_is_allowed("ht\ttps://www.gov.uk/x"));
        assert!(!href_is_allowed("\u{7}javascript:alert(1)"));
        assert!(!href_is_allowed("java\nscript:alert(1)"));
        assert!(!href_is_allowed("http://www.gov.uk/"));
        assert!(!href_is_allowed("/relative"));
        assert!(!href_is_allowed("data:text/html,x"));
    }

    #[test]
    fn the_check_reads_attribute_values_unescaped() {
        let ok =
            r#"<p><a href="https://x.example/?a=1&amp;b=2" rel="noopener noreferrer">x</a></p>"#;
        assert_eq!(violation(ok), None);
        assert!(violation(r#"<a href="&#106;avascript:x">x</a>"#).is_some());
        assert!(violation(r#"<a href="https://x.example/" rel="opener">x</a>"#).is_some());
        assert!(violation(r#"<abbr title="Foreign Office">FCDO</abbr>"#).is_none());
        assert!(violation(r#"<p title="t">x</p>"#).is_some());
        assert!(violation(r#"<abbr href="https://x.example/">x</abbr>"#).is_some());
    }

    #[test]
    fn a_control_character_before_a_scheme_keeps_https_and_drops_javascript() {
        let origin = "https://travel.state.gov";
        let kept = sanitize("<a href=\"\u{7}https://www.faa.gov/x\">FAA</a>", origin);
        assert!(kept.contains("href="), "{kept}");
        assert_eq!(violation(&kept), None, "{kept}");
        let dropped = sanitize("<a href=\"\u{7}javascript:alert(1)\">x</a>", origin);
        assert!(!dropped.contains("href="), "{dropped}");
    }
}
