//! Who helps a nationality in a country: the embassies, consulates, honorary consuls and protecting powers the
//! directory (`lifeboat-directory`) gathers from the governments' own data, as the UI, the readiness rules and
//! the family PDF read them. The parsers and the store live in the directory crate; these are the shapes that
//! cross to the UI and into the plan (a mission copied into the contacts keeps its [`ContactMission`]).

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What kind of office it is; the order is the order the panel lists them in.
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
pub enum MissionKind {
    /// The nationality's own embassy (or high commission).
    #[default]
    Embassy,
    /// A consulate or consulate general.
    Consulate,
    /// An honorary consul: a local person with limited powers, often the only office in a city.
    HonoraryConsul,
    /// A section of another state's embassy that looks after the nationality's interests (the Swiss embassy's
    /// Foreign Interests Section in Tehran for the United States).
    InterestsSection,
    /// Another state's mission that acts for the nationality under a protecting-power arrangement.
    ProtectingPower,
    /// A partner country's mission that gives consular help under a sharing agreement (Canada's `is-partner`).
    PartnerMission,
    /// Any EU member state's mission, for an EU citizen whose own state is not represented (EU law).
    EuMemberState,
}

impl MissionKind {
    /// Whether the office belongs to another state acting for this nationality.
    pub fn is_other_state(self) -> bool {
        matches!(
            self,
            MissionKind::InterestsSection
                | MissionKind::ProtectingPower
                | MissionKind::PartnerMission
                | MissionKind::EuMemberState
        )
    }
}

/// One office that can help holders of `serves` in `country`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default)]
pub struct Mission {
    /// Stable across refreshes of the same source: `<source>:<country>:<publisher's id or name>`.
    pub id: String,
    pub kind: MissionKind,
    /// As the publisher writes it ("Embassy of Switzerland – Foreign Interests Section").
    pub name: String,
    /// ISO 3166-1 alpha-2 of the nationality helped.
    pub serves: String,
    /// ISO 3166-1 alpha-2 of the country it helps in.
    pub country: String,
    /// ISO 3166-1 alpha-2 of where the office is, when that is another country (help from a neighbour).
    pub located_in: String,
    /// ISO 3166-1 alpha-2 of the state that runs the office, when it is not `serves` (a protecting power).
    pub operated_by: String,
    pub city: String,
    pub address: String,
    pub phones: Vec<String>,
    /// The 24-hour emergency number, where the source gives one.
    pub emergency_phone: String,
    pub email: String,
    pub website: String,
    pub hours: String,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    /// The publisher's own caveat ("cannot issue passports"), plain text.
    pub note: String,
    /// Who published it ("Global Affairs Canada").
    pub source: String,
    /// The page a person can check it against.
    pub source_url: String,
    /// The date the publisher gives for the data (or, when it gives none, the day it was fetched).
    pub data_date: NaiveDate,
}

/// What one government says about helping its citizens in a country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Assistance {
    /// Offices in the country.
    Local,
    /// Help from an office in another country (GOV.UK's `remote`).
    Remote,
    /// The government says it gives no help there (GOV.UK's `none`).
    None,
    /// Nothing known: no source covers this nationality, or nothing was fetched yet.
    #[default]
    Unknown,
}

/// Everything known for one nationality in one country, merged from the sources and the protecting-powers table.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default)]
pub struct Help {
    pub nationality: String,
    pub country: String,
    pub assistance: Assistance,
    /// The nationality's own offices first, then other states acting for it.
    pub missions: Vec<Mission>,
    /// The protecting-power or EU arrangements that apply, in our words with their source.
    pub arrangements: Vec<Arrangement>,
    /// The oldest `data_date` among the missions shown (what "the data's age" means).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_date: Option<NaiveDate>,
    /// When the source was last fetched successfully.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fetched_at: Option<DateTime<Utc>>,
    /// Whether the last refresh of this nationality's source failed (the data shown is the last good).
    pub refresh_failed: bool,
}

/// One row of the protecting-powers table as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default)]
pub struct Arrangement {
    pub kind: MissionKind,
    /// ISO of the state that acts ("CH").
    pub protecting_state: String,
    /// The arrangement in our words (English; the UI words it from the fields).
    pub summary: String,
    /// Since when, as the source says ("1980", "2012").
    pub since: String,
    pub source_url: String,
    /// The day the row was last checked against its source.
    pub checked: NaiveDate,
}

/// What a contact copied from the directory keeps of where it came from, so the readiness rules know which
/// nationality it serves and how old it is.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ContactMission {
    pub kind: MissionKind,
    /// ISO of the nationality the mission serves.
    pub serves: String,
    /// ISO of the country it helps in (the contact's own `country` is where the office is, which for help from a
    /// neighbouring country is another).
    pub country: String,
    pub source: String,
    pub data_date: NaiveDate,
}

/// What the Contacts section's "Who helps you here" panel shows.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
pub struct DirectoryView {
    /// One per nationality of the household and country the plan touches.
    pub helps: Vec<Help>,
    /// A refresh is running now.
    pub refreshing: bool,
    /// The plan's readiness with these answers: a refresh can name other offices than the last save's findings did
    /// (the publisher's name for an office instead of the table's).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub readiness: Option<crate::readiness::Readiness>,
}

impl Help {
    /// Whether anybody is known to help: a mission, or an arrangement that names who does.
    pub fn has_help(&self) -> bool {
        !self.missions.is_empty() || !self.arrangements.is_empty()
    }
}
