//! One answer per nationality and country: the nationality's own offices from its government's directory, the
//! protecting power or partner acting for it from the table (matched to the office the source lists, or named
//! from the table alone when no source lists it), and, for an EU citizen with no office of their own state
//! known there, the EU rule with the EU offices that are known.

use lifeboat_plan::missions::{Assistance, Help, Mission, MissionKind};

use crate::protecting::{self, is_eu_member};
use crate::source::DirectorySource;
use crate::state::DirectoryState;

/// The table's own name as a publisher.
pub const TABLE_SOURCE: &str = "Lifeboat protecting-powers table";

/// Everyone known to help holders of `nationality` (ISO alpha-2) in `country`.
pub fn missions_for(state: &DirectoryState, nationality: &str, country: &str) -> Help {
    let nationality = nationality.trim().to_ascii_uppercase();
    let country = country.trim().to_ascii_uppercase();
    let mut help = Help {
        nationality: nationality.clone(),
        country: country.clone(),
        ..Help::default()
    };
    if let Some(source) = DirectorySource::for_nationality(&nationality) {
        if let Some(data) = state.country(source, &country) {
            help.assistance = data.assistance;
            help.missions = data.missions.clone();
            help.fetched_at = Some(data.fetched_at);
        }
        help.refresh_failed = state
            .source(source)
            .is_some_and(|s| s.failures.contains_key(&country));
    }

    for row in protecting::rows_for(&nationality, &country) {
        help.arrangements.push(row.arrangement());
        let listed = help.missions.iter_mut().find(|m| {
            m.operated_by == row.protecting_state
                || (m.kind.is_other_state() && m.operated_by.is_empty())
        });
        match listed {
            // The source lists the office (Canada's partner embassy of Italy): call it what the table says.
            Some(m) => {
                m.kind = row.kind;
                m.operated_by = row.protecting_state.clone();
            }
            None => help.missions.push(Mission {
                id: format!("table:{country}:{nationality}:{}", row.protecting_state),
                kind: row.kind,
                name: row.mission_name.clone(),
                serves: nationality.clone(),
                country: country.clone(),
                operated_by: row.protecting_state.clone(),
                city: row.city.clone(),
                note: row.summary.clone(),
                source: TABLE_SOURCE.to_owned(),
                source_url: row.source_url.clone(),
                data_date: row.checked,
                ..Mission::default()
            }),
        }
    }

    let own_office = help.missions.iter().any(|m| !m.kind.is_other_state());
    if is_eu_member(&nationality) && !own_office && help.arrangements.is_empty() {
        let rule = &protecting::table().eu_rule;
        help.arrangements.push(rule.arrangement());
        for member in rule.members.iter().filter(|m| **m != nationality) {
            let Some(source) = DirectorySource::for_nationality(member) else {
                continue;
            };
            let Some(data) = state.country(source, &country) else {
                continue;
            };
            help.missions.extend(
                data.missions
                    .iter()
                    .filter(|m| matches!(m.kind, MissionKind::Embassy | MissionKind::Consulate))
                    .map(|m| Mission {
                        id: format!("eu:{nationality}:{}", m.id),
                        kind: MissionKind::EuMemberState,
                        serves: nationality.clone(),
                        operated_by: member.clone(),
                        ..m.clone()
                    }),
            );
        }
    }

    // Offices in the country first (the one you can walk to), then by kind, own state's before others'.
    help.missions.sort_by(|a, b| {
        (!a.located_in.is_empty())
            .cmp(&!b.located_in.is_empty())
            .then_with(|| a.kind.cmp(&b.kind))
            .then_with(|| a.name.cmp(&b.name))
    });
    if help.assistance == Assistance::Unknown
        && help.missions.iter().any(|m| m.source != TABLE_SOURCE)
    {
        help.assistance = Assistance::Local;
    }
    help.data_date = help.missions.iter().map(|m| m.data_date).min();
    help
}
