//! What a tray shows of the watch, shared by the app's tray and the background binary's: the highest level, whether
//! the last round reached the governments, and the watch's suggested phase. No country names: the tray is visible
//! to anyone near the screen (the notification and the app say which country and why). In the plan's language,
//! which the tray follows as soon as the user switches it.

use chrono::{DateTime, Datelike, TimeZone, Utc};
use lifeboat_i18n::{format_day_time, format_time, t};
use lifeboat_plan::phases::Phase;
use lifeboat_plan::settings::Government;
use lifeboat_plan::watch_view::{Reach, ReachState};

use lifeboat_i18n::plain_for as plain;

/// What the tray needs to know, taken from the watch in one go ([`crate::WatchService::tray_facts`]).
#[derive(Debug, Clone, PartialEq)]
pub struct TrayFacts {
    /// The plan was unlocked once in this run (or the watch was handed over): there is something to watch.
    pub started: bool,
    pub checking: bool,
    pub highest: Option<u8>,
    pub reach: Reach,
    /// The phase the watch suggests (the same one the dashboard and the notifications show).
    pub suggested: Option<Phase>,
    /// The language the tray speaks: the plan's once one was unlocked, else the system's.
    pub locale: &'static str,
}

impl Default for TrayFacts {
    fn default() -> Self {
        TrayFacts {
            started: false,
            checking: false,
            highest: None,
            reach: Reach::default(),
            suggested: None,
            locale: lifeboat_i18n::DEFAULT_LOCALE,
        }
    }
}

/// The tray menu's entries, in one language. The app's tray adds "Lock"; the background one has nothing to lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuWords {
    pub open: String,
    pub check_now: String,
    pub lock: String,
    pub quit: String,
}

impl MenuWords {
    pub fn new(locale: &str) -> Self {
        MenuWords {
            open: t!(locale, "watch-tray-open"),
            check_now: t!(locale, "watch-tray-check-now"),
            lock: t!(locale, "watch-tray-lock"),
            quit: t!(locale, "watch-tray-quit"),
        }
    }
}

/// What the status line says about the level.
pub fn status_text(locale: &str, started: bool, checking: bool, highest: Option<u8>) -> String {
    let text = match (started, checking, highest) {
        (false, _, _) => t!(locale, "watch-tray-not-started"),
        (true, true, _) => t!(locale, "watch-tray-checking"),
        (true, false, None) => t!(locale, "watch-tray-no-data"),
        (true, false, Some(l)) => t!(locale, "watch-tray-highest", level = l, max = 4),
    };
    plain(locale, text)
}

/// "14:05" today, "Dec 2, 14:05" another day (and the year when another year), in the zone the user reads the tray
/// in: as the app's Advisories section writes the same "since" (`formatClock`), Persian in its calendar and digits
/// ("۱۱ آذر، ۱۴:۰۵").
fn when<Tz: TimeZone>(locale: &str, t: DateTime<Utc>, now: DateTime<Utc>, tz: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let (t, now) = (
        t.with_timezone(tz).naive_local(),
        now.with_timezone(tz).naive_local(),
    );
    if t.date() == now.date() {
        return format_time(locale, t.time());
    }
    format_day_time(locale, t, t.year() != now.year())
}

/// "Canada", "Canada and Germany", "Canada, Germany and the UK", in the tray's language.
fn names(locale: &str, governments: &[Government]) -> String {
    let mut names = governments.iter().map(|g| g.label(locale));
    let Some(first) = names.next() else {
        return String::new();
    };
    let mut rest: Vec<String> = names.collect();
    let Some(last) = rest.pop() else {
        return first;
    };
    let list = rest.into_iter().fold(first, |list, next| {
        t!(locale, "watch-list-comma", list = list, next = next)
    });
    t!(locale, "watch-list-and", list = list, last = last)
}

