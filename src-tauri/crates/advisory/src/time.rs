//! The date formats the sources use, each converted to UTC.

use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, SecondsFormat, TimeZone, Timelike,
    Utc, Weekday,
};

pub fn rfc3339(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s.trim())
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

/// RSS dates: full RFC 2822, or the State Department's date-only `Tue, 15 Sep 2026` (→ midnight UTC, flagged).
pub fn rss_date(s: &str) -> Option<(DateTime<Utc>, bool)> {
    let s = s.trim();
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Some((d.with_timezone(&Utc), false));
    }
    let date_part = s.split_once(", ").map_or(s, |(_, rest)| rest);
    NaiveDate::parse_from_str(date_part, "%d %b %Y")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|n| (Utc.from_utc_datetime(&n), true))
}

/// Epoch seconds; a value too large to be seconds is read as milliseconds (the AA's OpenAPI says ms, its
/// data says s).
pub fn epoch(n: i64) -> Option<DateTime<Utc>> {
    let secs = if n.abs() > 100_000_000_000 {
        n / 1000
    } else {
        n
    };
    DateTime::from_timestamp(secs, 0)
}

/// Canada's `friendly-date`: `September 24, 2026 08:53 EDT`.
pub fn ca_friendly(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    let (rest, zone) = s.rsplit_once(' ')?;
    let hours = match zone {
        "EDT" => -4,
        "EST" => -5,
        "UTC" | "GMT" => 0,
        _ => return None,
    };
    let naive = NaiveDateTime::parse_from_str(rest, "%B %d, %Y %H:%M").ok()?;
    FixedOffset::east_opt(hours * 3600)?
        .from_local_datetime(&naive)
        .single()
        .map(|d| d.with_timezone(&Utc))
}

/// Smartraveller's `changed`: `Wed, 2026-04-08 14:18`, Canberra wall-clock time without a zone.
/// AEDT (+11) runs from the first Sunday of October to the first Sunday of April, AEST (+10) otherwise.
pub fn au_changed(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    let rest = s.split_once(", ").map_or(s, |(_, r)| r);
    let naive = NaiveDateTime::parse_from_str(rest, "%Y-%m-%d %H:%M").ok()?;
    let d = naive.date();
    let first_sunday =
        |month| NaiveDate::from_weekday_of_month_opt(d.year(), month, Weekday::Sun, 1);
    let (dst_end, dst_start) = (first_sunday(4)?, first_sunday(10)?);
    let hours = if d < dst_end || d >= dst_start {
        11
    } else {
        10
    };
    FixedOffset::east_opt(hours * 3600)?
        .from_local_datetime(&naive)
        .earliest()
        .map(|d| d.with_timezone(&Utc))
}

/// An edition named by the instant the government stamped on it, written one way (`2026-09-24T12:53:00Z`)
/// whatever the feed's spelling (`.000+00:00`, `+01:00`, epoch seconds), so a re-spelt timestamp is not a new
/// edition.
pub fn edition(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// [`edition`] to the minute: Canada states the same publication to the second in its index
/// (`date-published`) but only to the minute in a country's file (`friendly-date`), and both must name one
/// edition.
pub fn edition_to_minute(t: DateTime<Utc>) -> String {
    let minute = t
        .with_nanosecond(0)
        .and_then(|t| t.with_second(0))
        .unwrap_or(t);
    edition(minute)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let (d, date_only) = rss_date("Tue, 15 Sep 2026").unwrap();
        assert!(date_only);
        assert_eq!(d.to_rfc3339(), "2026-09-15T00:00:00+00:00");
        assert_eq!(
            rss_date("Wed, 07 Oct 2026 21:02:01 GMT")
                .unwrap()
                .0
                .to_rfc3339(),
            "2026-10-07T21:02:01+00:00"
        );
        assert_eq!(
            ca_friendly("September 24, 2026 08:53 EDT")
                .unwrap()
                .to_rfc3339(),
            "2026-09-24T12:53:00+00:00"
        );
        assert_eq!(
            au_changed("Wed, 2026-04-08 14:18").unwrap().to_rfc3339(),
            "2026-04-08T04:18:00+00:00"
        );
        assert_eq!(
            au_changed("Sun, 2026-03-01 10:29").unwrap().to_rfc3339(),
            "2026-02-28T23:29:00+00:00"
        );
        // Daylight saving ends on the first Sunday of April (5 April 2026) and starts on October's (4 October).
        for (local, utc) in [
            ("Sat, 2026-04-04 12:00", "2026-04-04T01:00:00+00:00"),
            ("Sun, 2026-04-05 12:00", "2026-04-05T02:00:00+00:00"),
            ("Sat, 2026-10-03 12:00", "2026-10-03T02:00:00+00:00"),
            ("Sun, 2026-10-04 12:00", "2026-10-04T01:00:00+00:00"),
        ] {
            assert_eq!(
                au_changed(local).map(|d| d.to_rfc3339()).as_deref(),
                Some(utc)
            );
        }
        assert_eq!(epoch(1785925404), epoch(1785925404000));
        assert_eq!(
            rfc3339("2017-02-14T15:42:21.000+00:00").map(edition),
            rfc3339("2017-02-14T16:42:21+01:00").map(edition),
            "one instant, one edition, however it is spelt"
        );
        assert_eq!(
            rfc3339("2026-07-16T12:53:48.9258584-04:00").map(edition_to_minute),
            Some("2026-07-16T16:53:00Z".to_owned())
        );
        assert_eq!(
            rfc3339("2026-07-16T12:53:48.9258584-04:00")
                .unwrap()
                .to_rfc3339(),
            "2026-07-16T16:53:48.925858400+00:00"
        );
    }
}
