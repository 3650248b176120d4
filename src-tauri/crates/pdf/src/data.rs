//! What the template receives: the plan, already redacted, labelled and formatted, as plain JSON data.
//!
//! Everything the family reads is decided here in Rust (which route is Plan A, how a number is masked, whether
//! medical notes exist at all), so the template only lays out strings and the tests can reason about the data
//! without a PDF. Dropped fields are never serialised: what is not in this JSON cannot leak into the PDF.

use chrono::{DateTime, NaiveDate, Utc};
use lifeboat_plan::checklists::Checklist;
use lifeboat_plan::contacts::{Contact, MessengerApp};
use lifeboat_plan::documents::{CopyMedium, Document};
use lifeboat_plan::household::{Person, PersonKind};
use lifeboat_plan::phases::AdvisoryTripwire;
use lifeboat_plan::routes::{Leg, NeedKind, RouteStatus, TravelMode};
use lifeboat_plan::Plan;
use serde::Serialize;

use crate::{AdvisoryLine, Paper, PdfOptions, Redaction};

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
pub(crate) struct CallFirst {
    pub name: String,
    pub role: &'static str,
    pub phones: Vec<String>,
    pub available_24_7: bool,
}

#[derive(Debug, Serialize)]
pub(crate) struct TripwireOut {
    pub condition: String,
    pub phase: &'static str,
    pub notes: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct ContactOut {
    pub priority: u8,
    pub name: String,
    pub role: &'static str,
    pub organisation: String,
    pub phones: Vec<String>,
    pub messengers: Vec<String>,
    pub email: String,
    pub address: String,
    pub country: String,
    pub available_24_7: bool,
    pub notes: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct RouteOut {
    /// "Plan A"; empty for closed routes, which keep no letter.
    pub letter: String,
    pub name: String,
    pub summary: String,
    pub status: &'static str,
    pub status_key: &'static str,
    pub last_verified: String,
    pub legs: Vec<LegOut>,
    pub crossings: Vec<String>,
    pub rally_points: Vec<RallyOut>,
    pub notes: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct LegOut {
    pub n: usize,
    pub from: String,
    pub to: String,
    pub mode: &'static str,
    pub border: String,
    pub duration: String,
    pub needs: Vec<String>,
    pub notes: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct RallyOut {
    pub name: String,
    pub address: String,
    pub notes: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct Documents {
    /// `full`, `last4` or `hidden`: the template drops the number column for `hidden`.
    pub redaction: &'static str,
    pub items: Vec<DocumentOut>,
}

#[derive(Debug, Serialize)]
pub(crate) struct DocumentOut {
    pub kind: String,
    pub holder: String,
    /// Absent under `hidden`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    pub issuing_country: String,
    pub expires: String,
    pub expired: bool,
    pub original: String,
    pub copies: Vec<String>,
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

/// Masks a document number for a copy that may be lost or photographed: enough to tell two passports apart,
/// not enough to use one. Short numbers show at most half their characters, so a 4-character number never
/// prints whole.
pub(crate) fn redact(number: &str, redaction: Redaction) -> Option<String> {
    let number = number.trim();
    match redaction {
        Redaction::Hidden => None,
        Redaction::Full => Some(number.to_owned()),
        Redaction::Last4 => {
            let chars: Vec<char> = number.chars().collect();
            let shown = 4.min(chars.len() / 2);
            let hidden = chars.len() - shown;
            let mut out = "•".repeat(hidden);
            out.extend(&chars[hidden..]);
            Some(out)
        }
    }
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

fn messenger(app: MessengerApp) -> &'static str {
    match app {
        MessengerApp::Signal => "Signal",
        MessengerApp::WhatsApp => "WhatsApp",
        MessengerApp::Telegram => "Telegram",
        MessengerApp::Other => "Messenger",
    }
}

fn contact(c: &Contact) -> ContactOut {
    ContactOut {
        priority: c.priority,
        name: c.name.clone(),
        role: c.role.label(),
        organisation: c.organisation.clone(),
        phones: c
            .phones
            .iter()
            .filter(|p| !p.trim().is_empty())
            .cloned()
            .collect(),
        messengers: c
            .messengers
            .iter()
            .filter(|m| !m.handle.trim().is_empty())
            .map(|m| format!("{}: {}", messenger(m.app), m.handle))
            .collect(),
        email: c.email.clone(),
        address: c.address.clone(),
        country: country(&c.country),
        available_24_7: c.available_24_7,
        notes: c.notes.clone(),
    }
}

/// Priority order; a missing priority (0) goes last rather than first, and ties keep the user's order.
fn contacts_in_order(plan: &Plan) -> Vec<&Contact> {
    let mut v: Vec<&Contact> = plan.contacts.iter().collect();
    v.sort_by_key(|c| {
        if c.priority == 0 {
            u16::MAX
        } else {
            u16::from(c.priority)
        }
    });
    v
}

fn mode(m: TravelMode) -> &'static str {
    match m {
        TravelMode::Air => "Air",
        TravelMode::Road => "Road",
        TravelMode::Rail => "Rail",
        TravelMode::Sea => "Sea",
        TravelMode::Foot => "On foot",
    }
}

fn status(s: RouteStatus) -> (&'static str, &'static str) {
    match s {
        RouteStatus::Open => ("Open", "open"),
        RouteStatus::Uncertain => ("Uncertain", "uncertain"),
        RouteStatus::Closed => ("Closed: do not use", "closed"),
    }
}

fn duration(minutes: Option<u32>) -> String {
    match minutes {
        None | Some(0) => String::new(),
        Some(m) if m < 60 => format!("{m} min"),
        Some(m) if m % 60 == 0 => format!("{} h", m / 60),
        Some(m) => format!("{} h {} min", m / 60, m % 60),
    }
}

fn leg(n: usize, l: &Leg) -> LegOut {
    let needs = l
        .needs
        .iter()
        .filter(|n| !n.detail.trim().is_empty())
        .map(|n| {
            let kind = match n.kind {
                NeedKind::Document => "Document",
                NeedKind::Visa => "Visa",
                NeedKind::Cash => "Cash",
                NeedKind::Fuel => "Fuel",
                NeedKind::Other => "Other",
            };
            format!("{kind}: {}", n.detail)
        })
        .collect();
    // Country codes only where the leg crosses a border: "(IR) → (IR)" on every domestic leg is noise.
    let crosses = l.from_country.trim() != l.to_country.trim();
    let place = |name: &str, code: &str| {
        let code = if crosses { code.trim() } else { "" };
        match (name.trim(), code) {
            (n, "") => n.to_owned(),
            ("", c) => country(c),
            (n, c) => format!("{n} ({c})"),
        }
    };
    LegOut {
        n,
        from: place(&l.from, &l.from_country),
        to: place(&l.to, &l.to_country),
        mode: mode(l.mode),
        border: l.border_crossing.clone(),
        duration: duration(l.expected_minutes),
        needs,
        notes: l.notes.clone(),
    }
}

/// In the order to try them, lettered as the rest of the app letters them ([`lifeboat_plan::routes::lettered`]).
fn routes(plan: &Plan) -> Vec<RouteOut> {
    lifeboat_plan::routes::lettered(&plan.routes)
        .into_iter()
        .map(|(letter, r)| {
            let letter = letter.map(|c| format!("Plan {c}")).unwrap_or_default();
            let (status, status_key) = status(r.status);
            RouteOut {
                letter,
                name: r.name.clone(),
                summary: r.summary.clone(),
                status,
                status_key,
                last_verified: r.last_verified.map(date).unwrap_or_else(|| "never".into()),
                legs: r
                    .legs
                    .iter()
                    .enumerate()
                    .map(|(i, l)| leg(i + 1, l))
                    .collect(),
                crossings: r
                    .legs
                    .iter()
                    .filter(|l| !l.border_crossing.trim().is_empty())
                    .map(|l| l.border_crossing.clone())
                    .collect(),
                rally_points: r
                    .rally_points
                    .iter()
                    .map(|p| RallyOut {
                        name: p.name.clone(),
                        address: p.address.clone(),
                        notes: p.notes.clone(),
                    })
                    .collect(),
                notes: r.notes.clone(),
            }
        })
        .collect()
}

fn copy_medium(m: CopyMedium) -> &'static str {
    match m {
        CopyMedium::Paper => "Paper",
        CopyMedium::Usb => "USB",
        CopyMedium::Cloud => "Cloud",
        CopyMedium::Phone => "Phone",
        CopyMedium::Other => "Other",
    }
}

fn document(plan: &Plan, d: &Document, opts: &PdfOptions, today: NaiveDate) -> DocumentOut {
    let kind = match d.title.trim() {
        "" => d.kind.label().to_owned(),
        t => format!("{}: {t}", d.kind.label()),
    };
    DocumentOut {
        kind,
        holder: plan
            .person(&d.holder_id)
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        number: redact(&d.number, opts.redaction).filter(|n| !n.is_empty()),
        issuing_country: country(&d.issuing_country),
        expires: d.expires.map(date).unwrap_or_default(),
        expired: d.expires.is_some_and(|e| e < today),
        original: d.original_location.clone(),
        copies: d
            .copies
            .iter()
            .filter(|c| !c.location.trim().is_empty())
            .map(|c| format!("{}: {}", copy_medium(c.medium), c.location))
            .collect(),
        notes: d.notes.clone(),
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

    let ordered = contacts_in_order(plan);
    let top = ordered.iter().map(|c| c.priority).find(|&p| p != 0);
    let call_first = ordered
        .iter()
        .filter(|c| top.is_some_and(|t| c.priority == t))
        .map(|c| CallFirst {
            name: c.name.clone(),
            role: c.role.label(),
            phones: c
                .phones
                .iter()
                .filter(|p| !p.trim().is_empty())
                .cloned()
                .collect(),
            available_24_7: c.available_24_7,
        })
        .collect();

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
        contacts: ordered.into_iter().map(contact).collect(),
        routes: routes(plan),
        documents: Documents {
            redaction: match opts.redaction {
                Redaction::Full => "full",
                Redaction::Last4 => "last4",
                Redaction::Hidden => "hidden",
            },
            items: plan
                .documents
                .iter()
                .map(|d| document(plan, d, opts, today))
                .collect(),
        },
        checklists: plan.checklists.iter().map(checklist).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lifeboat_plan::routes::Route;

    #[test]
    fn last4_masks_all_but_four_and_never_more_than_half() {
        let r = |s| redact(s, Redaction::Last4).unwrap_or_default();
        assert_eq!(r("19FR83251"), "•••••3251");
        assert_eq!(r(" E48213377 "), "•••••3377");
        assert_eq!(r("EX-2291-774"), "•••••••-774");
        assert_eq!(r("1234"), "••34");
        assert_eq!(r("123"), "••3");
        assert_eq!(r("1"), "•");
        assert_eq!(r(""), "");
        assert_eq!(r("رضا۱۲۳۴۵۶۷"), "••••••۴۵۶۷");
        assert_eq!(redact("19FR83251", Redaction::Hidden), None);
        assert_eq!(
            redact("19FR83251", Redaction::Full).as_deref(),
            Some("19FR83251")
        );
    }

    #[test]
    fn first_open_route_is_plan_a_and_closed_routes_lose_their_letter() {
        let route = |id: &str, status| Route {
            id: id.into(),
            name: id.into(),
            status,
            ..Route::default()
        };
        let plan = Plan {
            routes: vec![
                route("closed", RouteStatus::Closed),
                route("uncertain", RouteStatus::Uncertain),
                route("open", RouteStatus::Open),
                route("open2", RouteStatus::Open),
            ],
            ..Plan::default()
        };
        let got: Vec<_> = routes(&plan)
            .into_iter()
            .map(|r| (r.letter, r.name))
            .collect();
        let want = [
            ("Plan A", "open"),
            ("Plan B", "uncertain"),
            ("Plan C", "open2"),
            ("", "closed"),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|(l, n)| ((*l).to_owned(), (*n).to_owned()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn durations_read_like_a_person_wrote_them() {
        assert_eq!(duration(Some(75)), "1 h 15 min");
        assert_eq!(duration(Some(120)), "2 h");
        assert_eq!(duration(Some(45)), "45 min");
        assert_eq!(duration(None), "");
    }
}
