//! Change detection: pure, with the state persisted by the caller.
//!
//! Levels, and the advisory updates published at the same level ([`Seen::edition`]); the embassy alert feeds
//! have theirs in [`crate::alerts`]. Both write one history ([`WatchState::history`]) and return what is worth
//! a notification: level [`Change`]s and [`Update`]s.
//!
//! **Contract:** call [`apply`] only with the records of a successful, plausible parse (see
//! [`crate::parse`], [`crate::looks_like_challenge`] and [`crate::plausible`]). A failed fetch must never
//! reach it; because a country missing from a payload is left untouched here, an incomplete payload that
//! slipped through would still not read as a change, but it would also not be noticed as a failure.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::alerts::AlertState;
use crate::level::Level;
use crate::model::Advisory;
use crate::priority::{self, Assessment, Priority, Rule};
use crate::source_id::SourceId;
use crate::wording;

/// The history keeps at most this many entries; the oldest go first.
pub const HISTORY_LIMIT: usize = 10_000;

/// Everything the watch remembers between polls and restarts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WatchState {
    #[serde(default)]
    pub sources: BTreeMap<SourceId, SourceState>,
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
    /// The embassy alert feeds, per ISO country (see [`crate::alerts`]).
    #[serde(default)]
    pub alerts: BTreeMap<String, AlertState>,
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
    /// The last edition seen ([`crate::UpdateNote::edition`]); `None` before the first (and in state files
    /// written before editions were read), so the first edition seen is a baseline, never an update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
}

/// One line of a country's timeline. Entries written before issue 14 load with the new fields empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// When Lifeboat noticed it (the poll), not when the government published it (`updated`).
    pub at: DateTime<Utc>,
    pub source: SourceId,
    pub country: String,
    pub kind: HistoryKind,
    /// The government's level at the time; `None` for an embassy alert (the feed has no level).
    pub level: Option<Level>,
    /// The level's own words; empty for an embassy alert.
    #[serde(default)]
    pub native_label: String,
    /// When the government published it.
    pub updated: Option<DateTime<Utc>>,
    /// Updates and alerts (and level changes that came with a change note): the title or change note, plain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Plain text, a few sentences at most ([`wording::excerpt`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    /// Why that priority, in the rule's words ([`crate::priority`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The rule's code, which the UI words in its language; `None` in entries written before it was stored
    /// (those show `reason`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<Rule>,
    /// The official page (https, the government's own site).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default)]
    pub leave_now: bool,
    /// What identifies the item: an alert's `guid`, an update's edition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
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
    /// A new edition of an advisory at the same level (its change note in `title`), or a new embassy alert:
    /// notified for watched countries unless its priority is low.
    Update,
    /// An embassy alert's text changed under the same `guid`: quiet, never a second alert.
    Edited,
}

/// A new advisory edition or embassy alert worth a notification (priority normal or high), queued in
/// [`crate::WatchFile::updates`] beside the level [`Change`]s.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Update {
    /// The advisory feed, or [`SourceId::UsEmbassyAlerts`].
    pub source: SourceId,
    pub country: String,
    /// The alert's `guid`, or the advisory's edition: what makes it this update and no other.
    pub id: String,
    /// The alert's title, or the change note (the level's own words when the note is empty).
    pub title: String,
    /// The first sentences of the text, plain ([`wording::excerpt`]).
    pub text: String,
    /// When the government published it.
    pub published: Option<DateTime<Utc>>,
    /// The official page (https, the government's own site).
    pub url: Option<String>,
    pub leave_now: bool,
    pub priority: Priority,
    /// Why that priority, in the rule's words ("tells people to leave").
    pub reason: String,
    /// The rule's code; `None` in an update queued before it was stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<Rule>,
    /// The government's level for the country, when it has one (an embassy alert has none).
    pub level: Option<Level>,
}

/// What one [`apply`] (or [`crate::alerts::apply_alerts`]) found worth a notification.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    pub changes: Vec<Change>,
    pub updates: Vec<Update>,
}

