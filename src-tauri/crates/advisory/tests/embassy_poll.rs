//! The embassy alert feed in real poll rounds against a loopback server (`/embassy/ir`, as the e2e server
//! serves it): the baseline, the cadence, the one notification, the 304s, and "source down" on a 403 or a
//! challenge page.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use common::local;
use lifeboat_advisory::{
    run_round, Endpoints, FetchConfig, Fetcher, HistoryKind, Outcome, Priority, Round, SourceId,
    WatchFile,
};
use lifeboat_test_support::server::{ok, status, Request, Response, Server};

fn at(minutes: i64) -> DateTime<Utc> {
    "2026-01-16T14:00:00Z"
        .parse::<DateTime<Utc>>()
        .expect("literal")
        + chrono::Duration::minutes(minutes)
}

fn round(minutes: i64) -> Round {
    Round {
        now: at(minutes),
        jitter: 0.5,
        force: false,
        phase_above_normal: false,
    }
}

type Body = Arc<Mutex<Response>>;

/// Serves one body at `/embassy/ir`, with an ETag (its length) and 304 on a match.
async fn serve(body: Body) -> Server {
    Server::start(move |req: &Request| {
        if req.path != "/embassy/ir" {
            return status(404);
        }
        let resp = body.lock().expect("lock").clone();
        let etag = format!("\"{}\"", resp.body.len());
        if resp.status == 200 && req.header("if-none-match") == Some(etag.as_str()) {
            return status(304);
        }
        resp.header("ETag", &etag)
    })
    .await
}

fn rss(name: &str) -> Response {
    ok(local(name), "application/rss+xml; charset=UTF-8")
}

fn fetcher() -> Fetcher {
    Fetcher::new(FetchConfig {
        connect_timeout: Duration::from_secs(5),
        total_timeout: Duration::from_secs(10),
        allow_plain_http_to_loopback_only: true,
        ..FetchConfig::default()
    })
    .expect("client")
}

fn outcome_code(o: &Outcome) -> &'static str {
    match o {
        Outcome::Updated { .. } => "updated",
        Outcome::NotModified => "not_modified",
        Outcome::Failed(e) => e.code(),
    }
}

#[tokio::test]
async fn iran_embassy_feed_baseline_then_one_leave_now_alert_then_source_down() {
    let body: Body = Arc::new(Mutex::new(rss("us-embassy-alerts_ir_two-alerts.xml")));
    let server = serve(body.clone()).await;
    let endpoints =
        Endpoints::parse_overrides(&format!("us-embassy-alerts={}", server.url("/embassy")))
            .expect("spec");
    // The US is enabled (its API is not served here, so only the embassy feed is asked); New Zealand has no
    // embassy site in the table, so nothing is asked for it.
    let sources = [SourceId::UsEmbassyAlerts];
    let watched: Vec<String> = ["ir", "NZ"].map(String::from).to_vec();
    let f = fetcher();
    let mut file = WatchFile::default();

    let report = run_round(&f, &endpoints, &sources, &watched, &mut file, round(0)).await;
    assert_eq!(
        report.alert_outcomes,
        vec![("IR".to_owned(), Outcome::Updated { countries: 2 })]
    );
    assert!(
        report.updates.is_empty() && file.updates.is_empty(),
        "a baseline"
    );
    assert_eq!(file.state.history.len(), 2);
    assert!(file
        .state
        .history
        .iter()
        .all(|h| h.kind == HistoryKind::Baseline));

    // Five minutes on, at a calm cadence, the feed is not due: no request.
    let before = server.requests().len();
    let report = run_round(&f, &endpoints, &sources, &watched, &mut file, round(5)).await;
    assert!(report.alert_outcomes.is_empty());
    assert_eq!(server.requests().len(), before);

    // The third alert: its title repeats an older one, its text says "Leave Iran now".
    *body.lock().expect("lock") = rss("us-embassy-alerts_ir_leave-now.xml");
    let report = run_round(&f, &endpoints, &sources, &watched, &mut file, round(15)).await;
    assert_eq!(report.updates.len(), 1, "{:#?}", report.updates);
    assert_eq!(file.updates, report.updates, "queued before it is shown");
    let u = &file.updates[0];
    assert_eq!((u.country.as_str(), u.priority), ("IR", Priority::High));
    assert_eq!(u.source, SourceId::UsEmbassyAlerts);
    assert_eq!(u.reason, "tells people to leave");
    assert!(u.leave_now);

    // The shell showed it and cleared the outbox; the same feed again (a 304) queues nothing, nor does a
    // restart (the file saved and read back).
    file.updates.clear();
    let saved = serde_json::to_vec(&file).expect("serialises");
    let mut file: WatchFile = serde_json::from_slice(&saved).expect("reads back");
    let report = run_round(&f, &endpoints, &sources, &watched, &mut file, round(30)).await;
    assert_eq!(
        report.alert_outcomes,
        vec![("IR".to_owned(), Outcome::NotModified)]
    );
    let last = server.requests().last().cloned().expect("a request");
    assert!(last.header("if-none-match").is_some(), "conditional");
    assert!(report.updates.is_empty() && file.updates.is_empty());

    // The embassy's host refuses us: source down, with since when, and no alert.
    *body.lock().expect("lock") = status(403);
    let history = file.state.history.len();
    let report = run_round(&f, &endpoints, &sources, &watched, &mut file, round(45)).await;
    assert_eq!(outcome_code(&report.alert_outcomes[0].1), "http_status");
    let st = file.alert_status.get("IR").expect("status");
    assert_eq!(st.failing_since, Some(at(45)));
    assert_eq!(st.last_success, Some(at(30)));
    assert!(st.is_stale());
    // A challenge page served with 200 is the same: down, still since 14:45.
    *body.lock().expect("lock") = ok(
        local("us-embassy-alerts_challenge-403.html"),
        "text/html; charset=UTF-8",
    );
    let report = run_round(&f, &endpoints, &sources, &watched, &mut file, round(60)).await;
    assert_eq!(outcome_code(&report.alert_outcomes[0].1), "challenge_page");
    assert_eq!(file.alert_status["IR"].failing_since, Some(at(45)));
    assert_eq!(
        file.state.history.len(),
        history,
        "a failure writes no history"
    );
    assert!(file.updates.is_empty(), "and is never an alert");

    // Back: the streak ends.
    *body.lock().expect("lock") = rss("us-embassy-alerts_ir_leave-now.xml");
    let report = run_round(&f, &endpoints, &sources, &watched, &mut file, round(75)).await;
    assert_eq!(
        outcome_code(&report.alert_outcomes[0].1),
        "not_modified",
        "the validators of the last good fetch still hold"
    );
    assert_eq!(file.alert_status["IR"].failing_since, None);
    assert!(file.updates.is_empty(), "nothing new in it");
}

