//! One poll round as the app runs it, against a real HTTP server on 127.0.0.1: which requests it makes, what it
//! keeps, and what it queues for notification.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use common::local;
use lifeboat_advisory::poll::{earliest_retry, RETRY_MAX};
use lifeboat_advisory::{run_round, Endpoints, FetchConfig, Fetcher, Outcome, SourceId, WatchFile};
use lifeboat_test_support::server::{conditional, ok, status, Request, Response, Server};

fn fetcher() -> Fetcher {
    Fetcher::new(FetchConfig {
        connect_timeout: Duration::from_secs(5),
        total_timeout: Duration::from_secs(10),
        allow_plain_http_to_loopback_only: true,
        ..FetchConfig::default()
    })
    .expect("client")
}

fn at(minutes: i64) -> DateTime<Utc> {
    "2026-11-25T10:00:00Z"
        .parse::<DateTime<Utc>>()
        .expect("literal")
        + chrono::Duration::minutes(minutes)
}

/// Serves `routes` (path → body) with an ETag per body, answering 304 to a matching If-None-Match.
type Routes = Arc<Mutex<Vec<(String, Response)>>>;

async fn serve(routes: Routes) -> Server {
    Server::start(move |req: &Request| {
        let routes = routes.lock().expect("lock");
        let Some((_, resp)) = routes.iter().find(|(p, _)| *p == req.path) else {
            return status(404);
        };
        let etag = format!("\"{}\"", resp.body.len());
        // Only a body served whole can be confirmed; a failure carries its tag but is never "not modified".
        if resp.status == 200 {
            conditional(req, &etag, resp.clone())
        } else {
            resp.clone().header("ETag", &etag)
        }
    })
    .await
}

fn json(body: Vec<u8>) -> Response {
    ok(body, "application/json")
}

fn set(routes: &Routes, path: &str, resp: Response) {
    let mut r = routes.lock().expect("lock");
    r.retain(|(p, _)| p != path);
    r.push((path.to_owned(), resp));
}

fn level(file: &WatchFile, source: SourceId, country: &str) -> Option<u8> {
    file.state.seen(source, country).map(|s| s.level.get())
}

