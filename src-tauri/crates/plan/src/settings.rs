//! Preferences that travel with the plan.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 5;
pub const MAX_AUTO_LOCK_MINUTES: u32 = 24 * 60;
/// Countries a user may add to the watch by hand; the watch polls each government once per round whatever the
/// count, so this only bounds the UI and the notification fan-out.
pub const MAX_EXTRA_WATCHED: usize = 50;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Lock after this many idle minutes; 0 turns auto-lock off.
    pub auto_lock_minutes: u32,
    pub watch: WatchSettings,
    /// The interface's language, a code of `lifeboat_i18n::LOCALES` ("fa"), picked in onboarding or Settings; it
    /// wins over the system's language once the plan is unlocked. None: the system's language.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            auto_lock_minutes: DEFAULT_AUTO_LOCK_MINUTES,
            watch: WatchSettings::default(),
            language: None,
        }
    }
}

/// A government whose travel advice the watch reads. One government may publish through several feeds (the US
/// has a JSON API and an RSS fallback); the user chooses governments, the watch chooses feeds.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Government {
    Us,
    Uk,
    Ca,
    Au,
    De,
}

impl Government {
    pub const ALL: [Government; 5] = [Self::Us, Self::Uk, Self::Ca, Self::Au, Self::De];
}

/// How the advisory watch behaves for this plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct WatchSettings {
    /// Governments whose advice is polled. All by default: their levels disagree often enough to matter.
    pub governments: Vec<Government>,
    /// Countries watched besides the residence and every country on a route (ISO 3166-1 alpha-2).
    pub extra_countries: Vec<String>,
    /// Raise a desktop notification when a watched country's level changes.
    pub notifications: bool,
    /// Put the plan's own instruction ("Your plan: Leave now — Route A …") into the notification. Notifications can
    /// show on a locked screen, so a user who fears shoulder surfing can keep them generic.
    pub plan_in_notifications: bool,
    /// Closing the window keeps the watch running in the tray (and locks the plan).
    pub close_to_tray: bool,
    /// Start Lifeboat (in the tray) when the user logs in.
    pub start_at_login: bool,
}

impl Default for WatchSettings {
    fn default() -> Self {
        Self {
            governments: Government::ALL.to_vec(),
            extra_countries: Vec::new(),
            notifications: true,
            plan_in_notifications: true,
            close_to_tray: true,
            start_at_login: false,
        }
    }
}