#[tokio::test]
async fn a_feed_of_another_embassy_at_the_iran_url_is_refused() {
    let armenia = String::from_utf8(local("us-embassy-alerts_ir_two-alerts.xml"))
        .expect("utf-8")
        .replace(
            "<link>https://ir.usembassy.gov</link>",
            "<link>https://am.usembassy.gov</link>",
        );
    let body: Body = Arc::new(Mutex::new(ok(armenia.into_bytes(), "application/rss+xml")));
    let server = serve(body).await;
    let endpoints =
        Endpoints::parse_overrides(&format!("us-embassy-alerts={}", server.url("/embassy")))
            .expect("spec");
    let mut file = WatchFile::default();
    let report = run_round(
        &fetcher(),
        &endpoints,
        &[SourceId::UsStateJson],
        &["IR".to_owned()],
        &mut file,
        Round {
            force: true,
            ..round(0)
        },
    )
    .await;
    let iran = report
        .alert_outcomes
        .iter()
        .find(|(c, _)| c == "IR")
        .expect("asked, the US being enabled");
    assert_eq!(outcome_code(&iran.1), "unexpected_shape");
    assert!(file.state.alerts.is_empty(), "nothing filed under Iran");
}

#[test]
fn a_watch_file_from_before_issue_14_loads() {
    let old = r#"{
        "version": 1,
        "state": {
            "sources": {"us-state-json": {"first_applied": "2026-01-01T00:00:00Z",
                "last_applied": "2026-01-01T00:00:00Z", "last_count": 1,
                "countries": {"IR": {"level": 4, "regional_max": null, "leave_now": true,
                    "native_label": "Level 4: Do Not Travel", "updated": null,
                    "first_seen": "2026-01-01T00:00:00Z", "last_seen": "2026-01-01T00:00:00Z"}}}},
            "history": [{"at": "2026-01-01T00:00:00Z", "source": "us-state-json", "country": "IR",
                "kind": {"kind": "baseline"}, "level": 4, "native_label": "Level 4: Do Not Travel",
                "updated": null}]
        },
        "status": {"us-state-json": {"last_attempt": null, "last_success": null, "last_error": null,
            "consecutive_failures": 0}},
        "outbox": []
    }"#;
    let file: WatchFile = serde_json::from_str(old).expect("an old file loads");
    assert_eq!(
        file.state.history[0].level.map(|l| l.get()),
        Some(4),
        "a bare level reads as Some"
    );
    assert_eq!(
        file.state
            .seen(SourceId::UsStateJson, "IR")
            .and_then(|s| s.edition.clone()),
        None,
        "no edition yet: the first one seen will be a baseline"
    );
    assert!(file.updates.is_empty() && file.alert_status.is_empty());
    assert_eq!(file.status[&SourceId::UsStateJson].failing_since, None);
}
