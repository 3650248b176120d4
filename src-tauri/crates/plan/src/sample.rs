//! A deterministic large plan (10 members, 100 contacts, 50 documents, 10 routes of 5 legs, 200 checklist items)
//! for benchmarks and load tests: the size a thorough family ends up with after a year of upkeep.

use chrono::NaiveDate;

use crate::checklists::{Checklist, ChecklistItem};
use crate::contacts::{Contact, ContactRole, Messenger, MessengerApp};
use crate::documents::{CopyMedium, Document, DocumentCopy, DocumentKind};
use crate::household::{Person, PersonKind};
use crate::model::Plan;
use crate::routes::{Leg, LegNeed, NeedKind, RallyPoint, Route, RouteStatus, TravelMode};

const NAMES: [&str; 10] = [
    "Sara Rezaei",
    "علی رضایی",
    "Мария Иванова",
    "李明",
    "Léa Martin",
    "مریم رضایی",
    "Omar Haddad",
    "Ana Souza",
    "Jonas Weber",
    "Nika Beridze",
];
const COUNTRIES: [&str; 10] = ["IR", "TR", "FR", "DE", "AE", "AM", "GE", "AZ", "GB", "CA"];

fn day(n: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2026, 1, 1)
        .and_then(|d| d.checked_add_days(chrono::Days::new(u64::from(n))))
}

pub fn large_plan() -> Plan {
    let mut plan = Plan {
        name: "Large benchmark plan".into(),
        ..Plan::default()
    };
    plan.profile.name = "Sara Rezaei".into();
    plan.profile.residence_country = "IR".into();
    plan.profile.nationalities = vec!["FR".into(), "IR".into()];
    plan.family_instructions =
        "If you cannot reach us for 24 hours, call the employer's security desk first. ".repeat(10);
    for i in 0..10u32 {
        let i = i as usize;
        plan.household.push(Person {
            id: format!("member-{i}"),
            kind: if i == 9 {
                PersonKind::Pet
            } else {
                PersonKind::Person
            },
            name: NAMES[i].into(),
            relationship: "family".into(),
            nationalities: vec![COUNTRIES[i].into(), "IR".into()],
            residence_country: "IR".into(),
            city: "Tehran".into(),
            languages: vec!["fa".into(), "en".into()],
            blood_type: "O+".into(),
            date_of_birth: NaiveDate::from_ymd_opt(1980 + i as i32, 3, 1),
            medical_notes: "Allergic to penicillin; carries an inhaler.".into(),
            notes: String::new(),
        });
    }
    for i in 0..50u32 {
        let kind = DocumentKind::ALL[i as usize % DocumentKind::ALL.len()];
        plan.documents.push(Document {
            id: format!("doc-{i}"),
            kind,
            title: String::new(),
            holder_id: format!("member-{}", i % 10),
            number: format!("X{:08}", 1_000_000 + i * 7919),
            issuing_country: COUNTRIES[i as usize % 10].into(),
            issued: day(i),
            expires: day(400 + i * 30),
            original_location: "Fire safe, study, bottom shelf".into(),
            copies: vec![
                DocumentCopy {
                    medium: CopyMedium::Paper,
                    location: "With aunt in Lyon".into(),
                },
                DocumentCopy {
                    medium: CopyMedium::Usb,
                    location: "Encrypted USB in go-bag".into(),
                },
            ],
            notes: "Renewal takes about six weeks at the consulate.".into(),
        });
    }
    for i in 0..100u32 {
        let n = i as usize;
        plan.contacts.push(Contact {
            id: format!("contact-{i}"),
            name: format!("{} {i}", NAMES[n % 10]),
            role: [
                ContactRole::Family,
                ContactRole::Embassy,
                ContactRole::Driver,
                ContactRole::OutOfCountry,
            ][n % 4],
            organisation: if n % 4 == 1 {
                "Embassy of France in Tehran".into()
            } else {
                String::new()
            },
            phones: vec![
                format!("+98 21 5555 {:04}", i),
                format!("+33 1 40 00 {:04}", i),
            ],
            email: format!("person{i}@example.org"),
            messengers: vec![Messenger {
                app: MessengerApp::Signal,
                handle: format!("+98 912 555 {:04}", i),
            }],
            address: "Vali-Asr Street 1200, Tehran, Iran".into(),
            country: COUNTRIES[n % 10].into(),
            priority: u8::try_from(1 + i % 10).unwrap_or(1),
            available_24_7: i % 3 == 0,
            notes: "Has a car and knows the Bazargan road.".into(),
            mission: None,
        });
    }
    for r in 0..10u32 {
        plan.routes.push(Route {
            id: format!("route-{r}"),
            name: format!("Plan {}", char::from(b'A' + u8::try_from(r).unwrap_or(0))),
            summary: "Tehran to Istanbul via the north-west".into(),
            legs: (0..5u32)
                .map(|l| Leg {
                    id: format!("route-{r}-leg-{l}"),
                    from: format!("Waypoint {l}"),
                    to: format!("Waypoint {}", l + 1),
                    from_point: None,
                    to_point: None,
                    crossing_point: None,
                    from_country: "IR".into(),
                    to_country: if l == 4 { "TR".into() } else { "IR".into() },
                    mode: [
                        TravelMode::Road,
                        TravelMode::Air,
                        TravelMode::Rail,
                        TravelMode::Road,
                        TravelMode::Foot,
                    ][l as usize],
                    border_crossing: if l == 4 {
                        "Bazargan / Gürbulak".into()
                    } else {
                        String::new()
                    },
                    expected_minutes: Some(120 + l * 30),
                    needs: vec![
                        LegNeed {
                            kind: NeedKind::Document,
                            detail: "Passports".into(),
                            document_id: Some("doc-0".into()),
                        },
                        LegNeed {
                            kind: NeedKind::Cash,
                            detail: "USD 300 per adult".into(),
                            document_id: None,
                        },
                        LegNeed {
                            kind: NeedKind::Fuel,
                            detail: "Full tank".into(),
                            document_id: None,
                        },
                    ],
                    notes: String::new(),
                })
                .collect(),
            rally_points: vec![RallyPoint {
                name: "Azadi Tower".into(),
                address: "Azadi Sq.".into(),
                notes: String::new(),
            }],
            status: if r % 4 == 3 {
                RouteStatus::Uncertain
            } else {
                RouteStatus::Open
            },
            last_verified: day(300),
            notes: String::new(),
        });
    }
    for l in 0..5u32 {
        plan.checklists.push(Checklist {
            id: format!("list-{l}"),
            title: format!("List {l}"),
            template: None,
            items: (0..40u32)
                .map(|i| ChecklistItem {
                    id: format!("list-{l}-item-{i}"),
                    text: format!("Item {i}: water, food or a charger"),
                    done: i % 3 == 0,
                    quantity: Some(i),
                    expires: None,
                    notes: String::new(),
                })
                .collect(),
        });
    }
    plan
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_large_plan_has_the_sizes_the_benchmarks_promise_and_is_valid() {
        let plan = super::large_plan();
        assert_eq!(plan.household.len(), 10);
        assert_eq!(plan.contacts.len(), 100);
        assert_eq!(plan.documents.len(), 50);
        assert_eq!(plan.routes.len(), 10);
        assert!(plan.routes.iter().all(|r| r.legs.len() == 5));
        assert_eq!(
            plan.checklists.iter().map(|l| l.items.len()).sum::<usize>(),
            200
        );
        assert_eq!(crate::validate::validate(&plan, "en"), vec![]);
    }
}
