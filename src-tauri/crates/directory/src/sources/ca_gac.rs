//! Global Affairs Canada: the `offices` of a country's `cta-cap-XX.json`
//! (`https://data.international.gc.ca/travel-voyage/cta-cap-XX.json`, the file the advisory watch reads for
//! Canada's advisories).
//!
//! `data.eng.offices[]` holds one object per office, flat: `type` ("Embassy", "Consulate General", "Consulate"),
//! `city`, `address`, `tel-legacy`, `emergency-toll-free-legacy`, `email-1`, `internet`, `lat`/`lng` as strings,
//! `note-N-title`/`note-N-text`, and the 0/1 flags `honorary-consul` and `is-partner` (a partner country's
//! mission that gives consular help to Canadians). Older files put the same fields under `office.eng`; both are
//! read. The office's own `country-iso` says where it is, which for a country served from a neighbour is not the
//! file's country.

use chrono::NaiveDate;
use lifeboat_plan::missions::{Assistance, Mission, MissionKind};
use serde_json::Value;

use crate::error::DirectoryError;
use crate::html;
use crate::source::DirectorySource;
use crate::sources::{coordinate, epoch_date, flag, json, shape, state_named_in, text, Found};

const FEED: DirectorySource = DirectorySource::Canada;

/// The file's URL for a country (upper-case code, as the watch fetches it).
pub fn url(template: &str, country: &str) -> String {
    template.replace("{CC}", &country.to_ascii_uppercase())
}

/// The offices that help Canadians in the file's country; `fetched` dates data whose file carries no stamp.
pub fn parse(bytes: &[u8], fetched: NaiveDate) -> Result<Found, DirectoryError> {
    let doc = json(FEED, bytes)?;
    let data = doc
        .get("data")
        .filter(|d| d.is_object())
        .ok_or_else(|| shape(FEED, "no `data` object"))?;
    let country = text(data.get("country-iso")).to_ascii_uppercase();
    if !lifeboat_countries::is_valid(&country) {
        return Err(shape(FEED, "no usable `data.country-iso`"));
    }
    let generated = doc.get("metadata").and_then(|m| m.get("generated"));
    let data_date = epoch_date(generated.and_then(|g| g.get("timestamp"))).unwrap_or(fetched);
    let eng = data.get("eng");
    let offices = eng
        .and_then(|e| e.get("offices"))
        .or_else(|| data.get("offices"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let page = eng
        .and_then(|e| e.get("url-slug"))
        .map(|s| format!("https://travel.gc.ca/destinations/{}", text(Some(s))))
        .unwrap_or_else(|| "https://travel.gc.ca/assistance/embassies-consulates".to_owned());

    let missions: Vec<Mission> = offices
        .iter()
        .enumerate()
        .filter_map(|(i, o)| office(o, i, &country, &page, data_date))
        .collect();
    if missions.is_empty() {
        return Err(DirectoryError::Empty {
            feed: FEED,
            country,
        });
    }
    let assistance = if missions.iter().any(|m| m.located_in.is_empty()) {
        Assistance::Local
    } else {
        Assistance::Remote
    };
    Ok(Found {
        country,
        assistance,
        missions,
    })
}

fn office(o: &Value, index: usize, country: &str, page: &str, date: NaiveDate) -> Option<Mission> {
    // Flat (current files) or under `eng` (older ones); flags and coordinates are on the office itself.
    let eng = o.get("eng").filter(|e| e.is_object()).unwrap_or(o);
    let field = |name: &str| {
        let v = text(eng.get(name));
        if v.is_empty() {
            text(o.get(name))
        } else {
            v
        }
    };
    let kind_text = field("type");
    let city = field("city");
    if kind_text.is_empty() && city.is_empty() {
        return None;
    }
    let partner = flag(o.get("is-partner"));
    let honorary = flag(o.get("honorary-consul"));
    let lower = kind_text.to_lowercase();
    let kind = if partner {
        MissionKind::PartnerMission
    } else if honorary || lower.contains("honorary") {
        MissionKind::HonoraryConsul
    } else if lower.contains("consul") {
        MissionKind::Consulate
    } else {
        MissionKind::Embassy
    };
    let name = match (kind_text.is_empty(), city.is_empty()) {
        (false, false) if !kind_text.contains(&city) => format!("{kind_text} – {city}"),
        (false, _) => kind_text.clone(),
        (true, _) => city.clone(),
    };
    let operated_by = if partner {
        state_named_in(&kind_text).unwrap_or_default().to_owned()
    } else {
        String::new()
    };
    let located = text(o.get("country-iso")).to_ascii_uppercase();
    let located_in = if lifeboat_countries::is_valid(&located) && located != country {
        located
    } else {
        String::new()
    };
    let phones = split_phones(&field("tel-legacy"));
    let emergency = html::text(&field("emergency-toll-free-legacy"), " ");
    let notes: Vec<String> = (1..=3)
        .filter_map(|n| {
            let title = html::text(&field(&format!("note-{n}-title")), " ");
            let body = html::text(&field(&format!("note-{n}-text")), " ");
            match (title.is_empty(), body.is_empty()) {
                (true, true) => None,
                (false, false) => Some(format!("{title}: {body}")),
                _ => Some(format!("{title}{body}")),
            }
        })
        .collect();
    let id_part = match text(o.get("office-id")) {
        id if !id.is_empty() => id,
        _ => format!("{index}-{}", name.to_lowercase()),
    };
    Some(Mission {
        id: format!("{}:{country}:{id_part}", FEED.as_str()),
        kind,
        name,
        serves: FEED.nationality().to_owned(),
        country: country.to_owned(),
        located_in,
        operated_by,
        city,
        address: html::text(&field("address"), ", "),
        phones,
        emergency_phone: emergency,
        email: field("email-1"),
        website: field("internet"),
        hours: String::new(),
        latitude: coordinate(o.get("lat"), 90.0),
        longitude: coordinate(o.get("lng"), 180.0),
        note: notes.join(" "),
        source: FEED.publisher().to_owned(),
        source_url: page.to_owned(),
        data_date: date,
    })
}

/// "+98 21 1234 5678, +98 21 8765 4321" or one per line.
pub(crate) fn split_phones(raw: &str) -> Vec<String> {
    html::lines(raw)
        .iter()
        .flat_map(|l| l.split([',', ';']))
        .map(|p| p.trim().to_owned())
        .filter(|p| p.chars().any(|c| c.is_ascii_digit()))
        .collect()
}
