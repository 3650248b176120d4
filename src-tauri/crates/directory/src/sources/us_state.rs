//! The State Department's country information, `https://cadataapi.state.gov/api/CountryTravelInformation/<CC>`
//! (the host the advisory watch reads `TravelAdvisories` from): a list holding one object with `tag`,
//! `geopoliticalarea`, `last_update_date` ("Last Updated: April 02, 2026") and `travel_embassyAndConsulate`,
//! HTML with one block per office: its name, address lines, then labelled lines ("Telephone:", "Emergency
//! After-Hours Telephone:", "Fax:", an e-mail address, a website).
//!
//! Where the United States has no embassy the same field names the office that acts for it (in Iran, the Swiss
//! embassy's Foreign Interests Section) after a paragraph saying so; such an office is read as an interests
//! section or protecting power, run by the state its name gives.
//!
//! The State Department also publishes embassy and consulate locations with a location type (`USPP` for a U.S.
//! protecting power); no plain-JSON endpoint for that list could be confirmed, so this source reads the country
//! information instead.

use chrono::NaiveDate;
use lifeboat_plan::missions::{Assistance, Mission, MissionKind};
use serde_json::Value;

use crate::error::DirectoryError;
use crate::html;
use crate::source::DirectorySource;
use crate::sources::{json, shape, state_named_in, text, Found};

const FEED: DirectorySource = DirectorySource::UnitedStates;

pub fn url(template: &str, country: &str) -> String {
    template.replace("{CC}", &country.to_ascii_uppercase())
}

/// The offices in the country information of `country` (the code the file was requested for).
pub fn parse(bytes: &[u8], country: &str, fetched: NaiveDate) -> Result<Found, DirectoryError> {
    let doc = json(FEED, bytes)?;
    let record = match &doc {
        Value::Array(a) => a.first(),
        Value::Object(_) => Some(&doc),
        _ => None,
    }
    .filter(|r| r.is_object())
    .ok_or_else(|| shape(FEED, "neither a country object nor a list holding one"))?;
    let body = text(record.get("travel_embassyAndConsulate"));
    let data_date = text(record.get("last_update_date"))
        .trim_start_matches("Last Updated:")
        .trim()
        .to_owned();
    let data_date = NaiveDate::parse_from_str(&data_date, "%B %d, %Y").unwrap_or(fetched);
    let page = format!(
        "https://travel.state.gov/content/travel/en/international-travel/International-Travel-Country-Information-Pages/{}.html",
        text(record.get("geopoliticalarea")).replace(' ', "")
    );
    let lines = html::lines(&body);
    let acts_for_us = lines.iter().any(|l| {
        let l = l.to_lowercase();
        l.contains("protecting power") || l.contains("interests section")
    });
    let mut missions: Vec<Mission> = Vec::new();
    let mut intro: Vec<String> = Vec::new();
    let mut labelled = false;
    for line in &lines {
        if is_office_name(line) {
            missions.push(new_office(
                line,
                country,
                &page,
                data_date,
                acts_for_us,
                missions.len(),
            ));
            labelled = false;
            continue;
        }
        let Some(m) = missions.last_mut() else {
            intro.push(line.clone());
            continue;
        };
        let lower = line.to_lowercase();
        let value = line
            .split_once(':')
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_else(|| line.clone());
        if lower.starts_with("fax") {
            labelled = true;
        } else if lower.contains("emergenc") && line.contains(':') {
            m.emergency_phone = value;
            labelled = true;
        } else if lower.starts_with("tel") || lower.starts_with("phone") {
            m.phones.extend(
                value
                    .split([',', ';'])
                    .map(|p| p.trim().to_owned())
                    .filter(|p| p.chars().any(|c| c.is_ascii_digit())),
            );
            labelled = true;
        } else if line.contains('@') {
            if m.email.is_empty() {
                m.email = value
                    .split_whitespace()
                    .find(|w| w.contains('@'))
                    .unwrap_or(&value)
                    .to_owned();
            }
            labelled = true;
        } else if lower.starts_with("website") || lower.starts_with("http") {
            if m.website.is_empty() {
                m.website = value
                    .split_whitespace()
                    .find(|w| w.starts_with("http"))
                    .map(|w| w.to_owned())
                    .unwrap_or_else(|| format!("https:{}", value.trim_start_matches("https:")));
            }
            labelled = true;
        } else if lower.starts_with("hours") || lower.starts_with("office hours") {
            m.hours = value;
            labelled = true;
        } else if !labelled {
            if !m.address.is_empty() {
                m.address.push_str(", ");
            }
            m.address.push_str(line);
        } else if m.note.is_empty() {
            m.note = line.clone();
        }
    }
    if acts_for_us {
        let intro = intro.join(" ");
        for m in missions.iter_mut().filter(|m| m.kind.is_other_state()) {
            if m.note.is_empty() {
                m.note = intro.clone();
            }
        }
    }
    for m in &mut missions {
        m.city = city_of(&m.address);
    }
    if missions.is_empty() {
        return Err(DirectoryError::Empty {
            feed: FEED,
            country: country.to_owned(),
        });
    }
    Ok(Found {
        country: country.to_owned(),
        assistance: Assistance::Local,
        missions,
    })
}

fn is_office_name(line: &str) -> bool {
    let l = line.to_lowercase();
    line.len() < 140
        && !line.contains(':')
        && !line.starts_with(|c: char| c.is_ascii_digit())
        && !line.ends_with('.')
        && [
            "embassy",
            "consulate",
            "consular agency",
            "interests section",
        ]
        .iter()
        .any(|k| l.contains(k))
}

fn new_office(
    name: &str,
    country: &str,
    page: &str,
    date: NaiveDate,
    acts_for_us: bool,
    index: usize,
) -> Mission {
    let lower = name.to_lowercase();
    let other_state = state_named_in(name).filter(|s| *s != "US");
    let kind = if lower.contains("interests section") {
        MissionKind::InterestsSection
    } else if acts_for_us && other_state.is_some() {
        MissionKind::ProtectingPower
    } else if lower.contains("consul") {
        MissionKind::Consulate
    } else {
        MissionKind::Embassy
    };
    Mission {
        id: format!("{}:{country}:{index}", FEED.as_str()),
        kind,
        name: name.to_owned(),
        serves: FEED.nationality().to_owned(),
        country: country.to_owned(),
        operated_by: if kind.is_other_state() {
            other_state.unwrap_or_default().to_owned()
        } else {
            String::new()
        },
        source: FEED.publisher().to_owned(),
        source_url: page.to_owned(),
        data_date: date,
        ..Mission::default()
    }
}

/// The city of a US-style address: the last part that is not the country, without its postcode.
fn city_of(address: &str) -> String {
    let parts: Vec<&str> = address.split(", ").collect();
    let candidate = match parts.len() {
        0 | 1 => parts.first().copied().unwrap_or_default(),
        n => parts[n - 2],
    };
    candidate
        .split_whitespace()
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(" ")
}
