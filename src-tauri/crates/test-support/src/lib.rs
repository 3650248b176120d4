//! What Lifeboat's tests share across crates: a loopback HTTP server ([`server`]), a replayable random generator
//! ([`Rng`]) and the captured fixtures.
//!
//! The captures (real government feeds and the like) live outside the repository, in `../shared/fixtures`
//! beside it, or wherever `$LIFEBOAT_SHARED/fixtures` points (a missing folder hides them, which is how a fresh
//! clone is checked). A test that reads one skips cleanly when they are absent; the repository's own fixtures
//! keep the suite meaningful without them.

pub mod rng;
pub mod server;

pub use rng::Rng;

use std::path::PathBuf;

/// The repository's root folder.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

/// Where the captures are looked for: `$LIFEBOAT_SHARED/fixtures`, else `../shared/fixtures` beside the
/// repository.
pub fn shared_fixtures() -> PathBuf {
    match std::env::var_os("LIFEBOAT_SHARED") {
        Some(dir) => PathBuf::from(dir).join("fixtures"),
        None => repo_root().join("../shared/fixtures"),
    }
}

/// The path of a capture (`rel` below `fixtures/`, e.g. `advisories/us-state-rss/…`), or `None` after printing
/// "skipped: …" when the captures are not there. A capture missing from a folder that is there panics: a
/// misspelt name must fail, not skip.
pub fn shared_path(rel: &str) -> Option<PathBuf> {
    let base = shared_fixtures();
    if !base.is_dir() {
        println!("skipped: ../shared not present ({})", base.display());
        return None;
    }
    let path = base.join(rel);
    assert!(
        path.is_file(),
        "{} is not there although {} is (listed in SOURCES.md?)",
        path.display(),
        base.display()
    );
    Some(path)
}

/// The bytes of a capture; see [`shared_path`].
pub fn shared(rel: &str) -> Option<Vec<u8>> {
    let path = shared_path(rel)?;
    Some(std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

/// The bytes of one of the repository's own files, by its path from the repository root.
pub fn repo_file(rel: &str) -> Vec<u8> {
    let path = repo_root().join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Builds a workspace binary into `profile_dir` (`target/debug` or `target/release`, the tests' own) and returns
/// its path. Cargo builds a dependency's binaries only when asked, and a test that runs the app needs them beside
/// it (the app finds `lifeboat-pdf` next to itself). Cargo runs tests after it has built them, so this nested
/// build does not wait on the outer one.
pub fn build_binary(profile_dir: &std::path::Path, package: &str, bin: &str) -> PathBuf {
    let mut cargo =
        std::process::Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cargo.args(["build", "--quiet", "-p", package, "--bin", bin]);
    if profile_dir.ends_with("release") {
        cargo.arg("--release");
    }
    let status = cargo.status().expect("running cargo");
    assert!(
        status.success(),
        "cargo build -p {package} --bin {bin} failed"
    );
    profile_dir.join(bin)
}