#[tokio::test]
async fn the_uk_is_read_from_its_index_then_one_page_per_watched_country() {
    let routes: Routes = Arc::default();
    set(&routes, "/uk", json(local("uk-fcdo_index-small.json")));
    set(&routes, "/uk/mali", json(local("uk-fcdo_parts.json")));
    set(
        &routes,
        "/uk/myanmar",
        json(local("uk-fcdo_no-alert-status.json")),
    );
    set(&routes, "/uk/haiti", json(local("uk-fcdo_haiti.json")));
    let server = serve(routes.clone()).await;
    let endpoints =
        Endpoints::parse_overrides(&format!("uk-fcdo={}", server.url("/uk"))).expect("spec");
    let watched: Vec<String> = ["ML", "MM", "HT", "FR"].map(String::from).to_vec();
    let mut file = WatchFile::default();

    let report = run_round(
        &fetcher(),
        &endpoints,
        &[SourceId::UkFcdo],
        &watched,
        &mut file,
        forced(at(0), 0.5),
    )
    .await;
    let pages = 3;
    assert_eq!(
        report.outcomes,
        vec![(SourceId::UkFcdo, Outcome::Updated { countries: pages })]
    );
    assert!(report.changes.is_empty(), "first round is a baseline");
    assert_eq!(level(&file, SourceId::UkFcdo, "ML"), Some(3));
    assert_eq!(
        file.state
            .seen(SourceId::UkFcdo, "ML")
            .and_then(|s| s.regional_max)
            .map(|l| l.get()),
        Some(4)
    );
    assert_eq!(
        level(&file, SourceId::UkFcdo, "MM"),
        Some(3),
        "from the wording alone"
    );
    assert_eq!(level(&file, SourceId::UkFcdo, "HT"), Some(4));
    let haiti = file.state.seen(SourceId::UkFcdo, "HT");
    assert_eq!(
        haiti.and_then(|s| s.summary_html.as_deref()),
        Some(
            "<p>FCDO advises against all travel to Haiti.</p><p>Gang violence affects <a \
             href=\"https://www.gov.uk/foreign-travel-advice/haiti/safety-and-security\" \
             rel=\"noopener noreferrer\">Port-au-Prince and other areas</a>. Read the <a \
             rel=\"noopener noreferrer\">levels of advice</a>.</p>"
        ),
        "the watched page's summary, sanitised when kept"
    );
    // Iran is in the index but not watched; France is watched but not in the index: neither is requested.
    let paths: Vec<String> = server.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(paths.len(), 1 + pages, "{paths:?}");
    assert!(!paths.iter().any(|p| p.ends_with("/iran")));
    assert_eq!(file.uk_slugs.get("IR").map(String::as_str), Some("iran"));

    // Unchanged: one conditional request for the index, a 304; no page is asked since no country's
    // public_updated_at moved; nothing parsed, nothing queued, the pages' advice confirmed as current.
    let before = server.requests().len();
    let report = run_round(
        &fetcher(),
        &endpoints,
        &[SourceId::UkFcdo],
        &watched,
        &mut file,
        forced(at(60), 0.5),
    )
    .await;
    assert_eq!(
        report.outcomes,
        vec![(SourceId::UkFcdo, Outcome::NotModified)]
    );
    let again = &server.requests()[before..];
    assert_eq!(again.len(), 1, "the index alone: {again:?}");
    assert!(again.iter().all(|r| r.header("if-none-match").is_some()));
    assert_eq!(
        file.state.seen(SourceId::UkFcdo, "ML").map(|s| s.last_seen),
        Some(at(60))
    );

    // A page that is about another country than its slug says is refused, not filed under the wrong code. The
    // index says Myanmar's page moved (a new public_updated_at), so only that page is asked.
    set(&routes, "/uk/myanmar", json(local("uk-fcdo_parts.json")));
    set(
        &routes,
        "/uk",
        json(index_with_date("myanmar", "2026-10-08T09:00:00Z")),
    );
    let before = server.requests().len();
    let report = run_round(
        &fetcher(),
        &endpoints,
        &[SourceId::UkFcdo],
        &watched,
        &mut file,
        forced(at(120), 0.5),
    )
    .await;
    assert!(matches!(&report.outcomes[0].1, Outcome::Failed(e) if e.code() == "unexpected_shape"));
    assert_eq!(level(&file, SourceId::UkFcdo, "MM"), Some(3));
    assert!(file.outbox.is_empty());
    let paths: Vec<String> = server.requests()[before..]
        .iter()
        .map(|r| r.path.clone())
        .collect();
    assert_eq!(paths, ["/uk", "/uk/myanmar"]);
}

/// The small FCDO index with one country's `public_updated_at` moved.
fn index_with_date(slug: &str, date: &str) -> Vec<u8> {
    let mut index: serde_json::Value =
        serde_json::from_slice(&local("uk-fcdo_index-small.json")).expect("json");
    let children = index["links"]["children"].as_array_mut().expect("children");
    for child in children {
        if child["details"]["country"]["slug"] == slug {
            child["public_updated_at"] = date.into();
        }
    }
    serde_json::to_vec(&index).expect("json")
}

fn us_json(iran: u8, label: &str) -> Vec<u8> {
    let rec = |name: &str, tag: &str, level: u8, label: &str| {
        format!(
            r#"{{"Title":"{name} - Level {level}: {label}","Link":"https://travel.state.gov/{tag}.html","id":"https://travel.state.gov/{tag}.html","Category":["{tag}"],"Summary":"<p>{name}</p>","Published":"2026-11-01T10:00:00-05:00","Updated":"2026-11-01T10:00:00-05:00"}}"#
        )
    };
    format!(
        "[{},{},{},{},{}]",
        rec("Iran", "IR", iran, label),
        rec("Turkey", "TU", 2, "Exercise Increased Caution"),
        rec("Armenia", "AM", 1, "Exercise Normal Precautions"),
        rec("Iraq", "IZ", 4, "Do Not Travel"),
        rec("France", "FR", 2, "Exercise Increased Caution"),
    )
    .into_bytes()
}

