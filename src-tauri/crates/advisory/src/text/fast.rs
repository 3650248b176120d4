//! The fast path of [`super::sanitize_summary`] and [`super::plain_text`]: one pass over the bytes for the
//! plain, well-nested HTML governments publish, producing **byte for byte** what ammonia (html5ever's parser
//! and serialiser, with the same allow-list) produces. Anything this module does not model exactly returns
//! `None` and the caller runs ammonia instead, so the fast path can only be narrower than ammonia, never
//! laxer:
//!
//! - tags: only a fixed list of element names whose tree-building rule is modelled below (`<script>`,
//!   `<style>`, `<iframe>`, `<svg>`, `<table>`, `<form>`, `<pre>`, `<textarea>`, `<select>`, … are not on it);
//! - nesting: every end tag must close the current element, and the only implied end tag modelled is the
//!   `</p>` before a block, heading, `<li>` or `<hr>` when that `<p>` is the current node (`<p>a<p>b`,
//!   `<p>a<h3>b`); `<li>` inside an open `<li>`, `<a>` inside `<a>`, a heading inside a heading or a block
//!   after `<p><b>` are not; unclosed elements at the end are fine (the serialiser closes them);
//! - syntax: plain comments are dropped (as ammonia strips them); no doctype, CDATA, processing instruction
//!   or bogus comment, no `</` without a letter, no NUL, no leading BOM, no attribute syntax error, no
//!   character reference outside a small named table and the plain numeric range (no legacy `&amp` without
//!   `;`, no C1/control/noncharacter code points).
//!
//! The output is built from scratch: only allow-listed tags are written, every attribute value and text run
//! is escaped like html5ever's serialiser escapes them, and `href` is judged as ammonia judges it (the `url`
//! crate's verdict, with a shortcut for scheme-less links and plain `https://host/…` ones) and resolved by
//! the same relative-link resolver. `text.rs`'s tests compare both paths, byte for byte, on every capture
//! and fixture and on generated markup, and the shortcut against the `url` crate.

use std::borrow::Cow;

use url::Url;

use super::{zero_bytes, Collapse};

/// What the sanitiser is producing.
#[derive(Clone, Copy)]
pub(super) enum Mode<'o> {
    /// The summary allow-list (see `ALLOWED_TAGS` in `text.rs`), links resolved against `origin`.
    Summary { origin: &'o str },
    /// Text only (every element dropped, its content kept), with a `\n` before each block tag as
    /// `plain_text`'s regex inserts it into the raw HTML.
    Plain,
}

/// How html5ever's "in body" insertion mode treats a start tag, for the names the fast path accepts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Rule {
    /// `<a> <b> <em> <i> <strong> <u> <code> <font> <s> <small> <strike> <tt> <big>`: active formatting
    /// elements. Kept strictly nested, the list of active formatting elements only ever mirrors the stack,
    /// so "reconstruct" is a no-op and the adoption agency just pops.
    Formatting,
    /// `<p> <ul> <ol> <blockquote> <div> <section> …`: "close a p element in button scope" first.
    ClosesP,
    /// `<h1>`–`<h6>`: closes an open `<p>` and pops a heading that is the current node.
    Heading,
    /// `<li>`: closes an open `<li>` in list-item scope and an open `<p>`.
    Li,
    /// Inserted where it stands (`<span> <abbr> <sup> <sub> <cite> …`).
    Ordinary,
    /// No content, no end tag (`<br> <img> <wbr>`).
    Void,
    /// `<hr>`: void, and closes an open `<p>`.
    VoidClosesP,
}

#[derive(Clone, Copy)]
struct Element {
    name: &'static str,
    rule: Rule,
    /// In the HTML spec's "special" category (ends the `<li>` scope walk, except address, div and p).
    special: bool,
    /// On the summary allow-list. (The plain-text cleaner keeps no element.)
    allowed: bool,
}

const fn el(name: &'static str, rule: Rule, special: bool, allowed: bool) -> Element {
    Element {
        name,
        rule,
        special,
        allowed,
    }
}

