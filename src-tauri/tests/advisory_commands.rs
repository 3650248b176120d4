//! `lifeboat advisories parse` on an embassy's alert feed and `lifeboat advisories diff`, run as the built binary
//! on the advisory crate's own fixtures: what a script or a person checking a capture sees.

use std::path::PathBuf;
use std::process::{Command, Output};

fn lifeboat(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lifeboat"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("RUST_BACKTRACE", "0")
        .output()
        .expect("the binary runs")
}

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("src-tauri/crates/advisory/tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

fn json(out: &Output) -> serde_json::Value {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

#[test]
fn parse_prints_each_embassy_alert_with_its_guid_priority_and_the_embassys_zone() {
    let out = lifeboat(&[
        "advisories",
        "parse",
        "--source",
        "us-embassy-alerts",
        &fixture("us-embassy-alerts_ir_leave-now.xml"),
    ]);
    let alerts = json(&out);
    let alerts = alerts.as_array().expect("an array");
    assert_eq!(alerts.len(), 3);
    let newest = &alerts[0];
    assert_eq!(newest["iso2"], "IR");
    assert_eq!(newest["guid"], "https://ir.usembassy.gov/?p=2140");
    assert_eq!(
        newest["title"],
        "Security Alert – U.S. Virtual Embassy Iran"
    );
    assert_eq!(newest["published"], "2026-01-16T14:05:12+00:00");
    assert_eq!(newest["leave_now"], true);
    assert_eq!(newest["priority"], "high");
    assert!(newest["text"]
        .as_str()
        .is_some_and(|t| t.contains("Leave Iran now")));
    assert!(newest["url"]
        .as_str()
        .is_some_and(|u| u.starts_with("https://ir.usembassy.gov/")));
    assert_eq!(
        alerts[1]["title"], newest["title"],
        "the embassy reused the title: only the guid tells them apart"
    );
    assert_ne!(alerts[1]["guid"], newest["guid"]);
}

#[test]
fn diff_prints_the_new_alert_once_and_an_edit_not_at_all() {
    let (two, leave, edited) = (
        fixture("us-embassy-alerts_ir_two-alerts.xml"),
        fixture("us-embassy-alerts_ir_leave-now.xml"),
        fixture("us-embassy-alerts_ir_edited.xml"),
    );
    let args = |old: &str, new: &str| {
        lifeboat(&[
            "advisories",
            "diff",
            "--source",
            "us-embassy-alerts",
            old,
            new,
        ])
    };
    let entries = json(&args(&two, &leave));
    let entries = entries.as_array().expect("one array");
    assert_eq!(entries.len(), 1, "{entries:?}");
    let e = &entries[0];
    assert_eq!(e["iso2"], "IR");
    assert_eq!(e["kind"], "update");
    assert_eq!(
        e["level"],
        serde_json::Value::Null,
        "an embassy alert has no level"
    );
    assert!(e.get("from").is_none(), "from is for level changes only");
    assert_eq!(e["priority"], "high");
    assert_eq!(e["leave_now"], true);
    assert_eq!(e["published"], "2026-01-16T14:05:12Z");

    assert_eq!(
        json(&args(&leave, &edited)),
        serde_json::json!([]),
        "an edit is quiet"
    );
    assert_eq!(json(&args(&leave, &leave)), serde_json::json!([]));
}

#[test]
fn diff_of_a_level_feed_reports_the_level_change_with_where_it_came_from() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/feeds");
    let old = root.join("us-state-json_iran-level-3.json");
    let new = root.join("us-state-json_iran-level-3_derived-iran-level-4.json");
    let out = lifeboat(&[
        "advisories",
        "diff",
        "--source",
        "us-state-json",
        &old.display().to_string(),
        &new.display().to_string(),
    ]);
    let entries = json(&out);
    let iran = entries
        .as_array()
        .and_then(|a| {
            a.iter()
                .find(|e| e["iso2"] == "IR" && e["kind"] == "level_changed")
        })
        .unwrap_or_else(|| panic!("Iran's change: {entries}"));
    assert_eq!(
        (iran["level"].as_u64(), iran["from"].as_u64()),
        (Some(4), Some(3))
    );
    assert_eq!(iran["priority"], "high");
}

#[test]
fn diff_exits_1_with_a_code_when_a_payload_does_not_parse_and_2_on_usage() {
    let out = lifeboat(&[
        "advisories",
        "diff",
        "--source",
        "us-embassy-alerts",
        &fixture("us-embassy-alerts_ir_two-alerts.xml"),
        &fixture("us-embassy-alerts_challenge-403.html"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line: {stderr}");
    let e: serde_json::Value = serde_json::from_str(lines[0]).expect("{code, message}");
    assert!(e["code"].is_string(), "{e}");
    assert!(
        e["message"]
            .as_str()
            .is_some_and(|m| m.contains("challenge-403.html")),
        "the message names the file: {e}"
    );

    for usage in [
        &[
            "advisories",
            "diff",
            "--source",
            "us-embassy-alerts",
            "only-one",
        ][..],
        &["advisories", "diff", "--source", "nowhere", "a", "b"][..],
    ] {
        assert_eq!(lifeboat(usage).status.code(), Some(2), "{usage:?}");
    }
}
