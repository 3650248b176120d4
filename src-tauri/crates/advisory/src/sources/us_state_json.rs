//! US State Department Consular Affairs API, `cadataapi.state.gov/api/TravelAdvisories`.
//!
//! A JSON array of `{Title, Link, id, Category: [FIPS tag], Summary (HTML), Published, Updated}`; the level
//! exists only as text inside `Title`.

use serde::Deserialize;

use crate::error::AdvisoryError;
use crate::model::{Parsed, TimePrecision};
use crate::source_id::SourceId;
use crate::sources::json::{self, Loose, Object, Str};
use crate::sources::shape;
use crate::sources::us_common::{self, Record};
use crate::time;

const SOURCE: SourceId = SourceId::UsStateJson;

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase", bound(deserialize = "'de: 'a"))]
struct Row<'a> {
    title: Str<'a>,
    link: Str<'a>,
    #[serde(rename = "id")]
    id: Str<'a>,
    category: Loose<Vec<Str<'a>>>,
    summary: Str<'a>,
    published: Str<'a>,
    updated: Str<'a>,
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, AdvisoryError> {
    let rows: Loose<Vec<Object<Row>>> = json::read(SOURCE, bytes)?;
    let rows = rows
        .0
        .ok_or_else(|| shape(SOURCE, "expected a top-level array of advisories"))?;
    let mut records = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let (row, title) = row
            .0
            .as_ref()
            .and_then(|r| r.title.get().map(|t| (r, t)))
            .ok_or_else(|| shape(SOURCE, format!("record {i} has no Title")))?;
        records.push(Record {
            source: SOURCE,
            title,
            threat_level: None,
            tag: row
                .category
                .0
                .as_ref()
                .and_then(|c| c.first())
                .and_then(Str::get),
            url: row.link.get().or_else(|| row.id.get()),
            summary: row.summary.get().unwrap_or_default(),
            published: row.published.get().and_then(time::rfc3339),
            updated: row.updated.get().and_then(time::rfc3339),
            precision: TimePrecision::Exact,
        });
    }
    let (advisories, mut skipped) = us_common::build_all(&records);
    Ok(Parsed {
        source: SOURCE,
        feed_time: None,
        advisories: us_common::dedupe(advisories, &mut skipped),
        skipped,
    })
}
