//! "Who helps us here" on the page with "If you cannot reach us": an American and a Canadian in Tehran.

mod common;

use common::{opts, render, text};
use lifeboat_pdf::PdfOptions;
use lifeboat_plan::household::Person;
use lifeboat_plan::missions::{Help, Mission, MissionKind};
use lifeboat_plan::Plan;

fn household() -> Plan {
    let mut plan = Plan {
        name: "Tehran household".into(),
        family_instructions: "Call Sara's sister first.".into(),
        ..Plan::default()
    };
    plan.profile.name = "Dana Miller".into();
    plan.profile.nationalities = vec!["US".into()];
    plan.profile.residence_country = "IR".into();
    plan.household.push(Person {
        id: "p-2".into(),
        name: "Sara Miller".into(),
        nationalities: vec!["CA".into()],
        ..Person::default()
    });
    plan
}

fn mission(kind: MissionKind, name: &str, serves: &str, phone: &str, by: &str) -> Mission {
    Mission {
        operated_by: by.into(),
        kind,
        name: name.into(),
        serves: serves.into(),
        country: "IR".into(),
        city: "Tehran".into(),
        address: "No. 39, Shahid Mousavi Street, Tehran".into(),
        phones: vec![phone.into()],
        emergency_phone: "+98 912 555 0122".into(),
        source: "U.S. Department of State".into(),
        data_date: chrono::NaiveDate::from_ymd_opt(2026, 10, 14).expect("date"),
        ..Mission::default()
    }
}

fn directory() -> Vec<Help> {
    vec![
        Help {
            nationality: "US".into(),
            country: "IR".into(),
            missions: vec![mission(
                MissionKind::InterestsSection,
                "Foreign Interests Section, Embassy of Switzerland",
                "US",
                "+98 21 5555 0120",
                "CH",
            )],
            ..Help::default()
        },
        Help {
            nationality: "CA".into(),
            country: "IR".into(),
            missions: vec![mission(
                MissionKind::ProtectingPower,
                "Embassy of Italy",
                "CA",
                "+98 21 5555 0140",
                "IT",
            )],
            ..Help::default()
        },
    ]
}

#[test]
fn both_nationalities_have_their_office_on_the_instructions_page() {
    let pdf = render(
        &household(),
        &PdfOptions {
            directory: directory(),
            ..opts()
        },
    )
    .pdf;
    let t = text(&pdf);
    let flat = t.split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in [
        "Who helps us here",
        "Dana Miller (citizens of United States) in Iran",
        "Interests section Foreign Interests Section, Embassy of Switzerland",
        "Run by Switzerland",
        "Phone: +98 21 5555 0120",
        "24-hour emergency: +98 912 555 0122",
        "Sara Miller (citizens of Canada) in Iran",
        "Protecting power Embassy of Italy",
        "Run by Italy",
    ] {
        assert!(flat.contains(needle), "{needle:?} missing from:\n{t}");
    }
    let instructions = flat
        .find("If you cannot reach us")
        .expect("the instructions page");
    let helps = flat.find("Who helps us here").expect("the directory");
    let contacts = flat.rfind("Contacts").expect("the contacts section");
    assert!(instructions < helps && helps < contacts, "{flat}");
}

#[test]
fn in_persian_the_offices_keep_their_own_names_and_numbers() {
    let pdf = render(
        &household(),
        &PdfOptions {
            directory: directory(),
            language: Some("fa".into()),
            ..opts()
        },
    )
    .pdf;
    let t = text(&pdf);
    // pdftotext writes a right-to-left line in visual order (a zero-width non-joiner moved, a number's groups
    // reversed): the words without either are compared.
    for needle in [
        "چه کسی اینجا به ما کمک",
        "دفتر حفاظت منافع",
        "Foreign Interests Section, Embassy of Switzerland",
        "دولت حافظ منافع",
        "Embassy of Italy",
        "0140",
    ] {
        assert!(t.contains(needle), "{needle:?} missing from:\n{t}");
    }
}

#[test]
fn without_a_directory_the_section_is_left_out() {
    let t = text(&render(&household(), &opts()).pdf);
    assert!(!t.contains("Who helps us here"), "{t}");
}
