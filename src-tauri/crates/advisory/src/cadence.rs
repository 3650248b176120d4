//! When each feed is asked: the one place the polling intervals are decided.
//!
//! | feeds | normally | hot |
//! |---|---|---|
//! | embassy alert feeds (`us-embassy-alerts`, one per watched country) and the UK index (`uk-fcdo`) | 15 min | 5 min, while the plan's phase is above normal or a watched country is at level 4 for some government |
//! | the other level feeds (`us-state-json` with its RSS fallback, `ca-travel`, `au-smartraveller`, `de-aa`) | 60 min | 10 min, while the phase is above normal or a watched country is at level 3 or above |
//!
//! A feed is due when its interval has passed since its last attempt ([`DUE_SLACK`] early counts, so one
//! wake-up serves feeds due a few seconds apart). After a failure the backoff ([`crate::backoff`]) may bring the
//! retry forward, never push it past the interval; a 429's `Retry-After` is waited out even on "Check now".
//! Feeds never asked are due at once. The shell wakes at [`next_due`] and runs [`crate::run_round`], which
//! skips what is not due; "Check now" is a round with `force`.
//!
//! What an unchanged hour costs (requests and bytes for a household watching three countries) is worked out in
//! the crate README, "Polling cadence and cost".

use chrono::{DateTime, Duration, Utc};

use crate::poll::{SourceStatus, WatchFile, PRIMARY_SOURCES};
use crate::source_id::SourceId;
use crate::{embassies, poll};

/// A feed due this close to now is asked in this round.
pub const DUE_SLACK: Duration = Duration::seconds(60);

/// The intervals in force for one watch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cadence {
    /// `us-state-json` (with its RSS), `ca-travel`, `au-smartraveller`, `de-aa`.
    pub levels: Duration,
    /// `us-embassy-alerts` and `uk-fcdo` (whose index says which country pages moved).
    pub alerts: Duration,
}

/// The level feeds' interval: 10 minutes hot, else 60.
pub fn level_interval(hot: bool) -> Duration {
    Duration::minutes(if hot { 10 } else { 60 })
}

/// The embassy feeds' and UK index's interval: 5 minutes hot, else 15.
pub fn alert_interval(hot: bool) -> Duration {
    Duration::minutes(if hot { 5 } else { 15 })
}

impl Cadence {
    /// The intervals for `watched` (ISO codes) given the levels in `file` and the plan's phase.
    pub fn for_watch<W: AsRef<str>>(
        file: &WatchFile,
        watched: &[W],
        phase_above_normal: bool,
    ) -> Self {
        let highest = watched
            .iter()
            .flat_map(|c| {
                let c = c.as_ref().to_ascii_uppercase();
                file.state
                    .sources
                    .values()
                    .filter_map(move |s| s.countries.get(&c).map(|seen| seen.level.get()))
            })
            .max()
            .unwrap_or(0);
        Cadence {
            levels: level_interval(phase_above_normal || highest >= 3),
            alerts: alert_interval(phase_above_normal || highest >= 4),
        }
    }

    pub fn interval(&self, source: SourceId) -> Duration {
        match source {
            SourceId::UsEmbassyAlerts | SourceId::UkFcdo => self.alerts,
            _ => self.levels,
        }
    }
}

/// When a feed with `status` is next due at `interval` (`None`: never asked, so now).
pub fn due_at(status: Option<&SourceStatus>, interval: Duration) -> Option<DateTime<Utc>> {
    let status = status?;
    let last = status.last_attempt?;
    let regular = last + interval;
    Some(match status.retry_at {
        Some(retry) if status.rate_limited => retry,
        Some(retry) if status.last_error.is_some() => retry.min(regular),
        _ => regular,
    })
}

/// Whether a feed is asked in a round at `now` (`force`: "Check now", all but a rate-limited feed).
pub fn is_due(
    status: Option<&SourceStatus>,
    interval: Duration,
    now: DateTime<Utc>,
    force: bool,
) -> bool {
    if status.is_some_and(|s| s.rate_limited && s.retry_at.is_some_and(|t| t > now)) {
        return false;
    }
    force || due_at(status, interval).is_none_or(|t| t <= now + DUE_SLACK)
}

