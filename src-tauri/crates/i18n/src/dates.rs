//! Dates and times as the reader's language writes them, for every sentence Rust builds: readiness messages, the
//! tray, notifications, the command line and the family PDF.
//!
//! ICU4X writes them from CLDR, the data behind the UI's `Intl`, so a date reads the same in a Rust-built message
//! as beside it on screen: Persian in the Solar Hijri calendar with Persian digits ("۱۵ اسفند ۱۴۰۵"), the other
//! languages in the Gregorian calendar with their own month names ("Mar 6, 2027", "6 марта 2027 г."). Formatters
//! are fixed to those two calendars, so no other calendar's names and patterns are linked into the app.
//!
//! Clocks use 24 hours in every language, as the app always has. A value is a calendar day or a wall-clock time
//! already in the zone the reader reads it in: the caller converts an instant first (the tray to the machine's
//! zone, the PDF to UTC, which it says).

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use icu_calendar::cal::{Gregorian, Persian};
use icu_calendar::{Date, Iso};
use icu_datetime::fieldsets::{MD, T, YMD};
use icu_datetime::input::{DateTime, Time};
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_locale_core::Locale;

/// The CLDR locale a shipped language formats in, with or without the 24-hour clock.
fn cldr(code: &str, paper: bool, clock: bool) -> Option<Locale> {
    // On paper English is written the British way ("3 March 2029"): day, month in words, year, which a family
    // abroad cannot read two ways. On screen, as `Intl` writes `en`.
    let base = if paper && code == "en" { "en-GB" } else { code };
    let tag = if clock {
        format!("{base}-u-hc-h23")
    } else {
        base.to_owned()
    };
    Locale::try_from_str(&tag).ok()
}

/// Formats `$input` (a `Date<Iso>` or `DateTime<Iso>`) with the field set `$fields` in the calendar `$code` dates in.
macro_rules! in_calendar {
    ($code:expr, $locale:expr, $fields:expr, $input:expr) => {{
        let (locale, input) = ($locale, $input);
        if $code == "fa" {
            FixedCalendarDateTimeFormatter::<Persian, _>::try_new((&locale).into(), $fields)
                .ok()
                .map(|f| f.format(&input.to_calendar(Persian::new())).to_string())
        } else {
            FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new((&locale).into(), $fields)
                .ok()
                .map(|f| f.format(&input.to_calendar(Gregorian)).to_string())
        }
    }};
}

/// A plan's calendar day as the UI shows one (`formatDate`, `Intl`'s `dateStyle: 'medium'`): "Mar 6, 2027",
/// "۱۵ اسفند ۱۴۰۵", "6 mars 2027", "06.03.2027". `locale` is a shipped code or anything
/// [`crate::negotiate`] reads.
pub fn format_date(locale: &str, day: NaiveDate) -> String {
    let code = crate::negotiate(locale);
    iso(day)
        .zip(cldr(code, false, false))
        .and_then(|(date, l)| in_calendar!(code, l, YMD::medium(), date))
        // The data is compiled in, so a formatter always exists; ISO 8601 is the fallback that cannot fail.
        .unwrap_or_else(|| day.format("%Y-%m-%d").to_string())
}

/// A calendar day written out in full, as the family PDF prints it: "3 March 2029", "۱۳ اسفند ۱۴۰۷",
/// "3. März 2029".
pub fn format_date_long(locale: &str, day: NaiveDate) -> String {
    let code = crate::negotiate(locale);
    iso(day)
        .zip(cldr(code, true, false))
        .and_then(|(date, l)| in_calendar!(code, l, YMD::long(), date))
        .unwrap_or_else(|| day.format("%Y-%m-%d").to_string())
}

/// A day and a time written out in full, as the family PDF stamps it: "21 November 2026 at 09:30".
pub fn format_date_time_long(locale: &str, at: NaiveDateTime) -> String {
    let code = crate::negotiate(locale);
    date_time(at)
        .zip(cldr(code, true, true))
        .and_then(|(input, l)| in_calendar!(code, l, YMD::long().with_time_hm(), input))
        .unwrap_or_else(|| at.format("%Y-%m-%d %H:%M").to_string())
}

/// A day and a time for "since …" in a short line, as the UI's `formatClock` writes another day than today:
/// "Dec 2, 14:05", "۱۱ آذر، ۱۴:۰۵", with the year when `with_year` ("Dec 2, 2025, 14:05").
pub fn format_day_time(locale: &str, at: NaiveDateTime, with_year: bool) -> String {
    let code = crate::negotiate(locale);
    let formatted = date_time(at)
        .zip(cldr(code, false, true))
        .and_then(|(input, l)| {
            if with_year {
                in_calendar!(code, l, YMD::medium().with_time_hm(), input)
            } else {
                in_calendar!(code, l, MD::medium().with_time_hm(), input)
            }
        });
    formatted.unwrap_or_else(|| at.format("%Y-%m-%d %H:%M").to_string())
}

