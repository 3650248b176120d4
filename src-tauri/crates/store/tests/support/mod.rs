//! What `tests/crash.rs` and `tests/disk_faults.rs` share: the crate's `testing` module (the document and the
//! save loop, also used by `examples/save_loop.rs`), a child process of the test binary, and a folder's bytes.
#![allow(dead_code)] // each test file uses a different part

use std::path::{Path, PathBuf};
use std::process::Command;

pub use lifeboat_store::testing::*;

/// This test binary again, running only the `#[ignore]`d test `name` (the usual way to get a child process
/// out of an integration test without a separate binary).
pub fn child_command(name: &str) -> Command {
    let exe = std::env::current_exe().expect("the test binary's path");
    let mut cmd = Command::new(exe);
    cmd.args([
        "--exact",
        name,
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ]);
    cmd
}

/// Every file under `dir` with its bytes, to prove an operation changed nothing.
pub fn tree(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("list") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path).expect("read");
                out.insert(path, bytes);
            }
        }
    }
    out
}
