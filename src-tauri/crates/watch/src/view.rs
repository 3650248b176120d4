//! The watch as the UI sees it, built from the persisted state and the plan's context. The timeline is
//! [`crate::timeline`], the feeds' health and the round's reach [`crate::reach`].

use chrono::{DateTime, Utc};
use lifeboat_advisory::WatchFile;
use lifeboat_plan::settings::Government;
use lifeboat_plan::watch_view::{CountryView, GovernmentLevel, WatchView};
use lifeboat_plan::watchlist::{suggest_phase, CountryLevel, PhaseSuggestion};

use crate::context::{country_name, source_of, WatchContext};
use crate::{links, reach, timeline};

/// Levels two governments must differ by before the UI says they disagree.
pub const DISAGREE_BY: u8 = 2;

/// Whether the plan's phase is above normal, which puts every feed on its short interval.
pub fn phase_above_normal(ctx: &WatchContext) -> bool {
    ctx.phases.current.rank() > 0
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

/// The watch's one suggested phase ([`suggest_phase`] over the levels and the alerts in force that tell people to
/// leave): what the dashboard, the notifications and the tray all show.
pub fn suggestion(file: &WatchFile, ctx: &WatchContext) -> Option<PhaseSuggestion> {
    suggest_phase(
        &ctx.phases,
        &levels(file, ctx),
        &timeline::leave_now_alerts(file, ctx),
    )
}

/// The polling intervals in force, in minutes, per kind of feed; `None` for a kind nothing enabled polls.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Intervals {
    /// The U.S. embassies' alert feeds and the UK index.
    pub alerts: Option<u32>,
    /// The other advisory feeds.
    pub levels: Option<u32>,
}

impl Intervals {
    /// The shortest of them: "checks every N minutes".
    pub fn shortest(self) -> u32 {
        self.alerts
            .into_iter()
            .chain(self.levels)
            .min()
            .unwrap_or(60)
    }
}

pub struct Extras {
    pub checking: bool,
    pub next_round: Option<DateTime<Utc>>,
    pub intervals: Intervals,
    pub notice: Option<String>,
}

fn government_levels(file: &WatchFile, ctx: &WatchContext, country: &str) -> Vec<GovernmentLevel> {
    Government::ALL
        .into_iter()
        .filter(|g| ctx.governments.contains(g))
        .filter_map(|g| {
            let source = source_of(g);
            let seen = file.state.seen(source, country)?;
            let stale = file
                .status
                .get(&source)
                .is_some_and(|s| reach::is_stale(file, source, s));
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
                url: links::official(seen.url.as_deref()),
                summary_html: seen.summary_html.clone().unwrap_or_default(),
            })
        })
        .collect()
}

pub fn build(file: &WatchFile, ctx: &WatchContext, extras: Extras) -> WatchView {
    let countries = ctx
        .watched
        .iter()
        .map(|w| {
            let levels = government_levels(file, ctx, &w.country);
            let max = levels.iter().map(|l| l.level).max();
            let min = levels.iter().map(|l| l.level).min();
            CountryView {
                country: w.country.clone(),
                name: country_name(&w.country),
                reasons: w.reasons.clone(),
                disagree: matches!((max, min), (Some(a), Some(b)) if a - b >= DISAGREE_BY),
                highest: max,
                levels,
                history: timeline::history(file, ctx, &w.country),
                feeds: reach::feeds(file, ctx, &w.country),
            }
        })
        .collect();
    WatchView {
        countries,
        governments: reach::governments(file, ctx),
        highest: highest(file, ctx).map(|(l, _)| l),
        suggestion: suggestion(file, ctx),
        checking: extras.checking,
        last_round: file.last_round,
        next_round: extras.next_round,
        interval_minutes: extras.intervals.shortest(),
        alert_interval_minutes: extras.intervals.alerts,
        level_interval_minutes: extras.intervals.levels,
        notice: extras.notice,
        reach: reach::reach(file, ctx),
        latest_high: timeline::latest_high(file, ctx),
    }
}
