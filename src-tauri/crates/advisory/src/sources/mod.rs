//! One module per government feed, one entry point: [`parse`].

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::AdvisoryError;
use crate::model::{Advisory, Parsed, SkipReason, Skipped};
use crate::sanity::looks_like_challenge;

pub mod au_smartraveller;
pub mod ca_travel;
pub mod de_auswaertiges_amt;
mod json_lite;
pub mod uk_fcdo;
mod us_common;
pub mod us_state_json;
pub mod us_state_rss;

/// The feeds Lifeboat reads. The serialised names are the ones the CLI and settings use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SourceId {
    #[serde(rename = "us-state-rss")]
    UsStateRss,
    #[serde(rename = "us-state-json")]
    UsStateJson,
    #[serde(rename = "uk-fcdo")]
    UkFcdo,
    #[serde(rename = "ca-travel")]
    CaTravel,
    #[serde(rename = "au-smartraveller")]
    AuSmartraveller,
    #[serde(rename = "de-aa")]
    DeAa,
}

impl SourceId {
    pub const ALL: [SourceId; 6] = [
        SourceId::UsStateRss,
        SourceId::UsStateJson,
        SourceId::UkFcdo,
        SourceId::CaTravel,
        SourceId::AuSmartraveller,
        SourceId::DeAa,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SourceId::UsStateRss => "us-state-rss",
            SourceId::UsStateJson => "us-state-json",
            SourceId::UkFcdo => "uk-fcdo",
            SourceId::CaTravel => "ca-travel",
            SourceId::AuSmartraveller => "au-smartraveller",
            SourceId::DeAa => "de-aa",
        }
    }

    /// The government behind the source, for "Iran — US: Level 4".
    pub fn government(self) -> &'static str {
        match self {
            SourceId::UsStateRss | SourceId::UsStateJson => "US",
            SourceId::UkFcdo => "UK",
            SourceId::CaTravel => "Canada",
            SourceId::AuSmartraveller => "Australia",
            SourceId::DeAa => "Germany",
        }
    }

    /// The https origin relative links in this source's summaries are resolved against.
    pub fn origin(self) -> &'static str {
        match self {
            SourceId::UsStateRss | SourceId::UsStateJson => "https://travel.state.gov",
            SourceId::UkFcdo => "https://www.gov.uk",
            SourceId::CaTravel => "https://travel.gc.ca",
            SourceId::AuSmartraveller => "https://www.smartraveller.gov.au",
            SourceId::DeAa => "https://www.auswaertiges-amt.de",
        }
    }

    /// The default feed URL (the poller may override it, e.g. for a loopback fixture server). The UK needs one
    /// request per country: this is the index, and [`uk_fcdo::country_api_url`] builds the rest.
    pub fn default_url(self) -> &'static str {
        match self {
            SourceId::UsStateRss => "https://travel.state.gov/_res/rss/TAsTWs.xml",
            SourceId::UsStateJson => "https://cadataapi.state.gov/api/TravelAdvisories",
            SourceId::UkFcdo => "https://www.gov.uk/api/content/foreign-travel-advice",
            SourceId::CaTravel => {
                "https://data.international.gc.ca/travel-voyage/index-alpha-eng.json"
            }
            SourceId::AuSmartraveller => "https://www.smartraveller.gov.au/destinations-export",
            SourceId::DeAa => "https://www.auswaertiges-amt.de/opendata/travelwarning",
        }
    }
}

impl fmt::Display for SourceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for SourceId {
    type Err = AdvisoryError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SourceId::ALL
            .into_iter()
            .find(|id| id.as_str() == s.trim())
            .ok_or_else(|| AdvisoryError::UnknownSource(s.to_owned()))
    }
}

/// Parses one payload of `source`.
///
/// Never an empty success: empty bytes, an HTML page, malformed or truncated JSON/XML, a document of the wrong
/// shape and a document with no usable advisory are all errors, so the caller keeps its last good data.
pub fn parse(source: SourceId, bytes: &[u8]) -> Result<Parsed, AdvisoryError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(AdvisoryError::Empty { feed: source });
    }
    if looks_like_challenge(bytes, None) {
        return Err(AdvisoryError::ChallengePage { feed: source });
    }
    let parsed = match source {
        SourceId::UsStateRss => us_state_rss::parse(bytes),
        SourceId::UsStateJson => us_state_json::parse(bytes),
        SourceId::UkFcdo => uk_fcdo::parse(bytes),
        SourceId::CaTravel => ca_travel::parse(bytes),
        SourceId::AuSmartraveller => au_smartraveller::parse(bytes),
        SourceId::DeAa => de_auswaertiges_amt::parse(bytes),
    }?;
    if parsed.advisories.is_empty() {
        return Err(AdvisoryError::NoAdvisories { feed: source });
    }
    Ok(parsed)
}

pub(crate) fn json(source: SourceId, bytes: &[u8]) -> Result<serde_json::Value, AdvisoryError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    serde_json::from_slice(bytes).map_err(|e| AdvisoryError::InvalidJson {
        feed: source,
        detail: e.to_string(),
    })
}

pub(crate) fn shape(source: SourceId, detail: impl Into<String>) -> AdvisoryError {
    AdvisoryError::Shape {
        feed: source,
        detail: detail.into(),
    }
}

/// Keeps one advisory per country: the newest `updated`, then the most severe, then the first in the feed.
/// The loser is reported as [`SkipReason::Duplicate`] naming the rule that decided.
pub(crate) fn dedupe(advisories: Vec<Advisory>, skipped: &mut Vec<Skipped>) -> Vec<Advisory> {
    let mut kept: Vec<Advisory> = Vec::with_capacity(advisories.len());
    let mut at: HashMap<String, usize> = HashMap::new();
    for a in advisories {
        let Some(&i) = at.get(&a.country) else {
            at.insert(a.country.clone(), kept.len());
            kept.push(a);
            continue;
        };
        let old = &kept[i];
        let (replace, rule) = if a.updated != old.updated {
            (a.updated > old.updated, "newest updated time kept")
        } else if a.level != old.level {
            (
                a.level > old.level,
                "same updated time; most severe level kept",
            )
        } else {
            (false, "same time and level; first in feed kept")
        };
        let (winner_url, loser) = if replace {
            let url = a.url.clone();
            (url, std::mem::replace(&mut kept[i], a))
        } else {
            (old.url.clone(), a)
        };
        skipped.push(Skipped {
            raw: format!(
                "{} ({})",
                loser.source_country,
                loser.url.as_deref().unwrap_or("no url")
            ),
            reason: SkipReason::Duplicate {
                country: loser.country,
                kept_url: winner_url,
                rule: rule.to_owned(),
            },
        });
    }
    kept
}

/// Reads a JSON string member, tolerating absence.
pub(crate) fn str_at<'a>(v: &'a serde_json::Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(serde_json::Value::as_str)
}
