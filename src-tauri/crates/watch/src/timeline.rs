//! One country's timeline as the UI shows it, and what the rest of the watch reads from it: the newest
//! high-priority item for the dashboard, and the alerts telling people to leave that the phase rule counts.

use chrono::{DateTime, Utc};
use lifeboat_advisory::{HistoryEntry, HistoryKind as Kind, SourceId, WatchFile};
use lifeboat_plan::settings::Government;
use lifeboat_plan::watch_view::{HistoryItem, HistoryKind, LatestAlert, Priority, PriorityRule};
use lifeboat_plan::watchlist::LeaveNowAlert;

use crate::context::{country_name, government_of, WatchContext};
use crate::links;

/// History entries shown per country; the file keeps more.
pub const HISTORY_PER_COUNTRY: usize = 50;

pub fn priority(p: lifeboat_advisory::Priority) -> Priority {
    match p {
        lifeboat_advisory::Priority::Low => Priority::Low,
        lifeboat_advisory::Priority::Normal => Priority::Normal,
        lifeboat_advisory::Priority::High => Priority::High,
    }
}

pub fn rule(r: lifeboat_advisory::Rule) -> PriorityRule {
    use lifeboat_advisory::Rule as R;
    match r {
        R::LeaveNow => PriorityRule::LeaveNow,
        R::Evacuation => PriorityRule::Evacuation,
        R::OrderedDeparture => PriorityRule::OrderedDeparture,
        R::StaffWithdrawn => PriorityRule::StaffWithdrawn,
        R::EmbassyClosed => PriorityRule::EmbassyClosed,
        R::AirportClosed => PriorityRule::AirportClosed,
        R::BorderClosed => PriorityRule::BorderClosed,
        R::Curfew => PriorityRule::Curfew,
        R::ReissuedWithoutAmendment => PriorityRule::ReissuedWithoutAmendment,
        R::Editorial => PriorityRule::Editorial,
        R::NoLevelChange => PriorityRule::NoLevelChange,
        R::NewItem => PriorityRule::NewItem,
        R::LevelRose => PriorityRule::LevelRose,
        R::LevelLowered => PriorityRule::LevelLowered,
        R::NoLongerLeaveNow => PriorityRule::NoLongerLeaveNow,
    }
}

/// One history entry as the UI receives it: plain text only, and a link only to an official https page.
pub fn item(h: &HistoryEntry) -> HistoryItem {
    let (kind, from) = match &h.kind {
        Kind::Baseline => (HistoryKind::Baseline, None),
        Kind::Changed { from } => (HistoryKind::Changed, Some(from.get())),
        Kind::Reissued => (HistoryKind::Reissued, None),
        Kind::LeaveNowChanged { .. } => (HistoryKind::LeaveNowChanged, None),
        Kind::Update => (HistoryKind::Update, None),
        Kind::Edited => (HistoryKind::Edited, None),
    };
    HistoryItem {
        at: h.at,
        government: government_of(h.source),
        source: h.source.as_str().to_owned(),
        kind,
        level: h.level.map(|l| l.get()),
        from,
        native_label: h.native_label.clone(),
        updated: h.updated,
        title: h.title.clone(),
        text: h.text.clone(),
        priority: h.priority.map(priority),
        reason: h.reason.clone(),
        reason_code: h.reason_code.map(rule),
        url: links::official(h.url.as_deref()),
        leave_now: h.leave_now,
    }
}

/// The entries of the enabled governments about watched countries.
fn entries<'a>(
    file: &'a WatchFile,
    ctx: &'a WatchContext,
) -> impl DoubleEndedIterator<Item = &'a HistoryEntry> + 'a {
    file.state.history.iter().filter(move |h| {
        ctx.is_watched(&h.country) && ctx.governments.contains(&government_of(h.source))
    })
}

/// `country`'s timeline: levels, advisory updates and embassy alerts from every enabled government, newest first
/// (the history is written in the order things were noticed, each round's alerts oldest first).
pub fn history(file: &WatchFile, ctx: &WatchContext, country: &str) -> Vec<HistoryItem> {
    entries(file, ctx)
        .rev()
        .filter(|h| h.country == country)
        .take(HISTORY_PER_COUNTRY)
        .map(item)
        .collect()
}

/// An alert or update (with its title and priority), as opposed to a level entry.
fn is_alert_or_update(h: &HistoryEntry) -> bool {
    h.title.is_some()
        && h.priority.is_some()
        && matches!(h.kind, Kind::Update | Kind::Edited | Kind::Baseline)
}