/// Whether the last round reached the governments, in words: nothing when it reached them all (or has not run),
/// else a line naming the governments whose advice could not be fetched and one for the embassies' alerts.
pub fn reach_text<Tz: TimeZone>(
    locale: &str,
    reach: &Reach,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Vec<String>
where
    Tz::Offset: std::fmt::Display,
{
    let lines = match reach.state {
        ReachState::NotYet | ReachState::All => Vec::new(),
        ReachState::None => vec![match reach.since {
            Some(since) => t!(
                locale,
                "watch-tray-none-reached-since",
                when = when(locale, since, now, tz)
            ),
            None => t!(locale, "watch-tray-none-reached"),
        }],
        ReachState::Some => {
            let mut lines = Vec::new();
            if !reach.failed.is_empty() {
                lines.push(t!(
                    locale,
                    "watch-tray-some-unreached",
                    governments = names(locale, &reach.failed),
                    count = reach.failed.len(),
                ));
            }
            if reach.embassy_alerts_failed {
                lines.push(t!(locale, "watch-tray-embassy-alerts-unread"));
            }
            lines
        }
    };
    lines.into_iter().map(|l| plain(locale, l)).collect()
}

/// The tray's lines, most important first: the level, the reach when it was not complete, the suggestion. In
/// [`TrayFacts::locale`].
pub fn status_lines<Tz: TimeZone>(facts: &TrayFacts, now: DateTime<Utc>, tz: &Tz) -> Vec<String>
where
    Tz::Offset: std::fmt::Display,
{
    let locale = facts.locale;
    let mut lines = vec![status_text(
        locale,
        facts.started,
        facts.checking,
        facts.highest,
    )];
    if !facts.started {
        return lines;
    }
    lines.extend(reach_text(locale, &facts.reach, now, tz));
    if let Some(phase) = facts.suggested {
        let text = t!(locale, "watch-tray-suggested", phase = phase.label(locale));
        lines.push(plain(locale, text));
    }
    lines
}

/// Which of the five tray icons (`icons/tray/level-0..4.png`) stands for `highest`: 0 for no data, and levels
/// above 4 clamp to 4.
pub fn icon_index(highest: Option<u8>) -> usize {
    usize::from(highest.unwrap_or(0).min(4))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().expect("time")
    }

    #[test]
    fn the_status_line_says_how_to_start_and_never_names_a_country() {
        assert_eq!(
            status_text("en", false, false, None),
            "Advisory watch: unlock once to start"
        );
        assert_eq!(
            status_text("en", true, true, Some(4)),
            "Advisory watch: checking…"
        );
        assert_eq!(
            status_text("en", true, false, Some(4)),
            "Highest watched level: 4 of 4"
        );
        assert_eq!(icon_index(None), 0);
        assert_eq!(icon_index(Some(3)), 3);
        assert_eq!(
            icon_index(Some(9)),
            4,
            "out-of-range levels clamp to level 4"
        );
    }

    #[test]
    fn when_no_government_answered_the_tray_says_since_when_with_the_suggestion() {
        // Tehran time, +03:30: the failures began at 10:35 UTC.
        let tehran = FixedOffset::east_opt(3 * 3600 + 1800).expect("offset");
        let facts = TrayFacts {
            started: true,
            checking: false,
            highest: Some(4),
            reach: Reach {
                state: ReachState::None,
                failed: Government::ALL.to_vec(),
                embassy_alerts_failed: true,
                since: Some(utc("2026-12-02T10:35:00Z")),
                data_from: Some(utc("2026-12-02T09:00:00Z")),
            },
            suggested: Some(Phase::LeaveNow),
            locale: "en",
        };
        assert_eq!(
            status_lines(&facts, utc("2026-12-02T12:00:00Z"), &tehran),
            [
                "Highest watched level: 4 of 4",
                "No government could be reached since 14:05",
                "Suggested: Leave now — open Lifeboat to decide",
            ]
        );
        assert_eq!(
            status_lines(&facts, utc("2026-12-04T12:00:00Z"), &tehran)[1],
            "No government could be reached since Dec 2, 14:05",
            "another day names the day, as the app's Advisories section does"
        );
        assert_eq!(
            status_lines(&facts, utc("2027-01-04T12:00:00Z"), &tehran)[1],
            "No government could be reached since Dec 2, 2026, 14:05",
            "another year names the year"
        );
    }

    #[test]
    fn in_arabic_the_tray_says_the_level_the_unreached_governments_and_the_suggestion() {
        let facts = TrayFacts {
            started: true,
            highest: Some(4),
            reach: Reach {
                state: ReachState::Some,
                failed: vec![Government::Ca, Government::De, Government::Uk],
                ..Reach::default()
            },
            suggested: Some(Phase::LeaveNow),
            locale: "ar",
            ..TrayFacts::default()
        };
        let (fsi, pdi) = ('\u{2068}', '\u{2069}');
        let names = [Government::Ca, Government::De, Government::Uk].map(|g| g.label("ar"));
        assert!(
            names
                .iter()
                .all(|n| n.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))),
            "the governments are named in Arabic: {names:?}"
        );
        let lines = status_lines(&facts, utc("2026-12-02T12:00:00Z"), &Utc);
        assert_eq!(
            lines[0],
            format!("أعلى مستوى بين البلدان المراقَبة: {fsi}4{pdi} من {fsi}4{pdi}")
        );
        // "Canada, Germany and the UK", an Arabic list: the Arabic comma, and "and" joined to the last name.
        let [ca, de, uk] = &names;
        assert_eq!(
            lines[1],
            format!("تعذّر الوصول إلى {fsi}{fsi}{fsi}{ca}{pdi}، {fsi}{de}{pdi}{pdi} و{fsi}{uk}{pdi}{pdi}")
        );
        assert_eq!(
            lines[2],
            format!(
                "مقترح: {fsi}{}{pdi} — افتح Lifeboat لتقرّر",
                Phase::LeaveNow.label("ar")
            )
        );
        assert_eq!(MenuWords::new("ar").check_now, "تحقّق من إرشادات السفر الآن");
    }

    #[test]
    fn another_day_is_named_in_the_languages_calendar_and_digits() {
        let mut facts = TrayFacts {
            started: true,
            reach: Reach {
                state: ReachState::None,
                since: Some(utc("2026-12-02T10:35:00Z")),
                ..Reach::default()
            },
            locale: "fa",
            ..TrayFacts::default()
        };
        let line = |facts: &TrayFacts, now| status_lines(facts, utc(now), &Utc)[1].clone();
        // 2 December 2026 is 11 Azar 1405: the Solar Hijri day, as the app shows it beside the tray.
        assert_eq!(
            line(&facts, "2026-12-04T12:00:00Z"),
            "از \u{2068}۱۱ آذر، ۱۰:۳۵\u{2069} هیچ دولتی در دسترس نبوده است"
        );
        assert_eq!(
            line(&facts, "2026-12-02T12:00:00Z"),
            "از \u{2068}۱۰:۳۵\u{2069} هیچ دولتی در دسترس نبوده است",
            "today, the time alone, in Persian digits"
        );
        facts.locale = "ar";
        let arabic = line(&facts, "2026-12-04T12:00:00Z");
        assert!(arabic.contains("2 ديسمبر، 10:35"), "{arabic}");
        facts.locale = "ru";
        let russian = line(&facts, "2026-12-04T12:00:00Z");
        assert!(russian.starts_with("С 2 дек., 10:35 "), "{russian}");
    }

    #[test]
    fn when_some_governments_failed_the_tray_names_them_and_says_nothing_when_all_answered() {
        let mut facts = TrayFacts {
            started: true,
            highest: Some(3),
            reach: Reach {
                state: ReachState::Some,
                failed: vec![Government::Ca, Government::De],
                ..Reach::default()
            },
            ..TrayFacts::default()
        };
        let now = utc("2026-12-02T12:00:00Z");
        assert_eq!(
            status_lines(&facts, now, &Utc),
            [
                "Highest watched level: 3 of 4",
                "Canada and Germany could not be reached"
            ]
        );
        // Only an embassy's alert feed failed: the US, whose levels answered, is not named.
        facts.reach = Reach {
            state: ReachState::Some,
            embassy_alerts_failed: true,
            ..Reach::default()
        };
        assert_eq!(
            status_lines(&facts, now, &Utc),
            [
                "Highest watched level: 3 of 4",
                "The U.S. Embassy's alerts could not be read"
            ]
        );
        facts.reach.state = ReachState::All;
        assert_eq!(status_lines(&facts, now, &Utc).len(), 1);
        let locked = TrayFacts::default();
        assert_eq!(
            status_lines(&locked, now, &Utc),
            ["Advisory watch: unlock once to start"]
        );
    }
}
