//! What the template receives: the plan, already redacted, labelled and formatted, as plain JSON data.
//!
//! Everything the family reads is decided here in Rust (which route is Plan A, how a number is masked, whether
//! medical notes exist at all), so the template only lays out strings and the tests can reason about the data
//! without a PDF. Dropped fields are never serialised: what is not in this JSON cannot leak into the PDF.

mod contacts;
mod documents;
mod routes;

use chrono::{DateTime, NaiveDate, Utc};
use lifeboat_plan::checklists::Checklist;
use lifeboat_plan::household::{Person, PersonKind};
use lifeboat_plan::phases::AdvisoryTripwire;
use lifeboat_plan::Plan;
use serde::Serialize;

use crate::{AdvisoryLine, Paper, PdfOptions};
use contacts::{CallFirst, ContactOut};
use documents::Documents;
use routes::RouteOut;

#[derive(Debug, Serialize)]
pub(crate) struct Data {
    pub meta: Meta,
    pub sections: crate::Sections,
    pub cover: Cover,
    pub instructions: Instructions,
    pub contacts: Vec<ContactOut>,
    pub routes: Vec<RouteOut>,
    pub documents: Documents,
    pub checklists: Vec<ChecklistOut>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Meta {
    pub title: String,
    /// "20 November 2026, 18:30 UTC".
    pub generated: String,
    pub generated_date: String,
    pub updated: Option<String>,
    /// Typst paper names.
    pub paper: &'static str,
    /// Font fallback order for `set text(font: …)`.
    pub fonts: Vec<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Cover {
    pub people: Vec<PersonOut>,
    pub include_medical: bool,
    pub phase: String,
    pub phase_since: Option<String>,
    pub phase_instructions: String,
    pub phase_route: Option<String>,
    pub advisories: Vec<AdvisoryOut>,
}

#[derive(Debug, Serialize)]
pub(crate) struct PersonOut {
    pub name: String,
    /// "Plan owner", "husband", "cat (pet)".
    pub relationship: String,
    pub nationalities: String,
    pub born: Option<String>,
    pub lives: String,
    pub languages: String,
    /// Only present when the user asked for medical information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blood_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medical_notes: Option<String>,
    pub notes: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct AdvisoryOut {
    pub country: String,
    pub level: u8,
    pub label: &'static str,
    pub government: String,
    pub native_label: String,
    pub updated: Option<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Instructions {
    pub text: String,
    /// The contacts with the plan's top priority, so the page answers "whom do I call" without turning over.
    pub call_first: Vec<CallFirst>,
    pub leave_now: String,
    pub tripwires: Vec<TripwireOut>,
}

#[derive(Debug, Serialize)]
pub(crate) struct TripwireOut {
    pub condition: String,
    pub phase: &'static str,
    pub notes: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct ChecklistOut {
    pub title: String,
    pub done: usize,
    pub total: usize,
    pub items: Vec<ItemOut>,
}

#[derive(Debug, Serialize)]
pub(crate) struct ItemOut {
    pub done: bool,
    pub text: String,
    pub quantity: Option<u32>,
    pub expires: Option<String>,
    pub notes: String,
}

/// One rule for every date on paper: day, month in words, year. Families abroad read 03/04 both ways.
pub(crate) fn date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

fn datetime(d: DateTime<Utc>) -> String {
    d.format("%-d %B %Y, %H:%M UTC").to_string()
}

fn country(code: &str) -> String {
    let code = code.trim();
    lifeboat_plan::countries::name(code)
        .map(str::to_owned)
        .unwrap_or_else(|| code.to_owned())
}

fn countries(codes: &[String]) -> String {
    codes
        .iter()
        .filter(|c| !c.trim().is_empty())
        .map(|c| country(c))
        .collect::<Vec<_>>()
        .join(", ")
}

fn person(p: &Person, is_owner: bool, opts: &PdfOptions) -> PersonOut {
    let relationship = match (is_owner, p.kind, p.relationship.trim()) {
        (true, _, _) => "Plan owner".to_owned(),
        (false, PersonKind::Pet, "") => "Pet".to_owned(),
        (false, PersonKind::Pet, r) => format!("{r} (pet)"),
        (false, PersonKind::Person, r) => r.to_owned(),
    };
    let lives = [p.city.trim().to_owned(), country(&p.residence_country)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let medical = |s: &str| (opts.include_medical && !s.trim().is_empty()).then(|| s.to_owned());
    PersonOut {
        name: p.name.clone(),
        relationship,
        nationalities: countries(&p.nationalities),
        born: p.date_of_birth.map(date),
        lives,
        languages: p.languages.join(", "),
        blood_type: medical(&p.blood_type),
        medical_notes: medical(&p.medical_notes),
        notes: p.notes.clone(),
    }
}

pub(crate) fn advisory_label(level: u8) -> &'static str {
    // Same wording as lifeboat-advisory's Level::label, which this crate does not link (it brings the HTTP stack).
    match level {
        1 => "Normal precautions",
        2 => "Increased caution",
        3 => "Reconsider travel",
        4 => "Do not travel",
        _ => "Unknown level",
    }
}

/// The watch's own tripwires in words, so the family knows a government's warning can move the plan too.
fn advisory_tripwire(t: &AdvisoryTripwire) -> TripwireOut {
    let who = t
        .government
        .map(|g| format!("the {} government's", g.short_name()))
        .unwrap_or_else(|| "any government's".to_owned());
    let level = match t.min_level {
        4 => "level 4 (do not travel)".to_owned(),
        n => format!("level {n} or higher"),
    };
    TripwireOut {
        condition: format!(
            "{who} travel advice for {} reaches {level}",
            country(&t.country)
        ),
        phase: t.phase.label(),
        notes: String::new(),
    }
}

fn checklist(l: &Checklist) -> ChecklistOut {
    ChecklistOut {
        title: l.title.clone(),
        done: l.done_count(),
        total: l.items.len(),
        items: l
            .items
            .iter()
            .map(|i| ItemOut {
                done: i.done,
                text: i.text.clone(),
                quantity: i.quantity,
                expires: i.expires.map(date),
                notes: i.notes.clone(),
            })
            .collect(),
    }
}

pub(crate) fn build(
    plan: &Plan,
    advisories: &[AdvisoryLine],
    opts: &PdfOptions,
    fonts: Vec<String>,
) -> Data {
    let today = opts.generated_at.date_naive();
    let title = match plan.name.trim() {
        "" => "Family plan".to_owned(),
        t => t.to_owned(),
    };
    let people = std::iter::once(person(&plan.profile, true, opts))
        .chain(plan.household.iter().map(|p| person(p, false, opts)))
        .collect();
    let current = plan.phases.current;
    let phase_plan = plan.phases.plans.get(current);
    let route_name = |id: &str| {
        plan.routes
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.name.clone())
    };

    let ordered = contacts::in_order(plan);
    let call_first = contacts::call_first(&ordered);

    let mut advisories: Vec<AdvisoryOut> = advisories
        .iter()
        .map(|a| AdvisoryOut {
            country: match a.country_name.trim() {
                "" => country(&a.country),
                n => n.to_owned(),
            },
            level: a.level,
            label: advisory_label(a.level),
            government: a.government.clone(),
            native_label: a.native_label.clone(),
            updated: a.updated.map(|d| date(d.date_naive())),
        })
        .collect();
    // Worst first: the family should see "do not travel" before "normal precautions".
    advisories.sort_by(|a, b| {
        b.level
            .cmp(&a.level)
            .then_with(|| a.country.cmp(&b.country))
    });

    Data {
        meta: Meta {
            title,
            generated: datetime(opts.generated_at),
            generated_date: date(today),
            updated: plan.updated_at.map(datetime),
            paper: match opts.paper {
                Paper::A4 => "a4",
                Paper::UsLetter => "us-letter",
            },
            fonts,
        },
        sections: opts.sections,
        cover: Cover {
            people,
            include_medical: opts.include_medical,
            phase: current.label().to_owned(),
            phase_since: plan.phases.since.map(|d| date(d.date_naive())),
            phase_instructions: phase_plan.instructions.clone(),
            phase_route: phase_plan.route_id.as_deref().and_then(route_name),
            advisories,
        },
        instructions: Instructions {
            text: plan.family_instructions.clone(),
            call_first,
            leave_now: plan.phases.plans.leave_now.instructions.clone(),
            tripwires: plan
                .phases
                .tripwires
                .iter()
                .filter(|t| !t.condition.trim().is_empty())
                .map(|t| TripwireOut {
                    condition: t.condition.clone(),
                    phase: t.phase.label(),
                    notes: t.notes.clone(),
                })
                .chain(
                    plan.phases
                        .advisory_tripwires
                        .iter()
                        .filter(|t| !t.country.trim().is_empty())
                        .map(advisory_tripwire),
                )
                .collect(),
        },
        contacts: ordered.into_iter().map(contacts::contact).collect(),
        routes: routes::routes(plan),
        documents: documents::documents(plan, opts, today),
        checklists: plan.checklists.iter().map(checklist).collect(),
    }
}
