//! The family PDF: the plan on paper for the people at home, typeset by Typst.
//!
//! The plan reaches Typst only as a JSON file the template reads (`world.rs`), after redaction and labelling in
//! Rust (`data.rs`); user text is never spliced into Typst markup, so a contact called `#sys.exit()` prints as
//! itself. Fonts are compiled in (`fonts.rs`), except a CJK face borrowed from the system when the plan needs one.
//! No Tauri, no display, no network.

pub mod child;
#[cfg(feature = "typeset")]
mod data;
mod error;
#[cfg(feature = "typeset")]
mod fonts;
#[cfg(feature = "typeset")]
mod lang;
#[cfg(feature = "typeset")]
mod map_page;
mod shading;
#[cfg(feature = "typeset")]
mod typeset;
#[cfg(feature = "typeset")]
mod world;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use error::PdfError;
pub use shading::shaded as map_shading;
#[cfg(feature = "typeset")]
pub use typeset::{evict_caches, render, render_with_font_dirs};

pub use lifeboat_plan::pdf_options::{Paper, PdfChoices, Redaction, Sections};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PdfOptions {
    pub sections: Sections,
    pub redaction: Redaction,
    pub paper: Paper,
    /// Medical notes and blood types, left out unless asked for: the copy may travel through many hands.
    pub include_medical: bool,
    /// The language the PDF is written in, a code of `lifeboat_i18n::LOCALES` ("fa"; anything else is negotiated).
    /// None: the plan's interface language, else English.
    pub language: Option<String>,
    /// Printed on every page and used for "expired" marks; injected so that tests are deterministic.
    pub generated_at: DateTime<Utc>,
    /// Who helps each nationality of the household where its holders live, from the app's embassy directory
    /// (`lifeboat_directory::missions_for`); printed with "If you cannot reach us". Empty (no directory was
    /// given): the section is left out rather than claiming nobody helps.
    #[serde(default)]
    pub directory: Vec<lifeboat_plan::missions::Help>,
}

impl PdfOptions {
    /// The user's choices, printed as of `generated_at`.
    pub fn from_choices(c: PdfChoices, generated_at: DateTime<Utc>) -> Self {
        Self {
            sections: c.sections,
            redaction: c.redaction,
            paper: c.paper,
            include_medical: c.include_medical,
            language: c.language,
            generated_at,
            directory: Vec::new(),
        }
    }
}

impl Default for PdfOptions {
    fn default() -> Self {
        Self {
            sections: Sections::default(),
            redaction: Redaction::default(),
            paper: Paper::default(),
            include_medical: false,
            language: None,
            generated_at: Utc::now(),
            directory: Vec::new(),
        }
    }
}

/// The highest advisory level for one watched country at export time, as the shell reads it from the watch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdvisoryLine {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub country_name: String,
    /// 1 (normal precautions) to 4 (do not travel).
    pub level: u8,
    /// Which government said so ("UK FCDO").
    pub government: String,
    /// That government's own wording ("Advise against all travel").
    pub native_label: String,
    pub updated: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// Things the caller should log or show: a missing CJK font, characters no font covers.
    pub warnings: Vec<String>,
}

pub const NO_CJK_FONT_WARNING: &str =
    "no CJK font found; Chinese/Japanese/Korean text will show as boxes";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_round_trip_as_snake_case() {
        let opts = PdfOptions {
            redaction: Redaction::Last4,
            paper: Paper::UsLetter,
            ..PdfOptions::default()
        };
        let v = serde_json::to_value(&opts).unwrap_or_default();
        assert_eq!(v["redaction"], "last4");
        assert_eq!(v["paper"], "us_letter");
        assert_eq!(v["sections"]["family_instructions"], true);
        let back: PdfOptions = serde_json::from_value(v).unwrap_or_default();
        assert_eq!(back, opts);
        // The UI may send only what it changed.
        let partial: PdfOptions =
            serde_json::from_str(r#"{"redaction":"hidden","sections":{"routes":false}}"#)
                .unwrap_or_default();
        assert_eq!(partial.redaction, Redaction::Hidden);
        assert!(!partial.sections.routes && partial.sections.contacts);
    }
}
