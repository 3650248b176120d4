//! What `tests/crash.rs` and `tests/disk_faults.rs` share: a recognisable, self-checking document per version, the
//! save loop a child process runs until it is killed, a child process of the test binary, and a folder's bytes.
#![allow(dead_code)] // each test file uses a different part

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use lifeboat_store::secrecy::{ExposeSecret, SecretString};
use lifeboat_store::{StoreError, Unlocked, Vault, VaultOptions, VaultState};

pub const PASSPHRASE: &str = "crash test: correct horse battery staple";
const KIND: &str = "lifeboat-crash-test";

/// Cheap scrypt (2^10) so a child process unlocks in about a millisecond; ten backups as in the app.
pub fn options() -> VaultOptions {
    VaultOptions {
        scrypt_log_n: Some(10),
        max_backups: 10,
    }
}

pub fn passphrase(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

/// Padding length for `version`: scattered over 0..120 000 bytes so consecutive saves differ in size and some
/// plans span several 64 KiB age chunks.
pub fn pad_len(version: u64) -> usize {
    (version.wrapping_mul(2_654_435_761) % 120_000) as usize
}

/// Version `version` of the test plan: `{"kind", "version", "pad", "padding", "end"}`, where the padding's
/// letters depend on the version and its position, so any mix of two versions or a cut is detected.
pub fn document(version: u64) -> Vec<u8> {
    document_with_padding(version, pad_len(version))
}

pub fn document_with_padding(version: u64, pad: usize) -> Vec<u8> {
    let mut out =
        format!(r#"{{"kind":"{KIND}","version":{version},"pad":{pad},"padding":""#).into_bytes();
    out.extend((0..pad).map(|i| b'a' + ((i as u64 + version) % 26) as u8));
    out.extend_from_slice(format!(r#"","end":{version}}}"#).as_bytes());
    out.push(b'\n');
    out
}

/// The version a plaintext holds, after checking it is exactly the document of that version, byte for byte.
pub fn version_of(plaintext: &[u8]) -> Result<u64, String> {
    let head = String::from_utf8_lossy(&plaintext[..plaintext.len().min(120)]).into_owned();
    let doc: serde_json::Value = serde_json::from_slice(plaintext)
        .map_err(|e| format!("not a complete JSON document ({e}); starts {head:?}"))?;
    let version = doc["version"]
        .as_u64()
        .ok_or_else(|| format!("no version in {head:?}"))?;
    let pad = doc["pad"]
        .as_u64()
        .ok_or_else(|| format!("no pad in {head:?}"))? as usize;
    if plaintext != document_with_padding(version, pad).as_slice() {
        return Err(format!(
            "a torn or mixed document: it says version {version} with {pad} bytes of padding, \
             but is not that document ({} bytes); starts {head:?}",
            plaintext.len()
        ));
    }
    Ok(version)
}

/// Opens (or creates, at version 1) the vault in `dir` and saves versions `n+1, n+2, …`, printing
/// `opened N` / `saved N` and flushing after each, until `count` saves were made (`None`: forever).
pub fn save_loop(
    dir: &Path,
    passphrase: &SecretString,
    count: Option<u64>,
    out: &mut dyn Write,
) -> Result<(), String> {
    let fail = |what: &str, e: StoreError| format!("{what}: {} ({e})", e.code());
    let vault = Vault::new(dir, options());
    let mut say = |line: String| -> Result<(), String> {
        writeln!(out, "{line}")
            .and_then(|()| out.flush())
            .map_err(|e| format!("stdout: {e}"))
    };
    let (unlocked, mut next): (Unlocked, u64) = match vault.state().map_err(|e| fail("state", e))? {
        VaultState::New => {
            let unlocked = vault
                .create(passphrase, &document(1))
                .map_err(|e| fail("create", e))?;
            say("saved 1".to_owned())?;
            (unlocked, 2)
        }
        VaultState::Locked => {
            let (unlocked, plaintext) = vault.unlock(passphrase).map_err(|e| fail("unlock", e))?;
            let version = version_of(plaintext.expose_secret())?;
            say(format!("opened {version}"))?;
            (unlocked, version + 1)
        }
    };
    let mut saved = 0u64;
    while count.is_none_or(|c| saved < c) {
        unlocked
            .save(&document(next))
            .map_err(|e| fail(&format!("save {next}"), e))?;
        say(format!("saved {next}"))?;
        saved += 1;
        next += 1;
    }
    Ok(())
}

/// Files an interrupted save may leave behind (see the store's `atomic.rs`).
pub fn temp_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for d in [dir.to_path_buf(), dir.join("backups")] {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            if entry
                .file_name()
                .to_string_lossy()
                .starts_with(".lifeboat-")
            {
                out.push(entry.path());
            }
        }
    }
    out
}

/// Checks every backup decrypts to a complete version no newer than `current`, newest first; returns their
/// versions in list order.
pub fn check_backups(unlocked: &Unlocked, current: u64) -> Result<Vec<u64>, String> {
    let list = unlocked
        .backups()
        .map_err(|e| format!("listing backups: {} ({e})", e.code()))?;
    let mut versions = Vec::with_capacity(list.len());
    for info in &list {
        let plaintext = unlocked
            .load_backup(&info.id)
            .map_err(|e| format!("backup {}: {} ({e})", info.id, e.code()))?;
        let v = version_of(plaintext.expose_secret())
            .map_err(|e| format!("backup {}: {e}", info.id))?;
        if v > current {
            return Err(format!(
                "backup {} holds version {v}, newer than the plan's {current}",
                info.id
            ));
        }
        if let Some(&newer) = versions.last() {
            if v > newer {
                return Err(format!(
                    "backups out of order: {} holds {v} after one holding {newer}",
                    info.id
                ));
            }
        }
        versions.push(v);
    }
    Ok(versions)
}

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
