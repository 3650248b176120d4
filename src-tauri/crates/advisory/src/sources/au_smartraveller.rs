//! Australia's Smartraveller, `www.smartraveller.gov.au/destinations-export`.
//!
//! A JSON array with country names only (no ISO code anywhere, HTML entities inside names), the overall level
//! as text, and overall plus regional levels flattened into one string. The `field_last_update` text has
//! apostrophes mangled into `&amp;**`.

use std::borrow::Cow;

use crate::countries;
use crate::error::AdvisoryError;
use crate::level::Level;
use crate::model::{Advisory, MatchedBy, Parsed, SkipReason, Skipped, TimePrecision};
use crate::sources::json_lite;
use crate::sources::{shape, SourceId};
use crate::{text, time};

const SOURCE: SourceId = SourceId::AuSmartraveller;

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
    let doc = json_lite::parse(SOURCE, bytes)?;
    let rows = doc
        .as_array()
        .ok_or_else(|| shape(SOURCE, "expected a top-level array of destinations"))?;
    let mut advisories = Vec::new();
    let mut skipped = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let raw_title = row
            .str_at("title")
            .ok_or_else(|| shape(SOURCE, format!("row {i} has no title")))?;
        let name = text::decode_entities(raw_title);
        let wording = row
            .str_at("field_overall_advice_level")
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
        let seo = row.str_at("field_seo_description").unwrap_or_default();
        let Some(level) = wording_level(&wording).or_else(|| colour_level(seo)) else {
            skipped.push(Skipped {
                raw: name,
                reason: SkipReason::UnknownLevel { wording },
            });
            continue;
        };
        let levels_text =
            text::decode_entities(row.str_at("field_advice_levels").unwrap_or_default());
        let regional_max = text::highest_level_named(&levels_text)
            .and_then(Level::new)
            .filter(|l| *l > level);
        let update = repair(row.str_at("field_last_update").unwrap_or_default());
        let notes = repair(row.str_at("field_last_update_notes").unwrap_or_default());
        let (summary_html, summary_text) = text::summary(&update, SOURCE.origin());
        let leave_now =
            text::says_leave_now(&summary_text) || text::says_leave_now(&text::plain_text(&notes));
        let updated = row.str_at("changed").and_then(time::au_changed);
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
            url: row.str_at("field_url").map(str::to_owned),
            summary_html,
            summary_text,
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
