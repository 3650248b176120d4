//! The protecting-powers table (`data/protecting-powers.json`, compiled in): who acts for a nationality where
//! its own state has no mission, and the EU rule for unrepresented EU citizens. One row per arrangement, each
//! with the page it was checked against and the day; the facts are written in our own words.
//!
//! Kept in the repository, not fetched: no government publishes these arrangements as data, and the
//! Wikidata-derived lists mark the Swiss embassy in Tehran as a plain embassy, with no sign that it acts for the
//! United States.

use std::sync::OnceLock;

use chrono::NaiveDate;
use lifeboat_plan::missions::{Arrangement, MissionKind};
use serde::Deserialize;

const TABLE: &str = include_str!("../data/protecting-powers.json");

#[derive(Debug, Clone, Deserialize)]
pub struct Row {
    /// ISO of the nationality helped.
    pub serves: String,
    /// ISO of the country.
    pub country: String,
    pub kind: MissionKind,
    pub protecting_state: String,
    pub mission_name: String,
    pub city: String,
    pub since: String,
    pub summary: String,
    pub source_url: String,
    pub checked: NaiveDate,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EuRule {
    pub kind: MissionKind,
    pub since: String,
    pub summary: String,
    pub source_url: String,
    pub checked: NaiveDate,
    pub members: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Table {
    pub arrangements: Vec<Row>,
    pub eu_rule: EuRule,
}

/// The table as compiled in. It is checked by this crate's tests, so a malformed edit fails them, not a user.
pub fn table() -> &'static Table {
    static PARSED: OnceLock<Table> = OnceLock::new();
    PARSED.get_or_init(|| {
        serde_json::from_str(TABLE).unwrap_or_else(|_| Table {
            arrangements: Vec::new(),
            eu_rule: EuRule {
                kind: MissionKind::EuMemberState,
                since: String::new(),
                summary: String::new(),
                source_url: String::new(),
                checked: NaiveDate::MIN,
                members: Vec::new(),
            },
        })
    })
}

/// The arrangements for `nationality` in `country`.
pub fn rows_for<'a>(
    nationality: &'a str,
    country: &'a str,
) -> impl Iterator<Item = &'static Row> + 'a {
    table()
        .arrangements
        .iter()
        .filter(move |r| r.serves == nationality && r.country == country)
}

pub fn is_eu_member(code: &str) -> bool {
    table().eu_rule.members.iter().any(|m| m == code)
}

impl Row {
    pub fn arrangement(&self) -> Arrangement {
        Arrangement {
            kind: self.kind,
            protecting_state: self.protecting_state.clone(),
            summary: self.summary.clone(),
            since: self.since.clone(),
            source_url: self.source_url.clone(),
            checked: self.checked,
        }
    }
}

impl EuRule {
    pub fn arrangement(&self) -> Arrangement {
        Arrangement {
            kind: self.kind,
            protecting_state: String::new(),
            summary: self.summary.clone(),
            since: self.since.clone(),
            source_url: self.source_url.clone(),
            checked: self.checked,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses_and_every_row_has_its_source_and_date() {
        let t: Table = serde_json::from_str(TABLE).expect("data/protecting-powers.json parses");
        assert!(t.arrangements.len() >= 2);
        for r in &t.arrangements {
            assert!(r.source_url.starts_with("https://"), "{r:?}");
            assert!(
                r.checked > NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"),
                "{r:?}"
            );
            for code in [&r.serves, &r.country, &r.protecting_state] {
                assert!(lifeboat_countries::is_valid(code), "{code} in {r:?}");
            }
            assert!(r.kind.is_other_state(), "{r:?}");
        }
        assert_eq!(t.eu_rule.members.len(), 27);
        assert!(t
            .eu_rule
            .members
            .iter()
            .all(|m| lifeboat_countries::is_valid(m)));
    }

    #[test]
    fn switzerland_for_the_united_states_and_italy_for_canada_in_iran() {
        let us: Vec<_> = rows_for("US", "IR").collect();
        assert_eq!(us.len(), 1);
        assert_eq!(us[0].protecting_state, "CH");
        assert_eq!(us[0].kind, MissionKind::InterestsSection);
        let ca: Vec<_> = rows_for("CA", "IR").collect();
        assert_eq!(ca[0].protecting_state, "IT");
        assert_eq!(ca[0].since, "2012");
        assert_eq!(rows_for("GB", "IR").count(), 0);
        assert!(is_eu_member("FR") && !is_eu_member("GB"));
    }
}
