//! The fetch layer against a real HTTP/1.1 server on 127.0.0.1 (lifeboat-test-support's, on tokio; no network
//! beyond loopback), serving our own fixtures.

mod common;

use std::io::Write;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use common::{local, parse_ok};
use lifeboat_advisory::fetch::{check_source, FetchConfig, FetchOutcome, Fetcher};
use lifeboat_advisory::{apply, FetchError, SourceCheck, SourceId, Validators, WatchState};

use lifeboat_test_support::server::{ok, status, Response, Server};

const US_JSON: &str = "us-state-json_small.json";
const US_RSS: &str = "us-state-rss_small.xml";

// ---------------------------------------------------------------------------------------------------------

fn config() -> FetchConfig {
    FetchConfig {
        connect_timeout: Duration::from_secs(5),
        total_timeout: Duration::from_secs(10),
        allow_plain_http_to_loopback_only: true,
        ..FetchConfig::default()
    }
}

fn fetcher() -> Fetcher {
    Fetcher::new(config()).expect("client")
}

fn now() -> DateTime<Utc> {
    "2026-10-08T12:00:00Z".parse().expect("literal")
}

/// A state that has applied `parsed` once for its source, as after a first good poll.
fn state_after(source: SourceId, bytes: &[u8]) -> WatchState {
    let mut state = WatchState::default();
    let parsed = parse_ok(source, bytes);
    apply(&mut state, source, &parsed.advisories, &["IR"], now());
    state
}

fn fresh(outcome: Result<FetchOutcome, FetchError>) -> (Vec<u8>, Validators, Option<String>) {
    match outcome {
        Ok(FetchOutcome::Fresh {
            body,
            validators,
            content_type,
        }) => (body, validators, content_type),
        other => panic!("expected a fresh body, got {other:?}"),
    }
}

const CHALLENGE: &str = "<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title>\
<meta http-equiv=\"refresh\" content=\"390\"></head><body><div id=\"cf-chl-widget\"></div>\
<script src=\"/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1\"></script></body></html>";

// ---------------------------------------------------------------------------------------------------------

#[tokio::test]
async fn etag_round_trip_gives_304_and_no_parse() {
    let json = local(US_JSON);
    let etag = "\"ca-2026-08-14\"";
    let body = json.clone();
    let server = Server::start(move |req| {
        if req.header("if-none-match") == Some(etag) {
            status(304).header("ETag", etag)
        } else {
            ok(body.clone(), "application/json; charset=utf-8").header("ETag", etag)
        }
    })
    .await;
    let f = fetcher();
    let url = server.url("/api/TravelAdvisories");

    let (got, validators, content_type) = fresh(
        f.fetch(SourceId::UsStateJson, &url, &Validators::default())
            .await,
    );
    assert_eq!(got, json);
    assert_eq!(validators.etag.as_deref(), Some(etag));
    assert_eq!(validators.last_modified, None);
    assert_eq!(
        content_type.as_deref(),
        Some("application/json; charset=utf-8")
    );

    let again = f.fetch(SourceId::UsStateJson, &url, &validators).await;
    assert_eq!(again, Ok(FetchOutcome::NotModified));

    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0].header("if-none-match"), None);
    assert_eq!(reqs[1].header("if-none-match"), Some(etag));
    let ua = reqs[0].header("user-agent").unwrap_or_default();
    assert!(ua.starts_with("Lifeboat/"), "user agent {ua:?}");

    // Through check_source: first poll parses, the next one is a 304 with no records.
    let mut state = WatchState::default();
    let first = check_source(&f, SourceId::UsStateJson, &url, &validators, &state).await;
    assert_eq!(
        server.requests()[2].header("if-none-match"),
        None,
        "no validators before any data was applied"
    );
    let SourceCheck::Updated { parsed, validators } = first else {
        panic!("expected an update, got {first:?}")
    };
    assert_eq!(parsed.advisories.len(), 6);
    apply(
        &mut state,
        SourceId::UsStateJson,
        &parsed.advisories,
        &["AF"],
        now(),
    );
    let second = check_source(&f, SourceId::UsStateJson, &url, &validators, &state).await;
    assert_eq!(second, SourceCheck::NotModified);
    assert_eq!(second.parsed(), None);
}

