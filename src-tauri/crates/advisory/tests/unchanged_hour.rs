//! What an unchanged hour costs a household watching three countries: the watch woken at every `next_due`, every
//! feed on a real HTTP server on 127.0.0.1 answering 304 to its validators. The request counts guard the cadence
//! (15 / 5 minutes for embassy feeds and the UK index, 60 / 10 for the level feeds); the bytes are printed for
//! the README (`cargo test -p lifeboat-advisory --test unchanged_hour -- --nocapture`), never asserted.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use common::local;
use lifeboat_advisory::cadence::next_due;
use lifeboat_advisory::{
    run_round, Endpoints, FetchConfig, Fetcher, Round, SourceId, WatchFile, PRIMARY_SOURCES,
};
use lifeboat_test_support::server::{ok, status, Request, Response, Server};

/// Three countries with a U.S. embassy site and no level at 3 or above in our fixtures: a calm household.
const WATCHED: [&str; 3] = ["MX", "FR", "PL"];

fn feeds() -> Vec<(String, Vec<u8>)> {
    let mut feeds = vec![
        ("/us-json".to_owned(), local("us-state-json_small.json")),
        ("/us-rss".to_owned(), local("us-state-rss_small.xml")),
        ("/uk".to_owned(), local("uk-fcdo_index-small.json")),
        ("/ca".to_owned(), local("ca-travel_index-small.json")),
        ("/au".to_owned(), local("au-smartraveller_small.json")),
        ("/de".to_owned(), local("de-aa_detail.json")),
    ];
    // Each embassy's feed is the Iran fixture re-hosted: the parser takes the country from the channel's host.
    let iran = String::from_utf8(local("us-embassy-alerts_ir_two-alerts.xml")).expect("utf-8");
    for c in WATCHED {
        let host = format!("{}.usembassy.gov", c.to_ascii_lowercase());
        let body = iran.replace("ir.usembassy.gov", &host).into_bytes();
        feeds.push((format!("/embassy/{}", c.to_ascii_lowercase()), body));
    }
    feeds
}

/// The bytes of an HTTP/1.1 exchange as they cross the wire, without TLS: request line and headers (as the
/// server received them), status line, headers and body.
fn request_bytes(req: &Request) -> usize {
    let line = "GET  HTTP/1.1\r\n".len() + req.path.len();
    let headers: usize = req.headers.iter().map(|(k, v)| k.len() + v.len() + 4).sum();
    line + headers + 2
}

fn response_bytes(resp: &Response) -> usize {
    let headers: usize = resp
        .headers
        .iter()
        .map(|(k, v)| k.len() + v.len() + 4)
        .sum();
    // Status line, Content-Length and Connection: close, as the test server writes them.
    "HTTP/1.1 304 Not Modified\r\n".len()
        + "Content-Length: 0\r\n".len()
        + 19
        + headers
        + 2
        + resp.body.len()
}

struct Tally {
    requests: AtomicUsize,
    bytes: AtomicUsize,
}

async fn serve(feeds: Vec<(String, Vec<u8>)>, tally: Arc<Tally>) -> Server {
    Server::start(move |req: &Request| {
        let resp = match feeds.iter().find(|(p, _)| *p == req.path) {
            None => status(404),
            Some((_, body)) => {
                let etag = format!("\"{}\"", body.len());
                if req.header("if-none-match") == Some(etag.as_str()) {
                    status(304).header("ETag", &etag)
                } else {
                    ok(body.clone(), "application/xml").header("ETag", &etag)
                }
            }
        };
        tally.requests.fetch_add(1, Ordering::SeqCst);
        tally
            .bytes
            .fetch_add(request_bytes(req) + response_bytes(&resp), Ordering::SeqCst);
        resp
    })
    .await
}

fn start() -> DateTime<Utc> {
    "2026-12-06T10:00:00Z".parse().expect("literal")
}

/// Runs the watch as the scheduler does for one hour after a first full round, and returns the requests and
/// bytes of that hour.
async fn one_hour(phase_above_normal: bool) -> (usize, usize) {
    let tally = Arc::new(Tally {
        requests: AtomicUsize::new(0),
        bytes: AtomicUsize::new(0),
    });
    let server = serve(feeds(), tally.clone()).await;
    let spec = [
        (SourceId::UsStateJson, "/us-json"),
        (SourceId::UsStateRss, "/us-rss"),
        (SourceId::UkFcdo, "/uk"),
        (SourceId::CaTravel, "/ca"),
        (SourceId::AuSmartraveller, "/au"),
        (SourceId::DeAa, "/de"),
        (SourceId::UsEmbassyAlerts, "/embassy"),
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
    let sources = PRIMARY_SOURCES;
    let mut file = WatchFile::default();
    let round = |now, force| Round {
        now,
        jitter: 0.5,
        force,
        phase_above_normal,
    };

    let t0 = start();
    let first = run_round(
        &fetcher,
        &endpoints,
        &sources,
        &watched,
        &mut file,
        round(t0, true),
    )
    .await;
    assert_eq!(first.alert_outcomes.len(), 3, "{:?}", first.alert_outcomes);
    let baseline = tally.requests.load(Ordering::SeqCst);
    let baseline_bytes = tally.bytes.load(Ordering::SeqCst);

    let end = t0 + chrono::Duration::minutes(60);
    let mut now = t0;
    loop {
        let due = next_due(&file, &sources, &watched, phase_above_normal, now);
        assert!(
            due > now,
            "the scheduler always moves forward ({due} after {now})"
        );
        if due > end {
            break;
        }
        now = due;
        let report = run_round(
            &fetcher,
            &endpoints,
            &sources,
            &watched,
            &mut file,
            round(now, false),
        )
        .await;
        assert!(
            report.changes.is_empty() && report.updates.is_empty(),
            "an unchanged hour tells nothing"
        );
    }
    (
        tally.requests.load(Ordering::SeqCst) - baseline,
        tally.bytes.load(Ordering::SeqCst) - baseline_bytes,
    )
}

#[tokio::test]
async fn a_calm_unchanged_hour_asks_each_embassy_and_the_uk_index_four_times_and_each_level_feed_once(
) {
    let (requests, bytes) = one_hour(false).await;
    println!("calm unchanged hour, three watched countries: {requests} requests, {bytes} bytes of HTTP (no TLS)");
    // 3 embassy feeds × 4 + the UK index × 4 + US, Canada, Australia, Germany × 1.
    assert_eq!(requests, 3 * 4 + 4 + 4);
}

#[tokio::test]
async fn a_hot_unchanged_hour_asks_every_five_minutes_and_the_level_feeds_every_ten() {
    let (requests, bytes) = one_hour(true).await;
    println!("hot unchanged hour, three watched countries: {requests} requests, {bytes} bytes of HTTP (no TLS)");
    // 3 embassy feeds × 12 + the UK index × 12 + four level feeds × 6.
    assert_eq!(requests, 3 * 12 + 12 + 4 * 6);
}
