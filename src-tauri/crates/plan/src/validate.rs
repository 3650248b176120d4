//! Rules a plan must meet before it is saved, reported per field so the editor can show each message next to
//! the input it is about. Empty fields are allowed (a half-typed plan is still worth saving); wrong ones are not.

use std::collections::HashSet;

use lifeboat_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::countries;
use crate::model::Plan;
use crate::routes::Point;
use crate::settings::{MAX_AUTO_LOCK_MINUTES, MAX_EXTRA_WATCHED};

/// Longest text field accepted; notes longer than this are almost certainly a paste accident.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Most entries in any one list (contacts, documents, items…).
pub const MAX_LIST_LEN: usize = 5_000;
/// Longest id accepted: ours are UUIDs (36 characters); a longer one is not from this app.
pub const MAX_ID_LEN: usize = 100;

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
    /// In the language `validate` was given (the plan's, so the UI's once unlocked).
    pub message: String,
}

struct Checker<'l> {
    locale: &'l str,
    errors: Vec<FieldError>,
    ids: HashSet<String>,
}

impl<'l> Checker<'l> {
    fn new(locale: &'l str) -> Self {
        Self {
            locale,
            errors: Vec::new(),
            ids: HashSet::new(),
        }
    }

    /// The checks of one entry's fields (or, with no id, of a section's plan-wide fields).
    fn at<'a>(&'a mut self, section: Section, id: Option<&'a str>) -> At<'a, 'l> {
        At {
            c: self,
            section,
            id,
        }
    }

    /// Registers a new entry's id (present, short, used once) and returns the checks of its fields.
    fn entry<'a>(&'a mut self, section: Section, id: &'a str) -> At<'a, 'l> {
        let locale = self.locale;
        if id.trim().is_empty() {
            self.at(section, None)
                .push("id", t!(locale, "plan-invalid-id-missing"));
        } else if id.len() > MAX_ID_LEN {
            self.at(section, None).push(
                "id",
                t!(locale, "plan-invalid-id-too-long", max = MAX_ID_LEN),
            );
        } else if !self.ids.insert(id.to_owned()) {
            self.at(section, Some(id))
                .push("id", t!(locale, "plan-invalid-id-twice", id = id));
        }
        self.at(section, Some(id))
    }

    fn list<T>(&mut self, section: Section, field: &str, list: &[T]) {
        if list.len() > MAX_LIST_LEN {
            let message = t!(self.locale, "plan-invalid-too-many", max = MAX_LIST_LEN);
            self.at(section, None).push(field, message);
        }
    }
}

/// Where the messages of the fields being checked belong.
struct At<'a, 'l> {
    c: &'a mut Checker<'l>,
    section: Section,
    id: Option<&'a str>,
}

impl At<'_, '_> {
    fn push(&mut self, field: &str, message: String) {
        self.c.errors.push(FieldError {
            at: FieldRef::new(self.section, self.id, field),
            message,
        });
    }

    /// A message without variables, from its id.
    fn say(&mut self, field: &str, id: &str) {
        let message = lifeboat_i18n::tr(self.c.locale, id, &[]);
        self.push(field, message);
    }

    fn country(&mut self, field: &str, code: &str) {
        if !code.is_empty() && !countries::is_valid(code) {
            let message = t!(self.c.locale, "plan-invalid-country", code = code);
            self.push(field, message);
        }
    }

    /// A point that is there must be on the globe; each wrong number is named, so the user knows which to fix.
    fn point(&mut self, field: &str, point: Option<&Point>) {
        let Some(p) = point else { return };
        if !p.lat_is_valid() {
            self.say(&format!("{field}.lat"), "plan-invalid-latitude");
        }
        if !p.lon_is_valid() {
            self.say(&format!("{field}.lon"), "plan-invalid-longitude");
        }
    }

