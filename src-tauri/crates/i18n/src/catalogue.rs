//! The embedded catalogue and the one function that reads it.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::locales::{index_of, LOCALES};

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

type Bundle = FluentBundle<FluentResource>;

/// One bundle per catalogue file (a locale's area), in the order of [`FILES`], built the first time a message of
/// that file is asked for. The Rust side reads a few of the areas (the tray, notifications, errors, the command
/// line, the PDF); parsing a whole locale would cost the window's process about a megabyte of heap for the rest
/// of the day. Ids carry their area's prefix and a message refers only to its own file (the catalogue test), so
/// an area's bundle is complete on its own.
static BUNDLES: OnceLock<Vec<OnceLock<Bundle>>> = OnceLock::new();

/// Every embedded catalogue file as (locale, area, text): what the bundles are built from.
pub fn files() -> &'static [(&'static str, &'static str, &'static str)] {
    FILES
}

/// A value for a message's variable. Numbers select plural variants by the locale's rules; anything a person
/// reads as digits but is not a quantity (a passport or phone number, a year in a name) goes in as a string.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg::Str(s)
    }
}

macro_rules! number_args {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Arg<'_> {
            #[allow(clippy::cast_lossless, clippy::cast_precision_loss)]
            fn from(n: $ty) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}
number_args!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64);

impl<'a> Arg<'a> {
    fn to_fluent(&self) -> FluentValue<'a> {
        match self {
            Arg::Str(s) => FluentValue::String(s.clone()),
            Arg::Num(n) => FluentValue::from(*n),
        }
    }
}

/// The message `id` (or its attribute, `id.attribute`) in `locale`, with `args` filled in. `locale` is a shipped
/// code or anything [`crate::negotiate`] reads. An id the catalogue lacks comes back as the id itself.
pub fn tr(locale: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let (message_id, attribute) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let Some(bundle) = bundle(index_of(locale), message_id) else {
        return id.to_owned();
    };
    let Some(message) = bundle.get_message(message_id) else {
        return id.to_owned();
    };
    let pattern = match attribute {
        Some(name) => message.get_attribute(name).map(|a| a.value()),
        None => message.value(),
    };
    let Some(pattern) = pattern else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.to_fluent());
    }
    // A formatting error (a variable not passed) still yields readable text with the placeable's name in it;
    // the call-site test is what keeps it from happening.
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// The bundle of the file of locale `index` whose area prefixes `message_id` ("watch-tray-open" is in
/// watch.ftl); None when no area does.
fn bundle(index: usize, message_id: &str) -> Option<&'static Bundle> {
    let code = LOCALES[index].code;
    let (file, (_, _, text)) = FILES.iter().enumerate().find(|(_, (locale, area, _))| {
        *locale == code
            && message_id
                .strip_prefix(area)
                .is_some_and(|rest| rest.starts_with('-'))
    })?;
    let bundles = BUNDLES.get_or_init(|| FILES.iter().map(|_| OnceLock::new()).collect());
    Some(bundles.get(file)?.get_or_init(|| build(index, text)))
}

fn build(index: usize, text: &str) -> Bundle {
    let langid: LanguageIdentifier = LOCALES[index].code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // fluent-rs writes numbers as plain ASCII digits; the UI's Fluent.js writes them through Intl. The same
    // message must show the same count on both sides: "۹۰ روز" in Persian, "20,000" in English.
    bundle.set_formatter(Some(crate::numbers::fluent_formatter(index)));
    // The catalogue test refuses syntax errors and duplicate ids; should one slip through, the entries that did
    // parse still serve rather than the whole file falling back to ids.
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';

    #[test]
    fn a_latin_name_and_a_passport_number_stay_isolated_in_a_persian_sentence() {
        let text = crate::t!(
            "fa",
            "common-document-of",
            document = "گذرنامه",
            holder = "Sara Rahimi",
            number = "X12345678",
        );
        // Each inserted value sits between FSI and PDI, so the Latin name and the number keep their own
        // left-to-right order inside the right-to-left sentence, and the sentence's words stay Persian.
        assert!(text.contains(&format!("{FSI}Sara Rahimi{PDI}")), "{text:?}");
        assert!(text.contains(&format!("{FSI}X12345678{PDI}")), "{text:?}");
        assert!(text.contains("به نام") && text.contains("شماره"), "{text}");
        let bare: String = text.chars().filter(|c| *c != FSI && *c != PDI).collect();
        assert_eq!(bare, "گذرنامه به نام Sara Rahimi، شماره‌ی X12345678");
    }

    #[test]
    fn every_locale_words_the_same_message_in_its_own_language() {
        let english = tr("en", "common-language", &[]);
        for l in LOCALES.iter().filter(|l| l.code != "en") {
            assert_ne!(
                tr(l.code, "common-language", &[]),
                english,
                "{} is translated",
                l.code
            );
        }
    }

    #[test]
    fn a_number_picks_the_locales_plural_form() {
        let one = crate::t!("ru", "unlock-recover-too-short", min = 1);
        let five = crate::t!("ru", "unlock-recover-too-short", min = 5);
        assert!(one.contains("символа"), "{one}");
        assert!(five.contains("символов"), "{five}");
        let two = crate::t!("ar", "unlock-recover-too-short", min = 2);
        assert!(two.contains("حرفين"), "{two}");
    }

    #[test]
    fn an_attribute_is_read_with_a_dot() {
        let detail = tr("fr", "unlock-error-corrupt.detail", &[]);
        assert!(detail.contains("déchiffré"), "{detail}");
    }

    #[test]
    fn an_unknown_id_or_locale_falls_back_without_panicking() {
        assert_eq!(tr("fa", "no-such-message", &[]), "no-such-message");
        assert_eq!(
            tr("fa", "unlock-error-corrupt.no-such", &[]),
            "unlock-error-corrupt.no-such"
        );
        assert_eq!(
            tr("xx", "common-language", &[]),
            tr("en", "common-language", &[])
        );
        assert_eq!(
            tr("fa_IR.UTF-8", "common-language", &[]),
            tr("fa", "common-language", &[])
        );
    }
}
