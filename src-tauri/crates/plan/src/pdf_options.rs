//! What the user chooses for a family PDF. Defined here, beside the plan, so the UI's TypeScript is generated
//! from the same types the PDF crate renders with.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which parts of the plan go on paper. All on by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default)]
pub struct Sections {
    pub cover: bool,
    pub family_instructions: bool,
    pub contacts: bool,
    pub routes: bool,
    pub documents: bool,
    pub checklists: bool,
}

impl Default for Sections {
    fn default() -> Self {
        Self {
            cover: true,
            family_instructions: true,
            contacts: true,
            routes: true,
            documents: true,
            checklists: true,
        }
    }
}

/// How document numbers are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Redaction {
    /// The whole number.
    Full,
    /// `•••••3251`: the last four characters (at most half of a short number).
    #[default]
    Last4,
    /// No number column at all.
    Hidden,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
    UsLetter,
}

/// The export dialog's choices.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default)]
pub struct PdfChoices {
    pub sections: Sections,
    pub redaction: Redaction,
    pub paper: Paper,
    /// Medical notes and blood types, left out unless asked for: the copy may travel through many hands.
    pub include_medical: bool,
    /// The language the PDF is written in, a code of `lifeboat_i18n::LOCALES` ("fa"): the family at home may read
    /// another language than the app's. None: the plan's interface language (`settings.language`), else English.
    pub language: Option<String>,
}

/// The language code `requested` names, if Lifeboat is translated into it ("fa", not "fa-IR" or "klingon").
pub fn pdf_language(requested: &str) -> Option<&'static str> {
    lifeboat_i18n::LOCALES
        .iter()
        .find(|l| l.code == requested)
        .map(|l| l.code)
}

/// Every language a PDF can be written in, by code, in the order the pickers list them.
pub fn pdf_languages() -> impl Iterator<Item = &'static str> {
    lifeboat_i18n::LOCALES.iter().map(|l| l.code)
}

/// What an export produced, for the UI's message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PdfReport {
    pub pages: u32,
    pub bytes: u32,
    /// Things the reader should know (no font for Chinese text, …).
    pub warnings: Vec<String>,
}
