//! From what the system or the user asks for to a shipped locale.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use crate::locales::{DEFAULT_LOCALE, LOCALES};

/// The shipped locale nearest to `requested`, else `en`. Reads BCP 47 tags (`fa-IR`), POSIX locales as in
/// `LANG` (`fa_IR.UTF-8`, `de_DE@euro`) and `LANGUAGE`'s colon-separated preference list (`fr_CA:fr:en`);
/// `C` and `POSIX` mean no preference.
pub fn negotiate(requested: &str) -> &'static str {
    let wanted: Vec<LanguageIdentifier> = requested.split(':').filter_map(parse_posix).collect();
    let available: Vec<LanguageIdentifier> =
        LOCALES.iter().filter_map(|l| l.code.parse().ok()).collect();
    let default: LanguageIdentifier = DEFAULT_LOCALE.parse().unwrap_or_default();
    let chosen = negotiate_languages(
        &wanted,
        &available,
        Some(&default),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|id| {
            let language = id.language.as_str();
            LOCALES.iter().find(|l| l.code == language)
        })
        .map_or(DEFAULT_LOCALE, |l| l.code)
}

/// One requested locale without its encoding or modifier (`fa_IR.UTF-8@x` → `fa-IR`).
fn parse_posix(raw: &str) -> Option<LanguageIdentifier> {
    let tag = raw.split(['.', '@']).next().unwrap_or_default().trim();
    if tag.is_empty() || tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    tag.replace('_', "-").parse().ok()
}

#[cfg(test)]
mod tests {
    use super::negotiate;

    #[test]
    fn a_system_locale_finds_its_language() {
        assert_eq!(negotiate("fa_IR.UTF-8"), "fa");
        assert_eq!(negotiate("ar-EG"), "ar");
        assert_eq!(negotiate("de_DE@euro"), "de");
        assert_eq!(negotiate("tr"), "tr");
        assert_eq!(negotiate("pt_BR:fr_CA:en"), "fr");
    }

    #[test]
    fn anything_else_is_english() {
        assert_eq!(negotiate("C.UTF-8"), "en");
        assert_eq!(negotiate("POSIX"), "en");
        assert_eq!(negotiate(""), "en");
        assert_eq!(negotiate("ja_JP.UTF-8"), "en");
        assert_eq!(negotiate("not a locale"), "en");
    }
}
