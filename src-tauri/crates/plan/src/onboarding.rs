//! The first run: what its screens ask, and the plan a new user starts from.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::checklists::ChecklistTemplate;
use crate::model::Plan;

/// What the first-run screens ask.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Onboarding {
    pub name: String,
    pub residence_country: String,
    pub city: String,
    pub nationalities: Vec<String>,
    pub templates: Vec<ChecklistTemplate>,
}

/// The plan a new user starts from: their answers, the chosen checklists, and the phases wired to them so the
/// dashboard has something to say on day one.
pub fn new_plan(o: &Onboarding, mut new_id: impl FnMut() -> String) -> Plan {
    let mut plan = Plan::default();
    plan.profile.name = o.name.trim().to_owned();
    plan.name = if plan.profile.name.is_empty() {
        "Our plan".into()
    } else {
        format!("{}'s plan", plan.profile.name)
    };
    plan.profile.residence_country = o.residence_country.clone();
    plan.profile.city = o.city.trim().to_owned();
    plan.profile.nationalities = o.nationalities.clone();
    let mut seen = Vec::new();
    for t in &o.templates {
        if seen.contains(t) {
            continue;
        }
        seen.push(*t);
        let list = t.instantiate(&mut new_id);
        let plans = &mut plan.phases.plans;
        let phase = match t {
            ChecklistTemplate::GoBag72h
            | ChecklistTemplate::DocumentsAndCopies
            | ChecklistTemplate::Money => Some(&mut plans.prepare),
            ChecklistTemplate::DepartureDay => Some(&mut plans.leave_now),
            _ => None,
        };
        if let Some(phase) = phase {
            phase.checklist_ids.push(list.id.clone());
        }
        plan.checklists.push(list);
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn onboarding_answers_seed_the_profile_checklists_and_phases() {
        let mut n = 0;
        let plan = new_plan(
            &Onboarding {
                name: " Sara ".into(),
                residence_country: "IR".into(),
                city: "Tehran".into(),
                nationalities: vec!["FR".into(), "IR".into()],
                templates: vec![
                    ChecklistTemplate::GoBag72h,
                    ChecklistTemplate::DepartureDay,
                    ChecklistTemplate::GoBag72h,
                ],
            },
            || {
                n += 1;
                format!("id{n}")
            },
        );
        assert_eq!(plan.profile.name, "Sara");
        assert_eq!(plan.name, "Sara's plan");
        assert_eq!(plan.profile.nationalities, vec!["FR", "IR"]);
        assert_eq!(
            plan.checklists.len(),
            2,
            "a template chosen twice is added once"
        );
        assert_eq!(
            plan.phases.plans.prepare.checklist_ids,
            vec![plan.checklists[0].id.clone()]
        );
        assert_eq!(
            plan.phases.plans.leave_now.checklist_ids,
            vec![plan.checklists[1].id.clone()]
        );
        assert_eq!(crate::validate::validate(&plan), vec![]);
    }
}
