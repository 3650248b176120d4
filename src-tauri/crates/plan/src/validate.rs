//! Rules a plan must meet before it is saved, reported per field so the editor can show each message next to
//! the input it is about. Empty fields are allowed (a half-typed plan is still worth saving); wrong ones are not.

use std::collections::HashSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::countries;
use crate::model::Plan;
use crate::settings::{MAX_AUTO_LOCK_MINUTES, MAX_EXTRA_WATCHED};

/// Longest text field accepted; notes longer than this are almost certainly a paste accident.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Most entries in any one list (contacts, documents, items…).
pub const MAX_LIST_LEN: usize = 5_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Dashboard,
    Household,
    Documents,
    Contacts,
    Routes,
    Checklists,
    Phases,
    Advisories,
    Settings,
}

/// Where in the editor a message belongs: the section, the entry's id (if the section is a list) and the field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
pub struct FieldRef {
    pub section: Section,
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub field: String,
}

impl FieldRef {
    pub fn new(section: Section, id: Option<&str>, field: &str) -> Self {
        Self {
            section,
            id: id.map(str::to_owned),
            field: field.to_owned(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
pub struct FieldError {
    pub at: FieldRef,
    pub message: String,
}

struct Checker {
    errors: Vec<FieldError>,
    ids: HashSet<String>,
}

impl Checker {
    fn push(
        &mut self,
        section: Section,
        id: Option<&str>,
        field: &str,
        message: impl Into<String>,
    ) {
        self.errors.push(FieldError {
            at: FieldRef::new(section, id, field),
            message: message.into(),
        });
    }

    fn country(&mut self, section: Section, id: Option<&str>, field: &str, code: &str) {
        if !code.is_empty() && !countries::is_valid(code) {
            self.push(
                section,
                id,
                field,
                format!("“{code}” is not an ISO 3166 country code"),
            );
        }
    }

    fn text(&mut self, section: Section, id: Option<&str>, field: &str, value: &str) {
        if value.chars().count() > MAX_TEXT_CHARS {
            self.push(
                section,
                id,
                field,
                format!("too long: at most {MAX_TEXT_CHARS} characters"),
            );
        }
    }

    fn list<T>(&mut self, section: Section, field: &str, list: &[T]) {
        if list.len() > MAX_LIST_LEN {
            self.push(
                section,
                None,
                field,
                format!("too many entries: at most {MAX_LIST_LEN}"),
            );
        }
    }

    fn id(&mut self, section: Section, id: &str) {
        if id.trim().is_empty() {
            self.push(section, None, "id", "an entry has no id");
        } else if id.len() > 100 {
            self.push(section, None, "id", "an id is longer than 100 characters");
        } else if !self.ids.insert(id.to_owned()) {
            self.push(
                section,
                Some(id),
                "id",
                format!("the id “{id}” is used twice"),
            );
        }
    }
}

fn looks_like_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(char::is_whitespace)
        && !domain.contains('@')
}

fn looks_like_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    digits >= 3
        && s.chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

pub fn validate(plan: &Plan) -> Vec<FieldError> {
    use Section::*;
    let mut c = Checker {
        errors: Vec::new(),
        ids: HashSet::new(),
    };

    for (i, p) in plan.people().enumerate() {
        let section = Household;
        c.id(section, &p.id);
        let id = Some(p.id.as_str());
        c.country(section, id, "residence_country", &p.residence_country);
        for (n, code) in p.nationalities.iter().enumerate() {
            c.country(section, id, &format!("nationalities.{n}"), code);
        }
        for (field, value) in [
            ("name", &p.name),
            ("medical_notes", &p.medical_notes),
            ("notes", &p.notes),
        ] {
            c.text(section, id, field, value);
        }
        if i == 0 && p.id != crate::model::PROFILE_ID {
            c.push(section, id, "id", "the profile's id must be “self”");
        }
    }
    c.list(Household, "household", &plan.household);

    c.list(Documents, "documents", &plan.documents);
    for d in &plan.documents {
        c.id(Documents, &d.id);
        let id = Some(d.id.as_str());
        c.country(Documents, id, "issuing_country", &d.issuing_country);
        if !d.holder_id.is_empty() && plan.person(&d.holder_id).is_none() {
            c.push(
                Documents,
                id,
                "holder_id",
                "the holder is not in the household any more",
            );
        }
        if let (Some(issued), Some(expires)) = (d.issued, d.expires) {
            if expires < issued {
                c.push(Documents, id, "expires", "expires before it was issued");
            }
        }
        for (field, value) in [
            ("number", &d.number),
            ("notes", &d.notes),
            ("original_location", &d.original_location),
        ] {
            c.text(Documents, id, field, value);
        }
    }

    c.list(Contacts, "contacts", &plan.contacts);
    for k in &plan.contacts {
        c.id(Contacts, &k.id);
        let id = Some(k.id.as_str());
        c.country(Contacts, id, "country", &k.country);
        if !k.email.is_empty() && !looks_like_email(&k.email) {
            c.push(Contacts, id, "email", "not an e-mail address");
        }
        for (n, phone) in k.phones.iter().enumerate() {
            if !phone.is_empty() && !looks_like_phone(phone) {
                c.push(
                    Contacts,
                    id,
                    &format!("phones.{n}"),
                    "use digits, spaces, + - ( ) only",
                );
            }
        }
        if k.priority == 0 || k.priority > 99 {
            c.push(
                Contacts,
                id,
                "priority",
                "priority runs from 1 (call first) to 99",
            );
        }
        for (field, value) in [
            ("name", &k.name),
            ("address", &k.address),
            ("notes", &k.notes),
        ] {
            c.text(Contacts, id, field, value);
        }
    }

    let doc_ids: HashSet<&str> = plan.documents.iter().map(|d| d.id.as_str()).collect();
    c.list(Routes, "routes", &plan.routes);
    for r in &plan.routes {
        c.id(Routes, &r.id);
        let id = Some(r.id.as_str());
        if r.name.trim().is_empty() {
            c.push(Routes, id, "name", "give the route a name (“Plan A”)");
        }
        for leg in &r.legs {
            c.id(Routes, &leg.id);
            c.country(Routes, Some(&leg.id), "from_country", &leg.from_country);
            c.country(Routes, Some(&leg.id), "to_country", &leg.to_country);
            if leg.expected_minutes.is_some_and(|m| m > 60 * 24 * 30) {
                c.push(
                    Routes,
                    Some(&leg.id),
                    "expected_minutes",
                    "longer than 30 days: check the unit (minutes)",
                );
            }
            for need in &leg.needs {
                if let Some(doc) = &need.document_id {
                    if !doc_ids.contains(doc.as_str()) {
                        c.push(
                            Routes,
                            Some(&leg.id),
                            "needs",
                            "a needed document is no longer in the plan",
                        );
                    }
                }
            }
        }
        c.text(Routes, id, "notes", &r.notes);
    }

    c.list(Checklists, "checklists", &plan.checklists);
    for list in &plan.checklists {
        c.id(Checklists, &list.id);
        c.list(Checklists, "items", &list.items);
        for item in &list.items {
            c.id(Checklists, &item.id);
            c.text(Checklists, Some(&item.id), "text", &item.text);
        }
    }

    let route_ids: HashSet<&str> = plan.routes.iter().map(|r| r.id.as_str()).collect();
    let list_ids: HashSet<&str> = plan.checklists.iter().map(|l| l.id.as_str()).collect();
    let plans = &plan.phases.plans;
    for (name, pp) in [
        ("normal", &plans.normal),
        ("prepare", &plans.prepare),
        ("leave_now", &plans.leave_now),
        ("shelter_in_place", &plans.shelter_in_place),
    ] {
        let field = format!("plans.{name}");
        if pp
            .route_id
            .as_deref()
            .is_some_and(|r| !route_ids.contains(r))
        {
            c.push(
                Phases,
                None,
                &format!("{field}.route_id"),
                "the route is no longer in the plan",
            );
        }
        if pp
            .checklist_ids
            .iter()
            .any(|l| !list_ids.contains(l.as_str()))
        {
            c.push(
                Phases,
                None,
                &format!("{field}.checklist_ids"),
                "a checklist is no longer in the plan",
            );
        }
        c.text(
            Phases,
            None,
            &format!("{field}.instructions"),
            &pp.instructions,
        );
    }
    for t in &plan.phases.tripwires {
        c.id(Phases, &t.id);
    }
    for t in &plan.phases.advisory_tripwires {
        c.id(Phases, &t.id);
        if t.country.trim().is_empty() {
            c.push(Phases, Some(&t.id), "country", "choose a country");
        }
        c.country(Phases, Some(&t.id), "country", &t.country);
        if !(1..=4).contains(&t.min_level) {
            c.push(Phases, Some(&t.id), "min_level", "a level from 1 to 4");
        }
        if t.phase == crate::phases::Phase::Normal {
            c.push(
                Phases,
                Some(&t.id),
                "phase",
                "a tripwire moves the plan up: choose prepare, leave now or shelter in place",
            );
        }
    }
    c.text(
        Phases,
        None,
        "family_instructions",
        &plan.family_instructions,
    );

    if plan.settings.auto_lock_minutes > MAX_AUTO_LOCK_MINUTES {
        c.push(
            Settings,
            None,
            "auto_lock_minutes",
            format!("at most {MAX_AUTO_LOCK_MINUTES} minutes (24 hours)"),
        );
    }
    let watch = &plan.settings.watch;
    if watch.extra_countries.len() > MAX_EXTRA_WATCHED {
        c.push(
            Advisories,
            None,
            "extra_countries",
            format!("at most {MAX_EXTRA_WATCHED} added countries"),
        );
    }
    for code in &watch.extra_countries {
        c.country(Advisories, None, "extra_countries", code);
    }
    let mut seen = HashSet::new();
    if watch.governments.iter().any(|g| !seen.insert(*g)) {
        c.push(
            Advisories,
            None,
            "governments",
            "a government is listed twice",
        );
    }
    c.errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::Contact;
    use crate::documents::Document;

    #[test]
    fn an_empty_plan_is_valid_so_a_new_user_can_save_as_they_go() {
        assert_eq!(validate(&Plan::default()), vec![]);
    }

    #[test]
    fn each_wrong_field_is_reported_where_the_user_typed_it() {
        let mut plan = Plan::default();
        plan.contacts.push(Contact {
            id: "c1".into(),
            name: "علی رضایی".into(),
            email: "ali at example".into(),
            country: "XX".into(),
            phones: vec!["+98 21 5555 0100".into(), "call me".into()],
            priority: 1,
            ..Contact::default()
        });
        plan.documents.push(Document {
            id: "d1".into(),
            holder_id: "nobody".into(),
            issued: chrono::NaiveDate::from_ymd_opt(2025, 1, 1),
            expires: chrono::NaiveDate::from_ymd_opt(2024, 1, 1),
            ..Document::default()
        });
        let errors = validate(&plan);
        let at: Vec<(Section, Option<&str>, &str)> = errors
            .iter()
            .map(|e| (e.at.section, e.at.id.as_deref(), e.at.field.as_str()))
            .collect();
        assert!(
            at.contains(&(Section::Contacts, Some("c1"), "email")),
            "{errors:?}"
        );
        assert!(at.contains(&(Section::Contacts, Some("c1"), "country")));
        assert!(at.contains(&(Section::Contacts, Some("c1"), "phones.1")));
        assert!(!at.contains(&(Section::Contacts, Some("c1"), "phones.0")));
        assert!(at.contains(&(Section::Documents, Some("d1"), "holder_id")));
        assert!(at.contains(&(Section::Documents, Some("d1"), "expires")));
        assert_eq!(errors.len(), 5);
    }

    #[test]
    fn duplicate_ids_and_dangling_phase_links_are_caught() {
        let mut plan = Plan::default();
        for _ in 0..2 {
            plan.contacts.push(Contact {
                id: "same".into(),
                priority: 1,
                ..Contact::default()
            });
        }
        plan.phases.plans.leave_now.route_id = Some("gone".into());
        let errors = validate(&plan);
        assert!(errors
            .iter()
            .any(|e| e.at.field == "id" && e.message.contains("used twice")));
        assert!(errors
            .iter()
            .any(|e| e.at.field == "plans.leave_now.route_id"));
    }
}
