//! Damaged files: each must give its own error, leave every byte as it was, and yield no handle.

use super::*;
use crate::envelope::HEADER_LEN;

/// Replaces `path` with `bad`, checks unlock fails with `expected` and leaves the folder exactly
/// as it was, then puts the original back.
fn expect_unlock_error(vault: &Vault, path: &Path, bad: &[u8], expected: &str, what: &str) {
    let original = fs::read(path).unwrap();
    fs::write(path, bad).unwrap();
    let before = tree(vault.dir());
    let result = vault.unlock(&secret(PASS));
    assert_eq!(code(result), expected, "{what}");
    assert_eq!(tree(vault.dir()), before, "{what}: files changed");
    fs::write(path, original).unwrap();
}

fn cut_points(len: usize) -> Vec<usize> {
    vec![
        0,
        1,
        10,
        15,
        16,
        17,
        30,
        HEADER_LEN - 1,
        HEADER_LEN,
        HEADER_LEN + 1,
        HEADER_LEN + 50,
        len / 2,
        len - 1,
    ]
}

fn flip_points(len: usize) -> Vec<usize> {
    // Offsets 0..16 are the magic and version: flips there read as not_a_vault / newer_format,
    // which is covered below. Everything after must be `corrupt`.
    vec![
        16,
        17,
        24,
        25,
        40,
        56,
        57,
        64,
        HEADER_LEN,
        HEADER_LEN + 20,
        len / 2,
        len - 1,
    ]
}

#[test]
fn truncated_plan_file() {
    let big: Vec<u8> = (0..200_000u32).flat_map(|i| i.to_le_bytes()).collect();
    let (_tmp, vault, _u) = created(&big);
    let plan = fs::read(plan_path(&vault)).unwrap();
    for cut in cut_points(plan.len()) {
        expect_unlock_error(
            &vault,
            &plan_path(&vault),
            &plan[..cut],
            "truncated",
            &format!("plan cut at {cut}"),
        );
    }
    assert_eq!(reveal(&vault.unlock(&secret(PASS)).unwrap().1), big);
}

#[test]
fn truncated_key_file() {
    let (_tmp, vault, _u) = created(b"plan");
    let key = fs::read(key_path(&vault)).unwrap();
    for cut in cut_points(key.len()) {
        expect_unlock_error(
            &vault,
            &key_path(&vault),
            &key[..cut],
            "truncated",
            &format!("key cut at {cut}"),
        );
    }
}

#[test]
fn flipped_byte_in_plan_file() {
    let (_tmp, vault, _u) = created(&[7u8; 100_000]);
    let plan = fs::read(plan_path(&vault)).unwrap();
    // Every byte of the header and of age's own header (recipient stanza, MAC), where a flip
    // would otherwise surface as "not encrypted to this key", plus points in the payload.
    let everywhere_early = 16..HEADER_LEN + 300;
    for at in everywhere_early.chain(flip_points(plan.len())) {
        let mut bad = plan.clone();
        bad[at] ^= 0x40;
        expect_unlock_error(
            &vault,
            &plan_path(&vault),
            &bad,
            "corrupt",
            &format!("plan flip at {at}"),
        );
    }
}

#[test]
fn flipped_byte_in_key_file() {
    let (_tmp, vault, _u) = created(b"plan");
    let key = fs::read(key_path(&vault)).unwrap();
    // Every byte: a flip in the scrypt stanza would otherwise read as a wrong passphrase.
    for at in 16..key.len() {
        let mut bad = key.clone();
        bad[at] ^= 0x01;
        expect_unlock_error(
            &vault,
            &key_path(&vault),
            &bad,
            "corrupt",
            &format!("key flip at {at}"),
        );
    }
}

#[test]
fn trailing_bytes_are_corrupt() {
    let (_tmp, vault, _u) = created(b"plan");
    let mut plan = fs::read(plan_path(&vault)).unwrap();
    plan.extend_from_slice(b"extra");
    expect_unlock_error(
        &vault,
        &plan_path(&vault),
        &plan,
        "corrupt",
        "appended bytes",
    );
}

#[test]
fn newer_format_version() {
    let (_tmp, vault, _u) = created(b"plan");
    for path in [plan_path(&vault), key_path(&vault)] {
        let mut bytes = fs::read(&path).unwrap();
        bytes[15] = 2;
        expect_unlock_error(&vault, &path, &bytes, "newer_format", "version 2");
        fs::write(&path, &bytes).unwrap();
        assert!(matches!(
            vault.unlock(&secret(PASS)),
            Err(StoreError::NewerFormat {
                found: 2,
                supported: 1,
                ..
            })
        ));
        bytes[15] = 1;
        fs::write(&path, &bytes).unwrap();
    }
}

#[test]
fn garbage_is_not_a_vault() {
    let (_tmp, vault, _u) = created(b"plan");
    // Deterministic pseudo-random bytes (xorshift), so a failure reproduces.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let garbage: Vec<u8> = (0..4096)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    assert_ne!(garbage[0], b'L');
    expect_unlock_error(
        &vault,
        &plan_path(&vault),
        &garbage,
        "not_a_vault",
        "random plan",
    );
    expect_unlock_error(
        &vault,
        &key_path(&vault),
        &garbage,
        "not_a_vault",
        "random key",
    );
    expect_unlock_error(
        &vault,
        &plan_path(&vault),
        b"{\"plain\":\"json\"}",
        "not_a_vault",
        "plaintext json",
    );
    let raw_age = fs::read(plan_path(&vault)).unwrap()[HEADER_LEN..].to_vec();
    expect_unlock_error(
        &vault,
        &plan_path(&vault),
        &raw_age,
        "not_a_vault",
        "bare age file",
    );
}

#[test]
fn swapped_files_and_foreign_plan() {
    let (_tmp, vault, _u) = created(b"plan");
    let key = fs::read(key_path(&vault)).unwrap();
    expect_unlock_error(
        &vault,
        &plan_path(&vault),
        &key,
        "corrupt",
        "key file as plan",
    );
    let (_tmp2, other, _u2) = created(b"someone else's plan");
    let foreign = fs::read(plan_path(&other)).unwrap();
    expect_unlock_error(
        &vault,
        &plan_path(&vault),
        &foreign,
        "key_mismatch",
        "plan of another vault",
    );
}
