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
    /// 60 normally, 10 while a watched country is at level 3+ or the plan is above "normal".
    pub interval_minutes: u32,
    /// The watch state could not be read (damaged file set aside); shown once so the user knows history restarted.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
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
    /// Newest first.
    pub history: Vec<HistoryItem>,
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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct HistoryItem {
    /// When Lifeboat noticed it.
    pub at: DateTime<Utc>,
    pub government: Government,
    pub kind: HistoryKind,
    pub level: u8,
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<u8>,
    pub native_label: String,
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<DateTime<Utc>>,
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
    /// Countries in the last good payload.
    pub countries: u32,
}
