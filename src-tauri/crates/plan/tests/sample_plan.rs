//! The shared sample plan (an expatriate family in Tehran) is what demos, the PDF and end-to-end tests start
//! from: it must stay valid and keep exercising the readiness rules.

use chrono::NaiveDate;
use lifeboat_plan::readiness::{assess, Rule};

fn sample() -> lifeboat_plan::Plan {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../tests/fixtures/sample-plan.json"
    );
    let bytes = std::fs::read(path).expect("tests/fixtures/sample-plan.json is in the repo");
    lifeboat_plan::migrate::parse_plan(&bytes).expect("the sample plan parses")
}

#[test]
fn the_tehran_sample_plan_parses_and_is_valid() {
    let plan = sample();
    assert_eq!(lifeboat_plan::validate::validate(&plan, "en"), vec![]);
    assert!(plan.contacts.iter().any(|c| c.name == "علی رضایی"));
    assert_eq!(plan.routes.len(), 3);
    let crossings: Vec<&str> = plan
        .routes
        .iter()
        .flat_map(|r| &r.legs)
        .map(|l| l.border_crossing.as_str())
        .filter(|b| !b.is_empty())
        .collect();
    assert!(crossings.contains(&"Bazargan / Gürbulak"));
    assert!(crossings.contains(&"Razi / Kapıköy"));
}

#[test]
fn the_sample_plan_shows_the_dashboard_real_gaps() {
    let r = assess(
        &sample(),
        NaiveDate::from_ymd_opt(2026, 11, 25).expect("date"),
        "en",
    );
    let rules: Vec<Rule> = r.findings.iter().map(|f| f.rule).collect();
    // Sara's French passport lapsed in August; Léa's Iranian passport runs out in January.
    assert!(rules.contains(&Rule::DocumentExpired));
    assert!(rules.contains(&Rule::DocumentExpiringSoon));
    // Ali's exit permit has no copy; Plan B was last checked in July; Plan C never.
    assert!(rules.contains(&Rule::DocumentWithoutCopy));
    assert_eq!(
        rules
            .iter()
            .filter(|r| **r == Rule::RouteNotVerified)
            .count(),
        2
    );
    assert!(!rules.contains(&Rule::NoAlternateRoute));
    assert!(!rules.contains(&Rule::NoContactOutsideCountry));
    assert_eq!(r.checklists.len(), 3);
}

#[test]
fn a_plan_survives_a_json_round_trip_unchanged() {
    let plan = sample();
    let bytes = lifeboat_plan::migrate::to_json_pretty(&plan).expect("serialises");
    assert_eq!(
        lifeboat_plan::migrate::parse_plan(&bytes).expect("parses again"),
        plan
    );
}
