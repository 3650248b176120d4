//! US State Department RSS, `travel.state.gov/_res/rss/TAsTWs.xml`.
//!
//! Per item: `title` "<Country> - Level N: <Label>", `link`, `pubDate` (date only, no time),
//! `description` (CDATA HTML), `category domain="Threat-Level"` (the level as text) and
//! `category domain="Country-Tag"` (a FIPS/GEC code, not ISO).

use crate::error::AdvisoryError;
use crate::model::{Parsed, TimePrecision};
use crate::source_id::SourceId;
use crate::sources::rss;
use crate::sources::us_common::{self, Record};
use crate::time;

const SOURCE: SourceId = SourceId::UsStateRss;

pub fn parse(bytes: &[u8]) -> Result<Parsed, AdvisoryError> {
    let channel = rss::read(SOURCE, bytes)?;
    let records: Vec<Record<'_>> = channel
        .items
        .iter()
        .map(|it| {
            let date = time::rss_date(&it.pub_date);
            Record {
                source: SOURCE,
                title: &it.title,
                threat_level: it.category("Threat-Level"),
                tag: it.category("Country-Tag"),
                url: (!it.link.is_empty()).then_some(it.link.as_str()),
                summary: &it.description,
                // The feed has one date per item; it is both when the advisory was issued and last changed.
                published: date.map(|d| d.0),
                updated: date.map(|d| d.0),
                precision: match date {
                    Some((_, true)) => TimePrecision::DateOnlyMidnightUtc,
                    _ => TimePrecision::Exact,
                },
            }
        })
        .collect();
    let (advisories, mut skipped) = us_common::build_all(&records);
    Ok(Parsed {
        source: SOURCE,
        feed_time: channel
            .pub_date
            .as_deref()
            .and_then(time::rss_date)
            .map(|d| d.0),
        advisories: us_common::dedupe(advisories, &mut skipped),
        skipped,
    })
}
