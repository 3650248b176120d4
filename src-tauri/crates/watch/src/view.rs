//! The watch as the UI sees it, built from the persisted state and the plan's context.

use chrono::{DateTime, Utc};
use lifeboat_advisory::{HistoryKind as Kind, WatchFile};
use lifeboat_plan::settings::Government;
use lifeboat_plan::watch_view::{
    CountryView, GovernmentLevel, GovernmentStatus, HistoryItem, HistoryKind, WatchView,
};
use lifeboat_plan::watchlist::{suggest_phase, CountryLevel};

use crate::context::{country_name, government_of, source_of, WatchContext};

/// History entries shown per country; the file keeps more.
pub const HISTORY_PER_COUNTRY: usize = 50;

/// Levels two governments must differ by before the UI says they disagree.
pub const DISAGREE_BY: u8 = 2;

/// Whether the watch should poll at its short interval.
pub fn is_hot(file: &WatchFile, ctx: &WatchContext) -> bool {
    ctx.phases.current.rank() > 0 || levels(file, ctx).iter().any(|l| l.level >= 3)
}

/// Every enabled government's current level for every watched country.
pub fn levels<'a>(file: &WatchFile, ctx: &'a WatchContext) -> Vec<CountryLevel<'a>> {
    let mut out = Vec::new();
    for w in &ctx.watched {
        for g in &ctx.governments {
            if let Some(seen) = file.state.seen(source_of(*g), &w.country) {
                out.push(CountryLevel {
                    country: &w.country,
                    government: *g,
                    level: seen.level.get(),
                });
            }
        }
    }
    out
}

/// The highest level among watched countries and enabled governments, with the country that has it.
pub fn highest(file: &WatchFile, ctx: &WatchContext) -> Option<(u8, String)> {
    levels(file, ctx)
        .into_iter()
        .max_by_key(|l| l.level)
        .map(|l| (l.level, l.country.to_owned()))
}

fn https_only(url: Option<&String>) -> Option<String> {
    url.filter(|u| u.starts_with("https://")).cloned()
}

pub struct Extras {
    pub checking: bool,
    pub next_round: Option<DateTime<Utc>>,
    pub interval_minutes: u32,
    pub notice: Option<String>,
}

pub fn build(file: &WatchFile, ctx: &WatchContext, extras: Extras) -> WatchView {
    let enabled = |g: Government| ctx.governments.contains(&g);
    let countries = ctx
        .watched
        .iter()
        .map(|w| {
            let levels: Vec<GovernmentLevel> = Government::ALL
                .into_iter()
                .filter(|g| enabled(*g))
                .filter_map(|g| {
                    let source = source_of(g);
                    let seen = file.state.seen(source, &w.country)?;
                    let stale = file
                        .status
                        .get(&source)
                        .is_some_and(lifeboat_advisory::poll::SourceStatus::is_stale);
                    Some(GovernmentLevel {
                        government: g,
                        source: source.as_str().to_owned(),
                        level: seen.level.get(),
                        native_label: seen.native_label.clone(),
                        regional_max: seen.regional_max.map(|l| l.get()),
                        leave_now: seen.leave_now,
                        updated: seen.updated,
                        checked: Some(seen.last_seen),
                        stale,
                        url: https_only(seen.url.as_ref()),
                        summary_html: seen.summary_html.clone().unwrap_or_default(),
                    })
                })
                .collect();
            let max = levels.iter().map(|l| l.level).max();
            let min = levels.iter().map(|l| l.level).min();
            let history = file
                .state
                .history
                .iter()
                .rev()
                .filter(|h| h.country == w.country && enabled(government_of(h.source)))
                .take(HISTORY_PER_COUNTRY)
                .map(|h| {
                    let (kind, from) = match &h.kind {
                        Kind::Baseline => (HistoryKind::Baseline, None),
                        Kind::Changed { from } => (HistoryKind::Changed, Some(from.get())),
                        Kind::Reissued => (HistoryKind::Reissued, None),
                        Kind::LeaveNowChanged { .. } => (HistoryKind::LeaveNowChanged, None),
                    };
                    HistoryItem {
                        at: h.at,
                        government: government_of(h.source),
                        source: h.source.as_str().to_owned(),
                        kind,
                        level: Some(h.level.get()),
                        from,
                        native_label: h.native_label.clone(),
                        updated: h.updated,
                        title: None,
                        text: None,
                        priority: None,
                        reason: None,
                        url: None,
                        leave_now: false,
                    }
                })
                .collect();
            CountryView {
                country: w.country.clone(),
                name: country_name(&w.country),
                reasons: w.reasons.clone(),
                disagree: matches!((max, min), (Some(a), Some(b)) if a - b >= DISAGREE_BY),
                highest: max,
                levels,
                history,
                feeds: Vec::new(),
            }
        })
        .collect();
    let governments = Government::ALL
        .into_iter()
        .map(|g| {
            let source = source_of(g);
            let status = file.status.get(&source).cloned().unwrap_or_default();
            GovernmentStatus {
                government: g,
                enabled: enabled(g),
                last_success: status.last_success,
                last_attempt: status.last_attempt,
                stale: status.is_stale(),
                failing_since: None,
                error: status.last_error,
                countries: file
                    .state
                    .sources
                    .get(&source)
                    .map_or(0, |s| u32::try_from(s.countries.len()).unwrap_or(u32::MAX)),
            }
        })
        .collect();
    WatchView {
        countries,
        governments,
        highest: highest(file, ctx).map(|(l, _)| l),
        suggestion: suggest_phase(&ctx.phases, &levels(file, ctx)),
        checking: extras.checking,
        last_round: file.last_round,
        next_round: extras.next_round,
        interval_minutes: extras.interval_minutes,
        notice: extras.notice,
        reach: Default::default(),
        latest_high: None,
    }
}
