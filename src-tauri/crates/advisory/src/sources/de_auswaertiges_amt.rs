//! Germany's Auswärtiges Amt OpenData, `www.auswaertiges-amt.de/opendata/travelwarning[/{id}]`.
//!
//! `response` maps a content id to an entry (plus an envelope `lastModified`). The level flags are booleans
//! (`warning` = Reisewarnung for the whole country, `partialWarning` = Teilreisewarnung, and the COVID-era
//! `situationWarning`/`situationPartWarning`); times are epoch seconds. The per-country endpoint adds the
//! HTML `content`, whose wording is read too: "… wird abgeraten" is level 3, "… wird gewarnt"/Reisewarnung 4.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use regex::Regex;
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

const SOURCE: SourceId = SourceId::DeAa;

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Envelope<'a> {
    /// Content id → entry, mixed with envelope members (`lastModified`, `contentList`).
    response: Loose<BTreeMap<Cow<'a, str>, &'a RawValue>>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase", bound(deserialize = "'de: 'a"))]
struct Entry<'a> {
    country_name: Str<'a>,
    country_code: Str<'a>,
    /// The same code as the OpenAPI spells it.
    #[serde(rename = "CountryCode")]
    country_code_capitalised: Str<'a>,
    content: Str<'a>,
    warning: Loose<bool>,
    partial_warning: Loose<bool>,
    situation_warning: Loose<bool>,
    situation_part_warning: Loose<bool>,
    last_modified: Loose<i64>,
    effective: Loose<i64>,
}

fn flag(f: &Loose<bool>) -> bool {
    f.0.unwrap_or(false)
}

fn sentence_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)[^.\n]*\b(abgeraten|gewarnt)\b[^.\n]*")
            .unwrap_or_else(|e| panic!("static regex: {e}"))
    })
}

/// Words that make a warning sentence about part of the country rather than all of it.
const PART_WORDS: &[&str] = &[
    "teil",
    "region",
    "provinz",
    "gebiet",
    "grenz",
    "bundesstaat",
    "departement",
    "distrikt",
    "norden",
    "süden",
    "osten",
    "westen",
    "küste",
    "stadt",
    "innerhalb",
    "km",
    "insel",
];

/// `(whole country, part, first whole-country sentence)` from the advice text.
fn levels_in_text(text: &str) -> (Option<Level>, Option<Level>, Option<String>) {
    let (mut whole, mut part, mut sentence) = (None, None, None);
    for m in sentence_re().find_iter(text) {
        let s = m.as_str().trim();
        let lower = s.to_lowercase();
        // "Es besteht keine Reisewarnung" and "nicht abgeraten" are not warnings.
        if lower.contains("nicht abgeraten") || lower.contains("keine") {
            continue;
        }
        let level = if lower.contains("gewarnt") {
            Level::DO_NOT_TRAVEL
        } else {
            Level::RECONSIDER
        };
        if PART_WORDS.iter().any(|w| lower.contains(w)) {
            part = part.max(Some(level));
        } else {
            if whole.is_none_or(|w| level > w) {
                sentence = Some(s.to_owned());
            }
            whole = whole.max(Some(level));
        }
    }
    (whole, part, sentence)
}

