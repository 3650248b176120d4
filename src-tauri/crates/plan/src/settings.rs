//! Preferences that travel with the plan.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 5;
pub const MAX_AUTO_LOCK_MINUTES: u32 = 24 * 60;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Lock after this many idle minutes; 0 turns auto-lock off.
    pub auto_lock_minutes: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            auto_lock_minutes: DEFAULT_AUTO_LOCK_MINUTES,
        }
    }
}
