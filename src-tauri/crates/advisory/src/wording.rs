//! Turning government HTML into something a webview may show, and reading wording out of it.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, OnceLock};

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

mod fast;

/// Sanitises a government summary with a strict allow-list.
///
/// Only `https:` links survive (anything else loses its `href` and becomes plain text); a path-relative or
/// root-relative link is resolved against `origin` (the source's `https://host`), a fragment-only link
/// (`#requirements`, which points into a page we do not show) is dropped; every link gets
/// `rel="noopener noreferrer"`. Attributes other than `a[href]` and `abbr[title]` are removed, so no
/// `style`, `class`, `id` or event handler reaches the webview; `<script>`/`<style>` lose their content too.
///
/// Plain, well-nested markup (what the feeds publish) takes a one-pass fast path that writes exactly what
/// ammonia writes (see `text/fast.rs`); anything else goes through ammonia itself.
pub fn sanitize_summary(html: &str, origin: &str) -> String {
    match fast::clean(html, fast::Mode::Summary { origin }, false) {
        Some((clean, _)) => clean,
        None => ammonia_summary(html, origin),
    }
}

/// The ammonia path of [`sanitize_summary`]: html5ever's parser and serialiser with the allow-list.
fn ammonia_summary(html: &str, origin: &str) -> String {
    summary_builder(origin).clean(html).to_string()
}

/// The allow-list. `text/fast.rs` writes what this builder writes (allowed tags, `a[href]`, `abbr[title]` and
/// no other attribute, `https:` links, `rel`): a change here needs the same change there, which the
/// differential tests below enforce.
fn new_summary_builder(origin: &str) -> Builder<'static> {
    let mut attrs = HashMap::new();
    attrs.insert("a", HashSet::from(["href"]));
    attrs.insert("abbr", HashSet::from(["title"]));
    let mut b = Builder::empty();
    b.tags(ALLOWED_TAGS.iter().copied().collect())
        .tag_attributes(attrs)
        // ammonia's defaults would keep `lang` and `title` on every tag: nothing a summary needs.
        .generic_attributes(HashSet::new())
        .url_schemes(HashSet::from(["https"]))
        .url_relative(UrlRelative::Custom(Box::new(Resolver {
            origin: origin.to_owned(),
        })))
        .link_rel(Some("noopener noreferrer"))
        .clean_content_tags(HashSet::from([
            "script", "style", "template", "noscript", "iframe", "object",
        ]))
        .strip_comments(true);
    b
}

/// One ammonia builder per origin, built once (building one costs more than cleaning a short summary).
fn summary_builder(origin: &str) -> Arc<Builder<'static>> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<Builder<'static>>>>> = OnceLock::new();
    let origin = origin.trim_end_matches('/');
    let cache = CACHE.get_or_init(Default::default);
    let lock = || {
        cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    };
    if let Some(b) = lock().get(origin) {
        return Arc::clone(b);
    }
    let b = Arc::new(new_summary_builder(origin));
    let mut map = lock();
    // The sources have five origins; a caller inventing more only loses the cache.
    if map.len() < 16 {
        map.insert(origin.to_owned(), Arc::clone(&b));
    }
    b
}

/// The builder `plain_text` strips every element with.
fn plain_builder() -> &'static Builder<'static> {
    static B: OnceLock<Builder<'static>> = OnceLock::new();
    B.get_or_init(|| {
        let mut b = Builder::empty();
        b.clean_content_tags(HashSet::from(["script", "style", "template"]));
        b
    })
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
    match fast::clean(html, fast::Mode::Plain, false) {
        Some((text, _)) => collapse(&text),
        None => ammonia_plain_text(html),
    }
}

/// The ammonia path of [`plain_text`]: a newline before each block tag, every element stripped.
fn ammonia_plain_text(html: &str) -> String {
    let stripped = plain_builder()
        .clean(&block_boundary().replace_all(html, "\n$0"))
        .to_string();
    collapse(&unescape_serialized(&stripped))
}

