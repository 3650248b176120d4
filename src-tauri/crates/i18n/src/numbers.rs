//! Numbers as the reader's language writes them: its digits and its grouping, as the UI's `Intl.NumberFormat`
//! (and Fluent.js, which uses it) writes them: "1,234" in English, "۱٬۲۳۴" in Persian, "1 234" in French.
//!
//! Every number a message receives goes through here ([`fluent_formatter`] is each bundle's formatter), so a
//! count in a sentence Rust builds reads as the same count in the UI, and it still selects the plural form.

use fluent_bundle::FluentValue;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;

use crate::locales::LOCALES;

/// A quantity [`format_number`] writes: any integer or float.
pub trait Number: Copy {
    fn to_decimal(self) -> Option<Decimal>;
}

macro_rules! integers {
    ($($ty:ty),*) => {$(
        impl Number for $ty {
            fn to_decimal(self) -> Option<Decimal> {
                Some(Decimal::from(self))
            }
        }
    )*};
}
integers!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl Number for f64 {
    fn to_decimal(self) -> Option<Decimal> {
        // Rust writes a float's shortest round-trip digits and never an exponent, which is what Decimal reads.
        self.is_finite()
            .then(|| self.to_string().parse().ok())
            .flatten()
    }
}

impl Number for f32 {
    fn to_decimal(self) -> Option<Decimal> {
        f64::from(self).to_decimal()
    }
}

/// `n` in `locale`'s digits and grouping: "1,234", "۱٬۲۳۴", "1.234" (German), "1234" (Spanish groups from five
/// digits). `locale` is a shipped code or anything [`crate::negotiate`] reads.
pub fn format_number(locale: &str, n: impl Number) -> String {
    let code = crate::negotiate(locale);
    match n.to_decimal() {
        Some(d) => write(code, &d).unwrap_or_else(|| d.to_string()),
        // Not a finite number: nothing a count can be; Rust's own words for it.
        None => String::new(),
    }
}

fn write(code: &str, d: &Decimal) -> Option<String> {
    let locale = Locale::try_from_str(code).ok()?;
    let formatter = DecimalFormatter::try_new((&locale).into(), Default::default()).ok()?;
    Some(formatter.format(d).to_string())
}

/// The bundle formatter for the shipped locale at `INDEX` in [`LOCALES`]: a Fluent number in that locale's digits.
/// Fluent takes a plain function, not a closure, hence one instance per locale.
fn number_in<const INDEX: usize, M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    // Fluent's own digits keep the number's options (a minimum of fraction digits); the locale writes them.
    let decimal: Decimal = n.as_string().parse().ok()?;
    write(LOCALES[INDEX].code, &decimal)
}

/// The formatter for the bundle of `LOCALES[index]`.
pub(crate) fn fluent_formatter<M>(index: usize) -> fn(&FluentValue<'_>, &M) -> Option<String> {
    const _: () = assert!(LOCALES.len() == 8, "one formatter per shipped locale");
    match index {
        0 => number_in::<0, M>,
        1 => number_in::<1, M>,
        2 => number_in::<2, M>,
        3 => number_in::<3, M>,
        4 => number_in::<4, M>,
        5 => number_in::<5, M>,
        6 => number_in::<6, M>,
        _ => number_in::<7, M>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // What Node's Intl.NumberFormat(locale).format(n) writes.
    #[test]
    fn numbers_are_written_with_each_languages_digits_and_grouping() {
        assert_eq!(format_number("en", 1_234_567), "1,234,567");
        assert_eq!(format_number("fa", 1_234_567), "۱٬۲۳۴٬۵۶۷");
        assert_eq!(format_number("fa", 90), "۹۰");
        assert_eq!(format_number("ar", 1_234_567), "1,234,567");
        assert_eq!(format_number("fr", 1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(format_number("de", 1_234_567), "1.234.567");
        assert_eq!(format_number("es", 1_234), "1234");
        assert_eq!(format_number("es", 1_234_567), "1.234.567");
        assert_eq!(format_number("ru", 1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(format_number("tr", 1_234_567), "1.234.567");
        assert_eq!(format_number("fa", 7.25), "۷٫۲۵");
        assert_eq!(format_number("de", 7.25), "7,25");
        assert_eq!(format_number("en", -3), "-3");
        assert_eq!(format_number("fa_IR.UTF-8", 12_usize), "۱۲");
        assert_eq!(format_number("en", f64::NAN), "");
    }

    #[test]
    fn a_number_in_a_message_is_written_in_the_messages_language_and_still_picks_the_plural() {
        let fa = crate::t!("fa", "unlock-recover-too-short", min = 12);
        assert!(fa.contains("۱۲") && !fa.contains("12"), "{fa}");
        let ru = crate::t!("ru", "unlock-recover-too-short", min = 5);
        assert!(ru.contains("5") && ru.contains("символов"), "{ru}");
        let ar = crate::t!("ar", "unlock-recover-too-short", min = 2);
        assert!(ar.contains("حرفين"), "{ar}");
        let en = crate::t!("en", "unlock-recover-too-short", min = 20_000);
        assert!(en.contains("20,000"), "{en}");
    }
}
