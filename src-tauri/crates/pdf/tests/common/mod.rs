//! Shared helpers: the sample plan, fixed options, and the poppler tools that read the PDFs back.

#![allow(dead_code)]

use std::ffi::OsStr;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{TimeZone, Utc};
use lifeboat_pdf::{PdfOptions, Rendered};
use lifeboat_plan::Plan;

pub fn sample_plan() -> Plan {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/sample-plan.json");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    lifeboat_plan::migrate::parse_plan(&bytes).unwrap_or_else(|e| panic!("sample plan: {e}"))
}

/// A date after the sample plan's last change, so "expired" marks are stable.
pub fn opts() -> PdfOptions {
    PdfOptions {
        generated_at: Utc
            .with_ymd_and_hms(2026, 11, 21, 9, 30, 0)
            .single()
            .unwrap_or_else(Utc::now),
        ..PdfOptions::default()
    }
}

pub fn render(plan: &Plan, opts: &PdfOptions) -> Rendered {
    lifeboat_pdf::render(plan, &[], opts).unwrap_or_else(|e| panic!("render failed: {e}"))
}

/// A PDF written to its own temporary directory, kept alive as long as the value.
pub struct PdfFile {
    _dir: tempfile::TempDir,
    pub path: PathBuf,
}

pub fn write(pdf: &[u8]) -> PdfFile {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join("family.pdf");
    std::fs::write(&path, pdf).unwrap_or_else(|e| panic!("write: {e}"));
    PdfFile { _dir: dir, path }
}

/// Runs a poppler tool. Missing tools fail the test: a check that silently passes without them checks nothing.
fn run(tool: &str, args: &[&OsStr]) -> String {
    let out = match Command::new(tool).args(args).output() {
        Ok(out) => out,
        Err(e) if e.kind() == ErrorKind::NotFound => panic!(
            "`{tool}` is not on PATH; it comes with poppler-utils, which scripts/install-deps installs. \
             Run ./scripts/install-deps and try again."
        ),
        Err(e) => panic!("could not run {tool}: {e}"),
    };
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `pdftotext` in its default (reading-order) mode, which returns right-to-left runs in logical order
/// (`-raw` gives content-stream order, which is visual and reverses Persian words). Whitespace runs become one
/// space, so a phrase wrapped inside a table cell still matches.
pub fn text(pdf: &[u8]) -> String {
    let f = write(pdf);
    let raw = run("pdftotext", &[f.path.as_os_str(), OsStr::new("-")]);
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn pdfinfo(pdf: &[u8]) -> String {
    let f = write(pdf);
    run("pdfinfo", &[f.path.as_os_str()])
}

pub fn pdffonts(pdf: &[u8]) -> String {
    let f = write(pdf);
    run("pdffonts", &[f.path.as_os_str()])
}