#[tokio::test]
async fn last_modified_round_trip() {
    let rss = local(US_RSS);
    let stamp = "Wed, 07 Oct 2026 21:02:01 GMT";
    let body = rss.clone();
    let server = Server::start(move |req| match req.header("if-modified-since") {
        Some(v) if v == stamp => status(304),
        _ => ok(body.clone(), "application/rss+xml").header("Last-Modified", stamp),
    })
    .await;
    let f = fetcher();
    let url = server.url("/_res/rss/TAsTWs.xml");
    let (got, validators, _) = fresh(
        f.fetch(SourceId::UsStateRss, &url, &Validators::default())
            .await,
    );
    assert_eq!(got, rss);
    assert_eq!(validators.last_modified.as_deref(), Some(stamp));
    assert_eq!(validators.etag, None);
    assert_eq!(
        f.fetch(SourceId::UsStateRss, &url, &validators).await,
        Ok(FetchOutcome::NotModified)
    );
    assert_eq!(
        server.requests()[1].header("if-modified-since"),
        Some(stamp)
    );
    assert!(server.requests()[0]
        .header("accept")
        .is_some_and(|a| a.contains("rss+xml")));
}

#[tokio::test]
async fn gzip_body_is_decoded() {
    let rss = local(US_RSS);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&rss).expect("gzip");
    let compressed = gz.finish().expect("gzip");
    assert!(compressed.len() < rss.len());
    let server = Server::start(move |req| {
        if req
            .header("accept-encoding")
            .is_some_and(|v| v.contains("gzip"))
        {
            ok(compressed.clone(), "application/rss+xml").header("Content-Encoding", "gzip")
        } else {
            status(406)
        }
    })
    .await;
    let f = fetcher();
    let state = WatchState::default();
    let check = check_source(
        &f,
        SourceId::UsStateRss,
        &server.url("/rss"),
        &Validators::default(),
        &state,
    )
    .await;
    let direct = parse_ok(SourceId::UsStateRss, &rss);
    assert_eq!(check.parsed(), Some(&direct), "{check:?}");
}

#[tokio::test]
async fn body_over_the_cap_is_an_error_not_a_truncation() {
    let body = local("us-state-json_small.json");
    let len = body.len() as u64;
    let (b1, b2) = (body.clone(), body.clone());
    let server = Server::start(move |req| match req.path.as_str() {
        "/declared" => ok(b1.clone(), "application/json"),
        // Claims a gigabyte, sends a few bytes: only the declared length can tell it is over the cap
        // (reading would end in a truncated-body transport error instead).
        "/claims-huge" => Response {
            no_length: true,
            ..ok(b"[]".to_vec(), "application/json").header("Content-Length", "1000000000")
        },
        _ => Response {
            no_length: true,
            ..ok(b2.clone(), "application/json")
        },
    })
    .await;
    let capped = |limit: u64| {
        Fetcher::new(FetchConfig {
            max_body_bytes: limit,
            ..config()
        })
        .expect("client")
    };
    for path in ["/declared", "/streamed"] {
        let url = server.url(path);
        let over = capped(len - 1)
            .fetch(SourceId::UsStateJson, &url, &Validators::default())
            .await;
        assert_eq!(
            over,
            Err(FetchError::BodyTooLarge {
                feed: SourceId::UsStateJson,
                limit: len - 1
            }),
            "{path}"
        );
        let exact = capped(len)
            .fetch(SourceId::UsStateJson, &url, &Validators::default())
            .await;
        assert_eq!(
            fresh(exact).0,
            body,
            "{path}: a body of exactly the cap passes"
        );
    }
    let huge = capped(len)
        .fetch(
            SourceId::UsStateJson,
            &server.url("/claims-huge"),
            &Validators::default(),
        )
        .await;
    assert_eq!(huge.map_err(|e| e.code()), Err("body_too_large"));
}

