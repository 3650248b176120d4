#![allow(dead_code)]

use std::path::PathBuf;

use lifeboat_advisory::{parse, Parsed, SourceId};

/// The real captures, read in place (never copied into the repo).
pub fn shared(rel: &str) -> Option<Vec<u8>> {
    let base =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/fixtures/advisories");
    if !base.is_dir() {
        println!("skipped: ../shared not present ({})", base.display());
        return None;
    }
    let path = base.join(rel);
    Some(std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{} is listed in SOURCES.md but unreadable: {e}",
            path.display()
        )
    }))
}

pub fn local(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
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