/// The element names the fast path models (lower case). None is a MathML or SVG name that ammonia's
/// namespace check would remove, none has a raw-text/RCDATA tokenizer state or a dedicated tree rule other
/// than its `Rule`.
fn element(name: &[u8]) -> Option<Element> {
    use Rule::*;
    Some(match name {
        b"a" => el("a", Formatting, false, true),
        b"abbr" => el("abbr", Ordinary, false, true),
        b"b" => el("b", Formatting, false, true),
        b"blockquote" => el("blockquote", ClosesP, true, true),
        b"br" => el("br", Void, true, true),
        b"em" => el("em", Formatting, false, true),
        b"h2" => el("h2", Heading, true, true),
        b"h3" => el("h3", Heading, true, true),
        b"h4" => el("h4", Heading, true, true),
        b"h5" => el("h5", Heading, true, true),
        b"h6" => el("h6", Heading, true, true),
        b"i" => el("i", Formatting, false, true),
        b"li" => el("li", Li, true, true),
        b"ol" => el("ol", ClosesP, true, true),
        b"p" => el("p", ClosesP, true, true),
        b"strong" => el("strong", Formatting, false, true),
        b"u" => el("u", Formatting, false, true),
        b"ul" => el("ul", ClosesP, true, true),
        // Dropped by the allow-list, content kept.
        b"h1" => el("h1", Heading, true, false),
        b"div" => el("div", ClosesP, true, false),
        b"section" => el("section", ClosesP, true, false),
        b"article" => el("article", ClosesP, true, false),
        b"aside" => el("aside", ClosesP, true, false),
        b"header" => el("header", ClosesP, true, false),
        b"footer" => el("footer", ClosesP, true, false),
        b"nav" => el("nav", ClosesP, true, false),
        b"main" => el("main", ClosesP, true, false),
        b"center" => el("center", ClosesP, true, false),
        b"address" => el("address", ClosesP, true, false),
        b"figure" => el("figure", ClosesP, true, false),
        b"figcaption" => el("figcaption", ClosesP, true, false),
        b"span" => el("span", Ordinary, false, false),
        b"sup" => el("sup", Ordinary, false, false),
        b"sub" => el("sub", Ordinary, false, false),
        b"cite" => el("cite", Ordinary, false, false),
        b"dfn" => el("dfn", Ordinary, false, false),
        b"kbd" => el("kbd", Ordinary, false, false),
        b"samp" => el("samp", Ordinary, false, false),
        b"var" => el("var", Ordinary, false, false),
        b"q" => el("q", Ordinary, false, false),
        b"mark" => el("mark", Ordinary, false, false),
        b"time" => el("time", Ordinary, false, false),
        b"del" => el("del", Ordinary, false, false),
        b"ins" => el("ins", Ordinary, false, false),
        b"code" => el("code", Formatting, false, false),
        b"font" => el("font", Formatting, false, false),
        b"s" => el("s", Formatting, false, false),
        b"small" => el("small", Formatting, false, false),
        b"strike" => el("strike", Formatting, false, false),
        b"tt" => el("tt", Formatting, false, false),
        b"big" => el("big", Formatting, false, false),
        b"img" => el("img", Void, true, false),
        b"wbr" => el("wbr", Void, true, false),
        b"hr" => el("hr", VoidClosesP, true, false),
        _ => return None,
    })
}

/// `plain_text` inserts `\n` before every match of
/// `(?i)<(?:/?(?:p|div|li|ul|ol|h[1-6]|tr|table|section|blockquote)\b[^>]*|br\b[^>]*)>` in the raw HTML.
/// For a tag the fast path accepts (an ASCII alphanumeric name ended by whitespace, `/` or `>`), that is:
fn plain_block(name: &str, end: bool) -> bool {
    matches!(
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
    ) || (!end && name == "br")
}

/// Deep nesting goes to ammonia (which handles it without recursion); real summaries nest a few levels.
const MAX_DEPTH: usize = 128;

// The lead byte of U+00A0 (and of the rest of U+0080–U+00BF) is special: a no-break space is `&nbsp;` in
// the serialised summary and a plain space in text.
static SUMMARY_SPECIAL: [bool; 256] = table_of(&[b'<', b'&', b'\r', 0, 0xC2, b'>']);
static PLAIN_SPECIAL: [bool; 256] = table_of(&[b'<', b'&', b'\r', 0, 0xC2]);

/// The index of the first byte at or after `i` in `special` (or `s.len()`).
fn next_special(s: &[u8], i: usize, summary: bool, special: &[bool; 256]) -> usize {
    if summary {
        find_any(s, i, &[b'<', b'&', b'\r', 0, 0xC2, b'>'], special)
    } else {
        find_any(s, i, &[b'<', b'&', b'\r', 0, 0xC2], special)
    }
}

