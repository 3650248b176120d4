//! US State Department RSS, `travel.state.gov/_res/rss/TAsTWs.xml`.
//!
//! Per item: `title` "<Country> - Level N: <Label>", `link`, `pubDate` (date only, no time),
//! `description` (CDATA HTML), `category domain="Threat-Level"` (the level as text) and
//! `category domain="Country-Tag"` (a FIPS/GEC code, not ISO).

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::error::AdvisoryError;
use crate::model::{Parsed, TimePrecision};
use crate::sources::us_common::{self, Record};
use crate::sources::{dedupe, shape, SourceId};
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
    let mut buf = Vec::new();
    let mut open: Vec<Vec<u8>> = Vec::new();
    let mut text = String::new();
    let mut domain: Option<String> = None;
    let mut item: Option<Item> = None;
    let mut items: Vec<Item> = Vec::new();
    let mut channel_date: Option<String> = None;
    let mut saw_rss = false;
    loop {
        match reader.read_event_into(&mut buf).map_err(xml_err)? {
            Event::Start(e) => {
                let name = e.name().as_ref().to_vec();
                match name.as_slice() {
                    b"rss" => saw_rss = true,
                    b"item" => item = Some(Item::default()),
                    b"category" => {
                        domain = e
                            .try_get_attribute("domain")
                            .map_err(xml_err)?
                            .map(|a| a.unescape_value().map(|v| v.into_owned()))
                            .transpose()
                            .map_err(xml_err)?;
                    }
                    _ => {}
                }
                text.clear();
                open.push(name);
            }
            Event::End(e) => {
                let value = std::mem::take(&mut text).trim().to_owned();
                match (e.name().as_ref(), item.as_mut()) {
                    (b"item", Some(_)) => items.extend(item.take()),
                    (b"title", Some(it)) => it.title = value,
                    (b"link", Some(it)) => it.link = value,
                    (b"pubDate", Some(it)) => it.pub_date = value,
                    (b"description", Some(it)) => it.description = value,
                    (b"category", Some(it)) => match domain.take().as_deref() {
                        Some("Threat-Level") => it.threat_level = Some(value),
                        Some("Country-Tag") => it.country_tag = Some(value),
                        _ => {}
                    },
                    (b"pubDate", None) => channel_date = Some(value),
                    _ => {}
                }
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
        buf.clear();
    }
    if !open.is_empty() {
        let names: Vec<String> = open
            .iter()
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .collect();
        return Err(xml_err(format!(
            "truncated: <{}> never closed",
            names.join("> <")
        )));
    }
    if !saw_rss {
        return Err(shape(SOURCE, "no <rss> element"));
    }
    let mut advisories = Vec::new();
    let mut skipped = Vec::new();
    for it in &items {
        let date = time::rss_date(&it.pub_date);
        us_common::build(
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
            },
            &mut advisories,
            &mut skipped,
        );
    }
    Ok(Parsed {
        source: SOURCE,
        feed_time: channel_date
            .as_deref()
            .and_then(time::rss_date)
            .map(|d| d.0),
        advisories: dedupe(advisories, &mut skipped),
        skipped,
    })
}