/// When the government published it, else when Lifeboat noticed it.
fn published(h: &HistoryEntry) -> DateTime<Utc> {
    h.updated.unwrap_or(h.at)
}

/// The newest high-priority alert or update among watched countries, by when it was published (an old alert seen
/// for the first time is not news), for the dashboard.
pub fn latest_high(file: &WatchFile, ctx: &WatchContext) -> Option<LatestAlert> {
    entries(file, ctx)
        .filter(|h| is_alert_or_update(h))
        .filter(|h| h.priority == Some(lifeboat_advisory::Priority::High))
        .max_by_key(|h| (published(h), h.at))
        .map(|h| LatestAlert {
            country: h.country.clone(),
            name: country_name(&h.country),
            item: item(h),
        })
}

/// The alerts and updates telling people to leave that the phase rule counts
/// ([`lifeboat_plan::watchlist::suggest_phase`]): for each watched country and each feed of an enabled government
/// (its advisory feed, and for the US the embassy's alert feed), the newest alert or update of that feed, by
/// publication (an edit of it counts as it), when it is high priority and says to leave. It stays in force until
/// that feed publishes something newer, so a later "departure options" alert from the same embassy ends it and a
/// quiet update from another government does not.
pub fn leave_now_alerts<'a>(file: &'a WatchFile, ctx: &'a WatchContext) -> Vec<LeaveNowAlert<'a>> {
    let mut out = Vec::new();
    for w in &ctx.watched {
        for g in Government::ALL
            .into_iter()
            .filter(|g| ctx.governments.contains(g))
        {
            let feeds = feeds_of(g);
            for source in feeds {
                let newest = entries(file, ctx)
                    .filter(|h| h.country == w.country && h.source == *source)
                    .filter(|h| is_alert_or_update(h))
                    .max_by_key(|h| (published(h), h.at));
                if let Some(h) = newest.filter(|h| {
                    h.leave_now && h.priority == Some(lifeboat_advisory::Priority::High)
                }) {
                    out.push(LeaveNowAlert {
                        country: &w.country,
                        government: g,
                        title: h.title.as_deref().unwrap_or_default(),
                    });
                }
            }
        }
    }
    out
}

