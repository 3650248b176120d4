//! The escalation ladder and what the plan says to do on each rung.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    Serialize,
    Deserialize,
    TS,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    #[default]
    Normal,
    Prepare,
    LeaveNow,
    ShelterInPlace,
}

impl Phase {
    pub const ALL: [Phase; 4] = [
        Self::Normal,
        Self::Prepare,
        Self::LeaveNow,
        Self::ShelterInPlace,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Normal => "Normal",
            Self::Prepare => "Prepare",
            Self::LeaveNow => "Leave now",
            Self::ShelterInPlace => "Shelter in place",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PhasePlan {
    /// Which route to take in this phase (for "leave now"), if any.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub route_id: Option<String>,
    pub checklist_ids: Vec<String>,
    /// What to do, in the user's words.
    pub instructions: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PhasePlans {
    pub normal: PhasePlan,
    pub prepare: PhasePlan,
    pub leave_now: PhasePlan,
    pub shelter_in_place: PhasePlan,
}

impl PhasePlans {
    pub fn get(&self, phase: Phase) -> &PhasePlan {
        match phase {
            Phase::Normal => &self.normal,
            Phase::Prepare => &self.prepare,
            Phase::LeaveNow => &self.leave_now,
            Phase::ShelterInPlace => &self.shelter_in_place,
        }
    }
}

/// A condition the user watches for themself ("the airport closes", "the embassy draws down staff") and the
/// phase it should move the plan to. The advisory watch adds automatic suggestions later; these stay manual.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Tripwire {
    pub id: String,
    pub condition: String,
    pub phase: Phase,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Phases {
    pub current: Phase,
    /// When the current phase was entered (RFC 3339).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    pub plans: PhasePlans,
    pub tripwires: Vec<Tripwire>,
}
