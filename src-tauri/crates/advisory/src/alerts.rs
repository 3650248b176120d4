//! Change detection for the embassy alert feeds: pure, with the state kept in [`WatchState::alerts`].
//!
//! - An alert is identified by its `guid` alone (titles repeat: "Security Alert – U.S. Embassy …").
//! - The first fetch of a country's feed is a baseline: one quiet [`HistoryKind::Baseline`] entry per item
//!   (title, text, priority filled, so the timeline shows them), no notification.
//! - A new `guid` is an [`HistoryKind::Update`] entry and, when `notify` and its priority is not low, a queued
//!   [`Update`].
//! - The same `guid` with another title or text ([`digest`]) is a quiet [`HistoryKind::Edited`] entry, never a
//!   second alert.
//! - A new `guid` published before the oldest alert already known is an old alert that scrolled back into the
//!   feed (WordPress shows the latest ten; one deleted brings an older one back): recorded quietly as a
//!   baseline entry, not notified.
//! - Items that leave the feed are remembered (up to [`ALERTS_KEPT`] per country), so their return is not new.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::changes::{HistoryEntry, HistoryKind, Update, WatchState};
use crate::priority::Priority;
use crate::source_id::SourceId;
use crate::sources::us_embassy_alerts::{AlertFeed, EmbassyAlert};
use crate::wording;

/// Alerts remembered per country; the oldest first seen go first.
pub const ALERTS_KEPT: usize = 200;

/// One country's embassy feed as last applied.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlertState {
    /// The embassy website the feed came from.
    pub host: String,
    pub first_applied: DateTime<Utc>,
    pub last_applied: DateTime<Utc>,
    /// Every alert seen, by `guid`.
    #[serde(default)]
    pub items: BTreeMap<String, SeenAlert>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeenAlert {
    /// [`digest`] of the title and text last seen.
    pub digest: String,
    pub title: String,
    pub published: Option<DateTime<Utc>>,
    pub first_seen: DateTime<Utc>,
    pub last_seen: DateTime<Utc>,
}

/// What an edit is measured by: the title and the plain text, SHA-256, hex.
pub fn digest(alert: &EmbassyAlert) -> String {
    let mut h = Sha256::new();
    h.update(alert.title.as_bytes());
    h.update([0u8]);
    h.update(alert.text.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

impl WatchState {
    /// The embassy alert state of a country.
    pub fn alert_state(&self, country: &str) -> Option<&AlertState> {
        self.alerts.get(&country.to_ascii_uppercase())
    }
}

/// The history line of an alert.
fn entry(
    feed: &AlertFeed,
    alert: &EmbassyAlert,
    kind: HistoryKind,
    now: DateTime<Utc>,
) -> HistoryEntry {
    HistoryEntry {
        at: now,
        source: SourceId::UsEmbassyAlerts,
        country: feed.country.clone(),
        kind,
        level: None,
        native_label: String::new(),
        updated: alert.published_utc(),
        title: Some(alert.title.clone()),
        text: Some(wording::excerpt(&alert.text)),
        priority: Some(alert.priority),
        reason: Some(alert.reason.clone()),
        reason_code: Some(alert.reason_code),
        url: alert.url.clone(),
        leave_now: alert.leave_now,
        id: Some(alert.guid.clone()),
    }
}

/// The notification of a new alert.
pub fn update_of(feed: &AlertFeed, alert: &EmbassyAlert) -> Update {
    Update {
        source: SourceId::UsEmbassyAlerts,
        country: feed.country.clone(),
        id: alert.guid.clone(),
        title: alert.title.clone(),
        text: wording::excerpt(&alert.text),
        published: alert.published_utc(),
        url: alert.url.clone(),
        leave_now: alert.leave_now,
        priority: alert.priority,
        reason: alert.reason.clone(),
        reason_code: Some(alert.reason_code),
        level: None,
    }
}

/// Folds one parsed embassy feed into the state (see the module documentation) and returns the alerts to notify
/// when `notify` (the country is watched). Call it only with a successful parse.
pub fn apply_alerts(
    state: &mut WatchState,
    feed: &AlertFeed,
    notify: bool,
    now: DateTime<Utc>,
) -> Vec<Update> {
    let country = feed.country.to_ascii_uppercase();
    let baseline = !state.alerts.contains_key(&country);
    let st = state.alerts.entry(country).or_insert_with(|| AlertState {
        host: feed.host.clone(),
        first_applied: now,
        last_applied: now,
        items: BTreeMap::new(),
    });
    let oldest_known = st.items.values().filter_map(|s| s.published).min();
    let mut entries = Vec::new();
    let mut updates = Vec::new();
    // Oldest first, so the timeline and the notifications run in the order the embassy published.
    for alert in feed.alerts.iter().rev() {
        let d = digest(alert);
        let published = alert.published_utc();
        match st.items.get_mut(&alert.guid) {
            Some(seen) => {
                if seen.digest != d {
                    entries.push(entry(feed, alert, HistoryKind::Edited, now));
                    seen.digest = d;
                    seen.title = alert.title.clone();
                }
                seen.last_seen = now;
            }
            None => {
                let resurfaced = matches!((published, oldest_known), (Some(p), Some(o)) if p < o);
                if baseline || resurfaced {
                    entries.push(entry(feed, alert, HistoryKind::Baseline, now));
                } else {
                    entries.push(entry(feed, alert, HistoryKind::Update, now));
                    if notify && alert.priority > Priority::Low {
                        updates.push(update_of(feed, alert));
                    }
                }
                st.items.insert(
                    alert.guid.clone(),
                    SeenAlert {
                        digest: d,
                        title: alert.title.clone(),
                        published,
                        first_seen: now,
                        last_seen: now,
                    },
                );
            }
        }
    }
    if st.items.len() > ALERTS_KEPT {
        let mut by_age: Vec<(DateTime<Utc>, String)> = st
            .items
            .iter()
            .map(|(g, s)| (s.last_seen, g.clone()))
            .collect();
        by_age.sort();
        for (_, guid) in by_age.into_iter().take(st.items.len() - ALERTS_KEPT) {
            st.items.remove(&guid);
        }
    }
    st.host = feed.host.clone();
    st.last_applied = now;
    for e in entries {
        state.record(e);
    }
    updates
}
