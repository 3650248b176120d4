//! The languages Lifeboat ships, each named in itself.

/// One shipped language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    /// The folder under `locales/` and the BCP 47 language tag.
    pub code: &'static str,
    /// The language's name in that language, as a picker lists it ("فارسی", "Français").
    pub name: &'static str,
    /// Written right to left: the UI sets `dir="rtl"` and the PDF runs `dir: rtl`.
    pub rtl: bool,
}

/// The language of last resort: negotiation falls back to it, and every other locale must hold exactly its ids.
pub const DEFAULT_LOCALE: &str = "en";

/// Every shipped language, in the order a picker lists them. The catalogue test checks this list against the
/// folders under `locales/`.
pub const LOCALES: [Locale; 8] = [
    Locale {
        code: "en",
        name: "English",
        rtl: false,
    },
    Locale {
        code: "fa",
        name: "فارسی",
        rtl: true,
    },
    Locale {
        code: "ar",
        name: "العربية",
        rtl: true,
    },
    Locale {
        code: "fr",
        name: "Français",
        rtl: false,
    },
    Locale {
        code: "de",
        name: "Deutsch",
        rtl: false,
    },
    Locale {
        code: "es",
        name: "Español",
        rtl: false,
    },
    Locale {
        code: "ru",
        name: "Русский",
        rtl: false,
    },
    Locale {
        code: "tr",
        name: "Türkçe",
        rtl: false,
    },
];

/// The shipped locale for `code`: an exact code (`fa`), else the nearest by negotiation (`fa_IR.UTF-8`), else
/// English.
pub fn locale(code: &str) -> &'static Locale {
    let code = if LOCALES.iter().any(|l| l.code == code) {
        code
    } else {
        crate::negotiate(code)
    };
    LOCALES
        .iter()
        .find(|l| l.code == code)
        .unwrap_or(&LOCALES[0])
}

/// Whether `code` (as [`locale`] reads it) is written right to left.
pub fn is_rtl(code: &str) -> bool {
    locale(code).rtl
}

pub(crate) fn index_of(code: &str) -> usize {
    let found = locale(code);
    LOCALES.iter().position(|l| l == found).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_and_arabic_run_right_to_left_and_nothing_else_does() {
        let rtl: Vec<&str> = LOCALES
            .iter()
            .filter(|l| is_rtl(l.code))
            .map(|l| l.code)
            .collect();
        assert_eq!(rtl, ["fa", "ar"]);
        assert!(is_rtl("fa_IR.UTF-8"));
        assert!(!is_rtl("xx"));
    }
}