    fn text(&mut self, fields: &[(&str, &str)]) {
        for (field, value) in fields {
            if value.chars().count() > MAX_TEXT_CHARS {
                let message = t!(self.c.locale, "plan-invalid-too-long", max = MAX_TEXT_CHARS);
                self.push(field, message);
            }
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

/// Every wrong field of `plan`, each message written in `locale` (a shipped code or anything
/// `lifeboat_i18n::negotiate` reads; the app passes [`Plan::locale`]).
pub fn validate(plan: &Plan, locale: &str) -> Vec<FieldError> {
    use Section::*;
    let mut c = Checker::new(locale);

    for (i, p) in plan.people().enumerate() {
        let mut e = c.entry(Household, &p.id);
        e.country("residence_country", &p.residence_country);
        for (n, code) in p.nationalities.iter().enumerate() {
            e.country(&format!("nationalities.{n}"), code);
        }
        e.text(&[
            ("name", &p.name),
            ("medical_notes", &p.medical_notes),
            ("notes", &p.notes),
        ]);
        if i == 0 && p.id != crate::model::PROFILE_ID {
            e.push(
                "id",
                t!(
                    locale,
                    "plan-invalid-profile-id",
                    id = crate::model::PROFILE_ID
                ),
            );
        }
    }
    c.list(Household, "household", &plan.household);

    c.list(Documents, "documents", &plan.documents);
    for d in &plan.documents {
        let mut e = c.entry(Documents, &d.id);
        e.country("issuing_country", &d.issuing_country);
        if !d.holder_id.is_empty() && plan.person(&d.holder_id).is_none() {
            e.say("holder_id", "plan-invalid-holder-gone");
        }
        if let (Some(issued), Some(expires)) = (d.issued, d.expires) {
            if expires < issued {
                e.say("expires", "plan-invalid-expires-before-issued");
            }
        }
        e.text(&[
            ("number", &d.number),
            ("notes", &d.notes),
            ("original_location", &d.original_location),
        ]);
    }

    c.list(Contacts, "contacts", &plan.contacts);
    for k in &plan.contacts {
        let mut e = c.entry(Contacts, &k.id);
        e.country("country", &k.country);
        if !k.email.is_empty() && !looks_like_email(&k.email) {
            e.say("email", "plan-invalid-email");
        }
        for (n, phone) in k.phones.iter().enumerate() {
            if !phone.is_empty() && !looks_like_phone(phone) {
                e.say(&format!("phones.{n}"), "plan-invalid-phone");
            }
        }
        if k.priority == 0 || k.priority > 99 {
            e.say("priority", "plan-invalid-priority");
        }
        e.text(&[
            ("name", &k.name),
            ("address", &k.address),
            ("notes", &k.notes),
        ]);
    }

    let doc_ids: HashSet<&str> = plan.documents.iter().map(|d| d.id.as_str()).collect();
    c.list(Routes, "routes", &plan.routes);
    for r in &plan.routes {
        let mut e = c.entry(Routes, &r.id);
        if r.name.trim().is_empty() {
            e.say("name", "plan-invalid-route-name");
        }
        for leg in &r.legs {
            let mut e = c.entry(Routes, &leg.id);
            e.country("from_country", &leg.from_country);
            e.country("to_country", &leg.to_country);
            e.point("from_point", leg.from_point.as_ref());
            e.point("to_point", leg.to_point.as_ref());
            e.point("crossing_point", leg.crossing_point.as_ref());
            if leg.expected_minutes.is_some_and(|m| m > 60 * 24 * 30) {
                e.say("expected_minutes", "plan-invalid-leg-too-long");
            }
            for need in &leg.needs {
                if need
                    .document_id
                    .as_deref()
                    .is_some_and(|doc| !doc_ids.contains(doc))
                {
                    e.say("needs", "plan-invalid-need-document-gone");
                }
            }
        }
        c.at(Routes, Some(&r.id)).text(&[("notes", &r.notes)]);
    }

    c.list(Checklists, "checklists", &plan.checklists);
    for list in &plan.checklists {
        c.entry(Checklists, &list.id);
        c.list(Checklists, "items", &list.items);
        for item in &list.items {
            c.entry(Checklists, &item.id).text(&[("text", &item.text)]);
        }
    }

    let route_ids: HashSet<&str> = plan.routes.iter().map(|r| r.id.as_str()).collect();
    let list_ids: HashSet<&str> = plan.checklists.iter().map(|l| l.id.as_str()).collect();
    let plans = &plan.phases.plans;
    let mut e = c.at(Phases, None);
    for (name, pp) in [
        ("normal", &plans.normal),
        ("prepare", &plans.prepare),
        ("leave_now", &plans.leave_now),
        ("shelter_in_place", &plans.shelter_in_place),
    ] {
        if pp
            .route_id
            .as_deref()
            .is_some_and(|r| !route_ids.contains(r))
        {
            e.say(
                &format!("plans.{name}.route_id"),
                "plan-invalid-phase-route-gone",
            );
        }
        if pp
            .checklist_ids
            .iter()
            .any(|l| !list_ids.contains(l.as_str()))
        {
            e.say(
                &format!("plans.{name}.checklist_ids"),
                "plan-invalid-phase-checklist-gone",
            );
        }
        e.text(&[(&format!("plans.{name}.instructions"), &pp.instructions)]);
    }
    for t in &plan.phases.tripwires {
        c.entry(Phases, &t.id);
    }
    for t in &plan.phases.advisory_tripwires {
        let mut e = c.entry(Phases, &t.id);
        if t.country.trim().is_empty() {
            e.say("country", "plan-invalid-choose-country");
        }
        e.country("country", &t.country);
        if !(1..=4).contains(&t.min_level) {
            e.say("min_level", "plan-invalid-level");
        }
        if t.phase == crate::phases::Phase::Normal {
            e.say("phase", "plan-invalid-tripwire-phase");
        }
    }
    c.at(Phases, None)
        .text(&[("family_instructions", &plan.family_instructions)]);

    if plan.settings.auto_lock_minutes > MAX_AUTO_LOCK_MINUTES {
        c.at(Settings, None).push(
            "auto_lock_minutes",
            t!(
                locale,
                "plan-invalid-auto-lock",
                max = MAX_AUTO_LOCK_MINUTES
            ),
        );
    }
    if let Some(language) = &plan.settings.language {
        if !lifeboat_i18n::LOCALES.iter().any(|l| l.code == language) {
            c.at(Settings, None)
                .say("language", "plan-invalid-language");
        }
    }
    let watch = &plan.settings.watch;
    let mut e = c.at(Advisories, None);
    if watch.extra_countries.len() > MAX_EXTRA_WATCHED {
        e.push(
            "extra_countries",
            t!(
                locale,
                "plan-invalid-too-many-countries",
                max = MAX_EXTRA_WATCHED
            ),
        );
    }
    for code in &watch.extra_countries {
        e.country("extra_countries", code);
    }
    let mut seen = HashSet::new();
    if watch.governments.iter().any(|g| !seen.insert(*g)) {
        e.say("governments", "plan-invalid-government-twice");
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
        assert_eq!(validate(&Plan::default(), "en"), vec![]);
    }

    #[test]
    fn the_language_must_be_one_lifeboat_is_translated_into() {
        let mut plan = Plan::default();
        plan.settings.language = Some("fa".into());
        assert_eq!(validate(&plan, "en"), vec![]);
        plan.settings.language = Some("klingon".into());
        let errors = validate(&plan, "en");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(
            (errors[0].at.section, errors[0].at.field.as_str()),
            (Section::Settings, "language")
        );
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
        let errors = validate(&plan, "en");
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
        let errors = validate(&plan, "en");
        assert!(errors
            .iter()
            .any(|e| e.at.field == "id" && e.message.contains("used twice")));
        assert!(errors
            .iter()
            .any(|e| e.at.field == "plans.leave_now.route_id"));
    }

    #[test]
    fn messages_are_written_in_the_language_asked_for() {
        let mut plan = Plan::default();
        plan.contacts.push(Contact {
            id: "c1".into(),
            email: "ali at example".into(),
            country: "XX".into(),
            priority: 1,
            ..Contact::default()
        });
        let fa = validate(&plan, "fa");
        let message = |errors: &[FieldError], field: &str| {
            errors
                .iter()
                .find(|e| e.at.field == field)
                .map(|e| e.message.replace(['\u{2068}', '\u{2069}'], ""))
                .unwrap_or_default()
        };
        assert_eq!(message(&fa, "email"), "این نشانی ایمیل نیست");
        assert_eq!(message(&fa, "country"), "«XX» کد کشور ISO 3166 نیست");
        // The code stays isolated, readable left to right inside the Persian sentence.
        assert!(fa.iter().any(|e| e.message.contains("\u{2068}XX\u{2069}")));
        let en = validate(&plan, "en");
        assert_eq!(message(&en, "email"), "not an e-mail address");
        assert_eq!(
            message(&en, "country"),
            "“XX” is not an ISO 3166 country code"
        );
        assert_eq!(
            fa.iter().map(|e| &e.at).collect::<Vec<_>>(),
            en.iter().map(|e| &e.at).collect::<Vec<_>>(),
            "the language changes the words, never where they belong"
        );
    }

    #[test]
    fn a_limit_in_a_message_is_written_in_the_languages_digits() {
        let plan = Plan {
            family_instructions: "x".repeat(MAX_TEXT_CHARS + 1),
            ..Plan::default()
        };
        let limit = |locale| {
            validate(&plan, locale)
                .into_iter()
                .find(|e| e.at.field == "family_instructions")
                .map(|e| e.message.replace(['\u{2068}', '\u{2069}'], ""))
                .unwrap_or_default()
        };
        // As the UI's Intl writes 20000 in each language.
        assert_eq!(limit("fa"), "بیش از اندازه بلند است: دست‌بالا ۲۰٬۰۰۰ نویسه");
        assert_eq!(limit("en"), "too long: at most 20,000 characters");
        assert!(limit("de").contains("20.000"), "{}", limit("de"));
    }

    #[test]
    fn a_point_off_the_globe_is_reported_on_the_number_to_fix() {
        use crate::routes::{Leg, Route};
        let point = |lat, lon| Some(Point { lat, lon });
        let mut plan = Plan::default();
        plan.routes.push(Route {
            id: "r".into(),
            name: "Plan B".into(),
            legs: vec![Leg {
                id: "l".into(),
                from_point: point(38.08, 46.2919),
                to_point: point(95.0, f64::NAN),
                crossing_point: point(39.4, -180.5),
                ..Leg::default()
            }],
            ..Route::default()
        });
        let errors = validate(&plan, "en");
        let got: Vec<(Option<&str>, &str, &str)> = errors
            .iter()
            .map(|e| (e.at.id.as_deref(), e.at.field.as_str(), e.message.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (Some("l"), "to_point.lat", "latitude runs from −90 to 90"),
                (Some("l"), "to_point.lon", "longitude runs from −180 to 180"),
                (
                    Some("l"),
                    "crossing_point.lon",
                    "longitude runs from −180 to 180"
                ),
            ]
        );
        plan.routes[0].legs[0].to_point = point(-90.0, 180.0);
        plan.routes[0].legs[0].crossing_point = None;
        assert_eq!(
            validate(&plan, "en"),
            vec![],
            "the edges of the globe are on it"
        );
    }
}
