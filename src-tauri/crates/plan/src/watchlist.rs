//! What the plan tells the advisory watch: which countries matter and why, which phase a level should suggest,
//! and what the plan says to do. Plain data in, plain data out, so the shell's notifications and the UI agree.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::Plan;
use crate::phases::{Phase, Phases};
use crate::routes::Route;
use crate::settings::Government;

/// Why a country is on the watch list.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WatchReason {
    /// Someone in the household lives there.
    Residence,
    /// A leg of this route starts or ends there.
    Route {
        route_id: String,
        route_name: String,
    },
    /// The user added it in the watch settings.
    Added,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
pub struct WatchedCountry {
    /// ISO 3166-1 alpha-2, upper case.
    pub country: String,
    pub reasons: Vec<WatchReason>,
}

/// Residence first, then route countries in route order, then the user's own additions; each country once.
pub fn watched_countries(plan: &Plan) -> Vec<WatchedCountry> {
    let mut order: Vec<String> = Vec::new();
    let mut reasons: BTreeMap<String, Vec<WatchReason>> = BTreeMap::new();
    let mut add = |code: &str, why: WatchReason| {
        let code = code.trim().to_ascii_uppercase();
        if code.is_empty() || !crate::countries::is_valid(&code) {
            return;
        }
        let list = reasons.entry(code.clone()).or_insert_with(|| {
            order.push(code);
            Vec::new()
        });
        if !list.contains(&why) {
            list.push(why);
        }
    };
    for person in std::iter::once(&plan.profile).chain(&plan.household) {
        add(&person.residence_country, WatchReason::Residence);
    }
    for route in &plan.routes {
        let why = WatchReason::Route {
            route_id: route.id.clone(),
            route_name: route.name.clone(),
        };
        for leg in &route.legs {
            add(&leg.from_country, why.clone());
            add(&leg.to_country, why.clone());
        }
    }
    for code in &plan.settings.watch.extra_countries {
        add(code, WatchReason::Added);
    }
    order
        .into_iter()
        .map(|country| {
            let reasons = reasons.remove(&country).unwrap_or_default();
            WatchedCountry { country, reasons }
        })
        .collect()
}

/// One government's current level for one country, as the watch last saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryLevel<'a> {
    pub country: &'a str,
    pub government: Government,
    pub level: u8,
}

/// A phase change the watch proposes; the user confirms it or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
pub struct PhaseSuggestion {
    pub phase: Phase,
    /// The plan's tripwire that decided; `None` when the shared ladder did (a country with no tripwire of its own).
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tripwire_id: Option<String>,
    pub country: String,
    pub government: Government,
    pub level: u8,
    /// When a high-priority alert or update (not a level) decided: its title, as the government wrote it.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert_title: Option<String>,
}

