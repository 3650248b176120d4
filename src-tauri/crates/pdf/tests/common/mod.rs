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

/// [`opts`] with the PDF written in `code`.
pub fn in_language(code: &str) -> PdfOptions {
    PdfOptions {
        language: Some(code.into()),
        ..opts()
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

/// `text` of one page (counted from 1).
pub fn page_text(pdf: &[u8], page: usize) -> String {
    let f = write(pdf);
    let n = page.to_string();
    let raw = run(
        "pdftotext",
        &[
            OsStr::new("-f"),
            OsStr::new(&n),
            OsStr::new("-l"),
            OsStr::new(&n),
            f.path.as_os_str(),
            OsStr::new("-"),
        ],
    );
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The runs of text on one page with the font family each is set in ("ABCDEF+Vazirmatn", "…"), from
/// `pdftohtml -xml`. Runs are in drawing order, so right-to-left text comes out reversed.
pub fn runs_with_fonts(pdf: &[u8], page: usize) -> Vec<(String, String)> {
    let f = write(pdf);
    let n = page.to_string();
    let xml = run(
        "pdftohtml",
        &[
            OsStr::new("-xml"),
            OsStr::new("-i"),
            OsStr::new("-q"),
            OsStr::new("-stdout"),
            OsStr::new("-f"),
            OsStr::new(&n),
            OsStr::new("-l"),
            OsStr::new(&n),
            f.path.as_os_str(),
        ],
    );
    let attr = |tag: &str, name: &str| -> String {
        tag.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or_default()
            .to_owned()
    };
    let mut families = std::collections::HashMap::new();
    let mut runs = Vec::new();
    for line in xml.lines().map(str::trim) {
        if line.starts_with("<fontspec ") {
            families.insert(attr(line, "id"), attr(line, "family"));
        } else if line.starts_with("<text ") {
            let inner: String = line
                .split_once('>')
                .map(|(_, rest)| rest)
                .unwrap_or_default()
                .split('<')
                .enumerate()
                .map(|(i, part)| {
                    if i == 0 {
                        part
                    } else {
                        part.split_once('>').map_or("", |(_, t)| t)
                    }
                })
                .collect();
            let family = families
                .get(&attr(line, "font"))
                .cloned()
                .unwrap_or_default();
            runs.push((family, inner));
        }
    }
    runs
}

pub fn pdfinfo(pdf: &[u8]) -> String {
    let f = write(pdf);
    run("pdfinfo", &[f.path.as_os_str()])
}

pub fn pdffonts(pdf: &[u8]) -> String {
    let f = write(pdf);
    run("pdffonts", &[f.path.as_os_str()])
}

/// One word as `pdftotext -bbox` places it, in points from the page's top left corner.
#[derive(Debug, Clone)]
pub struct WordBox {
    pub text: String,
    pub x_min: f64,
    pub y_min: f64,
    pub x_max: f64,
    pub y_max: f64,
}

/// A page's width and its words, from `pdftotext -bbox`.
#[derive(Debug)]
pub struct PageWords {
    pub width: f64,
    pub words: Vec<WordBox>,
}

pub fn word_boxes(pdf: &[u8]) -> Vec<PageWords> {
    let f = write(pdf);
    let html = run(
        "pdftotext",
        &[OsStr::new("-bbox"), f.path.as_os_str(), OsStr::new("-")],
    );
    let attr = |tag: &str, name: &str| -> f64 {
        tag.split(&format!("{name}=\""))
            .nth(1)
            .and_then(|s| s.split('"').next())
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no {name} in {tag}"))
    };
    let mut pages: Vec<PageWords> = Vec::new();
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            pages.push(PageWords {
                width: attr(line, "width"),
                words: Vec::new(),
            });
        } else if line.starts_with("<word ") {
            let text = line
                .split('>')
                .nth(1)
                .and_then(|s| s.split('<').next())
                .unwrap_or_default()
                .to_owned();
            let word = WordBox {
                x_min: attr(line, "xMin"),
                y_min: attr(line, "yMin"),
                x_max: attr(line, "xMax"),
                y_max: attr(line, "yMax"),
                text,
            };
            pages
                .last_mut()
                .unwrap_or_else(|| panic!("a word before any page"))
                .words
                .push(word);
        }
    }
    pages
}