/// A time of day on the 24-hour clock in the language's digits: "14:05", "۱۴:۰۵".
pub fn format_time(locale: &str, at: NaiveTime) -> String {
    let code = crate::negotiate(locale);
    let formatted = time(at).zip(cldr(code, false, true)).and_then(|(t, l)| {
        NoCalendarFormatter::try_new((&l).into(), T::hm())
            .ok()
            .map(|f| f.format(&t).to_string())
    });
    formatted.unwrap_or_else(|| at.format("%H:%M").to_string())
}

fn iso(d: NaiveDate) -> Option<Date<Iso>> {
    let month = u8::try_from(d.month()).ok()?;
    let day = u8::try_from(d.day()).ok()?;
    Date::try_new_iso(d.year(), month, day).ok()
}

fn time(t: NaiveTime) -> Option<Time> {
    let hour = u8::try_from(t.hour()).ok()?;
    let minute = u8::try_from(t.minute()).ok()?;
    Time::try_new(hour, minute, 0, 0).ok()
}

/// A wall-clock moment in the ISO calendar, ready to be converted to the reader's.
struct IsoDateTime {
    date: Date<Iso>,
    time: Time,
}

impl IsoDateTime {
    fn to_calendar<C: icu_calendar::Calendar>(&self, calendar: C) -> DateTime<C> {
        DateTime {
            date: self.date.to_calendar(calendar),
            time: self.time,
        }
    }
}

fn date_time(at: NaiveDateTime) -> Option<IsoDateTime> {
    Some(IsoDateTime {
        date: iso(at.date())?,
        time: time(at.time())?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("a real moment")
    }

    // Each expectation is what Node's Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
    // writes for 2027-03-06: the UI's formatDate. Russian's "г." is joined by a narrow no-break space in the newer
    // CLDR ICU4X compiles in; Node 20's older CLDR has a plain space there.
    #[test]
    fn a_plan_date_reads_as_the_ui_writes_it_in_every_language() {
        let d = day(2027, 3, 6);
        assert_eq!(format_date("en", d), "Mar 6, 2027");
        assert_eq!(format_date("fa", d), "۱۵ اسفند ۱۴۰۵");
        assert_eq!(format_date("fr", d), "6 mars 2027");
        assert_eq!(format_date("de", d), "06.03.2027");
        assert_eq!(format_date("es", d), "6 mar 2027");
        assert_eq!(format_date("ru", d), "6 мар. 2027\u{202f}г.");
        assert_eq!(format_date("tr", d), "6 Mar 2027");
        assert_eq!(format_date("ar", d), "06\u{200f}/03\u{200f}/2027");
        assert_eq!(format_date("fa_IR.UTF-8", d), format_date("fa", d));
        assert_eq!(format_date("klingon", d), format_date("en", d));
    }

    #[test]
    fn persian_dates_are_solar_hijri_across_the_new_year() {
        // Nowruz 1406 is 21 March 2027: the day before is the last of Esfand 1405.
        assert_eq!(format_date("fa", day(2027, 3, 20)), "۲۹ اسفند ۱۴۰۵");
        assert_eq!(format_date("fa", day(2027, 3, 21)), "۱ فروردین ۱۴۰۶");
    }

    #[test]
    fn the_pdf_writes_the_day_out_in_full() {
        let d = day(2029, 3, 3);
        assert_eq!(format_date_long("en", d), "3 March 2029");
        assert_eq!(format_date_long("fa", d), "۱۳ اسفند ۱۴۰۷");
        assert_eq!(format_date_long("fr", d), "3 mars 2029");
        assert_eq!(format_date_long("de", d), "3. März 2029");
        assert_eq!(format_date_long("ar", d), "3 مارس 2029");
        assert_eq!(format_date_long("ru", d), "3 марта 2029\u{202f}г.");
        assert_eq!(
            format_date_time_long("en", at("2026-11-21 09:30")),
            "21 November 2026 at 09:30"
        );
    }

    // Node's Intl with { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }:
    // the UI's formatClock for another day than today.
    #[test]
    fn another_day_and_a_time_read_as_the_uis_clock() {
        let t = at("2026-12-02 10:35");
        assert_eq!(format_day_time("en", t, false), "Dec 2, 10:35");
        assert_eq!(format_day_time("fa", t, false), "۱۱ آذر، ۱۰:۳۵");
        assert_eq!(format_day_time("ar", t, false), "2 ديسمبر، 10:35");
        assert_eq!(format_day_time("ru", t, false), "2 дек., 10:35");
        assert_eq!(format_day_time("en", t, true), "Dec 2, 2026, 10:35");
        assert_eq!(format_day_time("fa", t, true), "۱۱ آذر ۱۴۰۵، ۱۰:۳۵");
        assert_eq!(format_time("en", t.time()), "10:35");
        assert_eq!(format_time("fa", t.time()), "۱۰:۳۵");
        assert_eq!(format_time("en", at("2026-12-02 00:05").time()), "00:05");
    }
}