#[tokio::test]
async fn rate_limit_and_status_errors() {
    let server = Server::start(|req| match req.path.as_str() {
        "/429" => status(429).header("Retry-After", "120"),
        "/429-date" => status(429).header("Retry-After", "Thu, 01 Jan 1970 00:00:00 GMT"),
        "/503" => status(503),
        "/404" => status(404),
        "/loop" => status(302).header("Location", "/loop"),
        "/to-plain" => status(301).header("Location", "http://example.invalid/feed"),
        "/moved" => status(301).header("Location", "/feed"),
        _ => ok(local("us-state-json_small.json"), "application/json"),
    })
    .await;
    let f = fetcher();
    let none = Validators::default();
    let get = |path: &str| {
        let url = server.url(path);
        let (f, none) = (&f, &none);
        async move { f.fetch(SourceId::UsStateJson, &url, none).await }
    };
    let limited = get("/429").await;
    assert_eq!(
        limited,
        Err(FetchError::RateLimited {
            feed: SourceId::UsStateJson,
            retry_after: Some(Duration::from_secs(120))
        })
    );
    assert_eq!(limited.map_err(|e| e.status()), Err(Some(429)));
    assert_eq!(
        get("/429-date").await.map_err(|e| e.retry_after()),
        Err(Some(Duration::ZERO))
    );
    let down = get("/503").await.expect_err("503");
    assert_eq!((down.code(), down.status()), ("server_error", Some(503)));
    let missing = get("/404").await.expect_err("404");
    assert_eq!(
        (missing.code(), missing.status()),
        ("http_status", Some(404))
    );
    assert_eq!(
        get("/loop").await.map_err(|e| e.code()),
        Err("too_many_redirects")
    );
    assert_eq!(
        get("/to-plain").await.map_err(|e| e.code()),
        Err("insecure_url"),
        "a redirect to plain http off loopback is refused"
    );
    assert!(
        get("/moved").await.is_ok(),
        "a same-origin redirect is followed"
    );
    let json = serde_json::to_value(&down).expect("serialise");
    assert_eq!(json["code"], "server_error");
    assert!(json["message"]
        .as_str()
        .is_some_and(|m| m.contains("us-state-json") && m.contains("503")));
}

#[tokio::test]
async fn challenge_page_is_a_failed_fetch() {
    let server =
        Server::start(|_| ok(CHALLENGE.as_bytes().to_vec(), "text/html; charset=UTF-8")).await;
    let f = fetcher();
    let url = server.url("/api/TravelAdvisories");
    assert_eq!(
        f.fetch(SourceId::UsStateJson, &url, &Validators::default())
            .await,
        Err(FetchError::Challenge {
            feed: SourceId::UsStateJson
        })
    );
    let check = check_source(
        &f,
        SourceId::UsStateJson,
        &url,
        &Validators::default(),
        &WatchState::default(),
    )
    .await;
    assert_eq!(check.error().map(FetchError::code), Some("challenge_page"));
    assert_eq!(check.parsed(), None);
}

