//! US State Department Consular Affairs API, `cadataapi.state.gov/api/TravelAdvisories`.
//!
//! A JSON array of `{Title, Link, id, Category: [FIPS tag], Summary (HTML), Published, Updated}`; the level
//! exists only as text inside `Title`.

use crate::error::AdvisoryError;
use crate::model::{Parsed, TimePrecision};
use crate::sources::us_common::{self, Record};
use crate::sources::{dedupe, json, shape, str_at, SourceId};
use crate::time;

const SOURCE: SourceId = SourceId::UsStateJson;

pub fn parse(bytes: &[u8]) -> Result<Parsed, AdvisoryError> {
    let doc = json(SOURCE, bytes)?;
    let rows = doc
        .as_array()
        .ok_or_else(|| shape(SOURCE, "expected a top-level array of advisories"))?;
    let mut advisories = Vec::new();
    let mut skipped = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let title = str_at(row, "Title")
            .ok_or_else(|| shape(SOURCE, format!("record {i} has no Title")))?;
        let tag = row
            .get("Category")
            .and_then(|c| c.as_array())
            .and_then(|a| a.first())
            .and_then(|t| t.as_str());
        us_common::build(
            Record {
                source: SOURCE,
                title,
                threat_level: None,
                tag,
                url: str_at(row, "Link").or_else(|| str_at(row, "id")),
                summary: str_at(row, "Summary").unwrap_or_default(),
                published: str_at(row, "Published").and_then(time::rfc3339),
                updated: str_at(row, "Updated").and_then(time::rfc3339),
                precision: TimePrecision::Exact,
            },
            &mut advisories,
            &mut skipped,
        );
    }
    Ok(Parsed {
        source: SOURCE,
        feed_time: None,
        advisories: dedupe(advisories, &mut skipped),
        skipped,
    })
}
