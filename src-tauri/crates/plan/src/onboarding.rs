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
    /// The interface's language during onboarding (a code of `lifeboat_i18n::LOCALES`, picked on the first screen
    /// or the system's): the new plan keeps it in its settings, and its title and checklists are written in it.
    /// None or an unknown code: English, and the plan records no language.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// The plan a new user starts from: their answers, the chosen checklists, and the phases wired to them so the
/// dashboard has something to say on day one, written in the onboarding's language.
pub fn new_plan(o: &Onboarding, mut new_id: impl FnMut() -> String) -> Plan {
    let mut plan = Plan::default();
    plan.settings.language = o
        .language
        .as_deref()
        .filter(|code| lifeboat_i18n::LOCALES.iter().any(|l| l.code == *code))
        .map(str::to_owned);
    let locale = plan.locale();
    plan.profile.name = o.name.trim().to_owned();
    // The title is the person's from now on (saved, exported, edited): without Fluent's isolation marks.
    plan.name = lifeboat_i18n::plain_text(if plan.profile.name.is_empty() {
        lifeboat_i18n::t!(locale, "plan-name-ours")
    } else {
        lifeboat_i18n::t!(locale, "plan-name-of", name = plan.profile.name.as_str())
    });
    plan.profile.residence_country = o.residence_country.clone();
    plan.profile.city = o.city.trim().to_owned();
    plan.profile.nationalities = o.nationalities.clone();
    let mut seen = Vec::new();
    for t in &o.templates {
        if seen.contains(t) {
            continue;
        }
        seen.push(*t);
        let list = t.instantiate(locale, &mut new_id);
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
                language: None,
            },
            || {
                n += 1;
                format!("id{n}")
            },
        );
        assert_eq!(plan.profile.name, "Sara");
        assert_eq!(plan.name, "Sara's plan");
        assert_eq!(plan.settings.language, None);
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
        assert_eq!(crate::validate::validate(&plan, "en"), vec![]);
    }

    fn has_isolation_marks(s: &str) -> bool {
        s.contains(|c| matches!(c, '\u{2066}'..='\u{2069}'))
    }

    #[test]
    fn a_plan_made_in_persian_has_its_title_without_isolation_marks() {
        let o = Onboarding {
            name: "مریم احمدی".into(),
            templates: ChecklistTemplate::ALL.to_vec(),
            language: Some("fa".into()),
            ..Onboarding::default()
        };
        let plan = new_plan(&o, String::new);
        assert_eq!(plan.name, "برنامه‌ی مریم احمدی");
        assert!(!has_isolation_marks(&plan.name), "{:?}", plan.name);
        // A Latin name in a Persian title, and a Persian name in an English one, read as typed too.
        let latin = new_plan(
            &Onboarding {
                name: "Sara Martin".into(),
                ..o.clone()
            },
            String::new,
        );
        assert_eq!(latin.name, "برنامه‌ی Sara Martin");
        let english = new_plan(
            &Onboarding {
                language: Some("en".into()),
                ..o
            },
            String::new,
        );
        assert_eq!(english.name, "مریم احمدی's plan");
        for plan in [&plan, &english] {
            for list in &plan.checklists {
                assert!(!has_isolation_marks(&list.title), "{:?}", list.title);
                for item in &list.items {
                    assert!(!has_isolation_marks(&item.text), "{:?}", item.text);
                }
            }
        }
    }

    #[test]
    fn a_language_picked_in_onboarding_is_kept_and_writes_the_new_plan() {
        let o = Onboarding {
            templates: vec![ChecklistTemplate::DepartureDay],
            language: Some("fa".into()),
            ..Onboarding::default()
        };
        let plan = new_plan(&o, String::new);
        assert_eq!(plan.settings.language.as_deref(), Some("fa"));
        assert_eq!(plan.locale(), "fa");
        assert_eq!(plan.name, "برنامه‌ی ما");
        assert_eq!(plan.checklists[0].title, "روز حرکت");
        let unknown = Onboarding {
            language: Some("klingon".into()),
            ..Onboarding::default()
        };
        let plan = new_plan(&unknown, String::new);
        assert_eq!(
            plan.settings.language, None,
            "only a shipped language is kept"
        );
        assert_eq!(plan.name, "Our plan");
    }
}