/// The index of the first byte at or after `i` that is one of `bytes` (`table` marks the same set), or
/// `s.len()`: eight bytes at a time, then byte by byte for the tail.
fn find_any<const N: usize>(s: &[u8], mut i: usize, bytes: &[u8; N], table: &[bool; 256]) -> usize {
    while let Some(block) = s.get(i..i + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
        let w = u64::from_le_bytes(block);
        let hits = bytes.iter().fold(0, |acc, &b| {
            acc | zero_bytes(w ^ u64::from_ne_bytes([b; 8]))
        });
        if hits != 0 {
            return i + (hits.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < s.len() && !table[usize::from(s[i])] {
        i += 1;
    }
    i
}

const fn table_of(bytes: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut k = 0;
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
}

/// What an attribute value escapes (`push_attr_value`) and what decoding looks at (`decode_attr`).
static ATTR_ESCAPED: [bool; 256] = table_of(&[b'&', b'<', b'>', b'"', 0xC2]);
static ATTR_DECODED: [bool; 256] = table_of(&[b'&', b'\r', 0]);

/// The tokenizer's whitespace (CR is normalised to LF before tokenizing, so it counts too).
fn is_ws(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b' ' | b'\r')
}

/// A character reference at `s[i] == b'&'`: the character (`None` = a literal `&`) and the index after it.
/// `None` overall = something html5ever would treat in a way this module does not model.
fn char_ref(s: &[u8], i: usize) -> Option<(Option<char>, usize)> {
    match s.get(i + 1) {
        Some(b'#') => {
            let hex = matches!(s.get(i + 2), Some(b'x' | b'X'));
            let start = if hex { i + 3 } else { i + 2 };
            let radix = if hex { 16 } else { 10 };
            let mut j = start;
            let mut v: u32 = 0;
            while let Some(d) = s.get(j).and_then(|&d| char::from(d).to_digit(radix)) {
                if j - start >= 8 {
                    return None;
                }
                v = v * radix + d;
                j += 1;
            }
            if j == start || s.get(j) != Some(&b';') {
                return None;
            }
            // Only code points html5ever passes through untouched: no NUL/C0/C1 controls (C1 is remapped to
            // windows-1252), no surrogates, no noncharacters, nothing past U+10FFFF.
            let plain = matches!(v, 0x09 | 0x0A | 0x20..=0x7E | 0xA0..=0xD7FF | 0xE000..=0xFDCF | 0xFDF0..=0x10FFFF)
                && (v & 0xFFFE) != 0xFFFE;
            if !plain {
                return None;
            }
            Some((Some(char::from_u32(v)?), j + 1))
        }
        Some(c) if c.is_ascii_alphanumeric() => {
            let start = i + 1;
            let mut j = start;
            while j < s.len() && s[j].is_ascii_alphanumeric() && j - start < 32 {
                j += 1;
            }
            if s.get(j) != Some(&b';') {
                return None;
            }
            let c = match &s[start..j] {
                // The ones feeds are full of first; the table for the rest.
                b"nbsp" => '\u{a0}',
                b"amp" => '&',
                b"rsquo" => '\u{2019}',
                b"quot" => '"',
                b"eacute" => '\u{e9}',
                name => {
                    let name = std::str::from_utf8(name).ok()?;
                    let k = ENTITIES.binary_search_by(|(n, _)| (*n).cmp(name)).ok()?;
                    ENTITIES[k].1
                }
            };
            Some((Some(c), j + 1))
        }
        // `&` before anything else (space, `<`, another `&`, the end) is just an ampersand.
        _ => Some((None, i + 1)),
    }
}

/// Appends one character of text as html5ever's serialiser writes it (`attr` = inside a quoted attribute).
fn push_escaped(out: &mut String, c: char, attr: bool) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '\u{a0}' => out.push_str("&nbsp;"),
        '"' if attr => out.push_str("&quot;"),
        c => out.push(c),
    }
}

fn push_attr_value(out: &mut String, v: &str) {
    let b = v.as_bytes();
    let (mut start, mut i) = (0, 0);
    loop {
        i = find_any(b, i, &[b'&', b'<', b'>', b'"', 0xC2], &ATTR_ESCAPED);
        if i >= b.len() {
            break;
        }
        let escaped = match b[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            0xC2 if b.get(i + 1) == Some(&0xA0) => "&nbsp;",
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&v[start..i]);
        out.push_str(escaped);
        i += if b[i] == 0xC2 { 2 } else { 1 };
        start = i;
    }
    out.push_str(&v[start..]);
}

