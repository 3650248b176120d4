//! One key for every way of typing a name: accents, case, Arabic vowel marks, and the letters Persian and Arabic
//! write differently (ی/ي, ک/ك) do not matter; punctuation separates words.

use unicode_normalization::UnicodeNormalization;

/// `text` folded for comparison: decomposed (NFKD) with marks dropped, lower case, Arabic-script variants made
/// one, every run of non-letters a single space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.nfkd() {
        if is_mark(c) {
            continue;
        }
        let c = match c {
            // Arabic yeh and alef maksura → Persian yeh; Arabic kaf → Persian keheh; teh marbuta → heh.
            '\u{064A}' | '\u{0649}' => '\u{06CC}',
            '\u{0643}' => '\u{06A9}',
            '\u{0629}' => '\u{0647}',
            // Turkish dotless i: "Kapıköy" is typed "Kapikoy".
            'ı' => 'i',
            c => c,
        };
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Combining marks, Arabic harakat and the joiners and tatweel that change how a name looks, not what it is.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0640}'
        | '\u{200C}' | '\u{200D}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_punctuation_fold_away() {
        assert_eq!(fold("Doğubayazıt"), "dogubayazit");
        assert_eq!(fold("DOĞUBAYAZIT"), "dogubayazit");
        assert_eq!(fold("Téhéran"), "teheran");
        assert_eq!(fold("  Razi / Kapıköy  "), "razi kapikoy");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn persian_and_arabic_spellings_fold_together() {
        assert_eq!(fold("تبريز"), fold("تبریز"));
        assert_eq!(fold("تِهران"), fold("تهران"));
        assert_eq!(fold("کرمان"), fold("كرمان"));
        assert_eq!(fold("می\u{200C}خواهم"), fold("میخواهم"));
    }

    #[test]
    fn nothing_but_punctuation_folds_to_nothing() {
        assert_eq!(fold(""), "");
        assert_eq!(fold(" <>/\"' "), "");
    }
}
