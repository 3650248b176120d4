//! Countries: the app's one ISO table (`lifeboat-countries`: codes and the short English names the backend sends)
//! and each country's name in a reader's language, from the catalogue's `countries` area
//! (`locales/<locale>/countries.ftl`, generated from CLDR by `scripts/gen-country-names.mjs`).

pub use lifeboat_countries::*;

/// `code`'s name in `locale` ("IR" in "fa": "ایران"; in "fr": "Iran"; "TR" in "de": "Türkei"), for any text a
/// person reads in that language: notifications, the phase a watch suggests and why, the command line's tables.
/// English, and any locale the catalogue somehow lacks the code in, gives [`name`]'s English name. `None` for a
/// code the table does not know, as [`name`].
pub fn name_in(code: &str, locale: &str) -> Option<String> {
    let english = name(code)?;
    let id = format!("countries-{}", code.to_ascii_lowercase());
    let named = lifeboat_i18n::tr(locale, &id, &[]);
    // `tr` answers a missing id with the id itself.
    Some(if named == id {
        english.to_owned()
    } else {
        named
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_is_named_in_the_readers_language() {
        assert_eq!(name_in("IR", "fa").as_deref(), Some("ایران"));
        assert_eq!(name_in("IR", "ar").as_deref(), Some("إيران"));
        assert_eq!(name_in("IR", "es").as_deref(), Some("Irán"));
        assert_eq!(name_in("TR", "fr").as_deref(), Some("Turquie"));
        assert_eq!(name_in("TR", "de").as_deref(), Some("Türkei"));
        assert_eq!(name_in("TR", "ru").as_deref(), Some("Турция"));
        assert_eq!(name_in("TR", "tr").as_deref(), Some("Türkiye"));
        assert_eq!(name_in("TR", "fa").as_deref(), Some("ترکیه"));
        // Kosovo's user-assigned code is in the catalogue too.
        assert_eq!(name_in("XK", "fa").as_deref(), Some("کوزوو"));
        // A POSIX locale name is negotiated as everywhere else.
        assert_eq!(name_in("IR", "fa_IR.UTF-8").as_deref(), Some("ایران"));
    }

    #[test]
    fn english_is_the_tables_own_name_and_every_locale_names_every_country() {
        for (code, english) in COUNTRIES {
            assert_eq!(name_in(code, "en").as_deref(), Some(*english), "{code}");
            for l in lifeboat_i18n::LOCALES {
                let named = name_in(code, l.code).unwrap_or_default();
                assert!(
                    !named.is_empty() && !named.starts_with("countries-"),
                    "{code} in {}",
                    l.code
                );
                // A bare name: no bidi marks, nothing inserted.
                assert!(
                    !named.contains(['\u{2068}', '\u{2069}']),
                    "{code} in {}: {named:?}",
                    l.code
                );
            }
        }
    }

    #[test]
    fn an_unknown_code_has_no_name_in_any_language() {
        assert_eq!(name_in("ZZ", "fa"), None);
        assert_eq!(name_in("ir", "fa"), None);
        assert_eq!(name_in("", "en"), None);
        // An unknown locale reads English.
        assert_eq!(name_in("TR", "xx").as_deref(), Some("Türkiye"));
    }
}
