//! People and offices to call, in the order the plan says to call them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::missions::ContactMission;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContactRole {
    #[default]
    Family,
    OutOfCountry,
    EmployerSecurity,
    Embassy,
    ProtectingPower,
    Lawyer,
    Doctor,
    Driver,
    Airline,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MessengerApp {
    #[default]
    Signal,
    #[serde(rename = "whatsapp")]
    WhatsApp,
    Telegram,
    Other,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Messenger {
    pub app: MessengerApp,
    /// Number or username as the app shows it.
    pub handle: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Contact {
    pub id: String,
    /// In any script («علی رضایی»); shown with `dir="auto"`.
    pub name: String,
    pub role: ContactRole,
    pub organisation: String,
    pub phones: Vec<String>,
    pub email: String,
    pub messengers: Vec<Messenger>,
    pub address: String,
    /// ISO 3166-1 alpha-2 of where the contact is; "outside the country" is judged from this.
    pub country: String,
    /// 1 is called first.
    pub priority: u8,
    pub available_24_7: bool,
    pub notes: String,
    /// Set when the contact was copied from the embassy directory ("Add to my contacts"): the kind of office
    /// and the nationality it serves, so the readiness rules know whom it helps.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mission: Option<ContactMission>,
}