fn us_rss(iran: u8, label: &str, countries: &[(&str, &str)]) -> Vec<u8> {
    let item = |name: &str, tag: &str, level: u8, label: &str| {
        format!(
            "<item><title>{name} - Level {level}: {label}</title><link>https://travel.state.gov/{tag}.html</link>\
             <pubDate>Tue, 24 Nov 2026</pubDate><description><![CDATA[<p>{name}</p>]]></description>\
             <category domain=\"Threat-Level\">Level {level}: {label}</category>\
             <category domain=\"Country-Tag\">{tag}</category></item>"
        )
    };
    let mut items = item("Iran", "IR", iran, label);
    for (name, tag) in countries {
        items.push_str(&item(name, tag, 2, "Exercise Increased Caution"));
    }
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>travel.state.gov</title>{items}</channel></rss>"
    )
    .into_bytes()
}

#[tokio::test]
async fn the_us_rss_fallback_continues_the_api_state_instead_of_starting_a_new_baseline() {
    let routes: Routes = Arc::default();
    set(&routes, "/api", json(us_json(3, "Reconsider Travel")));
    let server = serve(routes.clone()).await;
    let endpoints = Endpoints::parse_overrides(&format!(
        "us-state-json={},us-state-rss={}",
        server.url("/api"),
        server.url("/rss")
    ))
    .expect("spec");
    let watched = vec!["IR".to_owned()];
    let us = [SourceId::UsStateJson];
    let mut file = WatchFile::default();
    run_round(
        &fetcher(),
        &endpoints,
        &us,
        &watched,
        &mut file,
        forced(at(0), 0.5),
    )
    .await;
    assert_eq!(level(&file, SourceId::UsStateJson, "IR"), Some(3));

    // The API rate-limits us; the RSS says Iran is now level 4: that is a change, not a baseline.
    set(&routes, "/api", status(429).header("Retry-After", "600"));
    let others = [
        ("Turkey", "TU"),
        ("Armenia", "AM"),
        ("Iraq", "IZ"),
        ("France", "FR"),
    ];
    set(
        &routes,
        "/rss",
        ok(us_rss(4, "Do Not Travel", &others), "application/rss+xml"),
    );
    let report = run_round(
        &fetcher(),
        &endpoints,
        &us,
        &watched,
        &mut file,
        forced(at(60), 0.5),
    )
    .await;
    assert_eq!(
        report.outcomes,
        vec![(SourceId::UsStateJson, Outcome::Updated { countries: 5 })]
    );
    assert_eq!(report.changes.len(), 1);
    assert_eq!(
        (report.changes[0].from.get(), report.changes[0].to.get()),
        (3, 4)
    );
    assert_eq!(file.outbox.len(), 1);
    assert!(
        !file.state.sources.contains_key(&SourceId::UsStateRss),
        "one US state, not two"
    );

    // The API is back with the same news: no second alert.
    set(&routes, "/api", json(us_json(4, "Do Not Travel")));
    let report = run_round(
        &fetcher(),
        &endpoints,
        &us,
        &watched,
        &mut file,
        forced(at(120), 0.5),
    )
    .await;
    assert!(report.changes.is_empty(), "{:?}", report.changes);

    // An RSS that lost most countries is as implausible as such an API answer.
    set(&routes, "/api", status(503));
    set(
        &routes,
        "/rss",
        ok(
            us_rss(1, "Exercise Normal Precautions", &[]),
            "application/rss+xml",
        ),
    );
    let report = run_round(
        &fetcher(),
        &endpoints,
        &us,
        &watched,
        &mut file,
        forced(at(180), 0.5),
    )
    .await;
    assert!(matches!(&report.outcomes[0].1, Outcome::Failed(e) if e.code() == "server_error"));
    assert_eq!(level(&file, SourceId::UsStateJson, "IR"), Some(4));
}