/// When the next round should run: the earliest time any enabled feed is due (never before `now`).
pub fn next_due<W: AsRef<str>>(
    file: &WatchFile,
    sources: &[SourceId],
    watched: &[W],
    phase_above_normal: bool,
    now: DateTime<Utc>,
) -> DateTime<Utc> {
    let cadence = Cadence::for_watch(file, watched, phase_above_normal);
    let mut due: Vec<Option<DateTime<Utc>>> = PRIMARY_SOURCES
        .iter()
        .filter(|s| sources.contains(s))
        .map(|s| due_at(file.status.get(s), cadence.interval(*s)))
        .collect();
    if poll::us_enabled(sources) {
        for c in watched {
            let c = c.as_ref().to_ascii_uppercase();
            if embassies::for_country(&c).is_some() {
                due.push(due_at(
                    file.alert_status.get(&c),
                    cadence.interval(SourceId::UsEmbassyAlerts),
                ));
            }
        }
    }
    let earliest = due
        .into_iter()
        .map(|d| d.unwrap_or(now))
        .min()
        .unwrap_or(now + cadence.levels);
    earliest.max(now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::level::Level;

    fn t(minutes: i64) -> DateTime<Utc> {
        "2026-11-25T10:00:00Z"
            .parse::<DateTime<Utc>>()
            .expect("literal")
            + Duration::minutes(minutes)
    }

    fn attempted(at: DateTime<Utc>) -> SourceStatus {
        SourceStatus {
            last_attempt: Some(at),
            last_success: Some(at),
            ..SourceStatus::default()
        }
    }

    fn with_level(level: u8) -> WatchFile {
        let mut file = WatchFile::default();
        let record = crate::changes::Seen {
            level: Level::new(level).expect("1-4"),
            regional_max: None,
            leave_now: false,
            native_label: String::new(),
            updated: None,
            first_seen: t(0),
            last_seen: t(0),
            url: None,
            summary_html: None,
            edition: None,
        };
        file.state
            .sources
            .entry(SourceId::CaTravel)
            .or_insert_with(|| crate::changes::SourceState {
                first_applied: t(0),
                last_applied: t(0),
                last_count: 1,
                countries: Default::default(),
            })
            .countries
            .insert("IR".into(), record);
        file
    }

    #[test]
    fn alerts_every_15_minutes_or_5_at_level_4_and_levels_every_60_or_10() {
        let calm = Cadence::for_watch(&with_level(2), &["IR"], false);
        assert_eq!(
            (calm.alerts, calm.levels),
            (Duration::minutes(15), Duration::minutes(60))
        );
        let three = Cadence::for_watch(&with_level(3), &["ir"], false);
        assert_eq!(
            (three.alerts, three.levels),
            (Duration::minutes(15), Duration::minutes(10))
        );
        let four = Cadence::for_watch(&with_level(4), &["IR"], false);
        assert_eq!(
            (four.alerts, four.levels),
            (Duration::minutes(5), Duration::minutes(10))
        );
        let phase = Cadence::for_watch(&WatchFile::default(), &["IR"], true);
        assert_eq!(
            (phase.alerts, phase.levels),
            (Duration::minutes(5), Duration::minutes(10))
        );
        assert_eq!(four.interval(SourceId::UkFcdo), Duration::minutes(5));
        assert_eq!(four.interval(SourceId::DeAa), Duration::minutes(10));
    }

    #[test]
    fn a_feed_is_due_after_its_interval_a_failed_one_at_its_retry_and_force_asks_all_but_a_429() {
        let every = Duration::minutes(15);
        assert!(is_due(None, every, t(0), false), "never asked");
        let ok = attempted(t(0));
        assert!(!is_due(Some(&ok), every, t(10), false));
        assert!(is_due(Some(&ok), every, t(14), false), "within the slack");
        assert!(is_due(Some(&ok), every, t(10), true), "check now");
        let failed = SourceStatus {
            last_error: Some(lifeboat_error::ErrorPayload {
                code: "http_status".into(),
                message: "403".into(),
            }),
            retry_at: Some(t(3)),
            failing_since: Some(t(0)),
            ..attempted(t(0))
        };
        assert_eq!(due_at(Some(&failed), every), Some(t(3)));
        let backed_off = SourceStatus {
            retry_at: Some(t(50)),
            ..failed.clone()
        };
        assert_eq!(
            due_at(Some(&backed_off), every),
            Some(t(15)),
            "never past the interval"
        );
        let limited = SourceStatus {
            rate_limited: true,
            retry_at: Some(t(50)),
            ..failed
        };
        assert!(
            !is_due(Some(&limited), every, t(20), true),
            "429 waits even on check now"
        );
        assert_eq!(due_at(Some(&limited), every), Some(t(50)));
    }

    #[test]
    fn next_due_is_the_earliest_feed() {
        let mut file = WatchFile::default();
        for s in PRIMARY_SOURCES {
            file.status.insert(s, attempted(t(0)));
        }
        let sources = PRIMARY_SOURCES.to_vec();
        // The UK index is on the 15-minute cadence.
        assert_eq!(next_due(&file, &sources, &["NZ"], false, t(1)), t(15));
        // Iran has an embassy feed never asked: due now.
        assert_eq!(next_due(&file, &sources, &["IR"], false, t(1)), t(1));
        file.alert_status.insert("IR".into(), attempted(t(2)));
        assert_eq!(next_due(&file, &sources, &["IR"], false, t(3)), t(15));
        let no_uk: Vec<SourceId> = vec![SourceId::CaTravel];
        assert_eq!(
            next_due(&file, &no_uk, &["IR"], false, t(3)),
            t(60),
            "no US: no embassy feed"
        );
    }
}
