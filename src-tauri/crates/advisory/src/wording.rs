//! Reading wording out of government HTML: its plain text, and the instructions and levels named in it.
//!
//! Every parser reads summaries through [`plain_text`]; only the summaries the watch keeps are sanitised for
//! display (see [`crate::summary_policy`]).

use std::collections::HashSet;
use std::sync::OnceLock;

use ammonia::Builder;
use regex::bytes::Regex as BytesRegex;
use regex::Regex;

/// Elements whose content is not text a reader sees: dropped with everything inside them, here and by the
/// sanitiser.
pub(crate) const NOT_TEXT: &[&str] = &[
    "script", "style", "template", "noscript", "iframe", "object",
];

fn block_boundary() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)<(?:/?(?:p|div|li|ul|ol|h[1-6]|tr|table|section|blockquote)\b[^>]*|br\b[^>]*)>",
        )
        .unwrap_or_else(|e| panic!("static regex: {e}"))
    })
}

/// The builder [`plain_text`] strips every element with.
fn strip_all() -> &'static Builder<'static> {
    static B: OnceLock<Builder<'static>> = OnceLock::new();
    B.get_or_init(|| {
        let mut b = Builder::empty();
        b.clean_content_tags(NOT_TEXT.iter().copied().collect::<HashSet<_>>());
        b
    })
}

/// Plain text of an HTML fragment: tags dropped, entities decoded, one line per block, spaces collapsed.
pub fn plain_text(html: &str) -> String {
    if !html.contains(['<', '&']) {
        return collapse(html);
    }
    let stripped = strip_all()
        .clean(&block_boundary().replace_all(html, "\n$0"))
        .to_string();
    collapse(&unescape_serialized(&stripped))
}

/// One line per non-empty line of `text`, words separated by one space.
pub(crate) fn collapse(text: &str) -> String {
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first sentences of a plain text, for a history line or a notification: at most [`EXCERPT_SENTENCES`]
/// sentences and about [`EXCERPT_CHARS`] characters (cut at a word, with "…").
pub fn excerpt(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut end = flat.len();
    let mut sentences = 0;
    for (i, c) in flat.char_indices() {
        let next_is_space =
            flat[i + c.len_utf8()..].starts_with(' ') || i + c.len_utf8() == flat.len();
        if matches!(c, '.' | '!' | '?') && next_is_space {
            sentences += 1;
            if sentences == EXCERPT_SENTENCES {
                end = i + c.len_utf8();
                break;
            }
        }
    }
    let cut = &flat[..end];
    if cut.chars().count() <= EXCERPT_CHARS {
        return cut.to_owned();
    }
    let mut at = cut
        .char_indices()
        .nth(EXCERPT_CHARS)
        .map_or(cut.len(), |(i, _)| i);
    if let Some(space) = cut[..at].rfind(' ') {
        at = space;
    }
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':', ' ']))
}

/// How many sentences [`excerpt`] keeps.
pub const EXCERPT_SENTENCES: usize = 3;
/// About how many characters [`excerpt`] keeps.
pub const EXCERPT_CHARS: usize = 400;

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

/// The leave-now instructions, one regex each (matched case-insensitively; `’` and `‘` count as `'`).
///
/// The words are English and German, so the patterns are compiled over bytes with ASCII classes, word
/// boundaries and case (`(?i-u)`, see [`ascii_patterns`]); the few non-ASCII letters are spelt out in both
/// cases. Unicode-aware, these nine held about a megabyte of compiled automata and caches in the app and in
/// `lifeboat-watch` for the whole day; this way, well under half of that.
const LEAVE_PATTERNS: &[&str] = &[
    // English (US, UK, CA, AU)
    r"\b(?:leave|depart)\s+(?:immediately|now)\b",
    // "Leave Iran now" (the U.S. Virtual Embassy Iran, January 2026): a place between the verb and "now".
    r"\b(?:leave|depart)\s+(?:[^\s.;:!?]+\s+){1,3}(?:immediately|now)\b",
    r"\bshould\s+(?:leave|depart)\b",
    r"\b(?:leave|depart)\s+(?:\S+\s+){0,3}as soon as (?:possible|it(?:'|’|‘)?s safe)",
    r"\burges?\s+(?:\S+\s+){0,5}to\s+(?:leave|depart)\b",
    r"\bleave when it(?:'|’|‘)?s safe to do so\b",
    r"\bconsider (?:leaving|options to (?:leave|depart))\b",
    // German (Auswärtiges Amt)
    r"aufgefordert[^.]{0,80}(?:zu verlassen|auszureisen)",
    r"\b(?:verlassen|reisen)\s+sie\b[^.]{0,60}\b(?:umgehend|sofort|unverz(?:ü|Ü)glich)",
];

