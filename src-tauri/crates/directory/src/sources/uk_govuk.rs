//! GOV.UK: `https://www.gov.uk/api/content/world/embassies` (schema `embassies_index`), then the organisation
//! page of each office (`/api/content/world/organisations/<slug>`, schema `worldwide_organisation`).
//!
//! The index lists every world location by name with `assistance_available`: `local` (the organisations with
//! offices there), `remote` (`remote_office`: help from an office in another country, e.g. Afghanistan from
//! Qatar) or `none`. An organisation page holds the office (`links.main_office[0]`, its opening hours as HTML in
//! `details.access_and_opening_times`) and its contacts (`links.contacts[]` with `details.post_addresses`,
//! `phone_numbers{title,number}` and `email_addresses`), tied together by `details.office_contact_associations`.

use chrono::{DateTime, NaiveDate, Utc};
use lifeboat_plan::missions::{Assistance, Mission, MissionKind};
use serde_json::Value;

use crate::countries::from_english;
use crate::error::DirectoryError;
use crate::html;
use crate::source::DirectorySource;
use crate::sources::{json, shape, text};

const FEED: DirectorySource = DirectorySource::UnitedKingdom;

/// One world location of the index.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    pub country: String,
    pub assistance: Assistance,
    /// Organisation pages (paths such as `/world/organisations/british-embassy-tehran`) that help there, only
    /// those whose names say they are consular (not trade or science offices).
    pub offices: Vec<String>,
    /// For `remote`: where the helping office is.
    pub remote_country: String,
}

/// The index: every location Lifeboat can name, keyed by ISO code. Names it cannot place are left out (and
/// counted in the second value), never guessed.
pub fn parse_index(bytes: &[u8]) -> Result<(Vec<Location>, usize), DirectoryError> {
    let doc = json(FEED, bytes)?;
    let list = doc
        .get("details")
        .and_then(|d| d.get("world_locations"))
        .and_then(Value::as_array)
        .ok_or_else(|| shape(FEED, "no `details.world_locations` list"))?;
    let mut out = Vec::new();
    let mut unplaced = 0;
    for loc in list {
        let Some(country) = from_english(&text(loc.get("name"))) else {
            unplaced += 1;
            continue;
        };
        let (assistance, offices, remote_country) =
            match text(loc.get("assistance_available")).as_str() {
                "local" => {
                    let offices = loc
                        .get("organisations_with_embassy_offices")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                        .filter(|o| is_consular(&text(o.get("name"))))
                        .map(|o| text(o.get("path")))
                        .filter(|p| p.starts_with('/'))
                        .collect();
                    (Assistance::Local, offices, String::new())
                }
                "remote" => {
                    let remote = loc.get("remote_office");
                    let path = text(remote.and_then(|r| r.get("path")));
                    let there = from_english(&text(remote.and_then(|r| r.get("country"))))
                        .unwrap_or_default()
                        .to_owned();
                    let offices = if path.starts_with('/') {
                        vec![path]
                    } else {
                        Vec::new()
                    };
                    (Assistance::Remote, offices, there)
                }
                "none" => (Assistance::None, Vec::new(), String::new()),
                _ => (Assistance::Unknown, Vec::new(), String::new()),
            };
        out.push(Location {
            country: country.to_owned(),
            assistance,
            offices,
            remote_country,
        });
    }
    if out.is_empty() {
        return Err(DirectoryError::Empty {
            feed: FEED,
            country: "*".to_owned(),
        });
    }
    Ok((out, unplaced))
}

/// Embassies, high commissions, consulates and the like; not the trade, science or development offices the
/// index also lists.
fn is_consular(name: &str) -> bool {
    let n = name.to_lowercase();
    [
        "embassy",
        "high commission",
        "consulate",
        "consul",
        "interests section",
        "british office",
        "assistance office",
    ]
    .iter()
    .any(|k| n.contains(k))
}

/// The content API URL of an organisation path.
pub fn organisation_url(base: &str, path: &str) -> String {
    format!("{}/api/content{}", base.trim_end_matches('/'), path)
}

