//! The PDF's own language: its words (the catalogue's `pdf-` and `plan-` messages), its direction, its digits and
//! its dates.
//!
//! Dates and numbers are written by `lifeboat_i18n` (ICU4X, from CLDR, the data the UI's `Intl` uses), the one
//! formatter the readiness messages, the notifications, the tray and the command line share, so a date reads the
//! same on paper as on screen: Persian in the Solar Hijri calendar with Persian digits ("۱۳ اسفند ۱۴۰۷"), Arabic
//! and the others in the Gregorian calendar. On paper English is written the British way ("3 March 2029"): day,
//! month in words, year, which families abroad cannot read two ways, as the PDF always has. Language names come
//! from CLDR too ("فارسی"); country names from the catalogue's `countries` area
//! (`lifeboat_plan::countries::name_in`), so the paper names a country exactly as the app, the notifications and
//! the command line do.

use chrono::{DateTime, NaiveDate, Utc};
use icu_experimental::displaynames::multi::LanguageDisplayNames;
use icu_experimental::displaynames::DisplayNamesOptions;
use icu_locale_core::subtags::Language;
use icu_locale_core::Locale;
use lifeboat_i18n::t;

/// The language one PDF is typeset in.
pub(crate) struct Lang {
    /// A shipped locale code ("fa").
    pub code: &'static str,
    pub rtl: bool,
    /// `digits[n]` is how the language writes digit `n` ("۰"… in Persian), as its numbers are formatted.
    digits: [char; 10],
    languages: Option<LanguageDisplayNames>,
}

impl Lang {
    /// `requested` negotiated to a shipped locale (unknown: English).
    pub fn new(requested: &str) -> Self {
        let code = lifeboat_i18n::negotiate(requested);
        // Language names as the British write them in English, like the PDF's dates.
        let cldr = if code == "en" { "en-GB" } else { code };
        Self {
            code,
            rtl: lifeboat_i18n::is_rtl(code),
            digits: std::array::from_fn(|n| {
                let ascii = char::from_digit(n as u32, 10).unwrap_or('0');
                lifeboat_i18n::format_number(code, n)
                    .chars()
                    .next()
                    .unwrap_or(ascii)
            }),
            languages: Locale::try_from_str(cldr).ok().and_then(|l| {
                LanguageDisplayNames::try_new((&l).into(), DisplayNamesOptions::default()).ok()
            }),
        }
    }

    /// A country by its ISO code, named in this language ("IR": "Iran", "ایران", "Irán"); an unknown code as it is.
    pub fn country(&self, code: &str) -> String {
        let code = code.trim();
        lifeboat_plan::countries::name_in(code, self.code).unwrap_or_else(|| code.to_owned())
    }

    /// A language by its code, named in this language ("fa": "Persian", "فارسی", "persan"); else the code.
    pub fn language(&self, code: &str) -> String {
        let code = code.trim();
        Language::try_from_str(code)
            .ok()
            .and_then(|l| self.languages.as_ref()?.of(l))
            .map_or_else(|| code.to_owned(), str::to_owned)
    }

    /// A count in the language's digits ("۱۲" in Persian).
    pub fn number(&self, n: impl lifeboat_i18n::Number) -> String {
        lifeboat_i18n::format_number(self.code, n)
    }

    /// ASCII digits as the language writes them. Only for text Rust wrote: a phone or passport number keeps its
    /// digits as typed.
    pub fn digits(&self, s: &str) -> String {
        s.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => self.digits[d as usize],
                None => c,
            })
            .collect()
    }

    /// The symbols the template draws page numbers with: `digits[n]` is digit `n`.
    pub fn digit_table(&self) -> String {
        self.digits.iter().collect()
    }

    /// Items of a list in one line ("Iran, France"; "ایران، فرانسه").
    pub fn list<I, S>(&self, items: I) -> String
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let separator = t!(self.code, "pdf-list-separator");
        items
            .into_iter()
            .filter(|s| !s.as_ref().trim().is_empty())
            .map(|s| s.as_ref().to_owned())
            .collect::<Vec<_>>()
            .join(&separator)
    }

    /// A calendar day in words ("3 March 2029", "۱۳ اسفند ۱۴۰۷").
    pub fn date(&self, d: NaiveDate) -> String {
        lifeboat_i18n::format_date_long(self.code, d)
    }

    /// An instant in UTC, with the zone said ("21 November 2026 at 09:30 UTC").
    pub fn date_time(&self, d: DateTime<Utc>) -> String {
        let formatted = lifeboat_i18n::format_date_time_long(self.code, d.naive_utc());
        t!(self.code, "pdf-date-time-utc", date_time = formatted)
    }
}

/// `s` without Fluent's isolation marks, as the template places it (tests compare words, not marks).
#[cfg(test)]
pub(crate) fn bare(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let d = day(2029, 3, 3);
        assert_eq!(Lang::new("en").date(d), "3 March 2029");
        assert_eq!(Lang::new("fa").date(d), "۱۳ اسفند ۱۴۰۷");
        assert_eq!(Lang::new("fr").date(d), "3 mars 2029");
        assert_eq!(Lang::new("de").date(d), "3. März 2029");
        let ar = Lang::new("ar").date(d);
        assert!(ar.contains("مارس"), "{ar}");
        assert!(Lang::new("ru").date(d).contains("марта"));
    }

    #[test]
    fn countries_and_languages_are_named_in_the_pdfs_language() {
        let fa = Lang::new("fa");
        assert_eq!(fa.country("IR"), "ایران");
        assert_eq!(fa.language("en"), "انگلیسی");
        assert_eq!(Lang::new("fr").country(" DE "), "Allemagne");
        assert_eq!(Lang::new("en").country("TR"), "Türkiye");
        assert_eq!(Lang::new("en").language("fa"), "Persian");
        assert_eq!(Lang::new("de").country("ZZ-not"), "ZZ-not");
        assert_eq!(Lang::new("ru").language("xx-not"), "xx-not");
    }

    #[test]
    fn persian_counts_use_persian_digits_and_others_keep_theirs() {
        let fa = Lang::new("fa_IR.UTF-8");
        assert_eq!((fa.code, fa.rtl), ("fa", true));
        // Grouped as the UI's Intl groups a count.
        assert_eq!(fa.number(2029), "۲٬۰۲۹");
        assert_eq!(fa.digits("1–4"), "۱–۴");
        assert_eq!(fa.digit_table(), "۰۱۲۳۴۵۶۷۸۹");
        assert_eq!(Lang::new("ar").number(12), "12");
        assert_eq!(Lang::new("klingon").code, "en");
    }
}
