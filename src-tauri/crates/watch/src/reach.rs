//! Whether the watch reached the governments, said honestly: per feed for each country's card, per government
//! for the status table, and for the whole last round (the dashboard's and the tray's words). A failure never
//! reads as "nothing new", and a feed that never once answered is "could not be reached", never "stale".

use lifeboat_advisory::embassies;
use lifeboat_advisory::poll::SourceStatus;
use lifeboat_advisory::{SourceId, WatchFile};
use lifeboat_plan::settings::Government;
use lifeboat_plan::watch_view::{FeedHealth, GovernmentStatus, Reach, ReachState};

use crate::context::{source_of, WatchContext};

/// One feed's health from its status (absent: never asked).
fn health(government: Government, source: SourceId, status: Option<&SourceStatus>) -> FeedHealth {
    let status = status.cloned().unwrap_or_default();
    FeedHealth {
        government,
        source: source.as_str().to_owned(),
        failing: status.last_error.is_some(),
        failing_since: status.failing_since,
        last_success: status.last_success,
        error: status.last_error,
    }
}

/// The embassy alert feed of `country`, when the US is enabled and the country has an embassy site in the table.
fn embassy_status<'a>(
    file: &'a WatchFile,
    ctx: &WatchContext,
    country: &str,
) -> Option<Option<&'a SourceStatus>> {
    (ctx.governments.contains(&Government::Us) && embassies::for_country(country).is_some())
        .then(|| file.alert_status.get(country))
}

/// `country`'s feeds: each enabled government's advisory feed, in `Government::ALL` order, and for the US the
/// embassy's alert feed right after its advisory feed.
pub fn feeds(file: &WatchFile, ctx: &WatchContext, country: &str) -> Vec<FeedHealth> {
    let mut out = Vec::new();
    for g in Government::ALL
        .into_iter()
        .filter(|g| ctx.governments.contains(g))
    {
        let source = source_of(g);
        out.push(health(g, source, file.status.get(&source)));
        if g == Government::Us {
            if let Some(status) = embassy_status(file, ctx, country) {
                out.push(health(g, SourceId::UsEmbassyAlerts, status));
            }
        }
    }
    out
}

/// Data exists but the last attempt failed: what is shown is older than the last round. A feed that never
/// answered has nothing to be stale.
pub fn is_stale(file: &WatchFile, source: SourceId, status: &SourceStatus) -> bool {
    status.last_error.is_some()
        && (status.last_success.is_some() || file.state.sources.contains_key(&source))
}

/// The governments table: each government's advisory feed.
pub fn governments(file: &WatchFile, ctx: &WatchContext) -> Vec<GovernmentStatus> {
    Government::ALL
        .into_iter()
        .map(|g| {
            let source = source_of(g);
            let status = file.status.get(&source).cloned().unwrap_or_default();
            GovernmentStatus {
                government: g,
                enabled: ctx.governments.contains(&g),
                last_success: status.last_success,
                last_attempt: status.last_attempt,
                stale: is_stale(file, source, &status),
                failing_since: status.failing_since,
                error: status.last_error,
                countries: file
                    .state
                    .sources
                    .get(&source)
                    .map_or(0, |s| u32::try_from(s.countries.len()).unwrap_or(u32::MAX)),
            }
        })
        .collect()
}

