//! Global Affairs Canada, `data.international.gc.ca/travel-voyage/…`.
//!
//! Two shapes: the index (`index-alpha-eng.json`, `data` keyed by ISO alpha-2) and one country
//! (`cta-cap-XX.json`, `data.country-iso`). The level is `advisory-state` 0–3; its English wording drifted
//! between eras ("AVOID ALL TRAVEL" in 2014, "Avoid all travel" in 2026), so the number decides and the
//! wording is only a fallback when the number is missing.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::countries;
use crate::error::AdvisoryError;
use crate::level::Level;
use crate::model::{Advisory, MatchedBy, Parsed, SkipReason, Skipped, TimePrecision, UpdateNote};
use crate::source_id::SourceId;
use crate::sources::json::{self, Loose, Object, Str};
use crate::sources::shape;
use crate::{time, wording};

const SOURCE: SourceId = SourceId::CaTravel;

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Doc<'a> {
    /// One country's fields, or the index: ISO code → one country's fields.
    data: Loose<&'a RawValue>,
    metadata: Object<Metadata<'a>>,
}

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Metadata<'a> {
    generated: Object<Stamp<'a>>,
}

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Stamp<'a> {
    timestamp: Loose<i64>,
    asp: Str<'a>,
}

/// One country.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "kebab-case", bound(deserialize = "'de: 'a"))]
struct Entry<'a> {
    eng: Object<Eng<'a>>,
    country_eng: Str<'a>,
    country_iso: Str<'a>,
    /// Kept raw: an unreadable value is quoted in the skip reason.
    advisory_state: Loose<&'a RawValue>,
    date_published: Object<Stamp<'a>>,
    /// The index's kind of update ("Minor editorial change", "Regular text update", "Advisory added").
    recent_updates_type: Str<'a>,
    /// A country file's kind of update ("Editorial change").
    update_metadata: Str<'a>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "kebab-case", bound(deserialize = "'de: 'a"))]
struct Eng<'a> {
    name: Str<'a>,
    advisory_text: Str<'a>,
    advisories: Str<'a>,
    recent_updates: Str<'a>,
    friendly_date: Str<'a>,
    url_slug: Str<'a>,
}

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
    entry: &Entry<'_>,
    single_file: bool,
    out: &mut Vec<Advisory>,
    skipped: &mut Vec<Skipped>,
) {
    let no_eng = Eng::default();
    let eng = entry.eng.0.as_ref().unwrap_or(&no_eng);
    let name = eng
        .name
        .get()
        .or_else(|| entry.country_eng.get())
        .unwrap_or(key);
    let iso_field = entry
        .country_iso
        .get()
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
        .advisory_text
        .get()
        .map(wording::decode_entities)
        .unwrap_or_default();
    let state = entry.advisory_state.0;
    let level = state
        .and_then(|raw| serde_json::from_str::<i64>(raw.get()).ok())
        .and_then(state_level)
        .or_else(|| wording_level(&wording));
    let Some(level) = level else {
        let state = state.and_then(|raw| serde_json::from_str::<serde_json::Value>(raw.get()).ok());
        skipped.push(Skipped {
            raw: format!("{key} {name}"),
            reason: SkipReason::UnknownLevel {
                wording: format!("advisory-state {:?} / {wording:?}", state.as_ref()),
            },
        });
        return;
    };
    let advisories_html = eng.advisories.get().unwrap_or_default();
    let summary = if advisories_html.is_empty() {
        eng.recent_updates.get().unwrap_or_default()
    } else {
        advisories_html
    };
    let published = entry.date_published.0.as_ref();
    // Epoch seconds are unambiguous; `asp` has an offset only since ~2026; `friendly-date` names its zone.
    let updated = match published {
        Some(Stamp {
            timestamp: Loose(Some(t)),
            ..
        }) => time::epoch(*t),
        Some(p) if p.asp.get().and_then(time::rfc3339).is_some() => {
            p.asp.get().and_then(time::rfc3339)
        }
        _ => eng.friendly_date.get().and_then(time::ca_friendly),
    };
    let summary_text = wording::plain_text(summary);
    let update = updated.map(|t| UpdateNote {
        edition: time::edition_to_minute(t),
        note: change_note(
            entry
                .recent_updates_type
                .get()
                .or_else(|| entry.update_metadata.get()),
            eng.recent_updates.get(),
        ),
        published: Some(t),
    });
    let url = eng
        .url_slug
        .get()
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
        leave_now: wording::says_leave_now(&summary_text),
        published: None,
        updated,
        time_precision: TimePrecision::Exact,
        url,
        summary_raw: summary.to_owned(),
        summary_text,
        update,
    });
}

/// Canada's note: its `recent-updates` text, led by the kind of update unless the text already says it
/// ("Regular text update: The Security tab was updated - elections." but "A minor editorial change was made.").
fn change_note(kind: Option<&str>, text: Option<&str>) -> String {
    let kind = kind.map(wording::plain_text).unwrap_or_default();
    let text = text.map(wording::plain_text).unwrap_or_default();
    if kind.is_empty() || text.to_lowercase().contains(&kind.to_lowercase()) {
        text
    } else if text.is_empty() {
        kind
    } else {
        format!("{kind}: {text}")
    }
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, AdvisoryError> {
    let doc: Object<Doc> = json::read(SOURCE, bytes)?;
    let doc = doc.0.unwrap_or_default();
    let no_data = || shape(SOURCE, "no data object");
    let data = doc.data.0.ok_or_else(no_data)?;
    let members: BTreeMap<Cow<str>, &RawValue> =
        serde_json::from_str(data.get()).map_err(|_| no_data())?;
    let feed_time = doc
        .metadata
        .0
        .and_then(|m| m.generated.0)
        .and_then(|g| g.timestamp.0)
        .and_then(time::epoch);
    let mut advisories = Vec::new();
    let mut skipped = Vec::new();
    if members.contains_key("advisory-state") || members.contains_key("country-iso") {
        let entry: Entry = json::object(data).ok_or_else(no_data)?;
        let key = entry.country_iso.get().unwrap_or_default().to_owned();
        one(&key, &entry, true, &mut advisories, &mut skipped);
        // A single country's file has no date-published; its own generation time is the best "updated".
        for a in &mut advisories {
            if a.updated.is_none() {
                a.updated = feed_time;
            }
        }
    } else {
        for (key, raw) in &members {
            let entry: Entry = json::object(raw)
                .ok_or_else(|| shape(SOURCE, format!("data.{key} is not an object")))?;
            one(key, &entry, false, &mut advisories, &mut skipped);
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