fn one(id: &str, e: &Entry<'_>, out: &mut Vec<Advisory>, skipped: &mut Vec<Skipped>) {
    let name = e.country_name.get().unwrap_or(id);
    // Accept the OpenAPI's spelling and a lower-case code ("mx" in a capture); a name is the fallback.
    let code = e
        .country_code
        .get()
        .or_else(|| e.country_code_capitalised.get())
        .map(|c| c.trim().to_ascii_uppercase());
    let (iso, matched_by) = match code.as_deref().filter(|c| countries::is_iso2(c)) {
        Some(c) => (c.to_owned(), MatchedBy::IsoField),
        None => match countries::lookup(name) {
            Some(c) => (c.to_owned(), MatchedBy::Name),
            None => {
                skipped.push(Skipped {
                    raw: format!("{id} {name}"),
                    reason: SkipReason::UnknownCountry,
                });
                return;
            }
        },
    };
    let content = e.content.get().unwrap_or_default();
    let content_text = wording::plain_text(content);
    let (text_whole, text_part, sentence) = levels_in_text(&content_text);

    let mut labels = Vec::new();
    let mut level = Level::NORMAL;
    let mut regional: Option<Level> = None;
    if flag(&e.warning) {
        level = Level::DO_NOT_TRAVEL;
        labels.push("Reisewarnung".to_owned());
    }
    // A situational warning was a blanket (pandemic) measure: read as "reconsider", not as "do not travel".
    if flag(&e.situation_warning) {
        level = level.max(Level::RECONSIDER);
        labels.push("Situationsbezogene Reisewarnung".to_owned());
    }
    if let Some(w) = text_whole {
        level = level.max(w);
        labels.extend(sentence);
    }
    if flag(&e.partial_warning) {
        regional = regional.max(Some(Level::DO_NOT_TRAVEL));
        labels.push("Teilreisewarnung".to_owned());
    }
    if flag(&e.situation_part_warning) {
        regional = regional.max(Some(Level::RECONSIDER));
        labels.push("Situationsbezogene Teilreisewarnung".to_owned());
    }
    regional = regional.max(text_part);
    if labels.is_empty() {
        labels.push("Keine Reisewarnung".to_owned());
    }
    let (updated, published) = (
        e.last_modified.0.and_then(time::epoch),
        e.effective.0.and_then(time::epoch),
    );
    out.push(Advisory {
        source: SOURCE,
        country: iso,
        source_country: name.to_owned(),
        matched_by,
        native_label: labels.join("; "),
        level,
        regional_max: regional.filter(|r| *r > level),
        leave_now: wording::says_leave_now(&content_text),
        published,
        updated,
        time_precision: TimePrecision::Exact,
        url: Some(format!("{}/opendata/travelwarning/{id}", SOURCE.origin())),
        summary_raw: content.to_owned(),
        summary_text: content_text,
        // `lastModified` names the edition; the feed carries no change note.
        update: updated.map(|t| UpdateNote {
            edition: time::edition(t),
            note: String::new(),
            published: Some(t),
        }),
    });
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, AdvisoryError> {
    let doc: Object<Envelope> = json::read(SOURCE, bytes)?;
    let response = doc
        .0
        .and_then(|d| d.response.0)
        .ok_or_else(|| shape(SOURCE, "no response object"))?;
    let mut advisories = Vec::new();
    let mut skipped = Vec::new();
    for (id, raw) in &response {
        // The envelope mixes metadata (lastModified, contentList) into the same map as the entries.
        if let Some(entry) = json::object::<Entry>(raw) {
            one(id, &entry, &mut advisories, &mut skipped);
        }
    }
    Ok(Parsed {
        source: SOURCE,
        // Envelope lastModified was months stale in a capture: informative only, never a change signal.
        feed_time: response
            .get("lastModified")
            .and_then(|raw| serde_json::from_str::<i64>(raw.get()).ok())
            .and_then(time::epoch),
        // A country listed twice would otherwise flip between its two levels on every poll.
        advisories: crate::sources::dedupe(advisories, &mut skipped),
        skipped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_wording() {
        let (w, p, s) = levels_in_text("Von Reisen nach Niger wird abgeraten.");
        assert_eq!((w, p), (Some(Level::RECONSIDER), None));
        assert_eq!(s.as_deref(), Some("Von Reisen nach Niger wird abgeraten"));
        let (w, p, _) = levels_in_text("Vor Reisen in die Grenzregion zu Kolumbien wird gewarnt.");
        assert_eq!((w, p), (None, Some(Level::DO_NOT_TRAVEL)));
        let (w, _, _) = levels_in_text("Vor Reisen nach Afghanistan wird gewarnt.");
        assert_eq!(w, Some(Level::DO_NOT_TRAVEL));
        let (w, p, _) = levels_in_text("Von Reisen wird nicht abgeraten.");
        assert_eq!((w, p), (None, None));
    }
}
