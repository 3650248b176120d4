//! Fluent's bidi isolation marks, and where they go: out of words that become the person's own text
//! ([`plain_text`]), and out of left-to-right text leaving Lifeboat for a notification, the tray or a terminal
//! where they would only get in the way ([`plain_for`]).

use crate::locales::is_rtl;

/// First strong isolate and pop directional isolate: the marks Fluent puts around every inserted value.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// `text` without the bidi isolation marks Fluent puts around every inserted value (LRI U+2066, RLI U+2067,
/// FSI U+2068, PDI U+2069). Those marks are right on screen, where a Latin name sits inside a Persian sentence,
/// but wrong in words the app writes into the plan from a message (a new plan's title "برنامه‌ی مریم احمدی", a
/// template's items): from then on they are the person's own text, saved, exported and edited, and the marks
/// would travel with it unseen. Every place that stores a message's words passes them through here.
///
/// ```
/// let title = lifeboat_i18n::t!("fa", "plan-name-of", name = "مریم احمدی");
/// assert!(title.contains('\u{2068}'));
/// assert_eq!(lifeboat_i18n::plain_text(title), "برنامه‌ی مریم احمدی");
/// ```
pub fn plain_text(text: String) -> String {
    if text.contains(is_isolation_mark) {
        text.replace(is_isolation_mark, "")
    } else {
        text
    }
}

fn is_isolation_mark(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}')
}

/// Written right to left: Hebrew, Arabic and the scripts between them, their presentation forms, and the marks
/// that open a right-to-left run.
fn is_rtl_char(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}'
        | '\u{1E800}'..='\u{1EFFF}'
        | '\u{200F}' | '\u{202B}' | '\u{202E}' | '\u{2067}')
}

/// Text for a notification, the tray or a terminal in `locale`. In a right-to-left language every inserted value
/// keeps Fluent's isolation marks: they are what keep "Iran" or "Level 4: Do Not Travel" whole inside a Persian
/// sentence. In a left-to-right one a value with nothing right to left in it reads the same without them, so
/// those marks go: a notification server, a terminal or a script searching for "Level 4" then sees plain text.
/// A Persian name or instruction inside an English sentence keeps its marks.
pub fn plain_for(locale: &str, text: String) -> String {
    if is_rtl(locale) || !text.contains(FSI) {
        return text;
    }
    let chars: Vec<char> = text.chars().collect();
    // The partner of each isolate mark; an unpaired one is kept as it is.
    let mut partner = vec![None; chars.len()];
    let mut open = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        match *c {
            FSI | '\u{2066}' | '\u{2067}' => open.push(i),
            PDI => {
                if let Some(start) = open.pop() {
                    partner[start] = Some(i);
                    partner[i] = Some(start);
                }
            }
            _ => {}
        }
    }
    let mut drop = vec![false; chars.len()];
    let mut i = 0;
    while i < chars.len() {
        match (chars[i], partner[i]) {
            (FSI, Some(end)) if end > i => {
                if chars[i + 1..end].iter().any(|c| is_rtl_char(*c)) {
                    // Kept whole, with whatever it isolates inside.
                    i = end + 1;
                    continue;
                }
                drop[i] = true;
                drop[end] = true;
            }
            (_, Some(end)) if end > i => {
                // An explicit left-to-right or right-to-left isolate: kept whole.
                i = end + 1;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    chars
        .into_iter()
        .zip(drop)
        .filter_map(|(c, d)| (!d).then_some(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_isolation_marks_go() {
        assert_eq!(
            plain_text("\u{2066}a\u{2067}b\u{2068}c\u{2069}".into()),
            "abc"
        );
        // Other invisible characters of Persian and Arabic text are the words' own: the zero-width non-joiner of
        // "برنامه‌ی" and the directional marks stay.
        let kept = "برنامه\u{200C}ی \u{200F}x\u{200E}".to_owned();
        assert_eq!(plain_text(kept.clone()), kept);
    }

    #[test]
    fn a_message_with_a_value_reads_as_typed() {
        let title = crate::t!("fa", "plan-name-of", name = "Sara Martin");
        assert_eq!(plain_text(title), "برنامه‌ی Sara Martin");
    }

    #[test]
    fn english_text_loses_the_marks_around_plain_values_and_keeps_them_around_persian() {
        let text = crate::t!("en", "watch-tray-highest", level = 3, max = 4);
        assert!(text.contains(FSI), "Fluent isolates: {text:?}");
        assert_eq!(plain_for("en", text), "Highest watched level: 3 of 4");

        let quoted = crate::t!("en", "watch-your-plan", plan = "از مرز بازرگان بروید");
        let kept = plain_for("en", quoted.clone());
        assert_eq!(kept, quoted, "a Persian instruction stays isolated");

        let nested = format!("{FSI}{FSI}US{PDI}: {FSI}Iran{PDI}{PDI} and {FSI}رضا{PDI}");
        assert_eq!(
            plain_for("en", nested),
            format!("US: Iran and {FSI}رضا{PDI}")
        );
    }

    #[test]
    fn right_to_left_text_keeps_every_mark_and_unpaired_marks_survive() {
        let persian = crate::t!("fa", "watch-tray-highest", level = 3, max = 4);
        assert_eq!(plain_for("fa", persian.clone()), persian);
        let odd = format!("a {FSI}b");
        assert_eq!(plain_for("en", odd.clone()), odd);
    }
}
