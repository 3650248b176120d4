//! The plan document as a whole.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::checklists::Checklist;
use crate::contacts::Contact;
use crate::documents::Document;
use crate::household::Person;
use crate::phases::Phases;
use crate::routes::Route;
use crate::settings::Settings;

/// The schema version this build writes. Older documents are migrated on the raw JSON (see `migrate`);
/// newer ones are refused rather than silently losing fields this build does not know.
pub const SCHEMA_VERSION: u32 = 4;

/// The id the profile (the plan's owner) carries, so documents can name it as their holder.
pub const PROFILE_ID: &str = "self";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Plan {
    pub schema_version: u32,
    /// A title for printed copies ("Rezaei family plan").
    pub name: String,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    pub profile: Person,
    pub household: Vec<Person>,
    pub documents: Vec<Document>,
    pub contacts: Vec<Contact>,
    /// In order of preference: the first open route is Plan A.
    pub routes: Vec<Route>,
    pub checklists: Vec<Checklist>,
    pub phases: Phases,
    /// "If you cannot reach us": what family at home should do, who decides, whom to call first.
    pub family_instructions: String,
    pub settings: Settings,
}

impl Default for Plan {
    fn default() -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            name: String::new(),
            updated_at: None,
            profile: Person {
                id: PROFILE_ID.to_owned(),
                ..Person::default()
            },
            household: Vec::new(),
            documents: Vec::new(),
            contacts: Vec::new(),
            routes: Vec::new(),
            checklists: Vec::new(),
            phases: Phases::default(),
            family_instructions: String::new(),
            settings: Settings::default(),
        }
    }
}

impl Plan {
    /// Everyone a document can belong to: the profile first, then the household.
    pub fn people(&self) -> impl Iterator<Item = &Person> {
        std::iter::once(&self.profile).chain(self.household.iter())
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people().find(|p| p.id == id)
    }

    /// The language the plan's messages are written in (readiness, validation, new checklists, notifications):
    /// `settings.language` negotiated to a shipped locale; for a plan that records none (written before the
    /// choice existed), the system's ([`lifeboat_i18n::system_locale`]), which is also the language the interface
    /// shows by default, so its messages match the screen around them.
    pub fn locale(&self) -> &'static str {
        self.settings
            .language
            .as_deref()
            .map_or_else(lifeboat_i18n::system_locale, lifeboat_i18n::negotiate)
    }

    /// The name of a document's holder, when the holder is still in the plan and has one.
    pub fn holder_name(&self, holder_id: &str) -> Option<&str> {
        self.person(holder_id)
            .map(|p| p.name.trim())
            .filter(|n| !n.is_empty())
    }
}

/// A fresh id for a new entry (a checklist, an item, a person…): a random UUID, so entries made on two copies of
/// a plan never collide.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}
