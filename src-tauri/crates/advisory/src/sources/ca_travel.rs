//! Global Affairs Canada, `data.international.gc.ca/travel-voyage/…`.
//!
//! Two shapes: the index (`index-alpha-eng.json`, `data` keyed by ISO alpha-2) and one country
//! (`cta-cap-XX.json`, `data.country-iso`). The level is `advisory-state` 0–3; its English wording drifted
//! between eras ("AVOID ALL TRAVEL" in 2014, "Avoid all travel" in 2026), so the number decides and the
//! wording is only a fallback when the number is missing.

use crate::countries;
use crate::error::AdvisoryError;
use crate::level::Level;
use crate::model::{Advisory, MatchedBy, Parsed, SkipReason, Skipped, TimePrecision};
use crate::sources::json_lite::{self, Json};
use crate::sources::{shape, SourceId};
use crate::{text, time};

const SOURCE: SourceId = SourceId::CaTravel;

/// 0 normal security precautions, 1 high degree of caution, 2 avoid non-essential travel, 3 avoid all travel.
fn state_level(state: i64) -> Option<Level> {
    u8::try_from(state).ok().and_then(|s| Level::new(s + 1))
}

fn wording_level(wording: &str) -> Option<Level> {
    let w = wording.to_lowercase();
    if w.contains("avoid all travel") {
        Some(Level::DO_NOT_TRAVEL)
    } else if w.contains("non-essential") {
        Some(Level::RECONSIDER)
    } else if w.contains("high degree of caution") {
        Some(Level::CAUTION)
    } else if w.contains("normal security precautions") {
        Some(Level::NORMAL)
    } else {
        None
    }
}

/// Regional advisory boxes in the per-country HTML: `<div class="AdvisoryContainer AvoidAll">`.
fn regional_in_html(html: &str) -> Option<Level> {
    let mut best = None;
    for (i, _) in html.match_indices("AdvisoryContainer") {
        let class = html[i..].split('"').next().unwrap_or_default();
        let level = if class.contains("AvoidAll") {
            Some(Level::DO_NOT_TRAVEL)
        } else if class.contains("AvoidNonEssential") {
            Some(Level::RECONSIDER)
        } else {
            None
        };
        best = best.max(level);
    }
    best
}

/// Keys that are not ISO countries but regions Canada publishes separately (`PT-20` Azores, `IC` Canary
/// Islands, an exceptionally reserved code that is part of Spain).
fn subdivision_parent(key: &str) -> Option<String> {
    if key == "IC" {
        return Some("ES".to_owned());
    }
    let (parent, _) = key.split_once('-')?;
    countries::is_iso2(parent).then(|| parent.to_owned())
}

fn one(
    key: &str,
    entry: &Json<'_>,
    single_file: bool,
    out: &mut Vec<Advisory>,
    skipped: &mut Vec<Skipped>,
) {
    let eng = &entry["eng"];
    let name = eng
        .str_at("name")
        .or_else(|| entry.str_at("country-eng"))
        .unwrap_or(key);
    let iso_field = entry
        .str_at("country-iso")
        .unwrap_or(key)
        .trim()
        .to_ascii_uppercase();
    if !countries::is_iso2(&iso_field) {
        let reason = match subdivision_parent(&iso_field) {
            Some(parent) => SkipReason::Subdivision { parent },
            None => SkipReason::UnknownCountry,
        };
        skipped.push(Skipped {
            raw: format!("{key} {name}"),
            reason,
        });
        return;
    }
    let wording = eng
        .str_at("advisory-text")
        .map(text::decode_entities)
        .unwrap_or_default();
    let level = entry
        .get("advisory-state")
        .and_then(Json::as_i64)
        .and_then(state_level)
        .or_else(|| wording_level(&wording));
    let Some(level) = level else {
        skipped.push(Skipped {
            raw: format!("{key} {name}"),
            reason: SkipReason::UnknownLevel {
                wording: format!(
                    "advisory-state {:?} / {wording:?}",
                    entry.get("advisory-state").map(Json::to_value).as_ref()
                ),
            },
        });
        return;
    };
    let advisories_html = eng.str_at("advisories").unwrap_or_default();
    let summary = if advisories_html.is_empty() {
        eng.str_at("recent-updates").unwrap_or_default()
    } else {
        advisories_html
    };
    let published = entry.get("date-published");
    // Epoch seconds are unambiguous; `asp` has an offset only since ~2026; `friendly-date` names its zone.
    let (updated, precision) = match published {
        Some(p) if p.get("timestamp").and_then(Json::as_i64).is_some() => (
            p.get("timestamp")
                .and_then(Json::as_i64)
                .and_then(time::epoch),
            TimePrecision::Exact,
        ),
        Some(p) if p.str_at("asp").and_then(time::rfc3339).is_some() => (
            p.str_at("asp").and_then(time::rfc3339),
            TimePrecision::Exact,
        ),
        _ => (
            eng.str_at("friendly-date").and_then(time::ca_friendly),
            TimePrecision::Exact,
        ),
    };
    let (summary_html, summary_text) = text::summary(summary, SOURCE.origin());
    let url = eng
        .str_at("url-slug")
        .map(|s| format!("https://travel.gc.ca/destinations/{s}"));
    out.push(Advisory {
        source: SOURCE,
        country: iso_field,
        source_country: name.to_owned(),
        matched_by: MatchedBy::IsoField,
        native_label: wording,
        level,
        regional_max: if single_file {
            regional_in_html(advisories_html).filter(|r| *r > level)
        } else {
            None
        },
        leave_now: text::says_leave_now(&summary_text),
        published: None,
        updated,
        time_precision: precision,
        url,
        summary_html,
        summary_text,
    });
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, AdvisoryError> {
    let doc = json_lite::parse(SOURCE, bytes)?;
    let data = doc
        .get("data")
        .filter(|d| d.is_object())
        .ok_or_else(|| shape(SOURCE, "no data object"))?;
    let feed_time = doc
        .pointer("/metadata/generated/timestamp")
        .and_then(Json::as_i64)
        .and_then(time::epoch);
    let mut advisories = Vec::new();
    let mut skipped = Vec::new();
    if data.contains_key("advisory-state") || data.contains_key("country-iso") {
        let key = doc["data"]
            .str_at("country-iso")
            .unwrap_or_default()
            .to_owned();
        one(&key, &doc["data"], true, &mut advisories, &mut skipped);
        // A single country's file has no date-published; its own generation time is the best "updated".
        for a in &mut advisories {
            if a.updated.is_none() {
                a.updated = feed_time;
            }
        }
    } else {
        for (key, entry) in data.entries().unwrap_or_default() {
            if !entry.is_object() {
                return Err(shape(SOURCE, format!("data.{key} is not an object")));
            }
            one(key, entry, false, &mut advisories, &mut skipped);
        }
    }
    Ok(Parsed {
        source: SOURCE,
        feed_time,
        // A country listed twice would otherwise flip between its two levels on every poll.
        advisories: crate::sources::dedupe(advisories, &mut skipped),
        skipped,
    })
}