/// One organisation page as the office that helps British nationals in `country` (`located_in` when the office
/// is in another country).
pub fn parse_organisation(
    bytes: &[u8],
    country: &str,
    located_in: &str,
    fetched: NaiveDate,
) -> Result<Mission, DirectoryError> {
    let doc = json(FEED, bytes)?;
    let title = text(doc.get("title"));
    if title.is_empty() {
        return Err(shape(FEED, "an organisation page without a title"));
    }
    let path = text(doc.get("base_path"));
    let links = doc.get("links");
    let main_office = links
        .and_then(|l| l.get("main_office"))
        .and_then(Value::as_array)
        .and_then(|a| a.first());
    let office_id = text(main_office.and_then(|o| o.get("content_id")));
    let contacts: Vec<&Value> = links
        .and_then(|l| l.get("contacts"))
        .and_then(Value::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    // The main office's own contact, by the page's association table; else the first contact.
    let associated = doc
        .get("details")
        .and_then(|d| d.get("office_contact_associations"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|a| !office_id.is_empty() && text(a.get("office_content_id")) == office_id)
        .map(|a| text(a.get("contact_content_id")));
    let contact = associated
        .and_then(|id| contacts.iter().find(|c| text(c.get("content_id")) == id))
        .or(contacts.first())
        .and_then(|c| c.get("details"));

    let address_entry = contact
        .and_then(|c| c.get("post_addresses"))
        .and_then(Value::as_array)
        .and_then(|a| a.first());
    let city = text(address_entry.and_then(|a| a.get("locality")));
    let address = address_entry
        .map(|a| {
            [
                "title",
                "street_address",
                "locality",
                "postal_code",
                "world_location",
            ]
            .iter()
            .map(|k| text(a.get(*k)))
            .flat_map(|v| html::lines(&v))
            .collect::<Vec<_>>()
            .join(", ")
        })
        .unwrap_or_default();
    let mut phones = Vec::new();
    let mut emergency = String::new();
    for p in contact
        .and_then(|c| c.get("phone_numbers"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let label = text(p.get("title")).to_lowercase();
        let number = text(p.get("number"));
        if number.is_empty() || label.contains("fax") {
            continue;
        }
        if emergency.is_empty() && (label.contains("emergenc") || label.contains("24")) {
            emergency = number;
        } else {
            phones.push(number);
        }
    }
    let email = contact
        .and_then(|c| c.get("email_addresses"))
        .and_then(Value::as_array)
        .and_then(|a| a.first())
        .map(|e| text(e.get("email")))
        .unwrap_or_default();
    let hours = main_office
        .and_then(|o| o.get("details"))
        .map(|d| opening_hours(&text(d.get("access_and_opening_times"))))
        .unwrap_or_default();
    let data_date = DateTime::parse_from_rfc3339(&text(doc.get("public_updated_at")))
        .map(|d| d.with_timezone(&Utc).date_naive())
        .unwrap_or(fetched);
    let lower = title.to_lowercase();
    let kind = if lower.contains("interests section") {
        MissionKind::InterestsSection
    } else if lower.contains("honorary") {
        MissionKind::HonoraryConsul
    } else if lower.contains("consul") || lower.contains("deputy high commission") {
        MissionKind::Consulate
    } else {
        MissionKind::Embassy
    };
    let website = if path.is_empty() {
        String::new()
    } else {
        format!("https://www.gov.uk{path}")
    };
    Ok(Mission {
        id: format!(
            "{}:{country}:{}",
            FEED.as_str(),
            path.rsplit('/').next().unwrap_or(&title)
        ),
        kind,
        name: title,
        serves: FEED.nationality().to_owned(),
        country: country.to_owned(),
        located_in: if located_in == country {
            String::new()
        } else {
            located_in.to_owned()
        },
        operated_by: String::new(),
        city,
        address,
        phones,
        emergency_phone: emergency,
        email,
        website: website.clone(),
        hours,
        latitude: None,
        longitude: None,
        note: String::new(),
        source: FEED.publisher().to_owned(),
        source_url: website,
        data_date,
    })
}

/// The lines under the "Opening hours" heading, up to the next heading; else nothing (the rest of that HTML is
/// parking, security rules and public holidays).
fn opening_hours(html_text: &str) -> String {
    let mut out = Vec::new();
    let mut inside = false;
    let mut rest = html_text;
    // Walk heading by heading: `<h2 …>Title</h2>` then its body.
    while let Some(start) = rest.find("<h") {
        let after = &rest[start..];
        let level_ok = after.as_bytes().get(2).is_some_and(u8::is_ascii_digit);
        let Some(close) = after.find("</h") else {
            break;
        };
        if !level_ok {
            rest = &after[2..];
            continue;
        }
        let heading = html::text(&after[..close], " ").to_lowercase();
        let body_start = after[close..]
            .find('>')
            .map(|i| close + i + 1)
            .unwrap_or(close);
        let body_end = after[body_start..]
            .find("<h")
            .map(|i| body_start + i)
            .unwrap_or(after.len());
        if heading.contains("opening hours") || heading.contains("opening times") {
            inside = true;
            out.extend(html::lines(&after[body_start..body_end]));
        } else if inside {
            break;
        }
        rest = &after[body_end..];
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_hours_section_only() {
        let h = "<div><h2 id=\"p\">Privacy</h2><p>x</p><h2 id=\"o\">Opening hours</h2><p>Mon to Fri, 8:30am to 5pm</p><p>By appointment.</p><h2>Parking</h2><p>none</p></div>";
        assert_eq!(
            opening_hours(h),
            "Mon to Fri, 8:30am to 5pm By appointment."
        );
        assert_eq!(opening_hours("<p>no headings</p>"), "");
    }
}
