//! Catalogue words that become the person's own text.

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

#[cfg(test)]
mod tests {
    use super::plain_text;

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
}
