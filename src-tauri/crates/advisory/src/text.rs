//! Turning government HTML into something a webview may show, and reading wording out of it.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use ammonia::{Builder, UrlRelative, UrlRelativeEvaluate};
use regex::Regex;

/// Tags a summary may keep: structure and emphasis only. No images, media, forms, frames, scripts or styles.
const ALLOWED_TAGS: &[&str] = &[
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

/// Sanitises a government summary with a strict allow-list.
///
/// Only `https:` links survive (anything else loses its `href` and becomes plain text); a path-relative or
/// root-relative link is resolved against `origin` (the source's `https://host`), a fragment-only link
/// (`#requirements`, which points into a page we do not show) is dropped; every link gets
/// `rel="noopener noreferrer"`. Attributes other than `a[href]` and `abbr[title]` are removed, so no
/// `style`, `class`, `id` or event handler reaches the webview; `<script>`/`<style>` lose their content too.
pub fn sanitize_summary(html: &str, origin: &str) -> String {
    let resolver = Resolver {
        origin: origin.trim_end_matches('/').to_owned(),
    };
    let mut attrs = HashMap::new();
    attrs.insert("a", HashSet::from(["href"]));
    attrs.insert("abbr", HashSet::from(["title"]));
    Builder::empty()
        .tags(ALLOWED_TAGS.iter().copied().collect())
        .tag_attributes(attrs)
        .url_schemes(HashSet::from(["https"]))
        .url_relative(UrlRelative::Custom(Box::new(resolver)))
        .link_rel(Some("noopener noreferrer"))
        .clean_content_tags(HashSet::from([
            "script", "style", "template", "noscript", "iframe", "object",
        ]))
        .strip_comments(true)
        .clean(html)
        .to_string()
}

struct Resolver {
    origin: String,
}

impl<'a> UrlRelativeEvaluate<'a> for Resolver {
    fn evaluate<'url>(&self, url: &'url str) -> Option<Cow<'url, str>> {
        let url = url.trim();
        if url.starts_with('#') || url.is_empty() {
            return None;
        }
        let absolute = if let Some(rest) = url.strip_prefix("//") {
            format!("https://{rest}")
        } else if url.starts_with('/') {
            format!("{}{url}", self.origin)
        } else {
            format!("{}/{url}", self.origin)
        };
        // Re-check: a crafted relative URL must not smuggle another scheme or host through the join.
        let ok = absolute.starts_with("https://") && !absolute.contains(['\\', '\n', '\t', ' ']);
        ok.then_some(Cow::Owned(absolute))
    }
}

fn block_boundary() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)<(?:/?(?:p|div|li|ul|ol|h[1-6]|tr|table|section|blockquote)\b[^>]*|br\b[^>]*)>",
        )
        .unwrap_or_else(|e| panic!("static regex: {e}"))
    })
}

/// Plain text of an HTML fragment: tags dropped, entities decoded, one line per block, spaces collapsed.
pub fn plain_text(html: &str) -> String {
    // Most index rows are already plain text; html5ever's fixed cost per call dominates a feed otherwise.
    if !html.contains(['<', '&']) {
        return collapse(html);
    }
    let stripped = Builder::empty()
        .clean_content_tags(HashSet::from(["script", "style", "template"]))
        .clean(&block_boundary().replace_all(html, "\n$0"))
        .to_string();
    collapse(&unescape_serialized(&stripped))
}

/// Sanitised HTML and its plain text from one HTML parse (the text is read off the sanitised output, which
/// html5ever serialised: well-formed tags, and only `&amp; &lt; &gt; &quot; &nbsp;` as entities).
pub fn summary(html: &str, origin: &str) -> (String, String) {
    if !html.contains(['<', '&']) {
        let text = collapse(html);
        return (text.clone(), text);
    }
    let clean = sanitize_summary(html, origin);
    let spaced = block_boundary().replace_all(&clean, "\n$0");
    let text = collapse(&unescape_serialized(&tag_re().replace_all(&spaced, "")));
    (clean, text)
}

fn tag_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"<[^>]*>").unwrap_or_else(|e| panic!("static regex: {e}")))
}

fn collapse(text: &str) -> String {
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Decodes every HTML entity in a short string (names in titles, labels) by letting html5ever parse it.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.trim().to_owned();
    }
    plain_text(s).replace('\n', " ")
}

