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

/// A high-priority alert or update telling people to leave, while it is in force. The watch decides which ones
/// are (`lifeboat_watch::timeline::leave_now_alerts`: the newest alert or update of a government's feed for a
/// country, when it is high priority with leave-now words); the rule here counts each as its government putting
/// the country at [`LEAVE_NOW_LEVEL`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeaveNowAlert<'a> {
    pub country: &'a str,
    pub government: Government,
    /// The alert's or update's title, as the government wrote it.
    pub title: &'a str,
}

/// The level an alert telling people to leave counts as: the top of the scale every government shares.
pub const LEAVE_NOW_LEVEL: u8 = 4;

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
    /// The level the rule counted: the government's level, or 4 when an alert telling people to leave decided.
    pub level: u8,
    /// When a high-priority alert or update (not a level) decided: its title, as the government wrote it.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert_title: Option<String>,
}

impl PhaseSuggestion {
    /// Why, in the words the notification and the dashboard use, in `locale`: "Canada: Iraq at level 4", or the
    /// alert's title when an alert decided ("US: Security Alert – leave Iran now").
    pub fn reason(&self, locale: &str) -> String {
        let government = self.government.label(locale);
        match &self.alert_title {
            Some(title) => lifeboat_i18n::t!(
                locale,
                "plan-reason-alert",
                government = government,
                title = title.as_str()
            ),
            None => {
                let name = crate::countries::name_in(&self.country, locale)
                    .unwrap_or_else(|| self.country.clone());
                lifeboat_i18n::t!(
                    locale,
                    "plan-reason-level",
                    government = government,
                    country = name,
                    level = self.level
                )
            }
        }
    }
}

/// The phase one government's level (or leave-now alert) ties `country` to, and the tripwire that says so: the
/// country's own tripwires when it has any (the highest phase among those tripped; ties to the first in the
/// plan), otherwise the ladder every advisory scale shares (4 → leave now, 3 → prepare). `None`: normal.
fn phase_for(
    phases: &Phases,
    country: &str,
    government: Government,
    level: u8,
) -> Option<(Phase, Option<usize>)> {
    let own: Vec<(usize, &crate::phases::AdvisoryTripwire)> = phases
        .advisory_tripwires
        .iter()
        .enumerate()
        .filter(|(_, t)| t.country.eq_ignore_ascii_case(country))
        .collect();
    if own.is_empty() {
        return match level {
            4.. => Some((Phase::LeaveNow, None)),
            3 => Some((Phase::Prepare, None)),
            _ => None,
        };
    }
    own.into_iter()
        .filter(|(_, t)| t.government.is_none_or(|g| g == government) && level >= t.min_level)
        .filter(|(_, t)| t.phase != Phase::Normal)
        // Highest phase; among equals the first tripwire in the plan.
        .min_by_key(|(i, t)| (std::cmp::Reverse(t.phase.rank()), *i))
        .map(|(i, t)| (t.phase, Some(i)))
}

