//! US State Department RSS, `travel.state.gov/_res/rss/TAsTWs.xml`.
//!
//! Per item: `title` "<Country> - Level N: <Label>", `link`, `pubDate` (date only, no time),
//! `description` (CDATA HTML), `category domain="Threat-Level"` (the level as text) and
//! `category domain="Country-Tag"` (a FIPS/GEC code, not ISO).

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::error::AdvisoryError;
use crate::model::{Parsed, TimePrecision};
use crate::source_id::SourceId;
use crate::sources::shape;
use crate::sources::us_common::{self, Record};
use crate::time;

const SOURCE: SourceId = SourceId::UsStateRss;

#[derive(Default)]
struct Item {
    title: String,
    link: String,
    pub_date: String,
    description: String,
    threat_level: Option<String>,
    country_tag: Option<String>,
}

/// A `<category>`'s `domain` attribute, as far as the parser cares.
enum Domain {
    ThreatLevel,
    CountryTag,
    Other,
}

fn xml_err(e: impl std::fmt::Display) -> AdvisoryError {
    AdvisoryError::InvalidXml {
        feed: SOURCE,
        detail: e.to_string(),
    }
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    }
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, AdvisoryError> {
    let mut reader = Reader::from_reader(bytes);
    // The elements not closed yet, for the "never closed" error.
    let mut open: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut domain: Option<Domain> = None;
    let mut item: Option<Item> = None;
    let mut items: Vec<Item> = Vec::new();
    let mut channel_date: Option<String> = None;
    let mut saw_rss = false;
    loop {
        match reader.read_event().map_err(xml_err)? {
            Event::Start(e) => {
                let name = e.name();
                match name.as_ref() {
                    b"rss" => saw_rss = true,
                    b"item" => item = Some(Item::default()),
                    b"category" => {
                        domain = match e.try_get_attribute("domain").map_err(xml_err)? {
                            Some(a) => Some(match a.unescape_value().map_err(xml_err)?.as_ref() {
                                "Threat-Level" => Domain::ThreatLevel,
                                "Country-Tag" => Domain::CountryTag,
                                _ => Domain::Other,
                            }),
                            None => None,
                        };
                    }
                    _ => {}
                }
                text.clear();
                open.push(String::from_utf8_lossy(name.as_ref()).into_owned());
            }
            Event::End(e) => {
                let value = text.trim();
                match (e.name().as_ref(), item.as_mut()) {
                    (b"item", Some(_)) => items.extend(item.take()),
                    (b"title", Some(it)) => it.title = value.to_owned(),
                    (b"link", Some(it)) => it.link = value.to_owned(),
                    (b"pubDate", Some(it)) => it.pub_date = value.to_owned(),
                    (b"description", Some(it)) => it.description = value.to_owned(),
                    (b"category", Some(it)) => match domain.take() {
                        Some(Domain::ThreatLevel) => it.threat_level = Some(value.to_owned()),
                        Some(Domain::CountryTag) => it.country_tag = Some(value.to_owned()),
                        _ => {}
                    },
                    (b"pubDate", None) => channel_date = Some(value.to_owned()),
                    _ => {}
                }
                text.clear();
                open.pop();
            }
            Event::Text(t) => text.push_str(&t.decode().map_err(xml_err)?),
            Event::CData(c) => text.push_str(&c.decode().map_err(xml_err)?),
            Event::GeneralRef(r) => {
                if let Some(ch) = r.resolve_char_ref().map_err(xml_err)? {
                    text.push(ch);
                } else {
                    let name = r.decode().map_err(xml_err)?;
                    match entity(&name) {
                        Some(ch) => text.push(ch),
                        None => {
                            text.push('&');
                            text.push_str(&name);
                            text.push(';');
                        }
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !open.is_empty() {
        return Err(xml_err(format!(
            "truncated: <{}> never closed",
            open.join("> <")
        )));
    }
    if !saw_rss {
        return Err(shape(SOURCE, "no <rss> element"));
    }
    let records: Vec<Record<'_>> = items
        .iter()
        .map(|it| {
            let date = time::rss_date(&it.pub_date);
            Record {
                source: SOURCE,
                title: &it.title,
                threat_level: it.threat_level.as_deref(),
                tag: it.country_tag.as_deref(),
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
        feed_time: channel_date
            .as_deref()
            .and_then(time::rss_date)
            .map(|d| d.0),
        advisories: us_common::dedupe(advisories, &mut skipped),
        skipped,
    })
}
