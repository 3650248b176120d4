//! Refreshing the directory against a loopback server in the publishers' own paths, and what the lookup makes
//! of it: the household of the issue (an American and a Canadian in Tehran), failures that keep the last good
//! data with its date, conditional requests, and the table and EU rule when no source speaks.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use lifeboat_advisory::{FetchConfig, Fetcher};
use lifeboat_directory::lookup::TABLE_SOURCE;
use lifeboat_directory::{
    missions_for, refresh, wanted_pairs, DirectorySource, DirectoryState, Endpoints,
};
use lifeboat_plan::household::Person;
use lifeboat_plan::missions::{Assistance, MissionKind};
use lifeboat_plan::Plan;
use lifeboat_test_support::server::{conditional, ok, status, Response, Server};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn fetcher() -> Fetcher {
    Fetcher::new(FetchConfig {
        allow_plain_http_to_loopback_only: true,
        ..FetchConfig::default()
    })
    .expect("client")
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().expect("a time")
}

/// An American living in Tehran with a Canadian spouse.
fn household() -> Plan {
    let mut plan = Plan::default();
    plan.profile.nationalities = vec!["US".into()];
    plan.profile.residence_country = "IR".into();
    plan.household.push(Person {
        id: "p-2".into(),
        name: "Sara".into(),
        nationalities: vec!["CA".into()],
        residence_country: "IR".into(),
        ..Person::default()
    });
    plan
}

/// What the server answers per path; tests swap it between rounds.
type Routes = Arc<Mutex<Vec<(String, Response)>>>;

async fn serve(routes: Routes) -> Server {
    Server::start(move |req| {
        routes
            .lock()
            .expect("lock")
            .iter()
            .find(|(p, _)| *p == req.path)
            .map(|(_, r)| r.clone())
            .unwrap_or_else(|| status(404))
    })
    .await
}

fn json(name: &str) -> Response {
    ok(fixture(name), "application/json")
}

fn tehran_routes() -> Vec<(String, Response)> {
    vec![
        (
            "/api/CountryTravelInformation/IR".into(),
            json("us-state_cti-ir.json"),
        ),
        (
            "/travel-voyage/cta-cap-IR.json".into(),
            json("ca-gac_cta-cap-ir.json"),
        ),
    ]
}

#[tokio::test]
async fn an_american_and_a_canadian_in_tehran() {
    let routes: Routes = Arc::new(Mutex::new(tehran_routes()));
    let server = serve(routes.clone()).await;
    let plan = household();
    let pairs = wanted_pairs(&plan);
    assert_eq!(
        pairs,
        [("CA".into(), "IR".into()), ("US".into(), "IR".into())]
    );

    let mut state = DirectoryState::default();
    let now = at("2026-12-06T09:00:00Z");
    let report = refresh(
        &fetcher(),
        &Endpoints::under(&server.url("")),
        &mut state,
        &pairs,
        false,
        now,
    )
    .await;
    assert_eq!(report.failed, []);
    assert_eq!(report.updated.len(), 2);

    let us = missions_for(&state, "US", "IR");
    assert_eq!(us.missions[0].kind, MissionKind::InterestsSection);
    assert_eq!(
        us.missions[0].name,
        "Foreign Interests Section, Embassy of Switzerland"
    );
    assert_eq!(
        us.missions[0].source, "U.S. Department of State",
        "the source's office, not the table's"
    );
    assert_eq!(
        us.missions.len(),
        1,
        "the table's row matched the listed office"
    );
    assert_eq!(us.arrangements[0].protecting_state, "CH");
    assert_eq!(us.data_date, NaiveDate::from_ymd_opt(2026, 10, 14));
    assert_eq!(us.fetched_at, Some(now));

    let ca = missions_for(&state, "CA", "IR");
    assert_eq!(
        ca.missions[0].kind,
        MissionKind::ProtectingPower,
        "Canada's partner mission is Italy, its protecting power"
    );
    assert_eq!(ca.missions[0].operated_by, "IT");
    assert_eq!(ca.missions[0].city, "Tehran");
    assert_eq!(
        ca.missions[1].located_in, "TR",
        "the embassy in Ankara comes after"
    );
    assert_eq!(ca.arrangements[0].since, "2012");
    assert!(ca.has_help() && !ca.refresh_failed);

    // Nothing is due a day later: no request.
    let before = server.requests().len();
    let report = refresh(
        &fetcher(),
        &Endpoints::under(&server.url("")),
        &mut state,
        &pairs,
        false,
        now + Duration::days(1),
    )
    .await;
    assert!(report.is_empty());
    assert_eq!(server.requests().len(), before);
}