/// An attribute value with character references decoded and CR/CRLF normalised to LF.
fn decode_attr(raw: &str) -> Option<Cow<'_, str>> {
    let s = raw.as_bytes();
    if find_any(s, 0, &[b'&', b'\r', 0], &ATTR_DECODED) == s.len() {
        return Some(Cow::Borrowed(raw));
    }
    let mut out = String::with_capacity(raw.len());
    let mut i = 0;
    let mut start = 0;
    while i < s.len() {
        match s[i] {
            b'&' => {
                out.push_str(&raw[start..i]);
                let (c, next) = char_ref(s, i)?;
                out.push(c.unwrap_or('&'));
                i = next;
                start = i;
            }
            b'\r' => {
                out.push_str(&raw[start..i]);
                out.push('\n');
                i += if s.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                start = i;
            }
            0 => return None,
            _ => i += 1,
        }
    }
    out.push_str(&raw[start..]);
    Some(Cow::Owned(out))
}

struct Attr<'a> {
    name: &'a [u8],
    value: Cow<'a, str>,
}

struct Tag {
    element: Element,
    end: bool,
    self_closing: bool,
    /// Index just past the closing `>`.
    next: usize,
}

/// Tokenizes the tag at `s[i] == b'<'` (the caller checked `<` + letter or `</` + letter); its attributes
/// replace the contents of `attrs`.
fn tag<'a>(input: &'a str, i: usize, plain: bool, attrs: &mut Vec<Attr<'a>>) -> Option<Tag> {
    let s = input.as_bytes();
    let end = s[i + 1] == b'/';
    let name_start = if end { i + 2 } else { i + 1 };
    let mut j = name_start;
    while j < s.len() && s[j].is_ascii_alphanumeric() {
        j += 1;
    }
    let raw_name = &s[name_start..j];
    let mut lower = [0u8; 12];
    if raw_name.len() > lower.len() {
        return None;
    }
    for (d, c) in lower.iter_mut().zip(raw_name) {
        *d = c.to_ascii_lowercase();
    }
    let element = element(&lower[..raw_name.len()])?;
    // The name must end the way the tokenizer ends it; `<p.x>`, `<o:p>`, `<ü>` and an unterminated tag go
    // to ammonia.
    match s.get(j) {
        Some(&c) if is_ws(c) || c == b'/' || c == b'>' => {}
        _ => return None,
    }
    attrs.clear();
    let mut self_closing = false;
    loop {
        while j < s.len() && is_ws(s[j]) {
            j += 1;
        }
        match s.get(j) {
            None | Some(b'=') => return None,
            Some(b'>') => {
                j += 1;
                break;
            }
            Some(b'/') => {
                if s.get(j + 1) != Some(&b'>') {
                    return None;
                }
                self_closing = true;
                j += 2;
                break;
            }
            _ => {}
        }
        let attr_start = j;
        while let Some(&c) = s.get(j) {
            if is_ws(c) || matches!(c, b'/' | b'>' | b'=') {
                break;
            }
            if matches!(c, b'"' | b'\'' | b'<' | 0) {
                return None;
            }
            j += 1;
        }
        let name = &s[attr_start..j];
        while j < s.len() && is_ws(s[j]) {
            j += 1;
        }
        let value = if s.get(j) == Some(&b'=') {
            j += 1;
            while j < s.len() && is_ws(s[j]) {
                j += 1;
            }
            match s.get(j) {
                None | Some(b'>') => return None,
                Some(&q @ (b'"' | b'\'')) => {
                    let start = j + 1;
                    let stop = start + s[start..].iter().position(|&c| c == q)?;
                    j = stop + 1;
                    match s.get(j) {
                        Some(&c) if is_ws(c) || c == b'/' || c == b'>' => {}
                        _ => return None,
                    }
                    &input[start..stop]
                }
                _ => {
                    let start = j;
                    while let Some(&c) = s.get(j) {
                        if is_ws(c) || c == b'>' {
                            break;
                        }
                        if matches!(c, b'"' | b'\'' | b'<' | b'=' | b'`' | 0) {
                            return None;
                        }
                        j += 1;
                    }
                    &input[start..j]
                }
            }
        } else {
            ""
        };
        // `plain_text`'s regex also matches block tags inside attribute values; keep those for ammonia.
        if plain && value.contains('<') {
            return None;
        }
        attrs.push(Attr {
            name,
            value: decode_attr(value)?,
        });
    }
    Some(Tag {
        element,
        end,
        self_closing,
        next: j,
    })
}

/// The attribute name the allow-list keeps on an allowed element (`a[href]`, `abbr[title]`), lower case;
/// `None` = dropped.
fn kept_attr(element: &str, name: &[u8]) -> Option<&'static str> {
    match element {
        "a" if name.eq_ignore_ascii_case(b"href") => Some("href"),
        "abbr" if name.eq_ignore_ascii_case(b"title") => Some("title"),
        _ => None,
    }
}