#[tokio::test]
async fn slow_server_times_out() {
    let server = Server::start(|_| Response {
        delay: Some(Duration::from_secs(5)),
        ..ok(b"[]".to_vec(), "application/json")
    })
    .await;
    let f = Fetcher::new(FetchConfig {
        total_timeout: Duration::from_millis(300),
        ..config()
    })
    .expect("client");
    let started = Instant::now();
    let got = f
        .fetch(
            SourceId::UsStateJson,
            &server.url("/"),
            &Validators::default(),
        )
        .await;
    assert_eq!(got.map_err(|e| e.code()), Err("timeout"));
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn plain_http_off_loopback_is_refused_before_connecting() {
    let f = fetcher();
    for url in [
        "http://example.invalid/feed",
        "http://10.255.255.1/feed",
        "http://[2001:db8::1]/feed",
    ] {
        let started = Instant::now();
        let got = f
            .fetch(SourceId::UsStateJson, url, &Validators::default())
            .await;
        // A connection attempt would have ended in a DNS or connect error (or a timeout), not this.
        assert_eq!(
            got,
            Err(FetchError::InsecureUrl {
                url: url.to_owned()
            })
        );
        assert!(started.elapsed() < Duration::from_millis(500), "{url}");
    }

    // With the loopback allowance off (the app's setting), even loopback http is refused: the server
    // sees no connection at all.
    let server = Server::start(|_| ok(local("us-state-json_small.json"), "application/json")).await;
    let strict = Fetcher::new(FetchConfig {
        allow_plain_http_to_loopback_only: false,
        ..config()
    })
    .expect("client");
    let got = strict
        .fetch(
            SourceId::UsStateJson,
            &server.url("/"),
            &Validators::default(),
        )
        .await;
    assert_eq!(got.map_err(|e| e.code()), Err("insecure_url"));
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(server.connections.load(Ordering::SeqCst), 0);
    // The same URL with the allowance on does connect (the refusal above is the policy, not the server).
    assert!(fetcher()
        .fetch(
            SourceId::UsStateJson,
            &server.url("/"),
            &Validators::default()
        )
        .await
        .is_ok());
    assert_eq!(server.connections.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn far_fewer_countries_than_last_time_is_failed_with_no_records() {
    let full = local(US_JSON);
    // One record where the last good payload had six.
    let small = local("us-state-json_hostile-summary.json");
    let state = state_after(SourceId::UsStateJson, &full);
    let before = state.clone();
    let previous = state.last_count(SourceId::UsStateJson);
    let fewer = parse_ok(SourceId::UsStateJson, &small).advisories.len();
    assert!(fewer < previous, "{fewer} vs {previous}");
    let server =
        Server::start(move |_| ok(small.clone(), "application/json").header("ETag", "\"x\"")).await;
    let check = check_source(
        &fetcher(),
        SourceId::UsStateJson,
        &server.url("/api/TravelAdvisories"),
        &Validators::default(),
        &state,
    )
    .await;
    assert_eq!(
        check,
        SourceCheck::Failed(FetchError::Implausible {
            feed: SourceId::UsStateJson,
            previous,
            now: fewer
        })
    );
    assert_eq!(check.parsed(), None);
    assert_eq!(state, before, "the last good data is untouched");

    // The same payload is fine when there was no previous fetch.
    let first = check_source(
        &fetcher(),
        SourceId::UsStateJson,
        &server.url("/api/TravelAdvisories"),
        &Validators::default(),
        &WatchState::default(),
    )
    .await;
    assert_eq!(first.parsed().map(|p| p.advisories.len()), Some(fewer));
}

#[tokio::test]
async fn own_fixtures_through_the_server() {
    // Runs without ../shared: every own fixture comes back through HTTP and parses as it does from disk.
    let cases = [
        (SourceId::UsStateRss, "us-state-rss_small.xml"),
        (SourceId::UsStateJson, "us-state-json_small.json"),
        (SourceId::UkFcdo, "uk-fcdo_parts.json"),
        (SourceId::CaTravel, "ca-travel_index-small.json"),
        (SourceId::AuSmartraveller, "au-smartraveller_small.json"),
        (SourceId::DeAa, "de-aa_detail.json"),
    ];
    let server = Server::start(move |req| {
        let name = req.path.trim_start_matches('/');
        ok(local(name), "application/octet-stream").header("ETag", &format!("\"{name}\""))
    })
    .await;
    let f = fetcher();
    for (source, name) in cases {
        let check = check_source(
            &f,
            source,
            &server.url(&format!("/{name}")),
            &Validators::default(),
            &WatchState::default(),
        )
        .await;
        let SourceCheck::Updated { parsed, validators } = check else {
            panic!("{name}: {check:?}")
        };
        assert_eq!(parsed, parse_ok(source, &local(name)), "{name}");
        assert_eq!(validators.etag, Some(format!("\"{name}\"")));
    }
}