/// The highest phase the plan's advisory tripwires reach with `levels`, when it is a step up from the current one.
/// Ties go to the first tripwire in the plan, so the suggestion does not flicker between polls.
pub fn suggest_phase(phases: &Phases, levels: &[CountryLevel<'_>]) -> Option<PhaseSuggestion> {
    let current = phases.current.rank();
    let mut best: Option<PhaseSuggestion> = None;
    for t in &phases.advisory_tripwires {
        if t.phase.rank() <= current {
            continue;
        }
        if best
            .as_ref()
            .is_some_and(|b| b.phase.rank() >= t.phase.rank())
        {
            continue;
        }
        let tripped = levels
            .iter()
            .filter(|l| l.country.eq_ignore_ascii_case(&t.country))
            .filter(|l| t.government.is_none_or(|g| g == l.government))
            .filter(|l| l.level >= t.min_level)
            .max_by_key(|l| l.level);
        if let Some(l) = tripped {
            best = Some(PhaseSuggestion {
                phase: t.phase,
                tripwire_id: Some(t.id.clone()),
                country: l.country.to_ascii_uppercase(),
                government: l.government,
                level: l.level,
                alert_title: None,
            });
        }
    }
    best
}

/// The phase the plan ties to `level` for `country`: the country's own tripwires when it has any, otherwise the
/// ladder every advisory scale shares (4 → leave now, 3 → prepare).
pub fn phase_for_level(phases: &Phases, country: &str, government: Government, level: u8) -> Phase {
    let own: Vec<_> = phases
        .advisory_tripwires
        .iter()
        .filter(|t| t.country.eq_ignore_ascii_case(country))
        .collect();
    if own.is_empty() {
        return match level {
            4.. => Phase::LeaveNow,
            3 => Phase::Prepare,
            _ => Phase::Normal,
        };
    }
    own.iter()
        .filter(|t| t.government.is_none_or(|g| g == government) && level >= t.min_level)
        .map(|t| t.phase)
        .max_by_key(|p| p.rank())
        .unwrap_or(Phase::Normal)
}

/// "A", "B", … as the plan letters its routes (see [`crate::routes::lettered`]); closed routes have none.
pub fn route_letter(plan: &Plan, route_id: &str) -> Option<char> {
    crate::routes::lettered(&plan.routes)
        .into_iter()
        .find(|(_, r)| r.id == route_id)
        .and_then(|(c, _)| c)
}

/// "IKA → IST": the places a route passes through, each once in order.
pub fn route_path(route: &Route) -> String {
    let mut stops: Vec<&str> = Vec::new();
    for leg in &route.legs {
        for place in [leg.from.trim(), leg.to.trim()] {
            if !place.is_empty() && stops.last() != Some(&place) {
                stops.push(place);
            }
        }
    }
    stops.join(" → ")
}

/// Longest instruction text carried into a notification; the app has the rest.
const INSTRUCTION_CHARS: usize = 160;

/// What the plan says to do in `phase`: "Leave now — Route A: IKA → IST. Call Reza first." The route is the
/// phase's own one, or else the first open route when leaving.
pub fn instruction(plan: &Plan, phase: Phase) -> String {
    let pp = plan.phases.plans.get(phase);
    let mut out = phase.label().to_owned();
    let route = pp
        .route_id
        .as_deref()
        .and_then(|id| plan.routes.iter().find(|r| r.id == id))
        .or_else(|| {
            (phase == Phase::LeaveNow)
                .then(|| crate::routes::lettered(&plan.routes).first().copied())
                .flatten()
                .filter(|(c, _)| c.is_some())
                .map(|(_, r)| r)
        });
    if let Some(route) = route {
        let letter = route_letter(plan, &route.id)
            .map(|c| format!("Route {c}"))
            .unwrap_or_else(|| "Route".to_owned());
        let name = route.name.trim();
        let path = route_path(route);
        out.push_str(" — ");
        out.push_str(&letter);
        if !name.is_empty() && !name.eq_ignore_ascii_case(&letter) {
            out.push_str(&format!(" ({name})"));
        }
        if !path.is_empty() {
            out.push_str(": ");
            out.push_str(&path);
        }
    }
    let text = pp.instructions.trim();
    if !text.is_empty() {
        let first = text.lines().next().unwrap_or_default().trim();
        let mut short: String = first.chars().take(INSTRUCTION_CHARS).collect();
        if short.chars().count() < first.chars().count() || text.lines().count() > 1 {
            short.push('…');
        }
        out.push_str(". ");
        out.push_str(&short);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phases::AdvisoryTripwire;
    use crate::routes::Leg;

    fn leg(from: &str, fc: &str, to: &str, tc: &str) -> Leg {
        Leg {
            from: from.into(),
            from_country: fc.into(),
            to: to.into(),
            to_country: tc.into(),
            ..Leg::default()
        }
    }

    fn tehran_plan() -> Plan {
        let mut plan = Plan::default();
        plan.profile.residence_country = "IR".into();
        plan.routes = vec![
            Route {
                id: "a".into(),
                name: "Plan A".into(),
                legs: vec![
                    leg("Tehran", "IR", "IKA", "IR"),
                    leg("IKA", "IR", "IST", "TR"),
                ],
                ..Route::default()
            },
            Route {
                id: "b".into(),
                name: "Overland".into(),
                legs: vec![
                    leg("Tehran", "IR", "Bazargan", "IR"),
                    leg("Bazargan", "IR", "Van", "TR"),
                ],
                ..Route::default()
            },
        ];
        plan.settings.watch.extra_countries = vec!["am".into(), "TR".into(), "Narnia".into()];
        plan
    }

    #[test]
    fn the_watch_follows_residence_every_route_country_and_additions_once_each() {
        let watched = watched_countries(&tehran_plan());
        let codes: Vec<_> = watched.iter().map(|w| w.country.as_str()).collect();
        assert_eq!(codes, ["IR", "TR", "AM"]);
        assert_eq!(watched[0].reasons[0], WatchReason::Residence);
        assert_eq!(watched[0].reasons.len(), 3, "residence + two routes");
        assert!(watched[1].reasons.contains(&WatchReason::Added));
    }

    #[test]
    fn a_tripwire_suggests_a_step_up_and_never_a_step_down() {
        let mut plan = tehran_plan();
        plan.phases.advisory_tripwires = vec![
            AdvisoryTripwire {
                id: "t3".into(),
                country: "IR".into(),
                min_level: 3,
                government: None,
                phase: Phase::Prepare,
            },
            AdvisoryTripwire {
                id: "t4".into(),
                country: "IR".into(),
                min_level: 4,
                government: Some(Government::Uk),
                phase: Phase::LeaveNow,
            },
        ];
        let lv = |g, level| CountryLevel {
            country: "IR",
            government: g,
            level,
        };
        assert_eq!(suggest_phase(&plan.phases, &[lv(Government::Us, 2)]), None);
        let s = suggest_phase(&plan.phases, &[lv(Government::Us, 3)]).expect("prepare");
        assert_eq!(
            (s.phase, s.tripwire_id.as_deref()),
            (Phase::Prepare, Some("t3"))
        );
        // Level 4 from the US does not trip the UK-only tripwire.
        let s = suggest_phase(&plan.phases, &[lv(Government::Us, 4)]).expect("prepare");
        assert_eq!(s.phase, Phase::Prepare);
        let s = suggest_phase(
            &plan.phases,
            &[lv(Government::Us, 3), lv(Government::Uk, 4)],
        )
        .expect("leave");
        assert_eq!(
            (s.phase, s.government, s.level),
            (Phase::LeaveNow, Government::Uk, 4)
        );
        plan.phases.current = Phase::ShelterInPlace;
        assert_eq!(suggest_phase(&plan.phases, &[lv(Government::Uk, 4)]), None);
    }

    #[test]
    fn the_instruction_names_the_route_letter_and_path() {
        let mut plan = tehran_plan();
        plan.phases.plans.leave_now.instructions = "Call Reza first.\nThen the school.".into();
        assert_eq!(
            instruction(&plan, Phase::LeaveNow),
            "Leave now — Route A (Plan A): Tehran → IKA → IST. Call Reza first.…"
        );
        plan.phases.plans.leave_now.route_id = Some("b".into());
        assert!(instruction(&plan, Phase::LeaveNow)
            .starts_with("Leave now — Route B (Overland): Tehran → Bazargan → Van"));
        assert_eq!(instruction(&plan, Phase::Prepare), "Prepare");
    }

    #[test]
    fn without_tripwires_the_shared_ladder_picks_the_phase() {
        let plan = tehran_plan();
        assert_eq!(
            phase_for_level(&plan.phases, "IR", Government::Us, 4),
            Phase::LeaveNow
        );
        assert_eq!(
            phase_for_level(&plan.phases, "IR", Government::Us, 3),
            Phase::Prepare
        );
        assert_eq!(
            phase_for_level(&plan.phases, "IR", Government::Us, 2),
            Phase::Normal
        );
    }
}