/// How ammonia's `href` check reads a URL: `Url::parse` gives an `https` URL, says it is relative (no
/// scheme), or anything else (another scheme, an invalid host, …).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum UrlKind {
    Https,
    Relative,
    Refused,
}

/// `Url::parse(url)` classified as ammonia uses it, with a shortcut for the two shapes feeds are full of
/// (a scheme-less link, `https://` + a plain lower-case host); anything else asks the `url` crate.
pub(super) fn url_kind(url: &str) -> UrlKind {
    quick_url_kind(url).unwrap_or_else(|| match Url::parse(url) {
        Ok(u) if u.scheme() == "https" => UrlKind::Https,
        Err(url::ParseError::RelativeUrlWithoutBase) => UrlKind::Relative,
        _ => UrlKind::Refused,
    })
}

/// The WHATWG parser's answer when it is certain without running it, else `None`.
fn quick_url_kind(url: &str) -> Option<UrlKind> {
    let s = url.as_bytes();
    // Leading C0 controls and spaces are trimmed by the parser; an all-blank value is left to it.
    let s = &s[s.iter().position(|&b| b > b' ')?..];
    // No scheme: a scheme is an ASCII letter, then letters, digits, `+ - .`, then `:`.
    if !s[0].is_ascii_alphabetic() {
        return Some(UrlKind::Relative);
    }
    let scheme_end = s
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.')))
        .unwrap_or(s.len());
    match s.get(scheme_end) {
        Some(b':') => {}
        // Tabs and newlines are removed before parsing, so they may hide a scheme.
        Some(b'\t' | b'\n' | b'\r') => return None,
        _ => return Some(UrlKind::Relative),
    }
    let rest = s.strip_prefix(b"https://")?;
    let host = &rest[..rest
        .iter()
        .position(|&b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len())];
    plain_host(host).then_some(UrlKind::Https)
}

/// Lower-case ASCII labels `[a-z0-9]([a-z0-9-]*[a-z0-9])?`, none punycode (`xn--` is decoded and
/// validated), the last one starting with a letter (so it cannot be read as an IPv4 address): a host the
/// parser accepts as is. No port, no user info, no IP literal.
fn plain_host(host: &[u8]) -> bool {
    let label_ok = |l: &[u8]| {
        !l.is_empty()
            && l.len() <= 63
            && l.iter()
                .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && l[0] != b'-'
            && l[l.len() - 1] != b'-'
            && !l.starts_with(b"xn--")
    };
    !host.is_empty()
        && host.len() <= 253
        && host.split(|&b| b == b'.').all(label_ok)
        && host
            .rsplit(|&b| b == b'.')
            .next()
            .is_some_and(|last| last[0].is_ascii_lowercase())
}

/// Writes an allowed start tag exactly as ammonia leaves it: attributes filtered in source order (the first
/// of a duplicated name wins), `href` kept only when `https:` or relative, `rel` appended to links, then
/// relative links resolved (a refused one is `swap_remove`d, as ammonia does).
fn push_start_tag(out: &mut String, element: &Element, attrs: &[Attr<'_>], origin: &str) {
    out.push('<');
    out.push_str(element.name);
    let mut kept: Vec<(&'static str, Cow<'_, str>, bool)> = Vec::new();
    for (k, a) in attrs.iter().enumerate() {
        let Some(name) = kept_attr(element.name, a.name) else {
            continue;
        };
        if attrs[..k]
            .iter()
            .any(|b| b.name.eq_ignore_ascii_case(a.name))
        {
            continue;
        }
        // ammonia keeps an `https:` or relative `href`, then rewrites the relative one.
        let mut relative = false;
        if name == "href" {
            match url_kind(&a.value) {
                UrlKind::Https => {}
                UrlKind::Relative => relative = true,
                UrlKind::Refused => continue,
            }
        }
        kept.push((name, a.value.clone(), relative));
    }
    if element.name == "a" {
        kept.push(("rel", Cow::Borrowed("noopener noreferrer"), false));
    }
    let mut drop = Vec::new();
    for (k, (_, value, relative)) in kept.iter_mut().enumerate() {
        if *relative {
            match super::resolve_relative(origin, value) {
                Some(v) => *value = Cow::Owned(v),
                None => drop.push(k),
            }
        }
    }
    for k in drop.into_iter().rev() {
        kept.swap_remove(k);
    }
    for (name, value, _) in &kept {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        push_attr_value(out, value);
        out.push('"');
    }
    out.push('>');
}

/// Whether a tag in the *sanitised* output starts a line of its text (`text.rs`'s `block_boundary` over
/// allow-listed names: `p li ul ol h2–h6 blockquote br`).
fn sanitized_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "li" | "ul" | "ol" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "br"
    )
}