impl Found {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty() && self.updates.is_empty()
    }
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

    pub(crate) fn record(&mut self, entry: HistoryEntry) {
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

/// Folds one source's records into the state and returns what is worth a notification for watched countries.
///
/// - The first observation of a (source, country) is a baseline: stored, shown, never alerted.
/// - A different level is a [`Change`] (for watched countries) and a history entry (for all).
/// - The leave-now wording appearing is a [`Change`] even at the same level.
/// - A new edition ([`crate::UpdateNote::edition`]) at the same level and leave-now wording is an
///   [`HistoryKind::Update`] entry (for watched countries) with the note as title and a priority from the note and
///   the summary ([`priority::assess`]); an [`Update`] is queued when the country is watched and the priority is
///   not low. A level change that comes with a new edition stays one level change (one notification).
/// - The first edition seen for a (source, country), also right after upgrading from a state without editions,
///   is a baseline: remembered, never an update. An empty record (no text, no note) is never an edition: it
///   leaves the last one in place, so the text coming back is not an update either.
/// - A re-issue at the same level without a new edition is not an alert; for watched countries it leaves a quiet
///   `Reissued` entry.
/// - A record older than the one already seen (a stale cache or mirror) is ignored.
/// - A country absent from `records` keeps its last seen advice; absence is not a change.
/// - Records of another source than `source` are ignored.
pub fn apply<W: AsRef<str>>(
    state: &mut WatchState,
    source: SourceId,
    records: &[Advisory],
    watched: &[W],
    now: DateTime<Utc>,
) -> Found {
    let is_watched = |c: &str| watched.iter().any(|w| w.as_ref().eq_ignore_ascii_case(c));
    let mut entries = Vec::new();
    let mut found = Found::default();
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
            level: Some(a.level),
            native_label: a.native_label.clone(),
            updated: a.updated,
            title: None,
            text: None,
            priority: None,
            reason: None,
            reason_code: None,
            url: a.url.clone(),
            leave_now: a.leave_now,
            id: None,
        };
        let edition = a
            .update
            .as_ref()
            .filter(|_| !is_empty_record(a))
            .map(|u| u.edition.clone());
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
            edition: edition.clone(),
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
        // A new edition only against a known one: the first edition seen is the baseline.
        let new_edition = match (&edition, &seen.edition) {
            (Some(new), Some(old)) if new != old => a.update.as_ref(),
            _ => None,
        };
        if level_changed {
            let mut e = with_note(entry(HistoryKind::Changed { from: seen.level }), a);
            set_assessment(&mut e, priority::level_change(seen.level, a.level));
            entries.push(e);
        } else if a.leave_now != seen.leave_now {
            let mut e = with_note(entry(HistoryKind::LeaveNowChanged { now: a.leave_now }), a);
            set_assessment(&mut e, priority::leave_now_change(a.leave_now));
            entries.push(e);
        } else if let Some(note) = new_edition {
            let update = advisory_update(a, note);
            if watched_here {
                let mut e = entry(HistoryKind::Update);
                e.title = Some(update.title.clone());
                e.text = Some(update.text.clone());
                e.updated = update.published.or(a.updated);
                e.id = Some(update.id.clone());
                e.priority = Some(update.priority);
                e.reason = Some(update.reason.clone());
                e.reason_code = update.reason_code;
                entries.push(e);
                if update.priority > Priority::Low {
                    found.updates.push(update);
                }
            }
        } else if a.updated != seen.updated && watched_here {
            entries.push(entry(HistoryKind::Reissued));
        }
        if watched_here && (level_changed || leave_added) {
            found.changes.push(Change {
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
        let kept_edition = edition.or_else(|| seen.edition.take());
        *seen = Seen {
            first_seen: seen.first_seen,
            edition: kept_edition,
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
    found
}

/// A record with neither text nor change note (the State Department once served Iran's item empty, dated the
/// day of the fetch): never an edition.
fn is_empty_record(a: &Advisory) -> bool {
    a.summary_text.trim().is_empty() && a.update.as_ref().is_none_or(|u| u.note.trim().is_empty())
}

/// The queued update for a new edition: the note as title (the level's words when the note is empty), the
/// priority from the note and the summary.
fn advisory_update(a: &Advisory, note: &crate::model::UpdateNote) -> Update {
    let title = if note.note.trim().is_empty() {
        a.native_label.clone()
    } else {
        note.note.trim().to_owned()
    };
    let assessment = priority::assess(&note.note, &a.summary_text);
    Update {
        source: a.source,
        country: a.country.clone(),
        id: note.edition.clone(),
        title,
        text: wording::excerpt(&a.summary_text),
        published: note.published.or(a.updated),
        url: a.url.clone(),
        leave_now: a.leave_now,
        priority: assessment.priority,
        reason: assessment.reason,
        reason_code: Some(assessment.rule),
        level: Some(a.level),
    }
}

/// A level entry that came with a change note keeps the note's words.
fn with_note(mut e: HistoryEntry, a: &Advisory) -> HistoryEntry {
    if let Some(note) = a.update.as_ref().filter(|u| !u.note.trim().is_empty()) {
        e.title = Some(note.note.trim().to_owned());
        e.id = Some(note.edition.clone());
    }
    if !a.summary_text.trim().is_empty() {
        e.text = Some(wording::excerpt(&a.summary_text));
    }
    e
}

fn set_assessment(e: &mut HistoryEntry, a: Assessment) {
    e.priority = Some(a.priority);
    e.reason = Some(a.reason);
    e.reason_code = Some(a.rule);
}
