//! The Auswärtiges Amt's OpenData `https://www.auswaertiges-amt.de/opendata/representativesInCountry`: every
//! German mission abroad in one file.
//!
//! `response` holds `lastModified` and one member per country keyed by a numeric id (listed in
//! `response.contentList` when present): `{country, lastModified, contentList, "<id>": {...}}`, each
//! representation with `description` ("Botschaft", "Generalkonsulat", "Honorarkonsul"…), `city`, `address`,
//! `postal`, `phone`, `emergencyPhone`, `mail`, `website` (a list), `open`, `remark`, `lastModified` (epoch
//! seconds). Country names are German; they are placed through CLDR's German names, never guessed.

use chrono::NaiveDate;
use lifeboat_plan::missions::{Assistance, Mission, MissionKind};
use serde_json::{Map, Value};

use crate::countries::from_german;
use crate::error::DirectoryError;
use crate::html;
use crate::source::DirectorySource;
use crate::sources::ca_gac::split_phones;
use crate::sources::{epoch_date, json, shape, text, Found};

const FEED: DirectorySource = DirectorySource::Germany;

/// Every country the file names an office in, and how many country groups could not be placed.
pub fn parse(bytes: &[u8], fetched: NaiveDate) -> Result<(Vec<Found>, usize), DirectoryError> {
    let doc = json(FEED, bytes)?;
    let response = doc
        .get("response")
        .and_then(Value::as_object)
        .ok_or_else(|| shape(FEED, "no `response` object"))?;
    let file_date = epoch_date(response.get("lastModified")).unwrap_or(fetched);
    let mut out: Vec<Found> = Vec::new();
    let mut unplaced = 0;
    for (_, group) in members(response) {
        let name = text(group.get("country"));
        let Some(country) = from_german(&name) else {
            unplaced += 1;
            continue;
        };
        let group_date = epoch_date(group.get("lastModified")).unwrap_or(file_date);
        let missions: Vec<Mission> = members(group)
            .filter_map(|(id, rep)| representation(id, rep, country, group_date))
            .collect();
        if missions.is_empty() {
            continue;
        }
        // A country can be listed twice (a region under its own heading): merge.
        match out.iter_mut().find(|f| f.country == country) {
            Some(found) => found.missions.extend(missions),
            None => out.push(Found {
                country: country.to_owned(),
                assistance: Assistance::Local,
                missions,
            }),
        }
    }
    if out.is_empty() {
        return Err(DirectoryError::Empty {
            feed: FEED,
            country: "*".to_owned(),
        });
    }
    Ok((out, unplaced))
}

/// The object members that are entries: those named in `contentList`, else every member with a numeric key.
fn members(obj: &Map<String, Value>) -> impl Iterator<Item = (&str, &Map<String, Value>)> {
    let listed: Option<Vec<String>> = obj.get("contentList").and_then(Value::as_array).map(|a| {
        a.iter()
            .map(|v| text(Some(v)))
            .filter(|s| !s.is_empty())
            .collect()
    });
    obj.iter()
        .filter(move |(k, _)| match &listed {
            Some(ids) => ids.iter().any(|id| id == *k),
            None => !k.is_empty() && k.chars().all(|c| c.is_ascii_digit()),
        })
        .filter_map(|(k, v)| v.as_object().map(|o| (k.as_str(), o)))
}

fn representation(
    id: &str,
    rep: &Map<String, Value>,
    country: &str,
    group_date: NaiveDate,
) -> Option<Mission> {
    let field = |k: &str| text(rep.get(k));
    let description = field("description");
    let lower = description.to_lowercase();
    // Permanent representations to international organisations give no consular help.
    if lower.contains("ständige vertretung") {
        return None;
    }
    let kind = if lower.contains("honorar") {
        MissionKind::HonoraryConsul
    } else if lower.contains("interessen") {
        MissionKind::InterestsSection
    } else if lower.contains("konsulat") {
        MissionKind::Consulate
    } else if lower.contains("botschaft") || lower.contains("vertretung") {
        MissionKind::Embassy
    } else {
        return None;
    };
    let city = field("city");
    let name = if city.is_empty() || description.contains(&city) {
        description.clone()
    } else {
        format!("{description} {city}")
    };
    let website = match rep.get("website") {
        Some(Value::Array(a)) => a.iter().map(|v| text(Some(v))).find(|s| !s.is_empty()),
        other => Some(text(other)).filter(|s| !s.is_empty()),
    }
    .unwrap_or_default();
    let address = [
        html::text(&field("address"), ", "),
        html::text(&field("postal"), ", "),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" — ");
    let note = html::text(&field("remark"), " ");
    Some(Mission {
        id: format!("{}:{country}:{id}", FEED.as_str()),
        kind,
        name,
        serves: FEED.nationality().to_owned(),
        country: country.to_owned(),
        located_in: String::new(),
        operated_by: String::new(),
        city,
        address,
        phones: split_phones(&field("phone")),
        emergency_phone: html::text(&field("emergencyPhone"), " "),
        email: field("mail"),
        website: website.clone(),
        hours: html::text(&field("open"), " "),
        latitude: None,
        longitude: None,
        note,
        source: FEED.publisher().to_owned(),
        source_url: if website.is_empty() {
            "https://www.auswaertiges-amt.de/de/service/laender".to_owned()
        } else {
            website
        },
        data_date: epoch_date(rep.get("lastModified")).unwrap_or(group_date),
    })
}