/// The summary's plain text, built alongside the HTML: exactly what `text_of_sanitized` would read back
/// from it (decoded text, a newline at each block tag), without a second pass.
struct TextOut(Option<Collapse>);

impl TextOut {
    fn str(&mut self, s: &str) {
        if let Some(t) = &mut self.0 {
            t.push_str(s);
        }
    }
    fn char(&mut self, c: char) {
        if let Some(t) = &mut self.0 {
            t.push_char(c);
        }
    }
    fn tag(&mut self, name: &str) {
        if sanitized_block(name) {
            self.char('\n');
        }
    }
}

fn push_end_tag(out: &mut String, text: &mut TextOut, name: &str) {
    out.push_str("</");
    out.push_str(name);
    out.push('>');
    text.tag(name);
}

/// Sanitises `input` in one pass, or `None` when it needs the full HTML parser.
///
/// Summary mode returns the serialised HTML and, with `want_text`, its plain text (as `text_of_sanitized`
/// reads it). Plain mode returns the text (entities decoded, no-break spaces as spaces, a `\n` before block
/// tags) ready for `collapse`, and ignores `want_text`.
pub(super) fn clean(
    input: &str,
    mode: Mode<'_>,
    want_text: bool,
) -> Option<(String, Option<String>)> {
    let s = input.as_bytes();
    if s.starts_with("\u{feff}".as_bytes()) {
        return None;
    }
    let (summary, origin) = match mode {
        Mode::Summary { origin } => (true, origin.trim_end_matches('/')),
        Mode::Plain => (false, ""),
    };
    let special = if summary {
        &SUMMARY_SPECIAL
    } else {
        &PLAIN_SPECIAL
    };
    let mut out = String::with_capacity(input.len() + input.len() / 16);
    let mut text = TextOut((summary && want_text).then(|| Collapse::with_capacity(input.len())));
    let mut stack: Vec<Element> = Vec::with_capacity(16);
    let mut attrs: Vec<Attr<'_>> = Vec::new();
    let (mut open_p, mut open_a) = (0usize, 0usize);
    let mut i = 0;
    loop {
        let start = i;
        i = next_special(s, i, summary, special);
        // Every special byte is ASCII or a UTF-8 lead byte, so `start..i` is on char boundaries.
        out.push_str(&input[start..i]);
        text.str(&input[start..i]);
        let Some(&b) = s.get(i) else { break };
        match b {
            b'\r' => {
                out.push('\n');
                text.char('\n');
                i += if s.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            }
            0 => return None,
            b'>' => {
                out.push_str("&gt;");
                text.char('>');
                i += 1;
            }
            0xC2 => {
                if s.get(i + 1) == Some(&0xA0) {
                    out.push_str(if summary { "&nbsp;" } else { " " });
                    text.char(' ');
                } else {
                    out.push_str(&input[i..i + 2]);
                    text.str(&input[i..i + 2]);
                }
                i += 2;
            }
            b'&' => {
                let (c, next) = char_ref(s, i)?;
                let c = c.unwrap_or('&');
                if summary {
                    push_escaped(&mut out, c, false);
                    text.char(c);
                } else {
                    out.push(if c == '\u{a0}' { ' ' } else { c });
                }
                i = next;
            }
            _ => {
                // b'<'
                match s.get(i + 1) {
                    Some(c) if c.is_ascii_alphabetic() => {}
                    Some(b'/') if s.get(i + 2).is_some_and(u8::is_ascii_alphabetic) => {}
                    Some(b'!') if s[i..].starts_with(b"<!--") => {
                        let body = &s[i + 4..];
                        if body.starts_with(b">") || body.starts_with(b"->") {
                            return None;
                        }
                        let close = body.windows(3).position(|w| w == b"-->")?;
                        if body[..close].windows(3).any(|w| w == b"--!") {
                            return None;
                        }
                        i += 4 + close + 3;
                        continue;
                    }
                    Some(b'/' | b'!' | b'?') => return None,
                    // `<` before a space, a digit, the end…: text.
                    _ => {
                        out.push_str(if summary { "&lt;" } else { "<" });
                        text.char('<');
                        i += 1;
                        continue;
                    }
                }
                let t = tag(input, i, !summary, &mut attrs)?;
                let e = t.element;
                let void = matches!(e.rule, Rule::Void | Rule::VoidClosesP);
                if !summary && plain_block(e.name, t.end) {
                    out.push('\n');
                }
                if t.end {
                    // `</p>` with no open `<p>` inserts an empty one ("No <p> tag to close").
                    if e.name == "p" && open_p == 0 {
                        if summary {
                            out.push_str("<p>");
                            text.tag("p");
                            push_end_tag(&mut out, &mut text, "p");
                        }
                        i = t.next;
                        continue;
                    }
                    if void || stack.pop().map(|top| top.name) != Some(e.name) {
                        return None;
                    }
                    open_p -= usize::from(e.name == "p");
                    open_a -= usize::from(e.name == "a");
                    if summary && e.allowed {
                        push_end_tag(&mut out, &mut text, e.name);
                    }
                } else {
                    if t.self_closing && !void {
                        return None;
                    }
                    // `<li>` closes an open `<li>` in list-item scope (the walk stops at a special element
                    // other than address, div and p): that implied end tag is not modelled.
                    let li_open = e.rule == Rule::Li
                        && stack
                            .iter()
                            .rev()
                            .take_while(|t| {
                                t.name == "li"
                                    || !t.special
                                    || matches!(t.name, "address" | "div" | "p")
                            })
                            .any(|t| t.name == "li");
                    if li_open || (e.name == "a" && open_a > 0) {
                        return None;
                    }
                    // Blocks, headings, `<li>` and `<hr>` close an open `<p>` ("close a p element in button
                    // scope"); modelled when the `<p>` is the current node, where that is a plain pop.
                    let closes_p = matches!(
                        e.rule,
                        Rule::ClosesP | Rule::VoidClosesP | Rule::Heading | Rule::Li
                    );
                    if closes_p && open_p > 0 {
                        if stack.last().map(|top| top.name) != Some("p") {
                            return None;
                        }
                        stack.pop();
                        open_p -= 1;
                        if summary {
                            push_end_tag(&mut out, &mut text, "p");
                        }
                    }
                    // A heading start tag pops a heading that is the current node (not modelled).
                    if e.rule == Rule::Heading
                        && stack.last().is_some_and(|top| top.rule == Rule::Heading)
                    {
                        return None;
                    }
                    if !void {
                        if stack.len() >= MAX_DEPTH {
                            return None;
                        }
                        stack.push(e);
                        open_p += usize::from(e.name == "p");
                        open_a += usize::from(e.name == "a");
                    }
                    if summary && e.allowed {
                        push_start_tag(&mut out, &e, &attrs, origin);
                        text.tag(e.name);
                    }
                }
                i = t.next;
            }
        }
    }
    // Elements still open at the end are closed by the serialiser.
    if summary {
        for e in stack.iter().rev().filter(|e| e.allowed) {
            push_end_tag(&mut out, &mut text, e.name);
        }
    }
    Some((out, text.0.map(Collapse::finish)))
}