/// Sanitised HTML and its plain text (the text is read off the sanitised output, which is serialised
/// HTML: well-formed tags, `<`/`>` escaped everywhere else, and only `&amp; &lt; &gt; &quot; &nbsp;` as
/// entities).
pub fn summary(html: &str, origin: &str) -> (String, String) {
    if !html.contains(['<', '&']) {
        let text = collapse(html);
        return (text.clone(), text);
    }
    if let Some((clean, Some(text))) = fast::clean(html, fast::Mode::Summary { origin }, true) {
        return (clean, text);
    }
    let clean = ammonia_summary(html, origin);
    let text = text_of_sanitized(&clean);
    (clean, text)
}

/// The text of serialised, sanitised HTML in one pass: a newline before each block tag (`p li ul ol h1–h6
/// blockquote br`, as `block_boundary` marks them), every tag dropped, the serialiser's entities decoded
/// (a no-break space becomes a space), then [`collapse`]d.
fn text_of_sanitized(clean: &str) -> String {
    let s = clean.as_bytes();
    let mut out = Collapse::with_capacity(clean.len());
    let (mut i, mut run) = (0, 0);
    while i < s.len() {
        match s[i] {
            b'<' => {
                let Some(len) = s[i..].iter().position(|&c| c == b'>') else {
                    break;
                };
                out.push_str(&clean[run..i]);
                let tag = &clean[i + 1..i + len];
                let name = tag.strip_prefix('/').unwrap_or(tag);
                let name = name.split([' ', '/']).next().unwrap_or_default();
                let block = matches!(
                    name,
                    "p" | "div"
                        | "li"
                        | "ul"
                        | "ol"
                        | "h1"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "h5"
                        | "h6"
                        | "tr"
                        | "table"
                        | "section"
                        | "blockquote"
                ) || (name == "br" && !tag.starts_with('/'));
                if block {
                    out.push_char('\n');
                }
                i += len + 1;
                run = i;
            }
            b'&' => {
                out.push_str(&clean[run..i]);
                let entity = [
                    ("&amp;", '&'),
                    ("&lt;", '<'),
                    ("&gt;", '>'),
                    ("&quot;", '"'),
                    ("&nbsp;", ' '),
                ]
                .into_iter()
                .find(|(e, _)| s[i..].starts_with(e.as_bytes()));
                match entity {
                    Some((e, c)) => {
                        out.push_char(c);
                        i += e.len();
                    }
                    None => {
                        out.push_char('&');
                        i += 1;
                    }
                }
                run = i;
            }
            _ => i += 1,
        }
    }
    out.push_str(&clean[run..]);
    out.finish()
}

/// One line per non-empty line of `text`, words separated by one space (what `lines()` +
/// `split_whitespace()` + `join` give), built in one pass.
fn collapse(text: &str) -> String {
    let mut out = Collapse::with_capacity(text.len());
    out.push_str(text);
    out.finish()
}

/// Bytes that may start whitespace: ASCII whitespace, and the lead bytes of U+0085, U+00A0 (0xC2),
/// U+1680 (0xE1), U+2000–U+205F (0xE2) and U+3000 (0xE3).
static MAYBE_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(
            b as u8,
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' | 0xC2 | 0xE1 | 0xE2 | 0xE3
        );
        b += 1;
    }
    t
};

