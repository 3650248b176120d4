//! Writing the SVG: a small element writer whose every attribute value and text goes through [`escape`], so a
//! place name can never become markup, and numbers written short.

use std::borrow::Cow;
use std::fmt::Write as _;

/// `text` made safe as XML character data or an attribute value: the five markup characters become entities,
/// and characters XML 1.0 forbids (NUL and the other C0 controls but tab and newlines, U+FFFE, U+FFFF), which
/// would make the whole map unreadable, become U+FFFD.
pub fn escape(text: &str) -> Cow<'_, str> {
    let needs = |c: char| matches!(c, '&' | '<' | '>' | '"' | '\'') || !allowed(c);
    if !text.chars().any(needs) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if !allowed(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
}

/// A number as SVG wants it: one decimal (a tenth of a map unit is below any printer's dot), no "-0".
pub(crate) fn num(out: &mut String, x: f64) {
    let r = (x * 10.0).round() / 10.0;
    let r = if r == 0.0 { 0.0 } else { r };
    if r.fract() == 0.0 {
        let _ = write!(out, "{}", r as i64);
    } else {
        let _ = write!(out, "{r:.1}");
    }
}

pub(crate) fn fmt_num(x: f64) -> String {
    let mut s = String::new();
    num(&mut s, x);
    s
}

/// Path data for polylines (`closed` adds Z to each).
pub(crate) fn path_data<'a>(
    lines: impl IntoIterator<Item = &'a [(f64, f64)]>,
    closed: bool,
) -> String {
    let mut d = String::new();
    for line in lines {
        for (i, &(x, y)) in line.iter().enumerate() {
            d.push(if i == 0 { 'M' } else { ' ' });
            num(&mut d, x);
            d.push(' ');
            num(&mut d, y);
        }
        if closed && !line.is_empty() {
            d.push('Z');
        }
    }
    d
}

/// The document being written. Element and attribute names are this crate's own constants; only values and
/// text carry the user's words, and those are always escaped.
pub(crate) struct SvgWriter {
    out: String,
}

impl SvgWriter {
    pub fn new() -> Self {
        SvgWriter {
            out: String::with_capacity(64 * 1024),
        }
    }

    fn tag(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attrs {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            self.out.push_str(&escape(value));
            self.out.push('"');
        }
    }

    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.tag(name, attrs);
        self.out.push_str(">\n");
    }

    pub fn close(&mut self, name: &str) {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.tag(name, attrs);
        self.out.push_str("/>\n");
    }

    pub fn text(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.tag(name, attrs);
        self.out.push('>');
        self.out.push_str(&escape(text));
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_become_entities() {
        assert_eq!(
            escape(r#"<script>alert("x")</script> & 'q'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;"
        );
    }

    #[test]
    fn plain_names_in_any_script_pass_unchanged() {
        for name in ["Tehran", "تهران", "Doğubayazıt", "Gürbulak", "Стамбул"] {
            assert!(matches!(escape(name), Cow::Borrowed(n) if n == name));
        }
    }

    #[test]
    fn characters_xml_forbids_are_replaced_not_written() {
        assert_eq!(
            escape("a\u{0}b\u{1b}c\u{FFFF}"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}"
        );
        assert_eq!(escape("a\tb\nc"), "a\tb\nc");
    }

    #[test]
    fn numbers_are_short_and_never_negative_zero() {
        assert_eq!(fmt_num(12.0), "12");
        assert_eq!(fmt_num(12.345), "12.3");
        assert_eq!(fmt_num(-0.04), "0");
        assert_eq!(fmt_num(-3.25), "-3.3");
    }
}
