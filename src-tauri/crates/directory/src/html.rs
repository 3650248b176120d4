//! The little HTML the directories carry (addresses with `<br>`, the State Department's office blocks, GOV.UK's
//! opening hours) turned into plain lines. Lifeboat shows and prints these as text, never as markup.

/// The text of `html` as trimmed, non-empty lines: block ends and `<br>` break lines, other tags go, entities
/// are decoded and runs of spaces collapse.
pub fn lines(html: &str) -> Vec<String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find('>') else {
            // A '<' that opens no tag is text ("a < b").
            out.push_str(after);
            rest = "";
            break;
        };
        let tag = after[1..end]
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if matches!(
            tag.as_str(),
            "br" | "p"
                | "div"
                | "li"
                | "ul"
                | "ol"
                | "tr"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "table"
                | "section"
        ) {
            out.push('\n');
        } else if matches!(tag.as_str(), "td" | "th") {
            out.push(' ');
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    decode(&out)
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

/// `lines(html)` joined with `sep`.
pub fn text(html: &str, sep: &str) -> String {
    lines(html).join(sep)
}

/// Named and numeric character references; an unknown one stays as written.
pub fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let semi = after.find(';').filter(|&i| i <= 10);
        let decoded = semi.and_then(|i| entity(&after[1..i]).map(|c| (c, i)));
        match decoded {
            Some((c, i)) => {
                out.push(c);
                rest = &after[i + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" | "rsquo" | "lsquo" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "eacute" => 'é',
        "Eacute" => 'É',
        "egrave" => 'è',
        "agrave" => 'à',
        "ccedil" => 'ç',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "auml" => 'ä',
        "szlig" => 'ß',
        _ => return None,
    })
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
        assert_eq!(text("a &amp; b &lt; c &x; d", " "), "a & b < c &x; d");
        assert_eq!(lines("1 < 2"), ["1 < 2"]);
    }
}
