//! The little HTML the directories carry (addresses with `<br>`, the State Department's office blocks, GOV.UK's
//! opening hours) turned into plain lines. Lifeboat shows and prints these as text, never as markup. The reading
//! is the advisory crate's `plain_text` (ammonia's parser, entities decoded), the project's one HTML reader.

use lifeboat_advisory::wording::plain_text;

/// The text of `html` as trimmed, non-empty lines: block ends and `<br>` break lines, other tags go, entities
/// are decoded and runs of spaces collapse.
pub fn lines(html: &str) -> Vec<String> {
    // Table cells side by side read as separate words, not glued together ("Tel:</td><td>+98").
    let spaced = html
        .replace("</td>", " </td>")
        .replace("</TD>", " </TD>")
        .replace("</th>", " </th>")
        .replace("</TH>", " </TH>");
    plain_text(&spaced)
        .lines()
        .map(|l| l.replace('\u{a0}', " ").trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

/// `lines(html)` joined with `sep`.
pub fn text(html: &str, sep: &str) -> String {
    lines(html).join(sep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_blocks_and_decodes() {
        assert_eq!(
            lines("<p><b>U.S. Embassy</b><br>2 Avenue&nbsp;Gabriel<br/>75008 Paris</p><p>Tel: +33 1&#160;43</p>"),
            ["U.S. Embassy", "2 Avenue Gabriel", "75008 Paris", "Tel: +33 1 43"]
        );
        assert_eq!(text("a &amp; b &lt; c", " "), "a & b < c");
        assert_eq!(lines("1 < 2"), ["1 < 2"]);
        assert_eq!(
            lines("<table><tr><td>Tel:</td><td>+98 21</td></tr></table>"),
            ["Tel: +98 21"]
        );
        assert_eq!(lines("<p>Hours<script>alert(1)</script></p>"), ["Hours"]);
    }
}
