//! `lifeboat advisories diff --source SOURCE OLD NEW`: what a watch would record going from one payload to the
//! next.
//!
//! Implemented by running the real change detection ([`crate::changes::apply`], [`crate::alerts::apply_alerts`])
//! on a scratch state: OLD is applied as the baseline, then NEW, with every country in either payload watched;
//! the entries NEW added to the history are the answer, notified or not. Kinds reported: `level_changed`,
//! `leave_now_changed`, `update` (quiet entries — a re-issue without a new edition, an alert edited under the same
//! `guid` — are not).

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::alerts;
use crate::changes::{self, HistoryEntry, HistoryKind, WatchState};
use crate::error::AdvisoryError;
use crate::priority::Priority;
use crate::source_id::SourceId;
use crate::sources::{self, us_embassy_alerts};

/// What kind of history entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffKind {
    LevelChanged,
    LeaveNowChanged,
    Update,
}

/// One history entry a watch would record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiffEntry {
    pub iso2: String,
    pub kind: DiffKind,
    /// The level in NEW; `null` for an embassy alert.
    pub level: Option<u8>,
    /// The level in OLD, for level changes only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<u8>,
    /// The alert's title, the change note, or the level's own words.
    pub title: String,
    /// When the government published it (RFC 3339, UTC).
    pub published: Option<DateTime<Utc>>,
    pub priority: Priority,
    pub leave_now: bool,
    pub url: Option<String>,
}

/// Every history entry a watch would record going from payload `old` (its baseline) to payload `new`, as if
/// every country in them were watched. Either payload failing to parse is the error.
pub fn diff(source: SourceId, old: &[u8], new: &[u8]) -> Result<Vec<DiffEntry>, AdvisoryError> {
    // Fixed instants: the scratch state never meets a clock, so the same payloads always give the same answer.
    let t0 = DateTime::<Utc>::UNIX_EPOCH;
    let t1 = t0 + Duration::seconds(1);
    let mut state = WatchState::default();
    if source.is_level_feed() {
        let (old, new) = (sources::parse(source, old)?, sources::parse(source, new)?);
        let mut watched: Vec<&str> = old
            .advisories
            .iter()
            .chain(&new.advisories)
            .map(|a| a.country.as_str())
            .collect();
        watched.sort_unstable();
        watched.dedup();
        changes::apply(&mut state, source, &old.advisories, &watched, t0);
        changes::apply(&mut state, source, &new.advisories, &watched, t1);
    } else {
        let (old, new) = (
            us_embassy_alerts::parse(old)?,
            us_embassy_alerts::parse(new)?,
        );
        alerts::apply_alerts(&mut state, &old, true, t0);
        alerts::apply_alerts(&mut state, &new, true, t1);
    }
    Ok(state
        .history
        .iter()
        .filter(|e| e.at == t1)
        .filter_map(entry)
        .collect())
}

fn entry(e: &HistoryEntry) -> Option<DiffEntry> {
    let (kind, from) = match e.kind {
        HistoryKind::Changed { from } => (DiffKind::LevelChanged, Some(from.get())),
        HistoryKind::LeaveNowChanged { .. } => (DiffKind::LeaveNowChanged, None),
        HistoryKind::Update => (DiffKind::Update, None),
        HistoryKind::Baseline | HistoryKind::Reissued | HistoryKind::Edited => return None,
    };
    Some(DiffEntry {
        iso2: e.country.clone(),
        kind,
        level: e.level.map(|l| l.get()),
        from,
        title: e.title.clone().unwrap_or_else(|| e.native_label.clone()),
        published: e.updated,
        priority: e.priority.unwrap_or(Priority::Normal),
        leave_now: e.leave_now,
        url: e.url.clone(),
    })
}
