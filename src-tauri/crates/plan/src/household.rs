//! People (and pets) the plan is for.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PersonKind {
    #[default]
    Person,
    Pet,
}

/// The profile and each household member share these fields: a dual national's second passport or a pet's
/// vaccination record matter as much at a border as the main traveller's.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub kind: PersonKind,
    /// In any script; shown with `dir="auto"`.
    pub name: String,
    /// Relationship to the profile's owner ("spouse", "daughter", "dog"); empty for the owner.
    pub relationship: String,
    /// ISO 3166-1 alpha-2 codes, most relevant first.
    pub nationalities: Vec<String>,
    /// ISO 3166-1 alpha-2.
    pub residence_country: String,
    pub city: String,
    pub languages: Vec<String>,
    /// Free text ("O+", "AB-", "unknown"); pets have their own systems.
    pub blood_type: String,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<chrono::NaiveDate>,
    pub medical_notes: String,
    pub notes: String,
}
