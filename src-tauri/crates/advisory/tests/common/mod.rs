#![allow(dead_code)] // each test file uses its own part of it

use lifeboat_advisory::{parse, Parsed, SourceId};

/// A real capture from `../shared/fixtures/advisories/`, read in place (never copied into the repo); `None`
/// (with "skipped: …" printed) when the captures are not there.
pub fn capture(rel: &str) -> Option<Vec<u8>> {
    lifeboat_test_support::shared(&format!("advisories/{rel}"))
}

/// One of our own payloads in `tests/fixtures/`.
pub fn local(name: &str) -> Vec<u8> {
    lifeboat_test_support::repo_file(&format!("src-tauri/crates/advisory/tests/fixtures/{name}"))
}

pub fn parse_ok(source: SourceId, bytes: &[u8]) -> Parsed {
    parse(source, bytes).unwrap_or_else(|e| panic!("{source}: {e}"))
}

pub fn level(p: &Parsed, iso: &str) -> u8 {
    p.get(iso)
        .unwrap_or_else(|| panic!("{iso} missing from {}", p.source))
        .level
        .get()
}
