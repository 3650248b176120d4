//! Australia's Smartraveller, `www.smartraveller.gov.au/destinations-export`.
//!
//! A JSON array with country names only (no ISO code anywhere, HTML entities inside names), the overall level
//! as text, and overall plus regional levels flattened into one string. The `field_last_update` text has
//! apostrophes mangled into `&amp;**`.

use std::borrow::Cow;

use serde::Deserialize;

use crate::countries;
use crate::error::AdvisoryError;
use crate::level::Level;
use crate::model::{Advisory, MatchedBy, Parsed, SkipReason, Skipped, TimePrecision, UpdateNote};
use crate::source_id::SourceId;
use crate::sources::json::{self, Loose, Object, Str};
use crate::sources::shape;
use crate::{time, wording};

const SOURCE: SourceId = SourceId::AuSmartraveller;

#[derive(Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct Row<'a> {
    title: Str<'a>,
    field_overall_advice_level: Str<'a>,
    field_seo_description: Str<'a>,
    field_advice_levels: Str<'a>,
    field_last_update: Str<'a>,
    field_last_update_notes: Str<'a>,
    changed: Str<'a>,
    field_url: Str<'a>,
}

fn wording_level(wording: &str) -> Option<Level> {
    match wording.trim().to_lowercase().as_str() {
        "exercise normal safety precautions" => Some(Level::NORMAL),
        "exercise a high degree of caution" => Some(Level::CAUTION),
        "reconsider your need to travel" => Some(Level::RECONSIDER),
        "do not travel" => Some(Level::DO_NOT_TRAVEL),
        _ => None,
    }
}

/// The SEO description's colour ("Travel advice level YELLOW", case varies) as a fallback if the wording drifts.
fn colour_level(seo: &str) -> Option<Level> {
    let s = seo.to_lowercase();
    let colour = s.split("travel advice level").nth(1)?.trim_start();
    [("green", 1), ("yellow", 2), ("orange", 3), ("red", 4)]
        .iter()
        .find(|(c, _)| colour.starts_with(c))
        .and_then(|(_, l)| Level::new(*l))
}

/// Repairs the export's broken apostrophes (`&amp;**` where `’` or a quote was) before reading the text.
fn repair(s: &str) -> Cow<'_, str> {
    if s.contains('&') {
        Cow::Owned(s.replace("&amp;**", "'").replace("&**", "'"))
    } else {
        Cow::Borrowed(s)
    }
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, AdvisoryError> {
    let rows: Loose<Vec<Object<Row>>> = json::read(SOURCE, bytes)?;
    let rows = rows
        .0
        .ok_or_else(|| shape(SOURCE, "expected a top-level array of destinations"))?;
    let mut advisories = Vec::new();
    let mut skipped = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let (row, raw_title) = row
            .0
            .as_ref()
            .and_then(|r| r.title.get().map(|t| (r, t)))
            .ok_or_else(|| shape(SOURCE, format!("row {i} has no title")))?;
        let name = wording::decode_entities(raw_title);
        let wording = row
            .field_overall_advice_level
            .get()
            .unwrap_or_default()
            .trim()
            .to_owned();
        if name.eq_ignore_ascii_case("no travel advice")
            || wording.eq_ignore_ascii_case("no travel advice")
        {
            skipped.push(Skipped {
                raw: name,
                reason: SkipReason::Placeholder,
            });
            continue;
        }
        let Some(iso) = countries::lookup(&name) else {
            skipped.push(Skipped {
                raw: name,
                reason: SkipReason::UnknownCountry,
            });
            continue;
        };
        let seo = row.field_seo_description.get().unwrap_or_default();
        let Some(level) = wording_level(&wording).or_else(|| colour_level(seo)) else {
            skipped.push(Skipped {
                raw: name,
                reason: SkipReason::UnknownLevel { wording },
            });
            continue;
        };
        let levels_text =
            wording::decode_entities(row.field_advice_levels.get().unwrap_or_default());
        let regional_max = wording::highest_level_named(&levels_text)
            .and_then(Level::new)
            .filter(|l| *l > level);
        let latest = repair(row.field_last_update.get().unwrap_or_default());
        let notes = repair(row.field_last_update_notes.get().unwrap_or_default());
        let summary_text = wording::plain_text(&latest);
        let leave_now = wording::says_leave_now(&summary_text)
            || wording::says_leave_now(&wording::plain_text(&notes));
        let updated = row.changed.get().and_then(time::au_changed);
        // `changed` names the edition (Canberra wall-clock, written out in UTC); an unreadable stamp still
        // names one, verbatim. The latest-update text is the note.
        let update = row
            .changed
            .get()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(|changed| UpdateNote {
                edition: updated.map_or_else(|| changed.to_owned(), time::edition),
                note: summary_text.clone(),
                published: updated,
            });
        advisories.push(Advisory {
            source: SOURCE,
            country: iso.to_owned(),
            source_country: name,
            matched_by: MatchedBy::Name,
            native_label: wording,
            level,
            regional_max,
            leave_now,
            published: None,
            updated,
            time_precision: TimePrecision::LocalZoneAssumed,
            url: row.field_url.get().map(str::to_owned),
            summary_raw: latest.into_owned(),
            summary_text,
            update,
        });
    }
    Ok(Parsed {
        source: SOURCE,
        feed_time: None,
        // A country listed twice would otherwise flip between its two levels on every poll.
        advisories: crate::sources::dedupe(advisories, &mut skipped),
        skipped,
    })
}
