//! Ways out: Plan A, B, C…, each an ordered chain of legs with what every leg needs.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TravelMode {
    #[default]
    Air,
    Road,
    Rail,
    Sea,
    Foot,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RouteStatus {
    #[default]
    Open,
    Uncertain,
    Closed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NeedKind {
    #[default]
    Document,
    Visa,
    Cash,
    Fuel,
    Other,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct LegNeed {
    pub kind: NeedKind,
    /// "USD 300 per adult", "full tank + 20 L jerrycan", "Turkish e-visa".
    pub detail: String,
    /// For `document` needs: the document in the plan this refers to.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Leg {
    pub id: String,
    /// Place names as the user writes them ("Tehran, home", "IKA airport").
    pub from: String,
    pub to: String,
    /// ISO 3166-1 alpha-2 of each end; the advisory watch follows every country a route passes through.
    pub from_country: String,
    pub to_country: String,
    pub mode: TravelMode,
    /// Name of the border crossing when the leg crosses one ("Bazargan / Gürbulak").
    pub border_crossing: String,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_minutes: Option<u32>,
    pub needs: Vec<LegNeed>,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct RallyPoint {
    pub name: String,
    pub address: String,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Route {
    pub id: String,
    /// "Plan A", "Plan B"… The order of `Plan::routes` is the order of preference.
    pub name: String,
    pub summary: String,
    pub legs: Vec<Leg>,
    pub rally_points: Vec<RallyPoint>,
    pub status: RouteStatus,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_verified: Option<chrono::NaiveDate>,
    pub notes: String,
}
