//! Tests against real files in temp dirs. Kept inside the crate (not `tests/`) so they can use
//! the `cfg(test)` fault-injection hook without enabling a feature.

mod damage;
mod keys;
mod perms;
mod portable;
mod roundtrip;
mod saves;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::secrecy::{ExposeSecret, SecretBox, SecretString};
use crate::{StoreError, Unlocked, Vault, VaultOptions};

pub(crate) const PASS: &str = "correct horse battery staple";

/// Tiny scrypt cost so each unlock takes ~1 ms instead of ~1 s.
pub(crate) fn opts() -> VaultOptions {
    VaultOptions {
        scrypt_log_n: Some(10),
        max_backups: 10,
    }
}

pub(crate) fn secret(s: &str) -> SecretString {
    SecretString::from(s)
}

pub(crate) fn reveal(s: &SecretBox<Vec<u8>>) -> Vec<u8> {
    s.expose_secret().clone()
}

/// A created vault in a fresh temp dir (the vault lives in a subfolder so `create` makes it).
pub(crate) fn created(initial: &[u8]) -> (tempfile::TempDir, Vault, Unlocked) {
    let tmp = tempfile::tempdir().unwrap();
    let vault = Vault::new(tmp.path().join("vault"), opts());
    let unlocked = vault.create(&secret(PASS), initial).unwrap();
    (tmp, vault, unlocked)
}

pub(crate) fn key_path(vault: &Vault) -> PathBuf {
    vault.dir().join("key.age")
}

pub(crate) fn plan_path(vault: &Vault) -> PathBuf {
    vault.dir().join("plan.age")
}

/// Every file under `dir` with its bytes, to prove an operation changed nothing.
pub(crate) fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(path.clone(), fs::read(&path).unwrap());
            }
        }
    }
    out
}

pub(crate) fn code<T>(r: Result<T, StoreError>) -> &'static str {
    match r {
        Ok(_) => "ok",
        Err(e) => e.code(),
    }
}