/// The one rule for the suggested phase, shown alike by the dashboard, the notifications and the tray.
///
/// Each government's level for each watched country ties it to a phase ([`phase_for`]: the country's own tripwires,
/// else the shared ladder), and so does each alert in force that tells people to leave, counted as that
/// government's level 4. The highest phase above the current one is suggested, never a step down or sideways
/// (leaving and sheltering are the same rung). Among equals, so the suggestion does not flicker between polls: the
/// first tripwire in the plan, then the higher level, then an alert before a level (it is the news), then the
/// order given.
pub fn suggest_phase(
    phases: &Phases,
    levels: &[CountryLevel<'_>],
    alerts: &[LeaveNowAlert<'_>],
) -> Option<PhaseSuggestion> {
    let current = phases.current.rank();
    let from_levels = levels
        .iter()
        .map(|l| (l.country, l.government, l.level, None));
    let from_alerts = alerts
        .iter()
        .map(|a| (a.country, a.government, LEAVE_NOW_LEVEL, Some(a.title)));
    from_levels
        .chain(from_alerts)
        .enumerate()
        .filter_map(|(order, (country, government, level, title))| {
            let (phase, tripwire) = phase_for(phases, country, government, level)?;
            (phase.rank() > current)
                .then_some((order, country, government, level, title, phase, tripwire))
        })
        .min_by_key(|(order, _, _, level, title, phase, tripwire)| {
            (
                std::cmp::Reverse(phase.rank()),
                tripwire.unwrap_or(usize::MAX),
                std::cmp::Reverse(*level),
                title.is_none(),
                *order,
            )
        })
        .map(
            |(_, country, government, level, title, phase, tripwire)| PhaseSuggestion {
                phase,
                tripwire_id: tripwire
                    .and_then(|i| phases.advisory_tripwires.get(i))
                    .map(|t| t.id.clone()),
                country: country.to_ascii_uppercase(),
                government,
                level,
                alert_title: title.map(str::to_owned),
            },
        )
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

/// What the plan says to do in `phase`, in `locale`: "Leave now — Route A: IKA → IST. Call Reza first." Only what
/// the user wrote for that phase (its route, its instructions); `None` when they wrote neither, so a notification
/// never quotes a plan that does not exist.
pub fn instruction(plan: &Plan, phase: Phase, locale: &str) -> Option<String> {
    let pp = plan.phases.plans.get(phase);
    let route = pp
        .route_id
        .as_deref()
        .and_then(|id| plan.routes.iter().find(|r| r.id == id));
    let text = pp.instructions.trim();
    if route.is_none() && text.is_empty() {
        return None;
    }
    let phase = phase.label(locale);
    let mut out = match route {
        None => phase,
        Some(route) => {
            let letter = route_letter(plan, &route.id);
            let route_words = match letter {
                Some(c) => lifeboat_i18n::t!(locale, "plan-route-letter", letter = c.to_string()),
                None => lifeboat_i18n::t!(locale, "plan-route-unlettered"),
            };
            let name = route.name.trim();
            // A route named "Route B" that is Route B says nothing twice.
            let named = !name.is_empty()
                && !name.eq_ignore_ascii_case(&lifeboat_i18n::plain_text(route_words.clone()));
            let path = route_path(route);
            let id = match (named, path.is_empty()) {
                (false, true) => "plan-instruction-route",
                (true, true) => "plan-instruction-route-named",
                (false, false) => "plan-instruction-route-path",
                (true, false) => "plan-instruction-route-named-path",
            };
            lifeboat_i18n::tr(
                locale,
                id,
                &[
                    ("phase", phase.into()),
                    ("route", route_words.into()),
                    ("name", name.into()),
                    ("path", path.into()),
                ],
            )
        }
    };
    if !text.is_empty() {
        let first = text.lines().next().unwrap_or_default().trim();
        let mut short: String = first.chars().take(INSTRUCTION_CHARS).collect();
        if short.chars().count() < first.chars().count() || text.lines().count() > 1 {
            short.push('…');
        }
        out = lifeboat_i18n::t!(
            locale,
            "plan-instruction-text",
            instruction = out,
            text = short
        );
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phases::AdvisoryTripwire;
    use crate::routes::Leg;

    /// Text without Fluent's bidi isolation marks around inserted values.
    fn plain(text: &str) -> String {
        text.replace(['\u{2068}', '\u{2069}'], "")
    }

    fn words(plan: &Plan, phase: Phase, locale: &str) -> Option<String> {
        instruction(plan, phase, locale).map(|w| plain(&w))
    }

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

    fn lv(country: &str, government: Government, level: u8) -> CountryLevel<'_> {
        CountryLevel {
            country,
            government,
            level,
        }
    }

    fn iran_tripwires() -> Vec<AdvisoryTripwire> {
        vec![
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
        ]
    }

    #[test]
    fn a_tripwire_suggests_a_step_up_and_never_a_step_down() {
        let mut plan = tehran_plan();
        plan.phases.advisory_tripwires = iran_tripwires();
        let suggest =
            |plan: &Plan, levels: &[CountryLevel<'_>]| suggest_phase(&plan.phases, levels, &[]);
        assert_eq!(suggest(&plan, &[lv("IR", Government::Us, 2)]), None);
        let s = suggest(&plan, &[lv("IR", Government::Us, 3)]).expect("prepare");
        assert_eq!(
            (s.phase, s.tripwire_id.as_deref()),
            (Phase::Prepare, Some("t3"))
        );
        // Iran has tripwires of its own, so the ladder does not apply: level 4 from the US does not trip the
        // UK-only tripwire.
        let s = suggest(&plan, &[lv("IR", Government::Us, 4)]).expect("prepare");
        assert_eq!(s.phase, Phase::Prepare);
        let s = suggest(
            &plan,
            &[lv("IR", Government::Us, 3), lv("IR", Government::Uk, 4)],
        )
        .expect("leave");
        assert_eq!(
            (s.phase, s.government, s.level, s.tripwire_id.as_deref()),
            (Phase::LeaveNow, Government::Uk, 4, Some("t4"))
        );
        plan.phases.current = Phase::ShelterInPlace;
        assert_eq!(suggest(&plan, &[lv("IR", Government::Uk, 4)]), None);
    }

    #[test]
    fn a_country_without_tripwires_follows_the_shared_ladder_and_says_so() {
        // The case from the issue: Canada raises Iraq to level 4, the plan has no tripwire for Iraq.
        let mut plan = tehran_plan();
        plan.phases.advisory_tripwires = iran_tripwires();
        let s = suggest_phase(&plan.phases, &[lv("IQ", Government::Ca, 4)], &[]).expect("leave");
        assert_eq!(s.phase, Phase::LeaveNow);
        assert_eq!(s.tripwire_id, None, "the ladder decided, not a tripwire");
        assert_eq!(plain(&s.reason("en")), "Canada: Iraq at level 4");
        let s = suggest_phase(&plan.phases, &[lv("IQ", Government::Ca, 3)], &[]).expect("prepare");
        assert_eq!(s.phase, Phase::Prepare);
        assert_eq!(
            suggest_phase(&plan.phases, &[lv("IQ", Government::Ca, 2)], &[]),
            None
        );
        plan.phases.current = Phase::Prepare;
        assert_eq!(
            suggest_phase(&plan.phases, &[lv("IQ", Government::Ca, 3)], &[]),
            None,
            "already there: nothing to suggest"
        );
    }

    #[test]
    fn an_alert_telling_people_to_leave_counts_as_its_governments_level_4() {
        let plan = tehran_plan();
        let alert = LeaveNowAlert {
            country: "IR",
            government: Government::Us,
            title: "Security Alert – Leave Iran now",
        };
        // Iran at level 3 alone suggests preparing; the embassy telling people to leave suggests leaving.
        let levels = [lv("IR", Government::Us, 3)];
        assert_eq!(
            suggest_phase(&plan.phases, &levels, &[]).map(|s| s.phase),
            Some(Phase::Prepare)
        );
        let s = suggest_phase(&plan.phases, &levels, &[alert]).expect("leave");
        assert_eq!((s.phase, s.level), (Phase::LeaveNow, LEAVE_NOW_LEVEL));
        assert_eq!(
            s.alert_title.as_deref(),
            Some("Security Alert – Leave Iran now")
        );
        assert_eq!(
            plain(&s.reason("en")),
            "US: Security Alert – Leave Iran now"
        );
        // Already at level 4 too: the alert is named, it is the news.
        let s =
            suggest_phase(&plan.phases, &[lv("IR", Government::Us, 4)], &[alert]).expect("leave");
        assert!(s.alert_title.is_some());

        // With tripwires of its own, the alert trips those that its government's level 4 would.
        let mut plan = tehran_plan();
        plan.phases.advisory_tripwires = iran_tripwires();
        let s = suggest_phase(&plan.phases, &[], &[alert]).expect("prepare");
        assert_eq!(
            (s.phase, s.tripwire_id.as_deref()),
            (Phase::Prepare, Some("t3")),
            "the UK-only tripwire is not tripped by a US alert"
        );
        let uk = LeaveNowAlert {
            government: Government::Uk,
            ..alert
        };
        let s = suggest_phase(&plan.phases, &[], &[uk]).expect("leave");
        assert_eq!(
            (s.phase, s.tripwire_id.as_deref()),
            (Phase::LeaveNow, Some("t4"))
        );
    }

    #[test]
    fn the_instruction_names_the_route_letter_and_path_and_nothing_the_plan_does_not_hold() {
        let mut plan = tehran_plan();
        assert_eq!(
            instruction(&plan, Phase::LeaveNow, "en"),
            None,
            "no leave-now plan written: nothing to quote, even with routes"
        );
        plan.phases.plans.leave_now.instructions = "Call Reza first.\nThen the school.".into();
        assert_eq!(
            words(&plan, Phase::LeaveNow, "en").as_deref(),
            Some("Leave now. Call Reza first.…")
        );
        plan.phases.plans.leave_now.route_id = Some("b".into());
        assert_eq!(
            words(&plan, Phase::LeaveNow, "en").as_deref(),
            Some("Leave now — Route B (Overland): Tehran → Bazargan → Van. Call Reza first.…")
        );
        plan.phases.plans.prepare.route_id = Some("a".into());
        assert_eq!(
            words(&plan, Phase::Prepare, "en").as_deref(),
            Some("Prepare — Route A (Plan A): Tehran → IKA → IST")
        );
        plan.phases.plans.prepare.route_id = Some("gone".into());
        assert_eq!(
            instruction(&plan, Phase::Prepare, "en"),
            None,
            "a removed route is no plan"
        );
    }

    #[test]
    fn the_instruction_and_the_reason_are_written_in_the_plans_language() {
        let mut plan = tehran_plan();
        plan.phases.plans.leave_now.route_id = Some("b".into());
        plan.phases.plans.leave_now.instructions = "Call Reza first.".into();
        assert_eq!(
            words(&plan, Phase::LeaveNow, "fa").as_deref(),
            Some("همین حالا بروید — مسیر B (Overland): Tehran → Bazargan → Van. Call Reza first.")
        );
        let s = suggest_phase(&plan.phases, &[lv("IQ", Government::Ca, 4)], &[]).expect("leave");
        // The country too: Iraq is «عراق» to a Persian reader, and the level is in Persian digits.
        assert_eq!(plain(&s.reason("fa")), "کانادا: عراق در سطح ۴");
        assert_eq!(plain(&s.reason("fr")), "Canada\u{a0}: Irak au niveau 4");
    }
}