/// The length of the whitespace character at the start of `s` (0 when it is not whitespace), for `s[0]`
/// in `MAYBE_SPACE`.
fn space_len(s: &[u8]) -> usize {
    match s {
        [b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ', ..] => 1,
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE1, 0x9A, 0x80, ..] => 3,
        [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..] => 3,
        [0xE2, 0x81, 0x9F, ..] | [0xE3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// 0x80 in each byte of `w` that is zero, 0 elsewhere (exact: no borrow runs between bytes).
pub(crate) fn zero_bytes(w: u64) -> u64 {
    !(((w & LOW7) + LOW7) | w | LOW7)
}

/// Whether eight bytes are printable ASCII with single, non-final spaces: collapsing leaves them as they
/// are (no control, no non-ASCII byte that could start Unicode whitespace, no two spaces in a row, and no
/// space last, whose successor is not known here).
fn plain_words(w: u64) -> bool {
    // 0x80 where the byte is >= 0x80 or (for ASCII) < 0x20.
    let odd = (w | !((w & LOW7) + 0x6060_6060_6060_6060)) & HIGH;
    let spaces = zero_bytes(w ^ 0x2020_2020_2020_2020);
    odd == 0 && spaces & (spaces >> 8) == 0 && spaces >> 56 == 0
}

/// Streaming [`collapse`]: feed text, get lines of single-spaced words.
struct Collapse {
    out: String,
    line_has_word: bool,
    pending_space: bool,
}

impl Collapse {
    fn with_capacity(n: usize) -> Self {
        Collapse {
            out: String::with_capacity(n),
            line_has_word: false,
            pending_space: false,
        }
    }

    /// Writes the separator a word needs here (a newline after an earlier line, or one space).
    fn begin_word(&mut self) {
        if !self.line_has_word {
            if !self.out.is_empty() {
                self.out.push('\n');
            }
            self.line_has_word = true;
        } else if self.pending_space {
            self.out.push(' ');
        }
        self.pending_space = false;
    }

    fn space(&mut self, newline: bool) {
        if newline {
            self.line_has_word = false;
            self.pending_space = false;
        } else if self.line_has_word {
            self.pending_space = true;
        }
    }

    fn push_char(&mut self, c: char) {
        if c.is_whitespace() {
            self.space(c == '\n');
        } else {
            self.begin_word();
            self.out.push(c);
        }
    }

    fn push_str(&mut self, text: &str) {
        let s = text.as_bytes();
        // `chunk` is the start of text being copied verbatim: words separated by single ASCII spaces, which
        // is what collapsing leaves unchanged. Anything else (other whitespace, runs, line ends) flushes it.
        let mut chunk: Option<usize> = None;
        let mut i = 0;
        while i < s.len() {
            // Eight bytes at a time while the text is ASCII words and single spaces (one of which may lead the
            // block only inside a chunk, i.e. right after a word).
            if let Some(block) = s.get(i..i + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
                if plain_words(u64::from_le_bytes(block)) && (chunk.is_some() || block[0] != b' ') {
                    if chunk.is_none() {
                        self.begin_word();
                        chunk = Some(i);
                    }
                    i += 8;
                    continue;
                }
            }
            let b = s[i];
            if !MAYBE_SPACE[usize::from(b)] {
                if chunk.is_none() {
                    self.begin_word();
                    chunk = Some(i);
                }
                i += 1;
                continue;
            }
            if b == b' '
                && chunk.is_some()
                && s.get(i + 1).is_some_and(|&n| !MAYBE_SPACE[usize::from(n)])
            {
                i += 1;
                continue;
            }
            let len = space_len(&s[i..]);
            if len == 0 {
                // A non-space character whose lead byte is shared with whitespace (`©`, `’`, …).
                if chunk.is_none() {
                    self.begin_word();
                    chunk = Some(i);
                }
                i += 1;
                continue;
            }
            if let Some(c) = chunk.take() {
                self.out.push_str(&text[c..i]);
            }
            self.space(b == b'\n');
            i += len;
        }
        if let Some(c) = chunk {
            self.out.push_str(&text[c..]);
        }
    }

    fn finish(self) -> String {
        self.out
    }
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

/// The leave-now instructions, one regex each (matched case-insensitively; `’` and `‘` count as `'`).
const LEAVE_PATTERNS: &[&str] = &[
    // English (US, UK, CA, AU)
    r"\b(?:leave|depart)\s+(?:immediately|now)\b",
    r"\bshould\s+(?:leave|depart)\b",
    r"\b(?:leave|depart)\s+(?:\S+\s+){0,3}as soon as (?:possible|it['’‘]?s safe)",
    r"\burges?\s+(?:\S+\s+){0,5}to\s+(?:leave|depart)\b",
    r"\bleave when it['’‘]?s safe to do so\b",
    r"\bconsider (?:leaving|options to (?:leave|depart))\b",
    // German (Auswärtiges Amt)
    r"aufgefordert[^.]{0,80}(?:zu verlassen|auszureisen)",
    r"\b(?:verlassen|reisen)\s+sie\b[^.]{0,60}\b(?:umgehend|sofort|unverzüglich)",
];

fn leave_patterns() -> &'static [Regex] {
    static RE: OnceLock<Vec<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        LEAVE_PATTERNS
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
    // The patterns accept `’`/`‘` wherever they accept `'` (the same character classes: non-word, non-space,
    // not `.`), which reads the text as if the quotes were normalised, without copying it.
    leave_patterns().iter().any(|re| {
        re.find_iter(text).any(|m| {
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

    // ---- The fast path against ammonia -------------------------------------------------------------

    /// The pre-fast-path `collapse`.
    fn reference_collapse(text: &str) -> String {
        text.lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The pre-fast-path `summary`: ammonia, then regexes over its output.
    fn reference_summary(html: &str, origin: &str) -> (String, String) {
        if !html.contains(['<', '&']) {
            let text = reference_collapse(html);
            return (text.clone(), text);
        }
        let clean = ammonia_summary(html, origin);
        let tag = Regex::new(r"<[^>]*>").unwrap();
        let spaced = block_boundary().replace_all(&clean, "\n$0");
        let text = reference_collapse(&unescape_serialized(&tag.replace_all(&spaced, "")));
        (clean, text)
    }

    /// The pre-fast-path `plain_text`.
    fn reference_plain_text(html: &str) -> String {
        if !html.contains(['<', '&']) {
            return reference_collapse(html);
        }
        let stripped = plain_builder()
            .clean(&block_boundary().replace_all(html, "\n$0"))
            .to_string();
        reference_collapse(&unescape_serialized(&stripped))
    }

    const ORIGINS: [&str; 2] = ["https://travel.state.gov", "https://www.gov.uk/"];

    /// Compares both paths on one fragment; returns how many of the two modes took the fast path.
    fn check_same(html: &str) -> usize {
        let mut fast_hits = 0;
        for origin in ORIGINS {
            let fast = fast::clean(html, fast::Mode::Summary { origin }, true);
            if let Some((f, t)) = &fast {
                assert_eq!(f, &ammonia_summary(html, origin), "summary of {html:?}");
                assert_eq!(
                    t.as_deref(),
                    Some(text_of_sanitized(f).as_str()),
                    "text of {html:?}"
                );
            }
            assert_eq!(
                summary(html, origin),
                reference_summary(html, origin),
                "summary text of {html:?}"
            );
            fast_hits += usize::from(fast.is_some() && origin == ORIGINS[0]);
        }
        let plain = fast::clean(html, fast::Mode::Plain, false);
        assert_eq!(
            plain_text(html),
            reference_plain_text(html),
            "plain text of {html:?}"
        );
        fast_hits + usize::from(plain.is_some())
    }

    fn strings_in(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) if s.contains(['<', '&']) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| strings_in(x, out)),
            serde_json::Value::Object(m) => m.values().for_each(|x| strings_in(x, out)),
            _ => {}
        }
    }

    /// Every HTML-ish string in the shared captures and in our own fixtures (JSON strings, RSS CDATA).
    fn fixture_fragments() -> Vec<String> {
        let manifest = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let mut dirs = vec![manifest.join("tests/fixtures")];
        let shared = manifest.join("../../../../shared/fixtures/advisories");
        if let Ok(rd) = std::fs::read_dir(&shared) {
            dirs.extend(rd.flatten().map(|e| e.path()).filter(|p| p.is_dir()));
        }
        let mut out = Vec::new();
        for dir in dirs {
            let Ok(rd) = std::fs::read_dir(&dir) else {
                continue;
            };
            for path in rd.flatten().map(|e| e.path()) {
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                match path.extension().and_then(|e| e.to_str()) {
                    Some("json") => {
                        if let Ok(v) = serde_json::from_str(&text) {
                            strings_in(&v, &mut out);
                        }
                    }
                    Some("xml") => {
                        for part in text.split("<![CDATA[").skip(1) {
                            out.extend(part.split("]]>").next().map(str::to_owned));
                        }
                    }
                    _ => {}
                }
            }
        }
        out
    }

    #[test]
    fn fast_path_matches_ammonia_on_every_fixture() {
        let fragments = fixture_fragments();
        let mut hits = 0;
        for f in &fragments {
            hits += check_same(f);
        }
        println!(
            "{} fragments, {hits} of {} sanitiser calls took the fast path",
            fragments.len(),
            fragments.len() * 2
        );
    }

    /// xorshift64*: deterministic, no dependency.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[self.below(items.len())]
        }
    }

    const NAMES: &[&str] = &[
        "p",
        "p",
        "p",
        "li",
        "li",
        "ul",
        "ol",
        "a",
        "a",
        "b",
        "i",
        "em",
        "strong",
        "u",
        "abbr",
        "h2",
        "h3",
        "h5",
        "blockquote",
        "div",
        "span",
        "span",
        "section",
        "sup",
        "font",
        "small",
        "code",
        "h1",
        "P",
        "LI",
        "A",
        "Span",
        "center",
        "q",
        "del",
        "figure",
        "nav",
        // Not modelled: must always fall back.
        "table",
        "td",
        "pre",
        "textarea",
        "title",
        "select",
        "option",
        "dd",
        "o:p",
        "svg",
        "math",
        "button",
        "form",
        "nobr",
        "image",
        "text",
        "mi",
    ];
    const VOIDS: &[&str] = &[
        "<br>",
        "<br/>",
        "<br />",
        "<BR>",
        "<img src=x onerror=alert(1)>",
        "<hr>",
        "<wbr>",
        "<input>",
        "<br _rte_temp_br=\"brEOB\">",
        "</br>",
        "<img/>",
    ];
    const TEXTS: &[&str] = &[
        "Do not travel",
        " ",
        "  ",
        "\n",
        "\r\n",
        "\r",
        "a < b",
        "x > y",
        "\u{a0}",
        "\u{2003}",
        "é",
        "’s",
        "\t",
        "AT&T",
        "& ",
        "\"q\"",
        "'",
        "`",
        "=",
        "leave immediately",
        "Level 4",
        "\u{85}",
        "\u{3000}x",
        "<3",
        "< p>",
        "a<",
        "\u{feff}",
        "--",
        "->",
        "]]>",
        "\u{0}",
        "x\u{c}y",
    ];
    const ENTITIES_SAMPLE: &[&str] = &[
        "&amp;",
        "&lt;",
        "&gt;",
        "&quot;",
        "&nbsp;",
        "&eacute;",
        "&Eacute;",
        "&rsquo;",
        "&#8217;",
        "&#039;",
        "&#x41;",
        "&#X201C;",
        "&#0;",
        "&#128;",
        "&#13;",
        "&#xD800;",
        "&#1114112;",
        "&#65535;",
        "&amp",
        "&copy",
        "&notit;",
        "&ampx;",
        "&#;",
        "&#x;",
        "&foo;",
        "& ;",
        "&#9;",
        "&#10;",
        "&NotEqualTilde;",
        "&nbsp",
        "&apos;",
        "&#160;",
        "&#xa0;",
        "&#8239;",
        "&",
    ];
    const ATTR_NAMES: &[&str] = &[
        "href",
        "href",
        "HREF",
        "title",
        "lang",
        "style",
        "onclick",
        "class",
        "id",
        "rel",
        "target",
        "Title",
        "src",
        "ping",
        "_rte_temp_br",
    ];
    const ATTR_VALUES: &[&str] = &[
        "https://ex.com/a?b=1&amp;c=2",
        "http://x.example/",
        "/en/rel.html",
        "rel.html",
        "//cdn.ex.com/x",
        "#frag",
        "",
        "javascript:alert(1)",
        "mailto:a@b.example",
        " https://ex.com ",
        "https://ex.com/a b",
        "/a\\b",
        "data:text/html,x",
        "&#104;ttps://x.example",
        "tel:123",
        "HTTPS://EX.COM/Y",
        "ftp://x",
        "/p?x=<y>",
        "color:red",
        "a\"b",
        "it's",
        "x&y",
        "x&amp;y",
        "https://ex.com/\u{a0}",
        "/a\r\nb",
        "en",
        "Foreign, Commonwealth &amp; Development Office",
        "https://[::1/",
        "https:///x",
        "//",
        "https:x",
    ];

    fn gen_attrs(rng: &mut Rng, out: &mut String) {
        for _ in 0..rng.below(3) {
            out.push(' ');
            out.push_str(rng.pick(ATTR_NAMES));
            if rng.below(8) == 0 {
                continue;
            }
            let v = rng.pick(ATTR_VALUES);
            match rng.below(6) {
                0 if !v.is_empty()
                    && !v.contains(|c: char| c.is_whitespace() || "\"'<>=`".contains(c)) =>
                {
                    out.push('=');
                    out.push_str(v);
                }
                1 if !v.contains('\'') => {
                    out.push_str("='");
                    out.push_str(v);
                    out.push('\'');
                }
                _ => {
                    out.push_str(if rng.below(10) == 0 { " = \"" } else { "=\"" });
                    out.push_str(&v.replace('"', "&quot;"));
                    out.push('"');
                }
            }
        }
    }

    fn gen_nodes(rng: &mut Rng, depth: usize, out: &mut String) {
        for _ in 0..rng.below(4) + 1 {
            match rng.below(20) {
                0..=5 => out.push_str(rng.pick(TEXTS)),
                6..=7 => out.push_str(rng.pick(ENTITIES_SAMPLE)),
                8..=15 if depth < 5 => {
                    let name = rng.pick(NAMES);
                    out.push('<');
                    out.push_str(name);
                    gen_attrs(rng, out);
                    out.push_str(if rng.below(30) == 0 { "/>" } else { ">" });
                    gen_nodes(rng, depth + 1, out);
                    if rng.below(12) != 0 {
                        out.push_str("</");
                        out.push_str(if rng.below(25) == 0 { "p" } else { name });
                        out.push('>');
                    }
                }
                16 => out.push_str(rng.pick(VOIDS)),
                17 => out.push_str(rng.pick(&[
                    "<!-- note -->",
                    "<!---->",
                    "<!-->",
                    "<!--->",
                    "<!-- a --!> b -->",
                    "<!-- <p> -->",
                    "<!-- unterminated",
                    "<!-- x <!-- y -->",
                ])),
                18 => out.push_str(rng.pick(&[
                    "<",
                    "</",
                    "</>",
                    "<!doctype html>",
                    "<?xml x?>",
                    "<![CDATA[x]]>",
                    "<script>alert('x')</script>",
                    "<style>p{}</style>",
                    "<iframe src=x></iframe>",
                    "<svg onload=alert(2)><a>x</a></svg>",
                    "<p",
                    "<a href='x'",
                    "</p>",
                    "<p>",
                    "</li>",
                    "<x-y>",
                    "<p.x>",
                    "<noscript><p>x</p></noscript>",
                ])),
                _ => out.push_str(rng.pick(TEXTS)),
            }
        }
    }

    #[test]
    fn fast_path_matches_ammonia_on_generated_markup() {
        let runs: usize = std::env::var("FAST_PATH_RUNS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(3000);
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let (mut hits, mut calls) = (0, 0);
        for _ in 0..runs {
            let mut doc = String::new();
            gen_nodes(&mut rng, 0, &mut doc);
            hits += check_same(&doc);
            calls += 2;
        }
        println!(
            "{runs} generated fragments, {hits} of {calls} sanitiser calls took the fast path"
        );
        assert!(
            hits * 5 > calls,
            "the generator must exercise the fast path ({hits} of {calls})"
        );
    }

    #[test]
    fn named_references_decode_like_html5ever() {
        assert!(fast::ENTITIES.windows(2).all(|w| w[0].0 < w[1].0));
        for (name, c) in fast::ENTITIES {
            let html = format!("<p>x&{name};y</p>");
            let origin = ORIGINS[0];
            assert_eq!(
                fast::clean(&html, fast::Mode::Summary { origin }, false).map(|(h, _)| h),
                Some(ammonia_summary(&html, origin)),
                "{name}"
            );
            assert!(ammonia_summary(&html, origin).contains(*c) || "&<>\u{a0}".contains(*c));
        }
    }

    #[test]
    fn url_shortcut_agrees_with_the_url_crate() {
        let slow = |u: &str| match url::Url::parse(u) {
            Ok(x) if x.scheme() == "https" => fast::UrlKind::Https,
            Err(url::ParseError::RelativeUrlWithoutBase) => fast::UrlKind::Relative,
            _ => fast::UrlKind::Refused,
        };
        let mut samples: Vec<String> = ATTR_VALUES.iter().map(|s| s.to_string()).collect();
        for f in fixture_fragments() {
            for part in f.split("href=").skip(1) {
                let q = part.chars().next().unwrap_or(' ');
                let v = if q == '"' || q == '\'' {
                    part[1..].split(q).next().unwrap_or_default()
                } else {
                    part.split([' ', '>']).next().unwrap_or_default()
                };
                samples.push(v.to_owned());
            }
        }
        let pieces = [
            "https://",
            "http://",
            "HTTPS://",
            "https:",
            "//",
            "/",
            "a",
            "Z",
            "0",
            "-",
            ".",
            "..",
            "xn--",
            "xn--bcher-kva",
            "ex",
            "com",
            "1",
            "255",
            "0x7f",
            "@",
            ":",
            ":443",
            "?",
            "#",
            "\\",
            "%41",
            " ",
            "\t",
            "\n",
            "\u{0}",
            "\u{7f}",
            "é",
            "EX",
            "_",
            "+",
            "mailto:",
            "javascript:",
            "h\tttps://",
            "[::1]",
            "[",
            "localhost",
            "a-b",
            "-a",
            "a-",
            "www.gov.uk",
            "travel.state.gov",
        ];
        let mut rng = Rng(7);
        for _ in 0..20_000 {
            let s: String = (0..rng.below(7)).map(|_| rng.pick(&pieces)).collect();
            samples.push(s);
        }
        for s in &samples {
            assert_eq!(fast::url_kind(s), slow(s), "{s:?}");
        }
    }

    #[test]
    fn collapse_matches_lines_and_split_whitespace() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut b = [0u8; 4];
            let e = c.encode_utf8(&mut b).as_bytes();
            let said = MAYBE_SPACE[usize::from(e[0])] && space_len(e) == e.len();
            assert_eq!(said, c.is_whitespace(), "{:?}", c);
        }
        let mut rng = Rng(42);
        let parts = [
            "a",
            "bc",
            " ",
            "\n",
            "\r\n",
            "\r",
            "\t",
            "\u{a0}",
            "\u{2028}",
            "\u{85}",
            "é",
            "\u{3000}",
            "\u{200b}",
            "x\u{1680}y",
            "\u{202f}",
        ];
        let words = [
            "hello",
            "travel",
            "x",
            "Level 4",
            "do not travel",
            "a b c d e f",
            "’s",
            "a  b",
            "tab\tx",
            "1234567",
            "12345678",
            "abcdefghijklmnop",
            "\u{7f}",
            "\u{1}",
        ];
        for _ in 0..20_000 {
            let s: String = (0..rng.below(40))
                .map(|_| {
                    if rng.below(3) == 0 {
                        rng.pick(&parts)
                    } else {
                        rng.pick(&words)
                    }
                })
                .collect();
            assert_eq!(collapse(&s), reference_collapse(&s), "{s:?}");
            // Fed in pieces, as the fast sanitiser feeds it.
            let mut c = Collapse::with_capacity(0);
            let cut = rng.below(s.len() + 1);
            let cut = (cut..=s.len())
                .find(|&k| s.is_char_boundary(k))
                .unwrap_or(s.len());
            c.push_str(&s[..cut]);
            c.push_str(&s[cut..]);
            assert_eq!(c.finish(), reference_collapse(&s), "{s:?} cut at {cut}");
        }
    }
}