#[tokio::test]
async fn a_rate_limited_source_is_left_alone_until_its_retry_after_and_failures_back_off() {
    let routes: Routes = Arc::default();
    set(&routes, "/ca", status(429).header("Retry-After", "900"));
    set(&routes, "/de", status(500));
    let server = serve(routes.clone()).await;
    let endpoints = Endpoints::parse_overrides(&format!(
        "ca-travel={},de-aa={}",
        server.url("/ca"),
        server.url("/de")
    ))
    .expect("spec");
    let sources = [SourceId::CaTravel, SourceId::DeAa];
    let mut file = WatchFile::default();
    run_round(
        &fetcher(),
        &endpoints,
        &sources,
        &[],
        &mut file,
        forced(at(0), 1.0),
    )
    .await;
    let ca = &file.status[&SourceId::CaTravel];
    assert!(ca.rate_limited);
    assert_eq!(
        ca.retry_at,
        Some(at(15)),
        "Retry-After wins over a shorter backoff"
    );
    let de = &file.status[&SourceId::DeAa];
    assert_eq!(de.retry_at, Some(at(1)), "first backoff: up to a minute");
    assert_eq!(earliest_retry(&file, &sources), Some(at(1)));

    // Ten minutes later: Germany is tried again, Canada is not asked before its Retry-After.
    let hits = server.hits("/ca");
    run_round(
        &fetcher(),
        &endpoints,
        &sources,
        &[],
        &mut file,
        forced(at(10), 1.0),
    )
    .await;
    assert_eq!(server.hits("/ca"), hits);
    let de = &file.status[&SourceId::DeAa];
    assert_eq!(de.consecutive_failures, 2);
    assert_eq!(de.retry_at, Some(at(12)), "doubled");
    // Backoff never waits longer than the cap.
    for round in 0..20 {
        run_round(
            &fetcher(),
            &endpoints,
            &[SourceId::DeAa],
            &[],
            &mut file,
            forced(at(20 + round), 1.0),
        )
        .await;
    }
    let de = &file.status[&SourceId::DeAa];
    let wait = de.retry_at.expect("retry") - at(39);
    assert_eq!(wait.to_std().expect("positive"), RETRY_MAX);
}

#[tokio::test]
async fn summaries_are_kept_for_watched_countries_and_a_newly_watched_one_gets_its_own() {
    let routes: Routes = Arc::default();
    set(&routes, "/api", json(us_json(3, "Reconsider Travel")));
    let server = serve(routes.clone()).await;
    let endpoints =
        Endpoints::parse_overrides(&format!("us-state-json={}", server.url("/api"))).expect("spec");
    let us = [SourceId::UsStateJson];
    let summary = |file: &WatchFile, country: &str| {
        file.state
            .seen(SourceId::UsStateJson, country)
            .and_then(|s| s.summary_html.clone())
    };
    let mut file = WatchFile::default();
    let mut watched = vec!["IR".to_owned()];
    run_round(
        &fetcher(),
        &endpoints,
        &us,
        &watched,
        &mut file,
        forced(at(0), 0.5),
    )
    .await;
    assert_eq!(summary(&file, "IR").as_deref(), Some("<p>Iran</p>"));
    assert_eq!(level(&file, SourceId::UsStateJson, "TR"), Some(2));
    assert_eq!(summary(&file, "TR"), None, "not watched: its level only");

    // Türkiye joins the watch list; the feed has not changed, so a conditional request would get a 304 and
    // leave it without a summary: the round asks for the whole feed once.
    watched.push("TR".to_owned());
    let before = server.requests().len();
    let report = run_round(
        &fetcher(),
        &endpoints,
        &us,
        &watched,
        &mut file,
        forced(at(60), 0.5),
    )
    .await;
    assert_eq!(
        report.outcomes,
        vec![(SourceId::UsStateJson, Outcome::Updated { countries: 5 })]
    );
    assert!(report.changes.is_empty(), "{:?}", report.changes);
    assert_eq!(server.requests()[before].header("if-none-match"), None);
    assert_eq!(summary(&file, "TR").as_deref(), Some("<p>Turkey</p>"));

    // From then on the feed is asked conditionally again.
    let report = run_round(
        &fetcher(),
        &endpoints,
        &us,
        &watched,
        &mut file,
        forced(at(120), 0.5),
    )
    .await;
    assert_eq!(
        report.outcomes,
        vec![(SourceId::UsStateJson, Outcome::NotModified)]
    );
}

