//! One whole poll round, as the watch runs it, over lifeboat-test-support's loopback HTTP server: five
//! governments (the US JSON API with its RSS fallback configured, the FCDO index and one page per watched
//! country, Canada, Australia, Germany) and four watched countries.
//!
//! - `round/changed`: every feed answers in full, as if all had changed since the last round (the worst case:
//!   everything is fetched, parsed, checked and applied, and the watched summaries sanitised);
//! - `round/unchanged`: every feed answers 304 to its validators (the usual round).
//!
//! On our own fixtures (tests/fixtures, a handful of countries per feed), and again on the real captures in
//! ../shared where they are present (`captures/…`: the Australian and Canadian exports hold ~200 countries
//! each, the US and German captures are trimmed). Loopback has no TLS and no network wait, so the time is the
//! round's CPU (ours and the server's). CPU per hour = rounds per hour × this.
//!
//! `cargo bench -p lifeboat-advisory --bench round`

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use lifeboat_advisory::{run_round, Endpoints, FetchConfig, Fetcher, SourceId, WatchFile};
use lifeboat_test_support::server::{conditional, ok, status, Server};

const WATCHED: [&str; 4] = ["IR", "HT", "ML", "MM"];

/// (path, body) per feed; the UK pages are served below the index's path.
fn own_feeds() -> Vec<(&'static str, Vec<u8>)> {
    let own = |name: &str| {
        lifeboat_test_support::repo_file(&format!(
            "src-tauri/crates/advisory/tests/fixtures/{name}"
        ))
    };
    vec![
        ("/us-json", own("us-state-json_small.json")),
        ("/us-rss", own("us-state-rss_small.xml")),
        ("/uk", own("uk-fcdo_index-small.json")),
        ("/uk/haiti", own("uk-fcdo_haiti.json")),
        ("/uk/mali", own("uk-fcdo_parts.json")),
        ("/uk/myanmar", own("uk-fcdo_no-alert-status.json")),
        (
            "/uk/iran",
            lifeboat_test_support::repo_file("tests/fixtures/feeds/uk-fcdo_iran.json"),
        ),
        ("/ca", own("ca-travel_index-small.json")),
        ("/au", own("au-smartraveller_small.json")),
        ("/de", own("de-aa_detail.json")),
    ]
}

/// Our feeds with the real captures in place of the US, Canadian, Australian and German ones, if present.
fn capture_feeds() -> Option<Vec<(&'static str, Vec<u8>)>> {
    let capture = |rel: &str| lifeboat_test_support::shared(&format!("advisories/{rel}"));
    let replaced = [
        (
            "/us-json",
            capture(
                "us-state-json/2026-08-14_cadataapi_TravelAdvisories_wtg-weather_trimmed.json",
            )?,
        ),
        (
            "/us-rss",
            capture("us-state-rss/2026-10-07_TAsTWs_jyatesbrown_first9items.xml")?,
        ),
        (
            "/ca",
            capture("ca-travel-json/2014-03-02_index-alpha-eng.json")?,
        ),
        (
            "/au",
            capture("au-smartraveller/2026-04-08_destinations-export_vibe-travel.json")?,
        ),
        (
            "/de",
            capture("de-aa-opendata/2026-08-06_opendata_travelwarning_wtg-weather_EDITED.json")?,
        ),
    ];
    let mut feeds = own_feeds();
    for (path, body) in replaced {
        if let Some(slot) = feeds.iter_mut().find(|(p, _)| *p == path) {
            slot.1 = body;
        }
    }
    Some(feeds)
}

/// Serves `feeds` with an ETag per body, answering 304 to a matching If-None-Match.
async fn serve(feeds: Vec<(&'static str, Vec<u8>)>) -> Server {
    Server::start(move |req| {
        let Some((_, body)) = feeds.iter().find(|(p, _)| *p == req.path) else {
            return status(404);
        };
        conditional(
            req,
            &format!("\"{}\"", body.len()),
            ok(body.clone(), "application/json"),
        )
    })
    .await
}

fn bench_feeds(c: &mut Criterion, label: &str, feeds: Vec<(&'static str, Vec<u8>)>) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let server = rt.block_on(serve(feeds));
    let spec = [
        (SourceId::UsStateJson, "/us-json"),
        (SourceId::UsStateRss, "/us-rss"),
        (SourceId::UkFcdo, "/uk"),
        (SourceId::CaTravel, "/ca"),
        (SourceId::AuSmartraveller, "/au"),
        (SourceId::DeAa, "/de"),
    ]
    .map(|(s, p)| format!("{s}={}", server.url(p)))
    .join(",");
    let endpoints = Endpoints::parse_overrides(&spec).expect("endpoints");
    let fetcher = Fetcher::new(FetchConfig {
        connect_timeout: Duration::from_secs(5),
        total_timeout: Duration::from_secs(10),
        allow_plain_http_to_loopback_only: true,
        ..FetchConfig::default()
    })
    .expect("client");
    let watched = WATCHED.map(String::from).to_vec();
    let sources = lifeboat_advisory::PRIMARY_SOURCES;
    let now = chrono::Utc::now();
    let round = |file: &mut WatchFile| {
        rt.block_on(run_round(
            &fetcher,
            &endpoints,
            &sources,
            &watched,
            file,
            forced(now, 0.5),
        ))
    };

    let mut warm = WatchFile::default();
    let first = round(&mut warm);
    assert!(
        first
            .outcomes
            .iter()
            .all(|(_, o)| matches!(o, lifeboat_advisory::Outcome::Updated { .. })),
        "{label}: every feed answers: {:?}",
        first.outcomes
    );
    c.bench_function(&format!("{label}round/changed"), |b| {
        b.iter(|| black_box(round(&mut WatchFile::default())))
    });
    c.bench_function(&format!("{label}round/unchanged"), |b| {
        b.iter(|| black_box(round(&mut warm)))
    });
}

fn rounds(c: &mut Criterion) {
    bench_feeds(c, "", own_feeds());
    if let Some(feeds) = capture_feeds() {
        bench_feeds(c, "captures/", feeds);
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = rounds
}
criterion_main!(benches);

/// A round that asks every feed (as "Check now" does): these tests are about what one request does, not when.
fn forced(now: chrono::DateTime<chrono::Utc>, jitter: f64) -> lifeboat_advisory::Round {
    lifeboat_advisory::Round {
        now,
        jitter,
        force: true,
        phase_above_normal: false,
    }
}