/// html5ever's serializer escapes only these; undo them to get text.
fn unescape_serialized(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", " ")
        .replace('\u{a0}', " ")
        .replace("&amp;", "&")
}

fn leave_patterns() -> &'static [Regex] {
    static RE: OnceLock<Vec<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        [
            // English (US, UK, CA, AU)
            r"\b(?:leave|depart)\s+(?:immediately|now)\b",
            r"\bshould\s+(?:leave|depart)\b",
            r"\b(?:leave|depart)\s+(?:\S+\s+){0,3}as soon as (?:possible|it'?s safe)",
            r"\burges?\s+(?:\S+\s+){0,5}to\s+(?:leave|depart)\b",
            r"\bleave when it'?s safe to do so\b",
            r"\bconsider (?:leaving|options to (?:leave|depart))\b",
            // German (Auswärtiges Amt)
            r"aufgefordert[^.]{0,80}(?:zu verlassen|auszureisen)",
            r"\b(?:verlassen|reisen)\s+sie\b[^.]{0,60}\b(?:umgehend|sofort|unverzüglich)",
        ]
        .iter()
        .map(|p| {
            Regex::new(&format!("(?i){p}")).unwrap_or_else(|e| panic!("static regex {p}: {e}"))
        })
        .collect()
    })
}

/// The leave-now rule: the text tells people already in the country to get out.
///
/// Matches explicit departure instructions ("leave immediately", "should depart", "leave … as soon as
/// possible", "urge … to leave", "leave when it's safe to do so", "consider options to depart", German
/// "aufgefordert, das Land zu verlassen"). Contingency advice ("be prepared to depart immediately", "have a
/// plan to leave") and "if you want to leave, make plans" do not count.
pub fn says_leave_now(text: &str) -> bool {
    let text = text.replace(['’', '‘'], "'");
    leave_patterns().iter().any(|re| {
        re.find_iter(&text).any(|m| {
            let before = &text[..m.start()];
            let tail: String = before
                .chars()
                .rev()
                .take(24)
                .collect::<String>()
                .chars()
                .rev()
                .collect();
            !tail.to_lowercase().contains("prepared to")
        })
    })
}

fn regional_levels() -> &'static [(Regex, u8)] {
    static RE: OnceLock<Vec<(Regex, u8)>> = OnceLock::new();
    RE.get_or_init(|| {
        [
            (r"\blevel\s*4\b|\bdo not travel\b", 4),
            (r"\blevel\s*3\b|\breconsider (?:your need to )?travel\b", 3),
            (
                r"\blevel\s*2\b|\bexercise (?:increased|a high degree of) caution\b",
                2,
            ),
        ]
        .iter()
        .map(|(p, l)| {
            (
                Regex::new(&format!("(?i){p}")).unwrap_or_else(|e| panic!("static regex {p}: {e}")),
                *l,
            )
        })
        .collect()
    })
}

/// The highest level named anywhere in English advisory text (US "Level 4", AU "Do not travel to: …").
pub fn highest_level_named(text: &str) -> Option<u8> {
    regional_levels()
        .iter()
        .find(|(re, _)| re.is_match(text))
        .map(|(_, l)| *l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leave_now_needs_an_instruction() {
        assert!(says_leave_now(
            "We urge American citizens in Afghanistan to leave immediately."
        ));
        assert!(says_leave_now(
            "U.S. citizens in Russia should leave immediately"
        ));
        assert!(says_leave_now(
            "If you're in Libya, you should leave as soon as possible"
        ));
        assert!(says_leave_now(
            "Leave Ukraine as soon as possible, if it's safe to do so"
        ));
        assert!(says_leave_now(
            "Deutsche Staatsangehörige werden aufgefordert, das Land zu verlassen."
        ));
        assert!(!says_leave_now(
            "travelers should be prepared to depart immediately with little to no warning"
        ));
        assert!(!says_leave_now(
            "If you're in Oman and want to leave, we continue to advise you to make plans"
        ));
        assert!(!says_leave_now("Have a plan to leave in an emergency"));
    }

    #[test]
    fn plain_text_keeps_blocks_apart_and_decodes() {
        let t = plain_text("Lead<p>a&nbsp;&amp; b</p><ul><li>one</li><li>two &#8217;s</li></ul>");
        assert_eq!(t, "Lead\na & b\none\ntwo ’s");
        assert_eq!(decode_entities("Côte d&#039;Ivoire"), "Côte d'Ivoire");
    }
}