/// Whether the enabled feeds (advisory feeds, and the watched countries' embassy feeds) answered their last
/// attempt. Feeds never asked yet do not count; when none was, it is `NotYet`. `since`, when none answered, is
/// when the last of them stopped answering: from then on no government was heard. `data_from` is the newest
/// success of any of them.
pub fn reach(file: &WatchFile, ctx: &WatchContext) -> Reach {
    /// One enabled feed: its government, its status, and whether it is an embassy's alert feed.
    type Feed<'a> = (Government, &'a SourceStatus, bool);
    let mut feeds: Vec<Feed> = Government::ALL
        .into_iter()
        .filter(|g| ctx.governments.contains(g))
        .filter_map(|g| Some((g, file.status.get(&source_of(g))?, false)))
        .collect();
    for w in &ctx.watched {
        if let Some(Some(status)) = embassy_status(file, ctx, &w.country) {
            feeds.push((Government::Us, status, true));
        }
    }
    let asked: Vec<&Feed> = feeds
        .iter()
        .filter(|(_, s, _)| s.last_attempt.is_some())
        .collect();
    let data_from = feeds.iter().filter_map(|(_, s, _)| s.last_success).max();
    let failing: Vec<&Feed> = asked
        .iter()
        .copied()
        .filter(|(_, s, _)| s.last_error.is_some())
        .collect();
    let state = if asked.is_empty() {
        ReachState::NotYet
    } else if failing.is_empty() {
        ReachState::All
    } else if failing.len() == asked.len() {
        ReachState::None
    } else {
        ReachState::Some
    };
    // An embassy's alert feed is the US government's too, but "the US could not be reached" would be false
    // while its levels answered: the two are reported apart.
    let failed = Government::ALL
        .into_iter()
        .filter(|g| failing.iter().any(|(fg, _, embassy)| fg == g && !embassy))
        .collect();
    let embassy_alerts_failed = failing.iter().any(|(_, _, embassy)| *embassy);
    let since = (state == ReachState::None)
        .then(|| {
            failing
                .iter()
                .filter_map(|(_, s, _)| s.failing_since.or(s.last_attempt))
                .max()
        })
        .flatten();
    Reach {
        state,
        failed,
        embassy_alerts_failed,
        since,
        data_from,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};
    use lifeboat_error::ErrorPayload;
    use lifeboat_plan::Plan;

    fn at(hhmm: &str) -> DateTime<Utc> {
        format!("2026-12-02T{hhmm}:00Z").parse().expect("time")
    }

    /// A household in Tehran watching through the US and Canada (Iran has a U.S. embassy feed).
    fn tehran(governments: &[Government]) -> WatchContext {
        let mut plan = Plan::default();
        plan.profile.residence_country = "IR".into();
        plan.settings.watch.governments = governments.to_vec();
        WatchContext::from_plan(&plan)
    }

    fn answered(at: DateTime<Utc>) -> SourceStatus {
        SourceStatus {
            last_attempt: Some(at),
            last_success: Some(at),
            ..SourceStatus::default()
        }
    }

    fn failing(
        since: DateTime<Utc>,
        last: DateTime<Utc>,
        success: Option<DateTime<Utc>>,
    ) -> SourceStatus {
        SourceStatus {
            last_attempt: Some(last),
            last_success: success,
            last_error: Some(ErrorPayload {
                code: "server_error".into(),
                message: "HTTP 503".into(),
            }),
            consecutive_failures: 3,
            failing_since: Some(since),
            ..SourceStatus::default()
        }
    }

    #[test]
    fn given_every_government_failing_since_14_05_reach_is_none_since_then_with_the_last_data() {
        let ctx = tehran(&[Government::Us, Government::Ca]);
        let mut file = WatchFile::default();
        file.status.insert(
            SourceId::UsStateJson,
            failing(at("13:00"), at("15:00"), Some(at("12:55"))),
        );
        file.status.insert(
            SourceId::CaTravel,
            failing(at("14:05"), at("15:00"), Some(at("14:00"))),
        );
        file.alert_status
            .insert("IR".into(), failing(at("13:30"), at("15:00"), None));
        let reach = reach(&file, &ctx);
        assert_eq!(reach.state, ReachState::None);
        assert_eq!(
            reach.since,
            Some(at("14:05")),
            "no government answered after Canada stopped"
        );
        assert_eq!(
            reach.data_from,
            Some(at("14:00")),
            "the newest success of any feed"
        );
        assert_eq!(reach.failed, [Government::Us, Government::Ca]);
    }

    #[test]
    fn some_failing_names_them_and_none_asked_is_not_yet() {
        let ctx = tehran(&[Government::Us, Government::Ca]);
        let mut file = WatchFile::default();
        assert_eq!(reach(&file, &ctx).state, ReachState::NotYet);

        file.status
            .insert(SourceId::UsStateJson, answered(at("14:05")));
        file.alert_status.insert("IR".into(), answered(at("14:05")));
        file.status
            .insert(SourceId::CaTravel, failing(at("14:05"), at("14:05"), None));
        let some = reach(&file, &ctx);
        assert_eq!(
            (some.state, some.failed.as_slice(), some.since),
            (ReachState::Some, &[Government::Ca][..], None)
        );

        file.status
            .insert(SourceId::CaTravel, answered(at("14:06")));
        let all = reach(&file, &ctx);
        assert_eq!(
            (all.state, all.data_from),
            (ReachState::All, Some(at("14:06")))
        );

        // The embassy alone refusing still counts, as the embassy's feed: the US, whose levels answered, is
        // not named as unreachable.
        file.alert_status.insert(
            "IR".into(),
            failing(at("14:10"), at("14:10"), Some(at("14:05"))),
        );
        let embassy = reach(&file, &ctx);
        assert_eq!(
            (
                embassy.state,
                embassy.failed.as_slice(),
                embassy.embassy_alerts_failed
            ),
            (ReachState::Some, &[][..], true)
        );
    }

    #[test]
    fn a_feed_that_never_answered_is_failing_not_stale() {
        let ctx = tehran(&[Government::Us, Government::Ca]);
        let mut file = WatchFile::default();
        file.status
            .insert(SourceId::CaTravel, failing(at("14:05"), at("15:00"), None));
        file.status.insert(
            SourceId::UsStateJson,
            failing(at("14:05"), at("15:00"), Some(at("13:00"))),
        );
        let governments = governments(&file, &ctx);
        let ca = governments
            .iter()
            .find(|g| g.government == Government::Ca)
            .expect("Canada");
        assert!(!ca.stale, "nothing to be stale: it could not be reached");
        assert_eq!(ca.failing_since, Some(at("14:05")));
        assert!(ca.error.is_some());
        let us = governments
            .iter()
            .find(|g| g.government == Government::Us)
            .expect("US");
        assert!(us.stale, "data from 13:00, the last attempt failed");
        assert_eq!(us.failing_since, Some(at("14:05")));
    }

    #[test]
    fn a_card_lists_each_enabled_governments_feed_and_the_us_embassy_where_there_is_one() {
        let mut file = WatchFile::default();
        file.alert_status.insert(
            "IR".into(),
            failing(at("14:05"), at("15:00"), Some(at("12:00"))),
        );
        let ctx = tehran(&[Government::Ca, Government::Us]);
        let iran = feeds(&file, &ctx, "IR");
        let names: Vec<(Government, &str)> = iran
            .iter()
            .map(|f| (f.government, f.source.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                (Government::Us, "us-state-json"),
                (Government::Us, "us-embassy-alerts"),
                (Government::Ca, "ca-travel")
            ]
        );
        assert!(iran[1].failing && iran[1].failing_since == Some(at("14:05")));
        assert_eq!(iran[1].last_success, Some(at("12:00")));
        assert!(!iran[0].failing, "never asked is not failing");
        assert_eq!(
            feeds(&file, &ctx, "IS").len(),
            2,
            "no embassy feed where the table has no site"
        );
        assert_eq!(
            feeds(&file, &tehran(&[Government::Ca]), "IR").len(),
            1,
            "the embassies are the US's"
        );
    }
}
