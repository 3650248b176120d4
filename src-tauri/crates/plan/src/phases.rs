//! The escalation ladder and what the plan says to do on each rung.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::settings::Government;

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

    /// How far up the ladder a phase is, for "suggest only a step up": leaving and sheltering are both the top
    /// rung, so a tripwire never suggests trading one for the other.
    pub fn rank(self) -> u8 {
        match self {
            Self::Normal => 0,
            Self::Prepare => 1,
            Self::LeaveNow | Self::ShelterInPlace => 2,
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

/// "When any (or one named) government puts country C at level N or above, suggest phase P." The watch suggests;
/// only the user moves the plan to another phase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct AdvisoryTripwire {
    pub id: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// 1–4 on the watch's common scale.
    pub min_level: u8,
    /// `None`: any government's advice trips it.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub government: Option<Government>,
    pub phase: Phase,
}

impl Default for AdvisoryTripwire {
    fn default() -> Self {
        Self {
            id: String::new(),
            country: String::new(),
            min_level: 4,
            government: None,
            phase: Phase::LeaveNow,
        }
    }
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
    pub advisory_tripwires: Vec<AdvisoryTripwire>,
}
