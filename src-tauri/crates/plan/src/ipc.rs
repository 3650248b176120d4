//! What crosses the IPC bridge besides the plan itself. These types are generated into the UI's TypeScript with
//! the plan's (`tests/generated.rs`), so a renamed field breaks the UI's type check instead of the user's data.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::checklists::ChecklistTemplate;
use crate::model::Plan;
use crate::readiness::Readiness;
use crate::validate::FieldError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum VaultState {
    /// Nothing stored yet: first run, onboarding.
    New,
    Locked,
    Unlocked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Status {
    pub state: VaultState,
    pub data_dir: String,
    pub app_version: String,
}

/// An unlocked plan as the editor receives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Session {
    pub plan: Plan,
    pub readiness: Readiness,
    pub has_recovery_key: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SaveOutcome {
    /// False when `errors` is not empty: the stored plan is unchanged and the editor keeps the draft.
    pub saved: bool,
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_at: Option<DateTime<Utc>>,
    pub errors: Vec<FieldError>,
    pub readiness: Readiness,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Country {
    pub code: String,
    pub name: String,
    /// Other names people and governments use ("Turkey" for Türkiye), for the pickers' filter; filled by the
    /// app's `countries` command from the advisory watch's alias table.
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TemplateInfo {
    pub template: ChecklistTemplate,
    pub title: String,
    pub items: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupEntry {
    pub id: String,
    pub saved_at: String,
    /// Bytes on disk; JSON numbers, not bigint, on the TypeScript side.
    #[ts(type = "number")]
    pub size: u64,
}

/// Why the plan locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum LockReason {
    /// The idle time set in the plan passed.
    Idle,
    /// Lock in the UI or in the tray's menu.
    User,
    /// The global lock shortcut.
    Shortcut,
    /// The window closed to the tray.
    Closed,
}

impl LockReason {
    /// As the event says it, for log lines.
    pub fn as_str(self) -> &'static str {
        match self {
            LockReason::Idle => "idle",
            LockReason::User => "user",
            LockReason::Shortcut => "shortcut",
            LockReason::Closed => "closed",
        }
    }
}

/// What the backend tells the window without being asked. The page reads them with the `next_events` command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum UiEvent {
    /// The plan locked: the UI drops it and shows the unlock screen.
    VaultLocked { reason: LockReason },
    /// After every poll round and every change the Advisories section shows.
    WatchUpdated,
    /// The embassy directory was refreshed: the Contacts section asks for its view again.
    DirectoryUpdated,
    /// A notification was clicked: the UI opens the Advisories section on that country.
    OpenCountry { country: String },
}

/// The answer to `next_events`: what happened since the page's cursor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EventBatch {
    /// The cursor to send back with the next call.
    #[ts(type = "number")]
    pub next: u64,
    pub events: Vec<UiEvent>,
    /// Events the page did not read in time were dropped: it should read everything it shows again.
    pub missed: bool,
}

pub fn countries() -> Vec<Country> {
    crate::countries::COUNTRIES
        .iter()
        .map(|(code, name)| Country {
            code: (*code).to_owned(),
            name: (*name).to_owned(),
            aliases: Vec::new(),
        })
        .collect()
}

/// The built-in checklist templates, titled in `locale`.
pub fn templates(locale: &str) -> Vec<TemplateInfo> {
    ChecklistTemplate::ALL
        .iter()
        .map(|t| TemplateInfo {
            template: *t,
            title: t.label(locale),
            items: u32::try_from(t.item_count()).unwrap_or(0),
        })
        .collect()
}