#[tokio::test]
async fn a_failing_or_empty_source_keeps_the_last_good_data_with_its_date() {
    let routes: Routes = Arc::new(Mutex::new(tehran_routes()));
    let server = serve(routes.clone()).await;
    let endpoints = Endpoints::under(&server.url(""));
    let pairs = wanted_pairs(&household());
    let mut state = DirectoryState::default();
    let first = at("2026-12-06T09:00:00Z");
    refresh(&fetcher(), &endpoints, &mut state, &pairs, false, first).await;
    let good = state.clone();

    *routes.lock().expect("lock") = vec![
        ("/api/CountryTravelInformation/IR".into(), status(503)),
        (
            "/travel-voyage/cta-cap-IR.json".into(),
            json("ca-gac_cta-cap-ir_no-offices.json"),
        ),
    ];
    let later = first + Duration::days(8);
    let report = refresh(&fetcher(), &endpoints, &mut state, &pairs, false, later).await;
    let codes: Vec<_> = report.failed.iter().map(|(_, _, c)| c.as_str()).collect();
    assert_eq!(codes, ["directory_empty", "server_error"]);
    assert_eq!(
        state.country(DirectorySource::Canada, "IR"),
        good.country(DirectorySource::Canada, "IR")
    );
    assert_eq!(
        state.country(DirectorySource::UnitedStates, "IR"),
        good.country(DirectorySource::UnitedStates, "IR")
    );

    let us = missions_for(&state, "US", "IR");
    assert_eq!(
        us.fetched_at,
        Some(first),
        "the last good data keeps its date"
    );
    assert!(us.refresh_failed);
    assert_eq!(us.missions[0].kind, MissionKind::InterestsSection);

    // A failed country is not tried again at once, but is six hours later.
    assert!(!state.is_due(
        DirectorySource::UnitedStates,
        "IR",
        later + Duration::hours(1)
    ));
    assert!(state.is_due(
        DirectorySource::UnitedStates,
        "IR",
        later + Duration::hours(7)
    ));

    // The kept document round-trips; a newer version is refused, never misread.
    let back = DirectoryState::from_json(&state.to_json()).expect("reads back");
    assert_eq!(back, state);
    assert_eq!(
        DirectoryState::from_json(br#"{"version": 99}"#)
            .unwrap_err()
            .code(),
        "directory_unreadable"
    );
}

#[tokio::test]
async fn conditional_requests_and_a_304_confirm_the_data() {
    let body = fixture("us-state_cti-ir.json");
    let server =
        Server::start(move |req| conditional(req, "\"v1\"", ok(body.clone(), "application/json")))
            .await;
    let endpoints = Endpoints::under(&server.url(""));
    let pairs = vec![("US".to_owned(), "IR".to_owned())];
    let mut state = DirectoryState::default();
    let first = at("2026-12-06T09:00:00Z");
    refresh(&fetcher(), &endpoints, &mut state, &pairs, false, first).await;
    let second = first + Duration::days(7);
    let report = refresh(&fetcher(), &endpoints, &mut state, &pairs, false, second).await;
    assert_eq!(
        report.unchanged,
        [(DirectorySource::UnitedStates, "IR".to_owned())]
    );
    assert_eq!(server.requests()[1].header("If-None-Match"), Some("\"v1\""));
    let us = missions_for(&state, "US", "IR");
    assert_eq!(us.fetched_at, Some(second));
    assert_eq!(
        us.data_date,
        NaiveDate::from_ymd_opt(2026, 10, 14),
        "the publisher's date stays"
    );
}

#[tokio::test]
async fn germany_one_file_for_every_country_and_a_collapse_is_refused() {
    let routes: Routes = Arc::new(Mutex::new(vec![(
        "/opendata/representativesInCountry".into(),
        json("de-aa_representativesInCountry.json"),
    )]));
    let server = serve(routes.clone()).await;
    let endpoints = Endpoints::under(&server.url(""));
    let pairs = vec![
        ("DE".to_owned(), "IR".to_owned()),
        ("DE".to_owned(), "TR".to_owned()),
        ("DE".to_owned(), "AF".to_owned()),
    ];
    let mut state = DirectoryState::default();
    let now = at("2026-12-06T09:00:00Z");
    let report = refresh(&fetcher(), &endpoints, &mut state, &pairs, false, now).await;
    assert_eq!(report.updated.len(), 3);
    assert_eq!(server.requests().len(), 1, "one file for every country");
    assert_eq!(missions_for(&state, "DE", "TR").missions.len(), 3);
    assert_eq!(
        missions_for(&state, "DE", "AF").assistance,
        Assistance::None,
        "not in the file: no German office"
    );

    // A file that suddenly covers one country of three is a collapse: the last good data stays.
    let one = br#"{"response":{"lastModified":1794000000,"201":{"country":"Iran","301":{"description":"Botschaft","city":"Teheran"}}}}"#;
    routes.lock().expect("lock")[0].1 = ok(one.to_vec(), "application/json");
    let report = refresh(
        &fetcher(),
        &endpoints,
        &mut state,
        &pairs,
        true,
        now + Duration::days(8),
    )
    .await;
    assert!(
        report
            .failed
            .iter()
            .all(|(_, _, c)| c == "directory_implausible"),
        "{report:?}"
    );
    assert_eq!(missions_for(&state, "DE", "TR").missions.len(), 3);
}

#[tokio::test]
async fn united_kingdom_local_remote_and_none() {
    let routes: Routes = Arc::new(Mutex::new(vec![
        (
            "/api/content/world/embassies".into(),
            json("uk-govuk_embassies.json"),
        ),
        (
            "/api/content/world/organisations/british-embassy-tehran".into(),
            json("uk-govuk_org_british-embassy-tehran.json"),
        ),
        (
            "/api/content/world/organisations/british-embassy-kabul".into(),
            json("uk-govuk_org_british-embassy-kabul.json"),
        ),
    ]));
    let server = serve(routes.clone()).await;
    let endpoints = Endpoints::under(&server.url(""));
    let pairs: Vec<_> = ["IR", "AF", "AI"]
        .iter()
        .map(|c| ("GB".to_owned(), (*c).to_owned()))
        .collect();
    let mut state = DirectoryState::default();
    let now = at("2026-12-06T09:00:00Z");
    let report = refresh(&fetcher(), &endpoints, &mut state, &pairs, false, now).await;
    assert_eq!(report.failed, []);
    assert_eq!(
        server.hits("/api/content/world/organisations/department-for-business-and-trade-iran"),
        0
    );
    let ir = missions_for(&state, "GB", "IR");
    assert_eq!(ir.missions[0].name, "British Embassy Tehran");
    let af = missions_for(&state, "GB", "AF");
    assert_eq!(af.assistance, Assistance::Remote);
    assert_eq!(af.missions[0].located_in, "QA");
    let ai = missions_for(&state, "GB", "AI");
    assert_eq!(ai.assistance, Assistance::None);
    assert!(!ai.has_help());

    // An organisation page that fails keeps the whole country's last good data, not half of it.
    routes.lock().expect("lock")[1].1 = status(500);
    let report = refresh(
        &fetcher(),
        &endpoints,
        &mut state,
        &pairs,
        true,
        now + Duration::days(8),
    )
    .await;
    assert_eq!(
        report.failed,
        [(
            DirectorySource::UnitedKingdom,
            "IR".to_owned(),
            "server_error".to_owned()
        )]
    );
    assert_eq!(
        missions_for(&state, "GB", "IR").missions[0].name,
        "British Embassy Tehran"
    );
}

#[test]
fn the_table_speaks_when_no_source_has_been_fetched() {
    let state = DirectoryState::default();
    let us = missions_for(&state, "US", "IR");
    assert_eq!(us.missions.len(), 1);
    assert_eq!(us.missions[0].kind, MissionKind::InterestsSection);
    assert_eq!(us.missions[0].source, TABLE_SOURCE);
    assert_eq!(us.missions[0].city, "Tehran");
    assert_eq!(us.assistance, Assistance::Unknown);
    assert!(us.has_help());
    let ca = missions_for(&state, "CA", "IR");
    assert_eq!(ca.missions[0].operated_by, "IT");
    // Nobody is known for a British national before the UK's data is fetched.
    assert!(!missions_for(&state, "GB", "IR").has_help());
}

#[tokio::test]
async fn an_unrepresented_eu_citizen_is_shown_the_eu_rule_and_the_eu_offices_known() {
    let server = Server::start(|_| json("de-aa_representativesInCountry.json")).await;
    let mut state = DirectoryState::default();
    let pairs = vec![("DE".to_owned(), "IR".to_owned())];
    refresh(
        &fetcher(),
        &Endpoints::under(&server.url("")),
        &mut state,
        &pairs,
        false,
        at("2026-12-06T09:00:00Z"),
    )
    .await;
    let fr = missions_for(&state, "FR", "IR");
    assert_eq!(fr.arrangements.len(), 1);
    assert_eq!(fr.arrangements[0].kind, MissionKind::EuMemberState);
    assert_eq!(fr.missions[0].kind, MissionKind::EuMemberState);
    assert_eq!(fr.missions[0].operated_by, "DE");
    assert_eq!(fr.missions[0].serves, "FR");
    // A German in Iran has Germany's own embassy: no EU rule.
    assert!(missions_for(&state, "DE", "IR").arrangements.is_empty());
}

#[tokio::test]
async fn a_country_added_later_gets_germanys_data_even_when_the_file_has_not_changed() {
    let body = fixture("de-aa_representativesInCountry.json");
    let server =
        Server::start(move |req| conditional(req, "\"de1\"", ok(body.clone(), "application/json")))
            .await;
    let endpoints = Endpoints::under(&server.url(""));
    let mut state = DirectoryState::default();
    let now = at("2026-12-06T09:00:00Z");
    let iran = vec![("DE".to_owned(), "IR".to_owned())];
    refresh(&fetcher(), &endpoints, &mut state, &iran, false, now).await;
    // Türkiye joins the plan an hour later; the file is the same one.
    let both = vec![
        ("DE".to_owned(), "IR".to_owned()),
        ("DE".to_owned(), "TR".to_owned()),
    ];
    let report = refresh(
        &fetcher(),
        &endpoints,
        &mut state,
        &both,
        false,
        now + Duration::hours(1),
    )
    .await;
    assert_eq!(report.failed, []);
    assert_eq!(
        server.requests()[1].header("If-None-Match"),
        None,
        "asked for the whole file"
    );
    assert_eq!(missions_for(&state, "DE", "TR").missions.len(), 3);
    // A week later, with nothing new, a conditional request confirms both.
    let report = refresh(
        &fetcher(),
        &endpoints,
        &mut state,
        &both,
        false,
        now + Duration::days(8),
    )
    .await;
    assert_eq!(report.unchanged.len(), 2);
    assert_eq!(
        server.requests()[2].header("If-None-Match"),
        Some("\"de1\"")
    );
}