/// The feeds a government's alerts and updates are kept under.
fn feeds_of(g: Government) -> &'static [SourceId] {
    match g {
        Government::Us => &[SourceId::UsStateJson, SourceId::UsEmbassyAlerts],
        Government::Uk => &[SourceId::UkFcdo],
        Government::Ca => &[SourceId::CaTravel],
        Government::Au => &[SourceId::AuSmartraveller],
        Government::De => &[SourceId::DeAa],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lifeboat_advisory::Level;
    use lifeboat_plan::Plan;

    fn at(day: u32, hhmm: &str) -> DateTime<Utc> {
        format!("2026-11-{day:02}T{hhmm}:00Z")
            .parse()
            .expect("time")
    }

    fn ctx(governments: &[Government]) -> WatchContext {
        let mut plan = Plan::default();
        plan.profile.residence_country = "IR".into();
        plan.settings.watch.governments = governments.to_vec();
        WatchContext::from_plan(&plan)
    }

    fn level(source: SourceId, seen: DateTime<Utc>, n: u8) -> HistoryEntry {
        HistoryEntry {
            at: seen,
            source,
            country: "IR".into(),
            kind: Kind::Baseline,
            level: Level::new(n),
            native_label: format!("Level {n}"),
            updated: None,
            title: None,
            text: None,
            priority: None,
            reason: None,
            reason_code: None,
            url: Some("https://travel.state.gov/iran".into()),
            leave_now: false,
            id: None,
        }
    }

    fn alert(
        source: SourceId,
        seen: DateTime<Utc>,
        published: DateTime<Utc>,
        title: &str,
        p: lifeboat_advisory::Priority,
        leave_now: bool,
    ) -> HistoryEntry {
        HistoryEntry {
            kind: Kind::Update,
            level: None,
            native_label: String::new(),
            updated: Some(published),
            title: Some(title.into()),
            text: Some("Leave Iran now.".into()),
            priority: Some(p),
            reason: Some("tells people to leave".into()),
            reason_code: Some(lifeboat_advisory::Rule::LeaveNow),
            url: Some("http://ir.usembassy.gov/plain-http".into()),
            leave_now,
            id: Some(title.into()),
            ..level(source, seen, 1)
        }
    }

    use lifeboat_advisory::Priority::{High, Low, Normal};

    #[test]
    fn the_timeline_merges_levels_and_alerts_newest_first_from_enabled_governments_only() {
        let mut file = WatchFile::default();
        file.state.history = vec![
            level(SourceId::UsStateJson, at(1, "10:00"), 3),
            level(SourceId::CaTravel, at(1, "10:00"), 4),
            alert(
                SourceId::UsEmbassyAlerts,
                at(2, "09:00"),
                at(2, "08:30"),
                "Security Alert",
                High,
                true,
            ),
        ];
        let items = history(&file, &ctx(&[Government::Us]), "IR");
        let sources: Vec<&str> = items.iter().map(|i| i.source.as_str()).collect();
        assert_eq!(
            sources,
            ["us-embassy-alerts", "us-state-json"],
            "Canada is not enabled"
        );
        let a = &items[0];
        assert_eq!(
            (a.kind, a.level, a.government),
            (HistoryKind::Update, None, Government::Us)
        );
        assert_eq!(a.priority, Some(Priority::High));
        assert_eq!(a.url, None, "only https links reach the UI");
        assert_eq!(
            items[1].url.as_deref(),
            Some("https://travel.state.gov/iran")
        );
        assert_eq!(items[1].level, Some(3));
    }

    #[test]
    fn the_dashboard_gets_the_newest_high_priority_item_by_publication() {
        let mut file = WatchFile::default();
        file.state.history = vec![
            alert(
                SourceId::UkFcdo,
                at(5, "10:00"),
                at(5, "09:00"),
                "UK staff withdrawn",
                High,
                false,
            ),
            // Seen later, published earlier: an old alert, not the news.
            alert(
                SourceId::UsEmbassyAlerts,
                at(6, "10:00"),
                at(1, "09:00"),
                "Curfew",
                High,
                false,
            ),
            alert(
                SourceId::CaTravel,
                at(7, "10:00"),
                at(7, "09:00"),
                "Editorial",
                Low,
                false,
            ),
        ];
        let latest = latest_high(&file, &ctx(&Government::ALL)).expect("one");
        assert_eq!(latest.item.title.as_deref(), Some("UK staff withdrawn"));
        assert_eq!(
            (latest.country.as_str(), latest.name.as_str()),
            ("IR", "Iran")
        );
        assert_eq!(latest_high(&file, &ctx(&[Government::Ca])), None);
    }

    #[test]
    fn every_priority_rule_reaches_the_ui_under_its_own_code() {
        for r in lifeboat_advisory::Rule::ALL {
            assert_eq!(
                serde_json::to_value(rule(r)).expect("json"),
                serde_json::to_value(r).expect("json"),
            );
            // The UI words each code from the catalogue; in English, the same words the watch stores.
            let id = format!("advisories-rule-{}", r.as_str().replace('_', "-"));
            assert_eq!(lifeboat_i18n::tr("en", &id, &[]), r.words(), "{id}");
            assert_ne!(
                lifeboat_i18n::tr("fa", &id, &[]),
                r.words(),
                "{id} in Persian"
            );
        }
        let mut old = alert(
            SourceId::UkFcdo,
            at(1, "10:00"),
            at(1, "09:00"),
            "Curfew",
            High,
            false,
        );
        old.reason_code = None;
        let shown = item(&old);
        assert_eq!(
            (shown.reason.as_deref(), shown.reason_code),
            (Some("tells people to leave"), None),
            "an entry recorded before the code keeps its words"
        );
    }

    #[test]
    fn an_alert_to_leave_counts_while_it_is_its_feeds_newest_item() {
        let ctx = ctx(&Government::ALL);
        let mut file = WatchFile::default();
        file.state.history = vec![alert(
            SourceId::UsEmbassyAlerts,
            at(2, "09:00"),
            at(2, "08:30"),
            "Leave Iran now",
            High,
            true,
        )];
        let counted = leave_now_alerts(&file, &ctx);
        assert_eq!(counted.len(), 1);
        assert_eq!(
            (counted[0].country, counted[0].government, counted[0].title),
            ("IR", Government::Us, "Leave Iran now")
        );
        // Another government's quiet update does not end it.
        file.state.history.push(alert(
            SourceId::UkFcdo,
            at(3, "09:00"),
            at(3, "08:00"),
            "Editorial change",
            Low,
            false,
        ));
        assert_eq!(leave_now_alerts(&file, &ctx).len(), 1);
        // The same embassy's next alert does.
        file.state.history.push(alert(
            SourceId::UsEmbassyAlerts,
            at(4, "09:00"),
            at(4, "08:00"),
            "Departure options",
            Normal,
            false,
        ));
        assert!(leave_now_alerts(&file, &ctx).is_empty());
    }
}
