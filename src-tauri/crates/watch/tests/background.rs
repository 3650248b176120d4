//! The real `lifeboat-watch` binary, as the app starts it when the window closes to the tray: the handover on
//! stdin, the ready line on stdout, a round against a feed served from 127.0.0.1, the state saved with the
//! write-only sealer so the vault reads it at the next unlock, and a clean exit on SIGTERM.
//!
//! No D-Bus session here on purpose (the address points nowhere): the tray, the single-instance name and the
//! notifications are then unavailable, and the watch must still run and save. The desktop side (tray, name,
//! notification server) is exercised under `dbus-run-session` by hand and in the end-to-end run.

// The binary runs the watch on Linux only (`background::HANDS_OVER`); elsewhere it refuses to start.
#![cfg(target_os = "linux")]

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use lifeboat_advisory::{Endpoints, FetchConfig, Fetcher, SourceId, WatchFile};
use lifeboat_plan::migrate;
use lifeboat_plan::onboarding::{new_plan, Onboarding};
use lifeboat_plan::settings::Government;
use lifeboat_store::secrecy::{ExposeSecret, SecretString};
use lifeboat_store::{SideDoc, Vault, VaultOptions};
use lifeboat_test_support::server;
use lifeboat_watch::background::READY_LINE;
use lifeboat_watch::notifier::RecordingNotifier;
use lifeboat_watch::WatchService;

const BIN: &str = env!("CARGO_BIN_EXE_lifeboat-watch");

fn feed(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../tests/fixtures/feeds")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn pass() -> SecretString {
    SecretString::from("correct horse battery".to_owned())
}

#[test]
fn version_answers_without_a_handover() {
    let out = Command::new(BIN)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("lifeboat-watch {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn a_bad_handover_is_refused_before_anything_runs() {
    let mut child = Command::new(BIN)
        .args(["--app", "/nonexistent/lifeboat"])
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"{\"version\":1,\"context\":\"IR\"}")
        .expect("write");
    let out = child.wait_with_output().expect("exits");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "never ready");
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(log.contains("not valid JSON"), "{log}");
    assert!(!log.contains("IR"), "no country in the log: {log}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_background_binary_takes_the_watch_polls_saves_and_stops_on_sigterm() {
    // A feed at level 3, then raised to 4 once the background process runs.
    let served = Arc::new(std::sync::Mutex::new(feed(
        "us-state-json_iran-level-3.json",
    )));
    let answer = Arc::clone(&served);
    let server = server::Server::start(move |_| {
        server::ok(answer.lock().expect("lock").clone(), "application/json")
    })
    .await;
    // The embassy feed too, so the test never asks a real embassy's site (it answers the JSON: a failing feed).
    let feeds = format!(
        "us-state-json={},us-state-rss={},us-embassy-alerts={}",
        server.url("/us.json"),
        server.url("/rss"),
        server.url("/embassy")
    );

    // The app's side: a vault, a plan watching Iran, a baseline round, the plan locked, the handover taken.
    let dir = tempfile::tempdir().expect("tempdir");
    let vault = Vault::new(
        dir.path().join("data"),
        VaultOptions {
            scrypt_log_n: Some(10),
            ..VaultOptions::default()
        },
    );
    let mut plan = new_plan(
        &Onboarding {
            residence_country: "IR".into(),
            ..Onboarding::default()
        },
        lifeboat_plan::new_id,
    );
    plan.settings.watch.governments = vec![Government::Us];
    let store = vault
        .create(&pass(), &migrate::to_json_pretty(&plan).expect("json"))
        .expect("create");
    let app_watch = WatchService::new(
        Fetcher::new(FetchConfig {
            allow_plain_http_to_loopback_only: true,
            ..FetchConfig::default()
        })
        .expect("client"),
        Endpoints::parse_overrides(&feeds).expect("feeds"),
        Arc::new(RecordingNotifier::default()),
        Arc::new(|| {}),
    );
    app_watch.attach(&store, &plan);
    app_watch.round().await;
    drop(store); // locked
    let mut handover = app_watch.handover().await.expect("state");
    // Due at once (each feed is due its interval after its last attempt), so the test need not wait an hour.
    handover.file.status.clear();
    handover.file.alert_status.clear();
    *served.lock().expect("lock") = feed("us-state-json_iran-level-3_derived-iran-level-4.json");

    let mut child = Command::new(BIN)
        .args(["--app", "/nonexistent/lifeboat", "--feed-urls", &feeds])
        // No session bus: tray, name and notifications fail soft; the watch must not.
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .env("RUST_LOG", "info")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(&handover.to_json().expect("json"))
        .expect("handover");
    drop(stdin);
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    stdout.read_line(&mut line).expect("ready line");
    assert_eq!(line.trim_end(), READY_LINE);

    // It polls at once and saves the raised level through the sealer it rebuilt from the public keys.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (open, _) = vault.unlock(&pass()).expect("unlock");
        let saved: Option<WatchFile> = open
            .read_side(SideDoc::Watch)
            .expect("read")
            .map(|b| serde_json::from_slice(b.expose_secret()).expect("watch file"));
        let level = saved.as_ref().and_then(|f| {
            f.state
                .seen(SourceId::UsStateJson, "IR")
                .map(|s| s.level.get())
        });
        // The round saves twice: first with the change still in the outbox (so a crash repeats the notice
        // rather than losing it), then with the outbox emptied once the notifier took it. Only the second
        // save shows that the change was handed over; a poll may land between the two.
        if level == Some(4) && saved.as_ref().is_some_and(|f| f.outbox.is_empty()) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no round saved level 4 with the change handed to the notifier in time: {:?}",
            saved.map(|f| f.outbox.len())
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(
        server.requests().iter().any(|r| r.path == "/us.json"),
        "polled the overridden feed"
    );

    // SIGTERM: it finishes and exits 0, and never wrote to stdout again.
    let pid = i32::try_from(child.id()).expect("pid");
    assert!(Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill")
        .success());
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "did not stop");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status}");
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("stdout");
    assert!(rest.is_empty(), "stdout after the ready line: {rest:?}");
    let mut log = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut log)
        .expect("stderr");
    assert!(log.contains("1 change(s) and 0 update(s) to tell"), "{log}");
    assert!(!log.contains("Iran"), "no country in the log: {log}");
}
