//! Change detection: pure, with the state persisted by the caller.
//!
//! **Contract:** call [`apply`] only with the records of a successful, plausible parse (see
//! [`crate::parse`], [`crate::looks_like_challenge`] and [`crate::plausible`]). A failed fetch must never
//! reach it; because a country missing from a payload is left untouched here, an incomplete payload that
//! slipped through would still not read as a change, but it would also not be noticed as a failure.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::level::Level;
use crate::model::Advisory;
use crate::source_id::SourceId;

/// The history keeps at most this many entries; the oldest go first.
pub const HISTORY_LIMIT: usize = 10_000;

/// Everything the watch remembers between polls and restarts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WatchState {
    #[serde(default)]
    pub sources: BTreeMap<SourceId, SourceState>,
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceState {
    pub first_applied: DateTime<Utc>,
    pub last_applied: DateTime<Utc>,
    /// How many countries the last applied payload held, for [`crate::plausible`].
    pub last_count: usize,
    /// Last seen advice per ISO country code.
    pub countries: BTreeMap<String, Seen>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Seen {
    pub level: Level,
    pub regional_max: Option<Level>,
    pub leave_now: bool,
    pub native_label: String,
    pub updated: Option<DateTime<Utc>>,
    pub first_seen: DateTime<Utc>,
    /// The last fetch that carried this advice (a 304 for the whole feed counts too, see [`touch`]).
    pub last_seen: DateTime<Utc>,
    #[serde(default)]
    pub url: Option<String>,
    /// Sanitised ([`crate::summary_policy`]), and kept only while the country is watched: `None` when the
    /// record arrived while it was not (the poller then fetches the feed in full once, see
    /// [`WatchState::misses_a_summary`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_html: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// When Lifeboat noticed it (the poll), not when the government published it (`updated`).
    pub at: DateTime<Utc>,
    pub source: SourceId,
    pub country: String,
    pub kind: HistoryKind,
    pub level: Level,
    pub native_label: String,
    pub updated: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum HistoryKind {
    /// First time this (source, country) was seen: the starting point, never an alert.
    Baseline,
    Changed {
        from: Level,
    },
    /// Same level, same leave-now flag, newer publication time: quiet, never an alert.
    Reissued,
    /// The leave-now wording appeared or disappeared at the same level.
    LeaveNowChanged {
        now: bool,
    },
}

/// Something worth telling the user about a watched country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub source: SourceId,
    pub country: String,
    pub from: Level,
    pub to: Level,
    /// `to > from`; the notification is critical when true.
    pub rose: bool,
    /// The leave-now wording appeared (at the same or another level).
    pub leave_now_added: bool,
    pub leave_now: bool,
    pub native_label: String,
    pub regional_max: Option<Level>,
    pub updated: Option<DateTime<Utc>>,
    pub url: Option<String>,
}

impl WatchState {
    /// The last seen advice of a source for a country.
    pub fn seen(&self, source: SourceId, country: &str) -> Option<&Seen> {
        self.sources.get(&source)?.countries.get(country)
    }

    /// The country count of the last applied payload, for [`crate::plausible`] (0 before the first).
    pub fn last_count(&self, source: SourceId) -> usize {
        self.sources.get(&source).map_or(0, |s| s.last_count)
    }

    /// Whether a watched country has `source`'s level but not its summary, having been added to the watch list
    /// since the last full fetch of that feed.
    pub fn misses_a_summary<W: AsRef<str>>(&self, source: SourceId, watched: &[W]) -> bool {
        watched.iter().any(|c| {
            self.seen(source, &c.as_ref().to_ascii_uppercase())
                .is_some_and(|s| s.summary_html.is_none())
        })
    }

    fn record(&mut self, entry: HistoryEntry) {
        self.history.push(entry);
        if self.history.len() > HISTORY_LIMIT {
            let excess = self.history.len() - HISTORY_LIMIT;
            self.history.drain(..excess);
        }
    }
}

/// Marks every country of `source` as confirmed at `now` without a payload: the server answered 304, so the
/// last good data is current, not stale.
pub fn touch(
    state: &mut WatchState,
    source: SourceId,
    countries: Option<&[String]>,
    now: DateTime<Utc>,
) {
    if let Some(src) = state.sources.get_mut(&source) {
        for (code, seen) in &mut src.countries {
            if countries.is_none_or(|only| only.iter().any(|c| c == code)) {
                seen.last_seen = now;
            }
        }
    }
}

/// Folds one source's records into the state and returns the alerts for watched countries.
///
/// - The first observation of a (source, country) is a baseline: stored, shown, never alerted.
/// - A different level is a [`Change`] (for watched countries) and a history entry (for all).
/// - The leave-now wording appearing is a [`Change`] even at the same level.
/// - A re-issue at the same level is not an alert; for watched countries it leaves a quiet `Reissued` entry.
/// - A record older than the one already seen (a stale cache or mirror) is ignored.
/// - A country absent from `records` keeps its last seen advice; absence is not a change.
/// - Records of another source than `source` are ignored.
pub fn apply<W: AsRef<str>>(
    state: &mut WatchState,
    source: SourceId,
    records: &[Advisory],
    watched: &[W],
    now: DateTime<Utc>,
) -> Vec<Change> {
    let is_watched = |c: &str| watched.iter().any(|w| w.as_ref().eq_ignore_ascii_case(c));
    let mut entries = Vec::new();
    let mut changes = Vec::new();
    let src = state.sources.entry(source).or_insert_with(|| SourceState {
        first_applied: now,
        last_applied: now,
        last_count: 0,
        countries: BTreeMap::new(),
    });
    let mut count = 0;
    for a in records.iter().filter(|a| a.source == source) {
        count += 1;
        let watched_here = is_watched(&a.country);
        let entry = |kind| HistoryEntry {
            at: now,
            source,
            country: a.country.clone(),
            kind,
            level: a.level,
            native_label: a.native_label.clone(),
            updated: a.updated,
        };
        let fresh = Seen {
            level: a.level,
            regional_max: a.regional_max,
            leave_now: a.leave_now,
            native_label: a.native_label.clone(),
            updated: a.updated,
            first_seen: now,
            last_seen: now,
            url: a.url.clone(),
            // Sanitised here, where it is kept, rather than for every row of every feed.
            summary_html: watched_here.then(|| a.summary_html()),
        };
        let Some(seen) = src.countries.get_mut(&a.country) else {
            if watched_here {
                entries.push(entry(HistoryKind::Baseline));
            }
            src.countries.insert(a.country.clone(), fresh);
            continue;
        };
        if let (Some(new), Some(old)) = (a.updated, seen.updated) {
            if new < old {
                continue;
            }
        }
        let level_changed = a.level != seen.level;
        let leave_added = a.leave_now && !seen.leave_now;
        if level_changed {
            entries.push(entry(HistoryKind::Changed { from: seen.level }));
        } else if a.leave_now != seen.leave_now {
            entries.push(entry(HistoryKind::LeaveNowChanged { now: a.leave_now }));
        } else if a.updated != seen.updated && watched_here {
            entries.push(entry(HistoryKind::Reissued));
        }
        if watched_here && (level_changed || leave_added) {
            changes.push(Change {
                source,
                country: a.country.clone(),
                from: seen.level,
                to: a.level,
                rose: a.level > seen.level,
                leave_now_added: leave_added,
                leave_now: a.leave_now,
                native_label: a.native_label.clone(),
                regional_max: a.regional_max,
                updated: a.updated,
                url: a.url.clone(),
            });
        }
        *seen = Seen {
            first_seen: seen.first_seen,
            ..fresh
        };
    }
    // A watched country this payload did not describe (absent, or an older record) has nothing newer to show:
    // marking its summary as read keeps the poller from fetching in full for it again.
    for w in watched {
        if let Some(seen) = src.countries.get_mut(&w.as_ref().to_ascii_uppercase()) {
            seen.summary_html.get_or_insert_with(String::new);
        }
    }
    src.last_applied = now;
    src.last_count = count;
    for e in entries {
        state.record(e);
    }
    changes
}
