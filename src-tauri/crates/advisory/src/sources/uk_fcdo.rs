//! UK FCDO via the GOV.UK Content API, `www.gov.uk/api/content/foreign-travel-advice/{slug}`.
//!
//! One request per country. The level is `details.alert_status` (marked deprecated by GOV.UK itself), so the
//! wording in the parts ("FCDO advises against all travel to …") is read as well and the two are combined.
//! The index (`/api/content/foreign-travel-advice`) lists every country's slug but carries no level; see
//! [`parse_index`].

use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::countries;
use crate::error::AdvisoryError;
use crate::level::Level;
use crate::model::{Advisory, MatchedBy, Parsed, SkipReason, Skipped, TimePrecision, UpdateNote};
use crate::source_id::SourceId;
use crate::sources::json::{self, Loose, Object, Str};
use crate::sources::shape;
use crate::{time, wording};

const SOURCE: SourceId = SourceId::UkFcdo;

/// The Content API URL of one country's advice.
pub fn country_api_url(slug: &str) -> String {
    format!("https://www.gov.uk/api/content/foreign-travel-advice/{slug}")
}

/// `(whole country, parts)` levels an `alert_status` value stands for.
fn status_level(status: &str) -> (Option<Level>, Option<Level>) {
    match status {
        "avoid_all_travel_to_whole_country" => (Some(Level::DO_NOT_TRAVEL), None),
        "avoid_all_but_essential_travel_to_whole_country" => (Some(Level::RECONSIDER), None),
        "avoid_all_travel_to_parts" => (None, Some(Level::DO_NOT_TRAVEL)),
        "avoid_all_but_essential_travel_to_parts" => (None, Some(Level::RECONSIDER)),
        _ => (None, None),
    }
}

fn advice_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)(?:FCDO\s+)?advises? against (all but essential travel|all travel) to ([^.\n]*)",
        )
        .unwrap_or_else(|e| panic!("static regex: {e}"))
    })
}

/// Reads the FCDO's sentences. A sentence counts for the whole country only when its target is the country
/// itself or "the whole of"; anything else ("parts of", "areas within", "the following", a region) is parts.
fn levels_in_text(
    text: &str,
    country_name: &str,
) -> (Option<Level>, Option<Level>, Option<String>) {
    let country = countries::normalize(country_name);
    let mut whole: Option<Level> = None;
    let mut parts: Option<Level> = None;
    let mut first_whole_sentence = None;
    for c in advice_re().captures_iter(text) {
        let level = if c[1].eq_ignore_ascii_case("all travel") {
            Level::DO_NOT_TRAVEL
        } else {
            Level::RECONSIDER
        };
        let target = countries::normalize(&c[2]);
        let is_whole = !country.is_empty()
            && (target == country
                || target.starts_with("whole of")
                || target.starts_with("all of")
                || target.starts_with("rest of")
                || target
                    .strip_prefix(&country)
                    .is_some_and(|r| r.starts_with(' ') && r.contains("due to")));
        if is_whole {
            if whole.is_none_or(|w| level > w) {
                first_whole_sentence = Some(c[0].trim().to_owned());
            }
            whole = whole.max(Some(level));
        } else {
            parts = parts.max(Some(level));
        }
    }
    (whole, parts, first_whole_sentence)
}

/// A travel advice content item, as far as it is read.
#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Item<'a> {
    document_type: Str<'a>,
    title: Str<'a>,
    description: Str<'a>,
    base_path: Str<'a>,
    first_published_at: Str<'a>,
    public_updated_at: Str<'a>,
    updated_at: Str<'a>,
    details: Object<Details<'a>>,
    links: Object<Links<'a>>,
}

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Details<'a> {
    alert_status: Loose<Vec<Str<'a>>>,
    country: Object<Country<'a>>,
    parts: Loose<Vec<Object<Part<'a>>>>,
    change_description: Str<'a>,
}

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Country<'a> {
    name: Str<'a>,
    slug: Str<'a>,
}

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Part<'a> {
    body: Str<'a>,
}

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Links<'a> {
    /// The index lists its countries here; a country's item has no children.
    children: Loose<Vec<Object<Child<'a>>>>,
}

