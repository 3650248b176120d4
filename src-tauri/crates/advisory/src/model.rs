//! The normalised record every source parser produces.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::level::Level;
use crate::source_id::SourceId;
use crate::summary_policy;

/// One government's current advice for one country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Advisory {
    pub source: SourceId,
    /// ISO 3166-1 alpha-2 (plus Kosovo's user-assigned `XK`).
    pub country: String,
    /// The country as the source named or tagged it, before mapping.
    pub source_country: String,
    /// Which evidence decided `country`; see [`MatchedBy`].
    pub matched_by: MatchedBy,
    /// The government's own wording for its level, verbatim apart from whitespace.
    pub native_label: String,
    pub level: Level,
    /// The highest level the source gives to some part of the country, only when above `level`.
    pub regional_max: Option<Level>,
    /// The source tells people already there to leave (see README "Leave-now rule").
    pub leave_now: bool,
    pub published: Option<DateTime<Utc>>,
    pub updated: Option<DateTime<Utc>>,
    /// How far `published`/`updated` can be trusted to the minute.
    pub time_precision: TimePrecision,
    pub url: Option<String>,
    /// The government's summary as published: HTML, untrusted. [`Advisory::summary_html`] makes it safe for a
    /// webview; the watch does so for the summaries it keeps (those of watched countries).
    pub summary_raw: String,
    /// The summary's plain text ([`crate::wording::plain_text`]), which the leave-now and level rules read.
    pub summary_text: String,
    /// The edition the government now publishes and its own change note, where the feed says: what makes a
    /// re-issue at the same level an update worth telling (see [`crate::changes`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update: Option<UpdateNote>,
}

/// What a government says changed in the edition it now publishes, at whatever level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateNote {
    /// Identifies the edition: it changes exactly when the government publishes a new one (UK
    /// `public_updated_at`, the US a digest of its change note and text since its date can stay put while the
    /// text changes, Canada `date-published`, Australia `changed`, Germany `lastModified`).
    pub edition: String,
    /// The government's change note as plain text ("Latest update: …", "Reissued with updates to …"); empty
    /// when the feed gives none.
    pub note: String,
    /// When the government published that edition, when it says.
    pub published: Option<DateTime<Utc>>,
}

impl Advisory {
    /// The summary sanitised with [`crate::summary_policy`]: safe for a webview.
    pub fn summary_html(&self) -> String {
        summary_policy::sanitize(&self.summary_raw, self.source.origin())
    }
}

/// Where the ISO code came from, so a wrong mapping can be traced to its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MatchedBy {
    /// The source's own ISO code field.
    IsoField,
    /// The country name in the title/name field (the US tag agreed or was absent).
    Name,
    /// The name won over a FIPS/GEC tag that pointed elsewhere.
    NameOverTag {
        tag: String,
        tag_iso: Option<String>,
    },
    /// The name was unknown; the FIPS/GEC tag decided.
    Tag { tag: String },
    /// A multi-territory advisory (e.g. French West Indies) expanded to each territory it names.
    Region { region: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimePrecision {
    /// The source gave a full timestamp with an offset (or epoch seconds).
    Exact,
    /// The source gave a date only; it is stored as midnight UTC of that date.
    DateOnlyMidnightUtc,
    /// The source gave a wall-clock time without a zone; the source's home zone was assumed.
    LocalZoneAssumed,
}

/// A row the parser did not turn into an advisory, with the reason, so nothing vanishes silently.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Skipped {
    /// The row's name/title/key as the source wrote it.
    pub raw: String,
    pub reason: SkipReason,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SkipReason {
    /// Neither the name nor the tag maps to a country; reported rather than guessed.
    UnknownCountry,
    /// A tag that explicitly is not a country (the synthetic `ZZ` row, …).
    NotACountry { tag: String },
    /// A region of a country the source publishes separately (Azores, Canary Islands).
    Subdivision { parent: String },
    /// The source's own placeholder row ("No travel advice").
    Placeholder,
    /// The level wording could not be mapped onto 1–4.
    UnknownLevel { wording: String },
    /// An alert without a `guid`: nothing else identifies it (titles repeat), so it is not kept.
    NoIdentity,
    /// A second record for the same country in one payload; the other one was kept.
    Duplicate {
        country: String,
        kept_url: Option<String>,
        rule: String,
    },
}

/// The result of parsing one payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Parsed {
    pub source: SourceId,
    /// The feed's own generation time where it states one.
    pub feed_time: Option<DateTime<Utc>>,
    /// At most one per country, in feed order.
    pub advisories: Vec<Advisory>,
    pub skipped: Vec<Skipped>,
}

impl Parsed {
    pub fn get(&self, iso2: &str) -> Option<&Advisory> {
        self.advisories.iter().find(|a| a.country == iso2)
    }
}
