//! US State Department Consular Affairs API, `cadataapi.state.gov/api/TravelAdvisories`.
//!
//! A JSON array of `{Title, Link, id, Category: [FIPS tag], Summary (HTML), Published, Updated}`; the level
//! exists only as text inside `Title`.

use crate::error::AdvisoryError;
use crate::model::{Parsed, TimePrecision};
use crate::sources::json_lite::{self, Json};
use crate::sources::us_common::{self, Record};
use crate::sources::{dedupe, shape, SourceId};
use crate::time;

const SOURCE: SourceId = SourceId::UsStateJson;

pub fn parse(bytes: &[u8]) -> Result<Parsed, AdvisoryError> {
    let doc = json_lite::parse(SOURCE, bytes)?;
    let rows = doc
        .as_array()
        .ok_or_else(|| shape(SOURCE, "expected a top-level array of advisories"))?;
    let mut records = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let title = row
            .str_at("Title")
            .ok_or_else(|| shape(SOURCE, format!("record {i} has no Title")))?;
        let tag = row
            .get("Category")
            .and_then(Json::as_array)
            .and_then(|a| a.first())
            .and_then(Json::as_str);
        records.push(Record {
            source: SOURCE,
            title,
            threat_level: None,
            tag,
            url: row.str_at("Link").or_else(|| row.str_at("id")),
            summary: row.str_at("Summary").unwrap_or_default(),
            published: row.str_at("Published").and_then(time::rfc3339),
            updated: row.str_at("Updated").and_then(time::rfc3339),
            precision: TimePrecision::Exact,
        });
    }
    let (advisories, mut skipped) = us_common::build_all(&records);
    Ok(Parsed {
        source: SOURCE,
        feed_time: None,
        advisories: dedupe(advisories, &mut skipped),
        skipped,
    })
}