/// One country in the index's `links.children`.
#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Child<'a> {
    api_path: Str<'a>,
    public_updated_at: Str<'a>,
    details: Object<Details<'a>>,
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, AdvisoryError> {
    let doc: Object<Item> = json::read(SOURCE, bytes)?;
    let doc = doc.0.unwrap_or_default();
    let details = doc
        .details
        .0
        .as_ref()
        .ok_or_else(|| shape(SOURCE, "no details object"))?;
    let children = doc.links.0.as_ref().and_then(|l| l.children.0.as_ref());
    if doc.document_type.get() == Some("travel_advice_index")
        || (details.alert_status.0.is_none() && children.is_some())
    {
        return Err(shape(
            SOURCE,
            "this is the travel advice index: it lists countries but carries no levels (use parse_index)",
        ));
    }
    let country = details.country.0.as_ref();
    if country.is_none() && details.parts.0.is_none() {
        return Err(shape(
            SOURCE,
            "not a travel_advice content item (no details.country or details.parts)",
        ));
    }
    let name = country
        .and_then(|c| c.name.get())
        .or_else(|| {
            doc.title
                .get()
                .map(|t| t.trim_end_matches(" travel advice"))
        })
        .unwrap_or_default();
    let slug = country.and_then(|c| c.slug.get()).unwrap_or_default();
    let Some(iso) = countries::lookup(name).or_else(|| countries::lookup(&slug.replace('-', " ")))
    else {
        return Ok(Parsed {
            source: SOURCE,
            feed_time: None,
            advisories: vec![],
            skipped: vec![Skipped {
                raw: format!("{name} ({slug})"),
                reason: SkipReason::UnknownCountry,
            }],
        });
    };

    let statuses: Vec<&str> = details
        .alert_status
        .0
        .iter()
        .flatten()
        .filter_map(Str::get)
        .collect();
    let (mut whole, mut parts) = (None, None);
    for s in &statuses {
        let (w, p) = status_level(s);
        whole = whole.max(w);
        parts = parts.max(p);
    }

    let bodies: Vec<&str> = details
        .parts
        .0
        .iter()
        .flatten()
        .filter_map(|p| p.0.as_ref()?.body.get())
        .collect();
    let all_text = wording::plain_text(&bodies.join("\n"));
    let (text_whole, text_parts, sentence) = levels_in_text(&all_text, name);
    let level = whole.max(text_whole).unwrap_or(Level::NORMAL);
    let regional_max = parts.max(text_parts).filter(|p| *p > level);

    let native_label = match (sentence, statuses.is_empty()) {
        (Some(s), _) => s,
        (None, false) => statuses.join(", ").replace('_', " "),
        (None, true) => "no FCDO advice against travel (alert_status empty)".to_owned(),
    };
    let summary = bodies
        .first()
        .copied()
        .or_else(|| doc.description.get())
        .unwrap_or_default();
    let date = |s: &Str| -> Option<DateTime<Utc>> { s.get().and_then(time::rfc3339) };
    let advisory = Advisory {
        source: SOURCE,
        country: iso.to_owned(),
        source_country: name.to_owned(),
        matched_by: MatchedBy::Name,
        native_label,
        level,
        regional_max,
        leave_now: wording::says_leave_now(&all_text),
        published: date(&doc.first_published_at),
        // public_updated_at moves on a major (advice) change; updated_at moves on every republish.
        updated: date(&doc.public_updated_at).or_else(|| date(&doc.updated_at)),
        time_precision: TimePrecision::Exact,
        url: doc
            .base_path
            .get()
            .map(|p| format!("{}{p}", SOURCE.origin())),
        summary_raw: summary.to_owned(),
        summary_text: wording::plain_text(summary),
        update: update_note(&doc.public_updated_at, &details.change_description),
    };
    Ok(Parsed {
        source: SOURCE,
        feed_time: date(&doc.updated_at),
        advisories: vec![advisory],
        skipped: vec![],
    })
}

/// The edition is `public_updated_at`, which GOV.UK moves only on a major change, the one the FCDO's e-mail
/// alerts go out for (every republish moves `updated_at` instead); the note is that change's
/// `change_description`.
fn update_note(public_updated_at: &Str, change_description: &Str) -> Option<UpdateNote> {
    let raw = public_updated_at
        .get()
        .map(str::trim)
        .filter(|s| !s.is_empty())?;
    let published = time::rfc3339(raw);
    Some(UpdateNote {
        edition: published.map_or_else(|| raw.to_owned(), time::edition),
        note: change_description
            .get()
            .map(wording::plain_text)
            .unwrap_or_default(),
        published,
    })
}

/// One country in the FCDO index: enough to decide which per-country items to fetch, and whether they moved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexEntry {
    pub slug: String,
    pub name: String,
    /// `None` when the name is unknown (reported, not guessed).
    pub country: Option<String>,
    pub api_path: String,
    pub public_updated_at: Option<DateTime<Utc>>,
    pub change_description: Option<String>,
}

/// Parses `/api/content/foreign-travel-advice` (the index of all countries).
pub fn parse_index(bytes: &[u8]) -> Result<Vec<IndexEntry>, AdvisoryError> {
    let doc: Object<Item> = json::read(SOURCE, bytes)?;
    let children = doc
        .0
        .and_then(|d| d.links.0)
        .and_then(|l| l.children.0)
        .ok_or_else(|| shape(SOURCE, "index has no links.children"))?;
    let entries: Vec<IndexEntry> = children
        .into_iter()
        .filter_map(|c| {
            let c = c.0?;
            let details = c.details.0.unwrap_or_default();
            let country = details.country.0.unwrap_or_default();
            let slug = country.slug.get()?;
            let name = country.name.get().unwrap_or(slug);
            Some(IndexEntry {
                slug: slug.to_owned(),
                name: name.to_owned(),
                country: countries::lookup(name).map(str::to_owned),
                api_path: c
                    .api_path
                    .get()
                    .map(str::to_owned)
                    .unwrap_or_else(|| format!("/api/content/foreign-travel-advice/{slug}")),
                public_updated_at: c.public_updated_at.get().and_then(time::rfc3339),
                change_description: details.change_description.get().map(str::to_owned),
            })
        })
        .collect();
    if entries.is_empty() {
        return Err(AdvisoryError::NoAdvisories { feed: SOURCE });
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wording_whole_versus_parts() {
        let (w, p, s) = levels_in_text(
            "FCDO advises against all travel to Haiti due to the situation.",
            "Haiti",
        );
        assert_eq!((w, p), (Some(Level::DO_NOT_TRAVEL), None));
        assert_eq!(
            s.as_deref(),
            Some("FCDO advises against all travel to Haiti due to the situation")
        );
        let (w, p, _) = levels_in_text(
            "FCDO advises against all travel to parts of Mali. FCDO advises against all but essential travel to the rest of Mali.",
            "Mali",
        );
        assert_eq!(
            (w, p),
            (Some(Level::RECONSIDER), Some(Level::DO_NOT_TRAVEL)),
            "'the rest of' is the whole country"
        );
        let (w, _, _) = levels_in_text(
            "FCDO advises against all but essential travel to the whole of Iran.",
            "Iran",
        );
        assert_eq!(w, Some(Level::RECONSIDER));
    }
}
