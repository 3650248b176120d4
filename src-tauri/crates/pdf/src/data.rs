//! What the template receives: the plan, already redacted, labelled and formatted, as plain JSON data.
//!
//! Everything the family reads is decided here in Rust (which route is Plan A, how a number is masked, whether
//! medical notes exist at all), so the template only lays out strings and the tests can reason about the data
//! without a PDF. Dropped fields are never serialised: what is not in this JSON cannot leak into the PDF.

mod contacts;
mod documents;
pub(crate) mod enums;
mod help;
mod labels;
mod routes;

use lifeboat_plan::checklists::Checklist;
use lifeboat_plan::household::{Person, PersonKind};
use lifeboat_plan::phases::{AdvisoryTripwire, Phase};
use lifeboat_plan::Plan;
use serde::Serialize;

use crate::lang::Lang;
use crate::map_page::MapOut;
use crate::{AdvisoryLine, Paper, PdfOptions};
use contacts::{CallFirst, ContactOut};
use documents::Documents;
use labels::Labels;
use lifeboat_i18n::t;
use routes::RouteOut;

#[derive(Debug, Serialize)]
pub(crate) struct Data {
    pub meta: Meta,
    pub sections: crate::Sections,
    pub cover: Cover,
    pub instructions: Instructions,
    pub contacts: Vec<ContactOut>,
    pub routes: Vec<RouteOut>,
    /// The map page after the cover; None when there is no map to print (`map_page::build`).
    pub map: Option<MapOut>,
    pub documents: Documents,
    pub checklists: Vec<ChecklistOut>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Meta {
    /// The PDF's language ("fa") and direction, for `set text(lang, dir)`.
    pub lang: &'static str,
    pub dir: &'static str,
    /// The language's digits, "0123456789" or "۰۱۲۳۴۵۶۷۸۹", for numbers only Typst knows (pages).
    pub digits: String,
    /// Every fixed word of the page in the PDF's language.
    pub l: Labels,
    pub title: String,
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
    /// Normal is drawn in ink, every other phase in the alert colour.
    pub phase_is_normal: bool,
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
    /// "speaks fa, en"; empty when no language is known.
    pub speaks: String,
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
    /// The level in the PDF's digits.
    pub level_text: String,
    pub label: String,
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
    /// "Who helps us here": the title, and the offices for each nationality where its holders live.
    pub help_title: String,
    pub help: Vec<help::HelpOut>,
}

#[derive(Debug, Serialize)]
pub(crate) struct TripwireOut {
    pub condition: String,
    pub phase: String,
    pub notes: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct ChecklistOut {
    pub title: String,
    /// "(2 of 4 done)".
    pub progress: String,
    pub items: Vec<ItemOut>,
}

#[derive(Debug, Serialize)]
pub(crate) struct ItemOut {
    pub done: bool,
    pub text: String,
    pub notes: String,
    /// "× 2 · use by 3 March 2029", empty when neither is set.
    pub amount: String,
}

fn countries(l: &Lang, codes: &[String]) -> String {
    l.list(codes.iter().map(|c| l.country(c)))
}

fn person(l: &Lang, p: &Person, is_owner: bool, opts: &PdfOptions) -> PersonOut {
    let relationship = match (is_owner, p.kind, p.relationship.trim()) {
        (true, _, _) => t!(l.code, "pdf-household-owner"),
        (false, PersonKind::Pet, "") => PersonKind::Pet.label(l.code),
        (false, PersonKind::Pet, r) => t!(l.code, "pdf-household-pet", relationship = r),
        (false, PersonKind::Person, r) => r.to_owned(),
    };
    let lives = l.list([p.city.trim().to_owned(), l.country(&p.residence_country)]);
    let medical = |s: &str| (opts.include_medical && !s.trim().is_empty()).then(|| s.to_owned());
    PersonOut {
        name: p.name.clone(),
        relationship,
        nationalities: countries(l, &p.nationalities),
        born: p.date_of_birth.map(|d| l.date(d)),
        lives,
        speaks: match l.list(p.languages.iter().map(|code| l.language(code))) {
            none if none.is_empty() => none,
            languages => t!(l.code, "pdf-household-speaks", languages = languages),
        },
        blood_type: medical(&p.blood_type)
            .map(|b| t!(l.code, "pdf-household-blood-type", blood_type = b)),
        medical_notes: medical(&p.medical_notes),
        notes: p.notes.clone(),
    }
}

/// The watch's own tripwires in words, so the family knows a government's warning can move the plan too.
fn advisory_tripwire(l: &Lang, w: &AdvisoryTripwire) -> TripwireOut {
    let level = match w.min_level {
        4 => t!(l.code, "pdf-tripwire-level-top"),
        n => t!(l.code, "pdf-tripwire-level-or-higher", level = n),
    };
    let level = l.digits(&level);
    let country = l.country(&w.country);
    let condition = match w.government {
        Some(g) => t!(
            l.code,
            "pdf-tripwire-government",
            government = g.label(l.code),
            country = country,
            level = level,
        ),
        None => t!(
            l.code,
            "pdf-tripwire-any-government",
            country = country,
            level = level,
        ),
    };
    TripwireOut {
        condition,
        phase: w.phase.label(l.code),
        notes: String::new(),
    }
}

fn checklist(l: &Lang, list: &Checklist) -> ChecklistOut {
    ChecklistOut {
        title: list.title.clone(),
        progress: l.digits(&t!(
            l.code,
            "pdf-checklist-progress",
            done = list.done_count(),
            total = list.items.len(),
        )),
        items: list
            .items
            .iter()
            .map(|i| {
                let quantity = i
                    .quantity
                    .map(|q| l.digits(&t!(l.code, "pdf-item-quantity", quantity = q)));
                let use_by = i
                    .expires
                    .map(|d| t!(l.code, "pdf-item-use-by", date = l.date(d)));
                ItemOut {
                    done: i.done,
                    text: i.text.clone(),
                    notes: i.notes.clone(),
                    amount: quantity
                        .into_iter()
                        .chain(use_by)
                        .collect::<Vec<_>>()
                        .join(" · "),
                }
            })
            .collect(),
    }
}

pub(crate) fn build(
    plan: &Plan,
    advisories: &[AdvisoryLine],
    opts: &PdfOptions,
    l: &Lang,
    fonts: Vec<String>,
    map: Option<MapOut>,
) -> Data {
    let today = opts.generated_at.date_naive();
    let title = match plan.name.trim() {
        "" => t!(l.code, "pdf-title-default"),
        t => t.to_owned(),
    };
    let people = std::iter::once(person(l, &plan.profile, true, opts))
        .chain(plan.household.iter().map(|p| person(l, p, false, opts)))
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
    let call_first = contacts::call_first(l, &ordered);

    let mut advisories: Vec<AdvisoryOut> = advisories
        .iter()
        .map(|a| AdvisoryOut {
            // The watch names the country in English; its code names it in the PDF's language.
            country: match (l.code, a.country_name.trim()) {
                ("en", name) if !name.is_empty() => name.to_owned(),
                _ => l.country(&a.country),
            },
            level: a.level,
            level_text: l.number(a.level),
            label: enums::advisory_level(l, a.level),
            government: a.government.clone(),
            native_label: a.native_label.clone(),
            updated: a.updated.map(|d| l.date(d.date_naive())),
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
            lang: l.code,
            dir: if l.rtl { "rtl" } else { "ltr" },
            digits: l.digit_table(),
            l: Labels::new(
                l,
                &l.date(today),
                &l.date_time(opts.generated_at),
                plan.updated_at.map(|d| l.date_time(d)).as_deref(),
            ),
            title,
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
            phase: current.label(l.code),
            phase_is_normal: current == Phase::Normal,
            phase_since: plan.phases.since.map(|d| {
                t!(
                    l.code,
                    "pdf-cover-phase-since",
                    date = l.date(d.date_naive())
                )
            }),
            phase_instructions: phase_plan.instructions.clone(),
            phase_route: phase_plan
                .route_id
                .as_deref()
                .and_then(route_name)
                .map(|route| t!(l.code, "pdf-cover-phase-route", route = route)),
            advisories,
        },
        instructions: Instructions {
            text: plan.family_instructions.clone(),
            call_first,
            leave_now: plan.phases.plans.leave_now.instructions.clone(),
            help_title: t!(l.code, "directory-pdf-title"),
            help: help::build(plan, &opts.directory, l),
            tripwires: plan
                .phases
                .tripwires
                .iter()
                .filter(|t| !t.condition.trim().is_empty())
                .map(|w| TripwireOut {
                    condition: w.condition.clone(),
                    phase: w.phase.label(l.code),
                    notes: w.notes.clone(),
                })
                .chain(
                    plan.phases
                        .advisory_tripwires
                        .iter()
                        .filter(|w| !w.country.trim().is_empty())
                        .map(|w| advisory_tripwire(l, w)),
                )
                .collect(),
        },
        contacts: ordered
            .into_iter()
            .map(|c| contacts::contact(l, c))
            .collect(),
        routes: routes::routes(l, plan),
        map,
        documents: documents::documents(l, plan, opts, today),
        checklists: plan.checklists.iter().map(|c| checklist(l, c)).collect(),
    }
}