/// `patterns`, compiled over bytes with ASCII-only classes and case folding.
fn ascii_patterns(patterns: &[&str]) -> Vec<BytesRegex> {
    patterns
        .iter()
        .map(|p| {
            BytesRegex::new(&format!("(?i-u){p}"))
                .unwrap_or_else(|e| panic!("static regex {p}: {e}"))
        })
        .collect()
}

fn leave_patterns() -> &'static [BytesRegex] {
    static RE: OnceLock<Vec<BytesRegex>> = OnceLock::new();
    RE.get_or_init(|| ascii_patterns(LEAVE_PATTERNS))
}

/// The leave-now rule: the text tells people already in the country to get out.
///
/// Matches explicit departure instructions ("leave immediately", "should depart", "leave … as soon as
/// possible", "urge … to leave", "leave when it's safe to do so", "consider options to depart", German
/// "aufgefordert, das Land zu verlassen"). Contingency advice ("be prepared to depart immediately", "have a
/// plan to leave") and "if you want to leave, make plans" do not count.
pub fn says_leave_now(text: &str) -> bool {
    // The patterns accept `’`/`‘` wherever they accept `'` (the same character classes: non-word, non-space,
    // not `.`), which reads the text as if the quotes were normalised, without copying it.
    leave_patterns().iter().any(|re| {
        re.find_iter(text.as_bytes()).any(|m| {
            // Every pattern starts with an ASCII letter, so a match starts on a character boundary.
            let before = text.get(..m.start()).unwrap_or_default();
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

/// The level names in English advisory text, highest first; ASCII like [`LEAVE_PATTERNS`].
const REGIONAL_LEVELS: &[(&str, u8)] = &[
    (r"\blevel\s*4\b|\bdo not travel\b", 4),
    (r"\blevel\s*3\b|\breconsider (?:your need to )?travel\b", 3),
    (
        r"\blevel\s*2\b|\bexercise (?:increased|a high degree of) caution\b",
        2,
    ),
];

fn regional_levels() -> &'static [(BytesRegex, u8)] {
    static RE: OnceLock<Vec<(BytesRegex, u8)>> = OnceLock::new();
    RE.get_or_init(|| {
        let (patterns, levels): (Vec<&str>, Vec<u8>) = REGIONAL_LEVELS.iter().copied().unzip();
        ascii_patterns(&patterns).into_iter().zip(levels).collect()
    })
}

/// The highest level named anywhere in English advisory text (US "Level 4", AU "Do not travel to: …").
pub fn highest_level_named(text: &str) -> Option<u8> {
    regional_levels()
        .iter()
        .find(|(re, _)| re.is_match(text.as_bytes()))
        .map(|(_, level)| *level)
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
    fn leave_now_reads_curly_quotes_capitals_and_text_in_other_scripts() {
        assert!(says_leave_now("Leave when it’s safe to do so."));
        assert!(says_leave_now("LEAVE LEBANON AS SOON AS IT‘S SAFE"));
        assert!(says_leave_now(
            "VERLASSEN SIE DAS LAND UNVERZÜGLICH über die Landgrenzen."
        ));
        // Persian, Arabic and accented words around the instruction; «prepared to» before it still rules it out.
        assert!(says_leave_now(
            "«تهران» — Les Français doivent… U.S. citizens should leave «ایران»."
        ));
        assert!(!says_leave_now("Ελλάδα: be prepared to depart immediately"));
    }

    #[test]
    fn the_highest_level_named_wins() {
        assert_eq!(
            highest_level_named("Level 2 overall; Level 4: Do Not Travel to Sistan"),
            Some(4)
        );
        assert_eq!(
            highest_level_named("Reconsider your need to travel to the north."),
            Some(3)
        );
        assert_eq!(
            highest_level_named("Exercise a high degree of caution"),
            Some(2)
        );
        assert_eq!(
            highest_level_named("Exercise normal safety precautions"),
            None
        );
    }

    #[test]
    fn plain_text_keeps_blocks_apart_and_decodes() {
        let t = plain_text("Lead<p>a&nbsp;&amp; b</p><ul><li>one</li><li>two &#8217;s</li></ul>");
        assert_eq!(t, "Lead\na & b\none\ntwo ’s");
        assert_eq!(decode_entities("Côte d&#039;Ivoire"), "Côte d'Ivoire");
    }
}
