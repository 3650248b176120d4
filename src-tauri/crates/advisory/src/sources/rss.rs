//! RSS 2.0 as the U.S. feeds publish it (the State Department's advisories, the embassies' WordPress alerts):
//! the channel's own `<title>`, `<link>` and `<pubDate>`, and per `<item>` the children the sources read, as
//! trimmed text with CDATA, character references and the five XML entities decoded. What the text means is each
//! source's business.
//!
//! A document that is not RSS or ends before it closes is an error, never a shorter channel.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::error::AdvisoryError;
use crate::source_id::SourceId;
use crate::sources::shape;

pub(crate) struct Channel {
    /// `<title>`, `<link>` and `<pubDate>` directly under `<channel>`: an `<image>` has a title and a link of its
    /// own, which are not the channel's.
    pub title: Option<String>,
    pub link: Option<String>,
    pub pub_date: Option<String>,
    /// In feed order.
    pub items: Vec<Item>,
}

/// One `<item>`; an absent child is the empty string.
#[derive(Default)]
pub(crate) struct Item {
    pub guid: String,
    pub title: String,
    pub link: String,
    pub pub_date: String,
    pub description: String,
    /// `content:encoded`: WordPress's full body (`description` is its excerpt).
    pub content: String,
    /// Every `<category>` with its `domain` attribute, in feed order.
    pub categories: Vec<(Option<String>, String)>,
}

impl Item {
    /// The value of the item's `<category>` in `domain`; the last one if it repeats.
    pub fn category(&self, domain: &str) -> Option<&str> {
        self.categories
            .iter()
            .rev()
            .find(|(d, _)| d.as_deref() == Some(domain))
            .map(|(_, value)| value.as_str())
    }
}

fn xml_err(source: SourceId, e: impl std::fmt::Display) -> AdvisoryError {
    AdvisoryError::InvalidXml {
        feed: source,
        detail: e.to_string(),
    }
}

/// A `<category>`'s `domain` attribute, unescaped.
fn domain_of(e: &BytesStart<'_>, source: SourceId) -> Result<Option<String>, AdvisoryError> {
    let Some(a) = e
        .try_get_attribute("domain")
        .map_err(|e| xml_err(source, e))?
    else {
        return Ok(None);
    };
    Ok(Some(
        a.unescape_value()
            .map_err(|e| xml_err(source, e))?
            .into_owned(),
    ))
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

/// Reads `bytes` as `source`'s RSS document; errors name `source`.
pub(crate) fn read(source: SourceId, bytes: &[u8]) -> Result<Channel, AdvisoryError> {
    let mut reader = Reader::from_reader(bytes);
    // The elements not closed yet, for the "never closed" error and to know what a <title> belongs to.
    let mut open: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut domain: Option<String> = None;
    let mut item: Option<Item> = None;
    let mut channel = Channel {
        title: None,
        link: None,
        pub_date: None,
        items: Vec::new(),
    };
    let mut saw_rss = false;
    loop {
        match reader.read_event().map_err(|e| xml_err(source, e))? {
            Event::Start(e) => {
                let name = e.name();
                match name.as_ref() {
                    b"rss" => saw_rss = true,
                    b"item" => item = Some(Item::default()),
                    b"category" => domain = domain_of(&e, source)?,
                    _ => {}
                }
                text.clear();
                open.push(String::from_utf8_lossy(name.as_ref()).into_owned());
            }
            Event::End(e) => {
                let value = text.trim();
                let in_channel = open.len() >= 2 && open[open.len() - 2] == "channel";
                match (e.name().as_ref(), item.as_mut()) {
                    (b"item", Some(_)) => channel.items.extend(item.take()),
                    (b"guid", Some(it)) => it.guid = value.to_owned(),
                    (b"title", Some(it)) => it.title = value.to_owned(),
                    (b"link", Some(it)) => it.link = value.to_owned(),
                    (b"pubDate", Some(it)) => it.pub_date = value.to_owned(),
                    (b"description", Some(it)) => it.description = value.to_owned(),
                    (b"content:encoded", Some(it)) => it.content = value.to_owned(),
                    (b"category", Some(it)) => {
                        it.categories.push((domain.take(), value.to_owned()))
                    }
                    (b"title", None) if in_channel => channel.title = Some(value.to_owned()),
                    (b"link", None) if in_channel => channel.link = Some(value.to_owned()),
                    (b"pubDate", None) if in_channel => channel.pub_date = Some(value.to_owned()),
                    _ => {}
                }
                text.clear();
                open.pop();
            }
            Event::Text(t) => text.push_str(&t.decode().map_err(|e| xml_err(source, e))?),
            Event::CData(c) => text.push_str(&c.decode().map_err(|e| xml_err(source, e))?),
            Event::GeneralRef(r) => {
                if let Some(ch) = r.resolve_char_ref().map_err(|e| xml_err(source, e))? {
                    text.push(ch);
                } else {
                    let name = r.decode().map_err(|e| xml_err(source, e))?;
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
        let detail = format!("truncated: <{}> never closed", open.join("> <"));
        return Err(xml_err(source, detail));
    }
    if !saw_rss {
        return Err(shape(source, "no <rss> element"));
    }
    Ok(channel)
}
