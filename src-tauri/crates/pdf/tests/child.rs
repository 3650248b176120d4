//! `lifeboat-pdf`, the process each export runs in, spoken to as the app speaks to it.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use common::{opts, sample_plan, text};
use lifeboat_pdf::child::render_in_child;
use lifeboat_pdf::AdvisoryLine;

const TYPESETTER: &str = env!("CARGO_BIN_EXE_lifeboat-pdf");

/// Runs the typesetter with `input` on stdin: (exit code, stdout).
fn run(input: &[u8]) -> (Option<i32>, Vec<u8>) {
    let mut child = Command::new(TYPESETTER)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{TYPESETTER}: {e}"));
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(input)
            .unwrap_or_else(|e| panic!("stdin: {e}"));
    }
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("wait: {e}"));
    (out.status.code(), out.stdout)
}

#[test]
fn a_request_on_stdin_comes_back_as_a_header_line_then_the_pdf() {
    let request = serde_json::json!({
        "plan": sample_plan(),
        "advisories": [],
        "options": opts(),
    });
    let (code, out) = run(&serde_json::to_vec(&request).unwrap_or_default());
    assert_eq!(code, Some(0));
    let end = out.iter().position(|&b| b == b'\n').unwrap_or(out.len());
    let header: serde_json::Value = serde_json::from_slice(&out[..end]).unwrap_or_default();
    assert!(header["pages"].as_u64().unwrap_or(0) >= 2, "{header}");
    assert_eq!(header["warnings"], serde_json::json!([]));
    assert!(out[end + 1..].starts_with(b"%PDF-"));
}

#[test]
fn a_bad_request_exits_1_with_its_code_and_message_on_one_line() {
    let (code, out) = run(br#"{"plan": 42}"#);
    assert_eq!(code, Some(1));
    let text = String::from_utf8_lossy(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    let error: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    assert_eq!(error["code"], "data", "{text}");
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("could not prepare the plan for printing")),
        "{text}"
    );
}

#[test]
fn the_client_gets_what_render_gives_in_process() {
    let plan = sample_plan();
    let advisories = [AdvisoryLine {
        country: "FR".into(),
        country_name: "France".into(),
        level: 9,
        government: "UK FCDO".into(),
        native_label: "odd".into(),
        updated: None,
    }];
    let child = render_in_child(Path::new(TYPESETTER), &plan, &advisories, &opts())
        .unwrap_or_else(|e| panic!("{e}"));
    let here = lifeboat_pdf::render(&plan, &advisories, &opts()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(child.pages, here.pages);
    assert_eq!(child.warnings, here.warnings);
    assert!(child.warnings.iter().any(|w| w.contains("outside 1–4")));
    assert_eq!(
        child.pdf,
        here.pdf,
        "the same bytes, in:\n{}",
        text(&child.pdf)
    );
}

#[test]
fn the_pdfs_language_travels_to_the_child() {
    let persian = lifeboat_pdf::PdfOptions {
        language: Some("fa".into()),
        ..opts()
    };
    let child = render_in_child(Path::new(TYPESETTER), &sample_plan(), &[], &persian)
        .unwrap_or_else(|e| panic!("{e}"));
    let t = text(&child.pdf);
    assert!(t.contains("این برنامه برای چه کسانی است"), "{t}");
    assert!(!t.contains("Who this plan is for"), "{t}");
}

#[test]
fn a_missing_typesetter_is_named_as_such() {
    let e = render_in_child(
        Path::new("/nonexistent/lifeboat-pdf"),
        &sample_plan(),
        &[],
        &opts(),
    )
    .err()
    .unwrap_or_else(|| panic!("a typesetter that is not there rendered"));
    assert_eq!(e.code(), "typesetter_missing");
    assert!(
        e.to_string()
            .starts_with("the PDF typesetter lifeboat-pdf is missing next to lifeboat"),
        "{e}"
    );
}

#[test]
fn it_answers_version_and_refuses_other_arguments() {
    let version = Command::new(TYPESETTER)
        .arg("--version")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(version.status.success());
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("lifeboat-pdf "));
    let plan_on_argv = Command::new(TYPESETTER)
        .arg("plan.json")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(plan_on_argv.status.code(), Some(2));
}
