//! One module per government feed, one entry point: [`parse`].

use std::collections::HashMap;
use std::str::FromStr;

use crate::error::AdvisoryError;
use crate::model::{Advisory, Parsed, SkipReason, Skipped};
use crate::payload_checks::looks_like_challenge;
use crate::source_id::SourceId;

pub mod au_smartraveller;
pub mod ca_travel;
pub mod de_auswaertiges_amt;
mod json;
mod rss;
pub mod uk_fcdo;
mod us_common;
pub mod us_embassy_alerts;
pub mod us_state_json;
pub mod us_state_rss;

/// A source's CLI and settings name (`"uk-fcdo"`), read back; an unknown name is the parse error
/// `unknown_source`.
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
    if !source.is_level_feed() {
        return Err(AdvisoryError::NotALevelFeed { feed: source });
    }
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
        SourceId::UsEmbassyAlerts => Err(AdvisoryError::NotALevelFeed { feed: source }),
    }?;
    if parsed.advisories.is_empty() {
        return Err(AdvisoryError::NoAdvisories { feed: source });
    }
    Ok(parsed)
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
