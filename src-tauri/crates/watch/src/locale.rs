//! Which language the watch, the tray and the command line write in, and how their text leaves Lifeboat.
//!
//! Once a plan was unlocked, the plan's language decides ([`crate::WatchContext::locale`]); before that (the tray
//! at start-up, the command line) the system's, from the environment, as a terminal program reads it.

use lifeboat_i18n::is_rtl;

/// First strong isolate and pop directional isolate: the marks Fluent puts around every inserted value.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// The system's language (`LC_ALL`, `LC_MESSAGES`, `LANG`, `LANGUAGE`), read in one place for all of Lifeboat:
/// [`lifeboat_i18n::system_locale`].
pub use lifeboat_i18n::system_locale as system;

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
pub fn plain(locale: &str, text: String) -> String {
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
    fn english_text_loses_the_marks_around_plain_values_and_keeps_them_around_persian() {
        let text = lifeboat_i18n::t!("en", "watch-tray-highest", level = 3, max = 4);
        assert!(text.contains(FSI), "Fluent isolates: {text:?}");
        assert_eq!(plain("en", text), "Highest watched level: 3 of 4");

        let quoted = lifeboat_i18n::t!("en", "watch-your-plan", plan = "از مرز بازرگان بروید");
        let kept = plain("en", quoted.clone());
        assert_eq!(kept, quoted, "a Persian instruction stays isolated");

        let nested = format!("{FSI}{FSI}US{PDI}: {FSI}Iran{PDI}{PDI} and {FSI}رضا{PDI}");
        assert_eq!(plain("en", nested), format!("US: Iran and {FSI}رضا{PDI}"));
    }

    #[test]
    fn right_to_left_text_keeps_every_mark_and_unpaired_marks_survive() {
        let persian = lifeboat_i18n::t!("fa", "watch-tray-highest", level = 3, max = 4);
        assert_eq!(plain("fa", persian.clone()), persian);
        let odd = format!("a {FSI}b");
        assert_eq!(plain("en", odd.clone()), odd);
    }
}
