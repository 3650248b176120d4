//! What the Advisories section and the dashboard receive from the watch. Built by the shell from the watch's
//! state; generated into the UI's TypeScript with the plan's types.

use chrono::{DateTime, Utc};
use lifeboat_error::ErrorPayload;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::settings::Government;
use crate::watchlist::{PhaseSuggestion, WatchReason};

/// The whole watch as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct WatchView {
    pub countries: Vec<CountryView>,
    pub governments: Vec<GovernmentStatus>,
    /// Highest level among watched countries and enabled governments; `None` before any data.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub highest: Option<u8>,
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<PhaseSuggestion>,
    /// A poll is running now.
    pub checking: bool,
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_round: Option<DateTime<Utc>>,
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_round: Option<DateTime<Utc>>,
    /// The shortest polling interval in force: 15 for the embassy alert feeds and the UK index (5 while a
    /// watched country is at level 4 or the plan is above "normal"); 60 (10 from level 3) when only the other
    /// feeds are polled.
    pub interval_minutes: u32,
    /// Minutes between checks of the U.S. embassies' alert feeds and the UK index, when any is polled (15, 5
    /// while hot): the UI names each kind of feed with its own interval instead of guessing from the shortest.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert_interval_minutes: Option<u32>,
    /// Minutes between checks of the other advisory feeds, when a government other than the UK is enabled (60, 10
    /// from level 3 or while the plan is above normal).
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level_interval_minutes: Option<u32>,
    /// The watch state could not be read (damaged file set aside); shown once so the user knows history restarted.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
    /// Whether the last rounds reached the governments: the dashboard and the tray say it in words, so a failure
    /// never reads as "nothing new".
    pub reach: Reach,
    /// The newest high-priority alert or update among watched countries, for the dashboard.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_high: Option<LatestAlert>,
}

/// How many of the enabled feeds answered their last attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReachState {
    /// No attempt yet (a fresh install, or the watch has not started).
    #[default]
    NotYet,
    /// Every enabled feed answered (fresh data or "not modified").
    All,
    /// Some failed: `failed` names them.
    Some,
    /// None answered: offline, a national shutdown, or every server down.
    None,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
pub struct Reach {
    pub state: ReachState,
    /// The governments whose advisory feed failed its last attempt, in `Government::ALL` order.
    pub failed: Vec<Government>,
    /// A watched country's U.S. embassy alert feed failed its last attempt (the US's levels may still have
    /// answered: the two are told apart, so the US is not named as unreachable for its embassy's feed).
    /// Optional for the UI, which reads a missing value as `false`.
    #[ts(as = "Option<bool>", optional)]
    #[serde(default)]
    pub embassy_alerts_failed: bool,
    /// `None`: since when no government has answered (the start of the current failure streak).
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<DateTime<Utc>>,
    /// The newest successful fetch of any enabled feed: "the levels shown are from 2 December".
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_from: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LatestAlert {
    pub country: String,
    pub name: String,
    pub item: HistoryItem,
}

/// How urgent an alert or update reads, from its words (rules in `lifeboat_advisory::priority`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// Quiet history entry, no notification ("reviewed and reissued without amendment", editorial notes).
    Low,
    Normal,
    /// A critical notification: leave/depart, evacuation, staff withdrawn, embassy/airport/border closing, curfew.
    High,
}

/// The rule that decided a priority (`lifeboat_advisory::priority::Rule`), which the UI words in its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PriorityRule {
    LeaveNow,
    Evacuation,
    OrderedDeparture,
    StaffWithdrawn,
    EmbassyClosed,
    AirportClosed,
    BorderClosed,
    Curfew,
    ReissuedWithoutAmendment,
    Editorial,
    NoLevelChange,
    NewItem,
    LevelRose,
    LevelLowered,
    NoLongerLeaveNow,
}

/// One feed's health for one country's card: a government that could not be reached is never shown as one that
/// publishes nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FeedHealth {
    pub government: Government,
    /// `us-state-json`, `us-embassy-alerts`, …
    pub source: String,
    /// The last attempt failed.
    pub failing: bool,
    /// Since when it has been failing: the first failed attempt of the current streak.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failing_since: Option<DateTime<Utc>>,
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_success: Option<DateTime<Utc>>,
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorPayload>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CountryView {
    pub country: String,
    pub name: String,
    pub reasons: Vec<WatchReason>,
    /// One per enabled government that has advice for this country, in `Government::ALL` order.
    pub levels: Vec<GovernmentLevel>,
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub highest: Option<u8>,
    /// Two governments differ by 2 levels or more: read both.
    pub disagree: bool,
    /// One timeline of levels, updates and embassy alerts from every enabled government, newest first.
    pub history: Vec<HistoryItem>,
    /// Each enabled government's feeds for this country (its advisory feed and, for the US, the embassy's alert
    /// feed), so the card can say which could not be reached and since when.
    pub feeds: Vec<FeedHealth>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct GovernmentLevel {
    pub government: Government,
    /// The feed the advice came from (`us-state-json`, …).
    pub source: String,
    pub level: u8,
    /// The government's own words for its level.
    pub native_label: String,
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regional_max: Option<u8>,
    pub leave_now: bool,
    /// When the government last published it.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<DateTime<Utc>>,
    /// When Lifeboat last confirmed it (a fresh fetch or a 304).
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<DateTime<Utc>>,
    /// The last attempts to refresh it failed; `checked` says how old it is.
    pub stale: bool,
    /// The official page (https only), opened in the system browser.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Sanitised by the watch with a strict allow-list (no script, no images, https links only).
    pub summary_html: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HistoryKind {
    Baseline,
    Changed,
    Reissued,
    LeaveNowChanged,
    /// A new alert or advisory update (same level or not): `title`, `text`, `priority` say what.
    Update,
    /// An alert's or update's text changed under the same identity: quiet.
    Edited,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct HistoryItem {
    /// When Lifeboat noticed it.
    pub at: DateTime<Utc>,
    pub government: Government,
    /// The feed: `us-embassy-alerts` for an embassy's alert, else the advisory feed.
    pub source: String,
    pub kind: HistoryKind,
    /// The government's level for the country at the time; `None` for an embassy alert.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<u8>,
    pub native_label: String,
    /// When the government published it (as opposed to `at`).
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<DateTime<Utc>>,
    /// Updates and alerts: the government's title or change note, plain text.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Updates and alerts: the text, plain (never HTML), shortened to a few sentences.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    /// Why that priority: the rule's English words ("tells people to leave"), shown as they are only for entries
    /// recorded before `reason_code`.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The rule's code, worded by the UI in its language.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<PriorityRule>,
    /// The official page (https, the government's own site only).
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default)]
    pub leave_now: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct GovernmentStatus {
    pub government: Government,
    pub enabled: bool,
    /// The last fetch that produced or confirmed data.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_success: Option<DateTime<Utc>>,
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_attempt: Option<DateTime<Utc>>,
    /// Why the last attempt failed, when it did.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorPayload>,
    pub stale: bool,
    /// The first failed attempt of the current failure streak.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failing_since: Option<DateTime<Utc>>,
    /// Countries in the last good payload.
    pub countries: u32,
}