#[tokio::test]
async fn the_us_rss_is_asked_only_when_the_api_answers_empty_rate_limited_or_with_a_challenge() {
    let challenge = "<!DOCTYPE html><html><head><title>Just a moment...</title></head>\
                     <body><div id=\"cf-chl-widget\"></div></body></html>";
    let routes: Routes = Arc::default();
    set(&routes, "/empty/api", json(b"[]".to_vec()));
    set(
        &routes,
        "/limited/api",
        status(429).header("Retry-After", "3600"),
    );
    set(
        &routes,
        "/challenge/api",
        ok(challenge.as_bytes().to_vec(), "text/html"),
    );
    set(&routes, "/good/api", json(us_json(3, "Reconsider Travel")));
    set(
        &routes,
        "/rss",
        ok(local("us-state-rss_small.xml"), "application/rss+xml"),
    );
    let server = serve(routes.clone()).await;
    let us = [SourceId::UsStateJson];
    let endpoints = |api: &str, rss: &str| {
        Endpoints::parse_overrides(&format!(
            "us-state-json={},us-state-rss={}",
            server.url(api),
            server.url(rss)
        ))
        .expect("spec")
    };
    for case in ["empty", "limited", "challenge"] {
        let mut file = WatchFile::default();
        let before = server.hits("/rss");
        let api = format!("/{case}/api");
        let report = run_round(
            &fetcher(),
            &endpoints(&api, "/rss"),
            &us,
            &[],
            &mut file,
            forced(at(0), 0.5),
        )
        .await;
        assert_eq!(
            report.outcomes,
            vec![(SourceId::UsStateJson, Outcome::Updated { countries: 3 })],
            "{case}"
        );
        assert_eq!(
            server.hits("/rss"),
            before + 1,
            "{case}: the RSS asked once"
        );
        assert_eq!(level(&file, SourceId::UsStateJson, "GW"), Some(3), "{case}");
    }

    let before = server.hits("/rss");
    let mut file = WatchFile::default();
    let good = endpoints("/good/api", "/rss");
    run_round(&fetcher(), &good, &us, &[], &mut file, forced(at(0), 0.5)).await;
    assert_eq!(
        server.hits("/rss"),
        before,
        "no fallback when the API answers"
    );
    assert_eq!(level(&file, SourceId::UsStateJson, "IR"), Some(3));

    // Both down: the API's error is the one shown, and nothing is applied.
    let down = endpoints("/limited/api", "/missing-rss");
    let report = run_round(&fetcher(), &down, &us, &[], &mut file, forced(at(60), 0.5)).await;
    assert!(matches!(&report.outcomes[0].1, Outcome::Failed(e) if e.code() == "rate_limited"));
    assert_eq!(server.hits("/missing-rss"), 1);
    assert_eq!(level(&file, SourceId::UsStateJson, "IR"), Some(3));
}

/// A round that asks every feed (as "Check now" does): these tests are about what one request does, not when.
fn forced(now: chrono::DateTime<chrono::Utc>, jitter: f64) -> lifeboat_advisory::Round {
    lifeboat_advisory::Round {
        now,
        jitter,
        force: true,
        phase_above_normal: false,
    }
}
