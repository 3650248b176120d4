//! The PDF's own language: its words (the catalogue's `pdf-` and `plan-` messages), its direction, its digits and
//! its dates.
//!
//! Dates are written by ICU4X from CLDR, the data the UI's `Intl` uses, so a date reads the same on paper as on
//! screen: Persian in the Solar Hijri calendar with Persian digits ("۱۳ اسفند ۱۴۰۷"), Arabic and the others in the
//! Gregorian calendar. English is written the British way ("3 March 2029"): day, month in words, year, which
//! families abroad cannot read two ways, as the PDF always has. Language names come from CLDR too ("فارسی");
//! country names from the catalogue's `countries` area (`lifeboat_plan::countries::name_in`), so the paper names a
//! country exactly as the app, the notifications and the command line do.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use icu_calendar::cal::{Gregorian, Persian};
use icu_calendar::{Date, Iso};
use icu_datetime::fieldsets::{YMD, YMDT};
use icu_datetime::input::{DateTime as IcuDateTime, Time};
use icu_datetime::FixedCalendarDateTimeFormatter;
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
    dates: Option<Dates>,
    languages: Option<LanguageDisplayNames>,
}

impl Lang {
    /// `requested` negotiated to a shipped locale (unknown: English).
    pub fn new(requested: &str) -> Self {
        let code = lifeboat_i18n::negotiate(requested);
        // The CLDR locale whose date patterns the PDF uses; the 24-hour clock as everywhere in the app.
        let cldr = if code == "en" { "en-GB" } else { code };
        let locale = |extra: &str| Locale::try_from_str(&format!("{cldr}{extra}")).ok();
        Self {
            code,
            rtl: lifeboat_i18n::is_rtl(code),
            dates: locale("")
                .zip(locale("-u-hc-h23"))
                .and_then(|(day, clock)| Dates::new(code, &day, &clock)),
            languages: locale("").and_then(|l| {
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
    pub fn number(&self, n: impl ToString) -> String {
        self.digits(&n.to_string())
    }

    /// ASCII digits as the language writes them. Only for text Rust wrote: a phone or passport number keeps its
    /// digits as typed.
    pub fn digits(&self, s: &str) -> String {
        match self.code {
            "fa" => s
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) => char::from_u32(0x06F0 + d).unwrap_or(c),
                    None => c,
                })
                .collect(),
            _ => s.to_owned(),
        }
    }

    /// The symbols the template draws page numbers with: `digits[n]` is digit `n`.
    pub fn digit_table(&self) -> String {
        self.digits("0123456789")
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
        let formatted = iso(d)
            .zip(self.dates.as_ref())
            .map(|(date, f)| f.date(date));
        // ICU's data is compiled in, so a formatter always exists; the ISO date is the fallback that cannot fail.
        formatted.unwrap_or_else(|| d.format("%Y-%m-%d").to_string())
    }

    /// An instant in UTC, with the zone said ("21 November 2026 at 09:30 UTC").
    pub fn date_time(&self, d: DateTime<Utc>) -> String {
        let time = u8::try_from(d.hour())
            .ok()
            .zip(u8::try_from(d.minute()).ok())
            .and_then(|(h, m)| Time::try_new(h, m, 0, 0).ok());
        let formatted = iso(d.date_naive())
            .zip(time)
            .zip(self.dates.as_ref())
            .map(|((date, time), f)| f.stamp(date, time))
            .unwrap_or_else(|| d.format("%Y-%m-%d %H:%M").to_string());
        t!(self.code, "pdf-date-time-utc", date_time = formatted)
    }
}

/// `s` without Fluent's isolation marks, as the template places it (tests compare words, not marks).
#[cfg(test)]
pub(crate) fn bare(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// The calendar each shipped language dates in by CLDR's defaults: the Solar Hijri for Persian, the Gregorian for
/// the others (Arabic included: `ar` without a region). Formatters fixed to these two link only their month names
/// and patterns, not those of every calendar ICU knows.
enum Dates {
    Gregorian(
        FixedCalendarDateTimeFormatter<Gregorian, YMD>,
        FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
    ),
    Persian(
        FixedCalendarDateTimeFormatter<Persian, YMD>,
        FixedCalendarDateTimeFormatter<Persian, YMDT>,
    ),
}

impl Dates {
    /// `day` is the language's CLDR locale, `clock` the same with the 24-hour clock.
    fn new(code: &str, day: &Locale, clock: &Locale) -> Option<Self> {
        let stamp = YMD::long().with_time_hm();
        Some(if code == "fa" {
            Dates::Persian(
                FixedCalendarDateTimeFormatter::try_new(day.into(), YMD::long()).ok()?,
                FixedCalendarDateTimeFormatter::try_new(clock.into(), stamp).ok()?,
            )
        } else {
            Dates::Gregorian(
                FixedCalendarDateTimeFormatter::try_new(day.into(), YMD::long()).ok()?,
                FixedCalendarDateTimeFormatter::try_new(clock.into(), stamp).ok()?,
            )
        })
    }

    fn date(&self, d: Date<Iso>) -> String {
        match self {
            Dates::Gregorian(f, _) => f.format(&d.to_calendar(Gregorian)).to_string(),
            Dates::Persian(f, _) => f.format(&d.to_calendar(Persian::new())).to_string(),
        }
    }

    fn stamp(&self, d: Date<Iso>, time: Time) -> String {
        match self {
            Dates::Gregorian(_, f) => {
                let date = d.to_calendar(Gregorian);
                f.format(&IcuDateTime { date, time }).to_string()
            }
            Dates::Persian(_, f) => {
                let date = d.to_calendar(Persian::new());
                f.format(&IcuDateTime { date, time }).to_string()
            }
        }
    }
}

fn iso(d: NaiveDate) -> Option<Date<Iso>> {
    let month = u8::try_from(d.month()).ok()?;
    let day = u8::try_from(d.day()).ok()?;
    Date::try_new_iso(d.year(), month, day).ok()
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
        assert_eq!(fa.number(2029), "۲۰۲۹");
        assert_eq!(fa.digit_table(), "۰۱۲۳۴۵۶۷۸۹");
        assert_eq!(Lang::new("ar").number(12), "12");
        assert_eq!(Lang::new("klingon").code, "en");
    }
}
