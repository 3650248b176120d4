//! Everything that turns a fetch into a failed fetch.

use serde::{Serialize, Serializer};

use crate::sources::SourceId;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AdvisoryError {
    #[error("the {feed} response was empty")]
    Empty { feed: SourceId },
    #[error("the {feed} response is an HTML page (a challenge or error page), not the feed")]
    ChallengePage { feed: SourceId },
    #[error("the {feed} payload is not valid JSON: {detail}")]
    InvalidJson { feed: SourceId, detail: String },
    #[error("the {feed} payload is not well-formed XML: {detail}")]
    InvalidXml { feed: SourceId, detail: String },
    #[error("the {feed} payload does not have the expected shape: {detail}")]
    Shape { feed: SourceId, detail: String },
    #[error("the {feed} payload parsed but held no usable advisory")]
    NoAdvisories { feed: SourceId },
    #[error("unknown advisory source {0:?} (known: us-state-rss, us-state-json, uk-fcdo, ca-travel, au-smartraveller, de-aa)")]
    UnknownSource(String),
}

impl AdvisoryError {
    /// A stable identifier the UI and CLI match on; messages may be reworded, codes may not.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty { .. } => "empty",
            Self::ChallengePage { .. } => "challenge_page",
            Self::InvalidJson { .. } => "invalid_json",
            Self::InvalidXml { .. } => "invalid_xml",
            Self::Shape { .. } => "unexpected_shape",
            Self::NoAdvisories { .. } => "no_advisories",
            Self::UnknownSource(_) => "unknown_source",
        }
    }
}

#[derive(Serialize)]
struct Payload<'a> {
    code: &'a str,
    message: String,
}

impl Serialize for AdvisoryError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Payload {
            code: self.code(),
            message: self.to_string(),
        }
        .serialize(s)
    }
}
