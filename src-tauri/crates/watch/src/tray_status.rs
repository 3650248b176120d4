//! What a tray shows of the watch, shared by the app's tray and the background binary's: the highest level, whether
//! the last round reached the governments, and the watch's suggested phase. No country names: the tray is visible
//! to anyone near the screen (the notification and the app say which country and why).

use chrono::{DateTime, TimeZone, Utc};
use lifeboat_plan::phases::Phase;
use lifeboat_plan::settings::Government;
use lifeboat_plan::watch_view::{Reach, ReachState};

/// What the tray needs to know, taken from the watch in one go ([`crate::WatchService::tray_facts`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrayFacts {
    /// The plan was unlocked once in this run (or the watch was handed over): there is something to watch.
    pub started: bool,
    pub checking: bool,
    pub highest: Option<u8>,
    pub reach: Reach,
    /// The phase the watch suggests (the same one the dashboard and the notifications show).
    pub suggested: Option<Phase>,
}

/// What the status line says about the level.
pub fn status_text(started: bool, checking: bool, highest: Option<u8>) -> String {
    match (started, checking, highest) {
        (false, _, _) => "Advisory watch: unlock once to start".to_owned(),
        (true, true, _) => "Advisory watch: checking…".to_owned(),
        (true, false, None) => "Advisory watch: no data yet".to_owned(),
        (true, false, Some(l)) => format!("Highest watched level: {l} of 4"),
    }
}

/// "14:05" today, "2 Dec 14:05" another day, in the zone the user reads the tray in.
fn when<Tz: TimeZone>(t: DateTime<Utc>, now: DateTime<Utc>, tz: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let (t, now) = (t.with_timezone(tz), now.with_timezone(tz));
    if t.date_naive() == now.date_naive() {
        t.format("%H:%M").to_string()
    } else {
        t.format("%-d %b %H:%M").to_string()
    }
}

fn names(governments: &[Government]) -> String {
    let names: Vec<&str> = governments.iter().map(|g| g.short_name()).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Whether the last round reached the governments, in words; `None` when it reached them all (or has not run).
pub fn reach_text<Tz: TimeZone>(reach: &Reach, now: DateTime<Utc>, tz: &Tz) -> Option<String>
where
    Tz::Offset: std::fmt::Display,
{
    match reach.state {
        ReachState::NotYet | ReachState::All => None,
        ReachState::None => Some(match reach.since {
            Some(since) => format!(
                "No government could be reached since {}",
                when(since, now, tz)
            ),
            None => "No government could be reached".to_owned(),
        }),
        ReachState::Some => Some(format!("{} could not be reached", names(&reach.failed))),
    }
}

/// The tray's lines, most important first: the level, the reach when it was not complete, the suggestion.
pub fn status_lines<Tz: TimeZone>(facts: &TrayFacts, now: DateTime<Utc>, tz: &Tz) -> Vec<String>
where
    Tz::Offset: std::fmt::Display,
{
    let mut lines = vec![status_text(facts.started, facts.checking, facts.highest)];
    if !facts.started {
        return lines;
    }
    lines.extend(reach_text(&facts.reach, now, tz));
    if let Some(phase) = facts.suggested {
        lines.push(format!(
            "Suggested: {} — open Lifeboat to decide",
            phase.label()
        ));
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
            status_text(false, false, None),
            "Advisory watch: unlock once to start"
        );
        assert_eq!(
            status_text(true, true, Some(4)),
            "Advisory watch: checking…"
        );
        assert_eq!(
            status_text(true, false, Some(4)),
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
                since: Some(utc("2026-12-02T10:35:00Z")),
                data_from: Some(utc("2026-12-02T09:00:00Z")),
            },
            suggested: Some(Phase::LeaveNow),
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
            "No government could be reached since 2 Dec 14:05",
            "another day names the day"
        );
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
        facts.reach.state = ReachState::All;
        assert_eq!(status_lines(&facts, now, &Utc).len(), 1);
        let locked = TrayFacts::default();
        assert_eq!(
            status_lines(&locked, now, &Utc),
            ["Advisory watch: unlock once to start"]
        );
    }
}