/// Named references the fast path decodes (each `name;` maps to one code point in the HTML5 table); any
/// other name sends the fragment to ammonia. Sorted by name for `binary_search_by`.
pub(super) const ENTITIES: &[(&str, char)] = &[
    ("AElig", '\u{00c6}'),
    ("Aacute", '\u{00c1}'),
    ("Acirc", '\u{00c2}'),
    ("Agrave", '\u{00c0}'),
    ("Aring", '\u{00c5}'),
    ("Atilde", '\u{00c3}'),
    ("Auml", '\u{00c4}'),
    ("Ccedil", '\u{00c7}'),
    ("Dagger", '\u{2021}'),
    ("ETH", '\u{00d0}'),
    ("Eacute", '\u{00c9}'),
    ("Ecirc", '\u{00ca}'),
    ("Egrave", '\u{00c8}'),
    ("Euml", '\u{00cb}'),
    ("Iacute", '\u{00cd}'),
    ("Icirc", '\u{00ce}'),
    ("Igrave", '\u{00cc}'),
    ("Iuml", '\u{00cf}'),
    ("Ntilde", '\u{00d1}'),
    ("OElig", '\u{0152}'),
    ("Oacute", '\u{00d3}'),
    ("Ocirc", '\u{00d4}'),
    ("Ograve", '\u{00d2}'),
    ("Oslash", '\u{00d8}'),
    ("Otilde", '\u{00d5}'),
    ("Ouml", '\u{00d6}'),
    ("Prime", '\u{2033}'),
    ("THORN", '\u{00de}'),
    ("Uacute", '\u{00da}'),
    ("Ucirc", '\u{00db}'),
    ("Ugrave", '\u{00d9}'),
    ("Uuml", '\u{00dc}'),
    ("Yacute", '\u{00dd}'),
    ("Yuml", '\u{0178}'),
    ("aacute", '\u{00e1}'),
    ("acirc", '\u{00e2}'),
    ("acute", '\u{00b4}'),
    ("aelig", '\u{00e6}'),
    ("agrave", '\u{00e0}'),
    ("amp", '\u{0026}'),
    ("apos", '\u{0027}'),
    ("aring", '\u{00e5}'),
    ("asymp", '\u{2248}'),
    ("atilde", '\u{00e3}'),
    ("auml", '\u{00e4}'),
    ("bdquo", '\u{201e}'),
    ("brvbar", '\u{00a6}'),
    ("bull", '\u{2022}'),
    ("ccedil", '\u{00e7}'),
    ("cedil", '\u{00b8}'),
    ("cent", '\u{00a2}'),
    ("check", '\u{2713}'),
    ("copy", '\u{00a9}'),
    ("curren", '\u{00a4}'),
    ("dagger", '\u{2020}'),
    ("darr", '\u{2193}'),
    ("deg", '\u{00b0}'),
    ("divide", '\u{00f7}'),
    ("eacute", '\u{00e9}'),
    ("ecirc", '\u{00ea}'),
    ("egrave", '\u{00e8}'),
    ("emsp", '\u{2003}'),
    ("ensp", '\u{2002}'),
    ("eth", '\u{00f0}'),
    ("euml", '\u{00eb}'),
    ("euro", '\u{20ac}'),
    ("frac12", '\u{00bd}'),
    ("frac14", '\u{00bc}'),
    ("frac34", '\u{00be}'),
    ("ge", '\u{2265}'),
    ("gt", '\u{003e}'),
    ("hellip", '\u{2026}'),
    ("iacute", '\u{00ed}'),
    ("icirc", '\u{00ee}'),
    ("iexcl", '\u{00a1}'),
    ("igrave", '\u{00ec}'),
    ("infin", '\u{221e}'),
    ("iquest", '\u{00bf}'),
    ("iuml", '\u{00ef}'),
    ("laquo", '\u{00ab}'),
    ("larr", '\u{2190}'),
    ("ldquo", '\u{201c}'),
    ("le", '\u{2264}'),
    ("lrm", '\u{200e}'),
    ("lsaquo", '\u{2039}'),
    ("lsquo", '\u{2018}'),
    ("lt", '\u{003c}'),
    ("macr", '\u{00af}'),
    ("mdash", '\u{2014}'),
    ("micro", '\u{00b5}'),
    ("middot", '\u{00b7}'),
    ("minus", '\u{2212}'),
    ("nbsp", '\u{00a0}'),
    ("ndash", '\u{2013}'),
    ("ne", '\u{2260}'),
    ("not", '\u{00ac}'),
    ("ntilde", '\u{00f1}'),
    ("oacute", '\u{00f3}'),
    ("ocirc", '\u{00f4}'),
    ("oelig", '\u{0153}'),
    ("ograve", '\u{00f2}'),
    ("ordf", '\u{00aa}'),
    ("ordm", '\u{00ba}'),
    ("oslash", '\u{00f8}'),
    ("otilde", '\u{00f5}'),
    ("ouml", '\u{00f6}'),
    ("para", '\u{00b6}'),
    ("permil", '\u{2030}'),
    ("plusmn", '\u{00b1}'),
    ("pound", '\u{00a3}'),
    ("prime", '\u{2032}'),
    ("quot", '\u{0022}'),
    ("raquo", '\u{00bb}'),
    ("rarr", '\u{2192}'),
    ("rdquo", '\u{201d}'),
    ("reg", '\u{00ae}'),
    ("rlm", '\u{200f}'),
    ("rsaquo", '\u{203a}'),
    ("rsquo", '\u{2019}'),
    ("sbquo", '\u{201a}'),
    ("sect", '\u{00a7}'),
    ("shy", '\u{00ad}'),
    ("sup1", '\u{00b9}'),
    ("sup2", '\u{00b2}'),
    ("sup3", '\u{00b3}'),
    ("szlig", '\u{00df}'),
    ("thinsp", '\u{2009}'),
    ("thorn", '\u{00fe}'),
    ("times", '\u{00d7}'),
    ("trade", '\u{2122}'),
    ("uacute", '\u{00fa}'),
    ("uarr", '\u{2191}'),
    ("ucirc", '\u{00fb}'),
    ("ugrave", '\u{00f9}'),
    ("uml", '\u{00a8}'),
    ("uuml", '\u{00fc}'),
    ("yacute", '\u{00fd}'),
    ("yen", '\u{00a5}'),
    ("yuml", '\u{00ff}'),
    ("zwj", '\u{200d}'),
    ("zwnj", '\u{200c}'),
];
