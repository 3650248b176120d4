//! "Who helps us here" on the page with "If you cannot reach us": for each nationality of the household in the
//! country its holders live in, the offices the embassy directory knows (the app passes them in
//! [`crate::PdfOptions::directory`]), each with what the family needs to reach it when the network is down.

use lifeboat_plan::countries::name_in;
use lifeboat_plan::missions::{Help, MissionKind};
use lifeboat_plan::Plan;
use serde::Serialize;

use crate::lang::Lang;
use lifeboat_i18n::t;

#[derive(Debug, Serialize)]
pub(crate) struct HelpOut {
    /// "Dana (citizens of United States) in Iran".
    pub heading: String,
    pub missions: Vec<MissionOut>,
    /// Said when no office is known.
    pub none: Option<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct MissionOut {
    pub kind: String,
    pub name: String,
    /// Address, phones, the 24-hour number, e-mail: one line each, as the publisher wrote them.
    pub lines: Vec<String>,
    /// "U.S. Department of State, data of 14 Oct 2026".
    pub source: String,
}

fn kind_label(kind: MissionKind, code: &str) -> String {
    match kind {
        MissionKind::Embassy => t!(code, "directory-kind-embassy"),
        MissionKind::Consulate => t!(code, "directory-kind-consulate"),
        MissionKind::HonoraryConsul => t!(code, "directory-kind-honorary-consul"),
        MissionKind::InterestsSection => t!(code, "directory-kind-interests-section"),
        MissionKind::ProtectingPower => t!(code, "directory-kind-protecting-power"),
        MissionKind::PartnerMission => t!(code, "directory-kind-partner-mission"),
        MissionKind::EuMemberState => t!(code, "directory-kind-eu-member-state"),
    }
}

/// One entry per (nationality, country of residence) of the household, in household order; a pair the
/// directory did not answer for reads as "none known". Nothing without a directory.
pub(crate) fn build(plan: &Plan, directory: &[Help], l: &Lang) -> Vec<HelpOut> {
    if directory.is_empty() {
        return Vec::new();
    }
    let home = plan.profile.residence_country.trim().to_ascii_uppercase();
    let mut pairs: Vec<((String, String), Vec<String>)> = Vec::new();
    for p in plan.people() {
        let residence = match p.residence_country.trim() {
            "" => home.clone(),
            r => r.to_ascii_uppercase(),
        };
        if residence.is_empty() || p.name.trim().is_empty() {
            continue;
        }
        for n in &p.nationalities {
            let n = n.trim().to_ascii_uppercase();
            if n.is_empty() || n == residence {
                continue;
            }
            match pairs.iter_mut().find(|(k, _)| k.0 == n && k.1 == residence) {
                Some((_, names)) => names.push(p.name.trim().to_owned()),
                None => pairs.push(((n, residence.clone()), vec![p.name.trim().to_owned()])),
            }
        }
    }
    let country = |c: &str| name_in(c, l.code).unwrap_or_else(|| c.to_owned());
    pairs
        .into_iter()
        .map(|((n, c), names)| {
            let help = directory
                .iter()
                .find(|h| h.nationality == n && h.country == c);
            let missions: Vec<MissionOut> = help
                .map(|h| h.missions.as_slice())
                .unwrap_or_default()
                .iter()
                .map(|m| {
                    let mut lines = Vec::new();
                    // Who runs it and where it is, when that is another state or country: what tells the
                    // family that the Swiss embassy is the Americans' office.
                    if !m.operated_by.is_empty() {
                        lines.push(t!(
                            l.code,
                            "directory-operated-by",
                            state = country(&m.operated_by)
                        ));
                    }
                    if !m.located_in.is_empty() {
                        lines.push(t!(
                            l.code,
                            "directory-located-in",
                            country = country(&m.located_in)
                        ));
                    }
                    if !m.address.trim().is_empty() {
                        lines.push(m.address.clone());
                    } else if !m.city.trim().is_empty() {
                        lines.push(m.city.clone());
                    }
                    if !m.phones.is_empty() {
                        lines.push(format!(
                            "{}: {}",
                            t!(l.code, "directory-phone"),
                            m.phones.join(", ")
                        ));
                    }
                    if !m.emergency_phone.trim().is_empty() {
                        lines.push(format!(
                            "{}: {}",
                            t!(l.code, "directory-emergency"),
                            m.emergency_phone
                        ));
                    }
                    if !m.email.trim().is_empty() {
                        lines.push(m.email.clone());
                    }
                    MissionOut {
                        kind: kind_label(m.kind, l.code),
                        name: m.name.clone(),
                        lines,
                        source: t!(
                            l.code,
                            "directory-source",
                            source = m.source.as_str(),
                            date = l.date(m.data_date),
                        ),
                    }
                })
                .collect();
            HelpOut {
                heading: t!(
                    l.code,
                    "directory-pdf-for",
                    people = names.join(", "),
                    nationality = country(&n),
                    country = country(&c),
                ),
                none: missions
                    .is_empty()
                    .then(|| t!(l.code, "directory-pdf-none")),
                missions,
            }
        })
        .collect()
}
