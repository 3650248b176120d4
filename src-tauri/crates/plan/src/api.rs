//! What crosses the IPC bridge besides the plan itself. These types are generated into the UI's TypeScript with
//! the plan's, so a renamed field breaks the UI's type check instead of the user's data.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::checklists::ChecklistTemplate;
use crate::model::Plan;
use crate::readiness::Readiness;
use crate::validate::FieldError;

/// Every error the backend returns: `code` is stable and matched by the UI, `message` is for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum VaultState {
    /// Nothing stored yet: first run, onboarding.
    New,
    Locked,
    Unlocked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Status {
    pub state: VaultState,
    pub data_dir: String,
    pub app_version: String,
    /// Only in the start-up benchmark (`--unlock-stdin`): the backend unlocked at start and the UI takes the
    /// session with `current_session` instead of asking for the passphrase.
    #[serde(default)]
    pub adopt_session: bool,
}

/// An unlocked plan as the editor receives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Session {
    pub plan: Plan,
    pub readiness: Readiness,
    pub has_recovery_key: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SaveOutcome {
    /// False when `errors` is not empty: the stored plan is unchanged and the editor keeps the draft.
    pub saved: bool,
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_at: Option<DateTime<Utc>>,
    pub errors: Vec<FieldError>,
    pub readiness: Readiness,
}

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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Country {
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TemplateInfo {
    pub template: ChecklistTemplate,
    pub title: String,
    pub items: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupEntry {
    pub id: String,
    pub saved_at: String,
    /// Bytes on disk; JSON numbers, not bigint, on the TypeScript side.
    #[ts(type = "number")]
    pub size: u64,
}

pub fn countries() -> Vec<Country> {
    crate::countries::COUNTRIES
        .iter()
        .map(|(code, name)| Country {
            code: (*code).to_owned(),
            name: (*name).to_owned(),
        })
        .collect()
}

pub fn templates() -> Vec<TemplateInfo> {
    ChecklistTemplate::ALL
        .iter()
        .map(|t| TemplateInfo {
            template: *t,
            title: t.title().to_owned(),
            items: u32::try_from(t.item_count()).unwrap_or(0),
        })
        .collect()
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
        match t {
            ChecklistTemplate::GoBag72h
            | ChecklistTemplate::DocumentsAndCopies
            | ChecklistTemplate::Money => plan
                .phases
                .plans
                .prepare
                .checklist_ids
                .push(list.id.clone()),
            ChecklistTemplate::DepartureDay => plan
                .phases
                .plans
                .leave_now
                .checklist_ids
                .push(list.id.clone()),
            _ => {}
        }
        plan.checklists.push(list);
    }
    plan
}

pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// The TypeScript declarations of every type the UI uses, as one module.
pub fn typescript_bindings() -> String {
    use crate::{
        checklists, contacts, documents, household, pdf_options, phases, readiness, routes,
        settings, validate, watch_view, watchlist,
    };
    let cfg = ts_rs::Config::default();
    let decls = [
        household::PersonKind::decl(&cfg),
        household::Person::decl(&cfg),
        documents::DocumentKind::decl(&cfg),
        documents::CopyMedium::decl(&cfg),
        documents::DocumentCopy::decl(&cfg),
        documents::Document::decl(&cfg),
        contacts::ContactRole::decl(&cfg),
        contacts::MessengerApp::decl(&cfg),
        contacts::Messenger::decl(&cfg),
        contacts::Contact::decl(&cfg),
        routes::TravelMode::decl(&cfg),
        routes::RouteStatus::decl(&cfg),
        routes::NeedKind::decl(&cfg),
        routes::LegNeed::decl(&cfg),
        routes::Leg::decl(&cfg),
        routes::RallyPoint::decl(&cfg),
        routes::Route::decl(&cfg),
        checklists::ChecklistTemplate::decl(&cfg),
        checklists::ChecklistItem::decl(&cfg),
        checklists::Checklist::decl(&cfg),
        phases::Phase::decl(&cfg),
        phases::PhasePlan::decl(&cfg),
        phases::PhasePlans::decl(&cfg),
        phases::Tripwire::decl(&cfg),
        phases::AdvisoryTripwire::decl(&cfg),
        phases::Phases::decl(&cfg),
        settings::Government::decl(&cfg),
        settings::WatchSettings::decl(&cfg),
        settings::Settings::decl(&cfg),
        Plan::decl(&cfg),
        validate::Section::decl(&cfg),
        validate::FieldRef::decl(&cfg),
        validate::FieldError::decl(&cfg),
        readiness::Severity::decl(&cfg),
        readiness::Rule::decl(&cfg),
        readiness::Finding::decl(&cfg),
        readiness::ChecklistProgress::decl(&cfg),
        readiness::Readiness::decl(&cfg),
        ErrorPayload::decl(&cfg),
        VaultState::decl(&cfg),
        Status::decl(&cfg),
        Session::decl(&cfg),
        SaveOutcome::decl(&cfg),
        Onboarding::decl(&cfg),
        Country::decl(&cfg),
        TemplateInfo::decl(&cfg),
        BackupEntry::decl(&cfg),
        watchlist::WatchReason::decl(&cfg),
        watchlist::WatchedCountry::decl(&cfg),
        watchlist::PhaseSuggestion::decl(&cfg),
        watch_view::WatchView::decl(&cfg),
        watch_view::CountryView::decl(&cfg),
        watch_view::GovernmentLevel::decl(&cfg),
        watch_view::HistoryKind::decl(&cfg),
        watch_view::HistoryItem::decl(&cfg),
        watch_view::GovernmentStatus::decl(&cfg),
        pdf_options::Sections::decl(&cfg),
        pdf_options::Redaction::decl(&cfg),
        pdf_options::Paper::decl(&cfg),
        pdf_options::PdfChoices::decl(&cfg),
        pdf_options::PdfReport::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust plan model (src-tauri/crates/plan, tests/generated.rs). Do not edit:\n\
         // change the Rust types and run `UPDATE_GENERATED=1 cargo test -p lifeboat-plan --test generated`.\n\n",
    );
    for d in decls {
        out.push_str("export ");
        out.push_str(d.trim());
        out.push_str("\n\n");
    }
    out
}

/// The JSON Schema of an exported plan file.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Plan);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
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
