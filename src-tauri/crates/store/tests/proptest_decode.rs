//! Property tests of the store's decoders: whatever bytes sit in the vault folder or are offered as an
//! export, opening them is an error with a stable code (the same code every time), never a panic, and never
//! a write. The fuzz targets `store_vault` and `store_export` in `fuzz/` run the same entry points for longer.

use std::path::Path;

use lifeboat_store::secrecy::{ExposeSecret, SecretString};
use lifeboat_store::{decrypt_with_passphrase, encrypt_with_passphrase, Vault, VaultOptions};
use proptest::prelude::*;
use proptest::sample::Index;
use sha2::{Digest, Sha256};

/// The codes a decoder may answer with; anything else (`io`, `internal`, …) would be a wrong diagnosis.
const DECODE_CODES: &[&str] = &[
    "wrong_passphrase",
    "truncated",
    "corrupt",
    "not_a_vault",
    "newer_format",
    "key_mismatch",
    "too_large",
    "invalid_export",
];

const PASS: &str = "proptest passphrase";

fn opts() -> VaultOptions {
    VaultOptions {
        scrypt_log_n: Some(10),
        max_backups: 10,
    }
}

fn pass() -> SecretString {
    SecretString::from(PASS.to_owned())
}

/// A real vault's key file and plan file (made once per test binary).
fn real_files() -> &'static (Vec<u8>, Vec<u8>) {
    static FILES: std::sync::OnceLock<(Vec<u8>, Vec<u8>)> = std::sync::OnceLock::new();
    FILES.get_or_init(|| {
        let tmp = tempfile::tempdir().expect("temp dir");
        let dir = tmp.path().join("v");
        Vault::new(&dir, opts())
            .create(&pass(), br#"{"schema_version":2,"name":"real"}"#)
            .expect("create");
        (
            std::fs::read(dir.join("key.age")).expect("key"),
            std::fs::read(dir.join("plan.age")).expect("plan"),
        )
    })
}

/// Frames a ciphertext as `envelope.rs` does (format 1), so the property reaches age and the key payload
/// parser behind the SHA-256 checks.
fn frame(kind: u8, ciphertext: &[u8]) -> Vec<u8> {
    let mut out = b"LIFEBOAT-VAULT\n".to_vec();
    out.push(1);
    out.push(kind);
    out.extend_from_slice(&(ciphertext.len() as u64).to_be_bytes());
    out.extend_from_slice(&Sha256::digest(ciphertext));
    let check = Sha256::digest(&out);
    out.extend_from_slice(&check[..8]);
    out.extend_from_slice(ciphertext);
    out
}

/// Unlocks a folder holding exactly `key` and `plan`; returns the outcome's code after checking the folder
/// was not written to.
fn unlock_code(dir: &Path, key: &[u8], plan: &[u8]) -> Result<&'static str, TestCaseError> {
    std::fs::write(dir.join("key.age"), key).expect("write key");
    std::fs::write(dir.join("plan.age"), plan).expect("write plan");
    let code = match Vault::new(dir, opts()).unlock(&pass()) {
        Ok(_) => "ok",
        Err(e) => e.code(),
    };
    let names: Vec<_> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    prop_assert_eq!(names.len(), 2, "unlock wrote into the folder: {:?}", names);
    prop_assert_eq!(std::fs::read(dir.join("plan.age")).expect("plan"), plan);
    Ok(code)
}

fn expect_decode_error(dir: &Path, key: &[u8], plan: &[u8]) -> Result<(), TestCaseError> {
    let first = unlock_code(dir, key, plan)?;
    prop_assert!(DECODE_CODES.contains(&first), "code {}", first);
    prop_assert_eq!(
        unlock_code(dir, key, plan)?,
        first,
        "the same bytes gave another code"
    );
    Ok(())
}

/// `cases` per property, unless `PROPTEST_CASES` asks for a longer run.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

fn bytes(max: usize) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..max),
        // Starts like ours, so the frame parser goes further.
        prop::collection::vec(any::<u8>(), 0..max).prop_map(|tail| {
            let mut v = b"LIFEBOAT-VAULT\n".to_vec();
            v.extend(tail);
            v
        }),
    ]
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn arbitrary_bytes_as_the_plan_file_are_an_error_with_a_stable_code(plan in bytes(600)) {
        let tmp = tempfile::tempdir().expect("temp dir");
        expect_decode_error(tmp.path(), &real_files().0, &plan)?;
    }

    #[test]
    fn arbitrary_bytes_as_the_key_file_are_an_error_with_a_stable_code(key in bytes(600)) {
        let tmp = tempfile::tempdir().expect("temp dir");
        expect_decode_error(tmp.path(), &key, &real_files().1)?;
    }

    #[test]
    fn arbitrary_ciphertexts_in_a_valid_frame_are_an_error_with_a_stable_code(
        key_ct in prop::option::of(bytes(400)),
        plan_ct in prop::option::of(bytes(400)),
    ) {
        let (key, plan) = real_files();
        let key = key_ct.map_or_else(|| key.clone(), |ct| frame(b'K', &ct));
        let plan = plan_ct.map_or_else(|| plan.clone(), |ct| frame(b'P', &ct));
        prop_assume!(key != real_files().0 || plan != real_files().1);
        let tmp = tempfile::tempdir().expect("temp dir");
        expect_decode_error(tmp.path(), &key, &plan)?;
    }

    #[test]
    fn a_real_vault_with_bits_flipped_or_cut_is_an_error_never_a_wrong_plan(
        flips in prop::collection::vec((any::<bool>(), any::<Index>(), 0u8..8), 0..6),
        cut in prop::option::of((any::<bool>(), any::<Index>())),
    ) {
        let (mut key, mut plan) = real_files().clone();
        for (in_key, at, bit) in &flips {
            let file = if *in_key { &mut key } else { &mut plan };
            let i = at.index(file.len());
            file[i] ^= 1 << bit;
        }
        if let Some((in_key, at)) = cut {
            let file = if in_key { &mut key } else { &mut plan };
            let len = at.index(file.len());
            file.truncate(len);
        }
        let tmp = tempfile::tempdir().expect("temp dir");
        if (&key, &plan) == (&real_files().0, &real_files().1) {
            // Flips that cancel out: the vault must open, to the original plan.
            let (_, plaintext) = {
                unlock_code(tmp.path(), &key, &plan)?;
                Vault::new(tmp.path(), opts()).unlock(&pass()).expect("unchanged files open")
            };
            prop_assert_eq!(plaintext.expose_secret().as_slice(), &br#"{"schema_version":2,"name":"real"}"#[..]);
        } else {
            expect_decode_error(tmp.path(), &key, &plan)?;
        }
    }

    #[test]
    fn arbitrary_bytes_as_an_export_are_an_error_with_a_stable_code(input in bytes(600)) {
        let first = decrypt_with_passphrase(&input, &pass(), &opts()).err().map(|e| e.code());
        let first = first.expect("random bytes never decrypt");
        prop_assert!(DECODE_CODES.contains(&first), "code {}", first);
        let again = decrypt_with_passphrase(&input, &pass(), &opts()).err().map(|e| e.code());
        prop_assert_eq!(again, Some(first));
    }

    #[test]
    fn a_real_export_damaged_is_an_error_or_the_exact_plan(
        flips in prop::collection::vec((any::<Index>(), 0u8..8), 0..4),
        cut in prop::option::of(any::<Index>()),
    ) {
        let plain = br#"{"schema_version":2,"name":"exported"}"#;
        let export = encrypt_with_passphrase(plain, &pass(), &opts()).expect("export");
        let mut damaged = export.clone();
        for (at, bit) in &flips {
            let i = at.index(damaged.len());
            damaged[i] ^= 1 << bit;
        }
        if let Some(at) = cut {
            let len = at.index(damaged.len());
            damaged.truncate(len);
        }
        match decrypt_with_passphrase(&damaged, &pass(), &opts()) {
            // Armor tolerates some changes (line endings, trailing text); what decrypts must be the plan.
            Ok(back) => prop_assert_eq!(back.expose_secret().as_slice(), &plain[..]),
            Err(e) => prop_assert!(DECODE_CODES.contains(&e.code()), "code {}", e.code()),
        }
    }
}

/// An age header that never ends: a stanza followed by `len` bytes of base64 lines.
fn header_bomb(stanza: &str, len: usize) -> Vec<u8> {
    let mut v = format!("age-encryption.org/v1\n-> {stanza}\n").into_bytes();
    while v.len() < len {
        v.extend_from_slice(&[b'A'; 64]);
        v.push(b'\n');
    }
    v
}

/// Found by the `store_export` fuzz target: age's header parser starts over for every line, so a header of
/// n lines took O(n²) (1 MiB: 13 s; the 96 MiB an export may be: days). The store now refuses a header that
/// has not ended after 64 KiB, so importing a hostile file cannot hang the app.
#[test]
fn an_endless_age_header_is_refused_in_milliseconds() {
    use std::io::Write;
    use std::time::{Duration, Instant};
    let quick = Duration::from_secs(2);

    let bomb = header_bomb("scrypt c2FsdA 10", 4 << 20);
    let started = Instant::now();
    let code = decrypt_with_passphrase(&bomb, &pass(), &opts())
        .err()
        .map(|e| e.code());
    assert_eq!(code, Some("invalid_export"));
    assert!(
        started.elapsed() < quick,
        "binary export: {:?}",
        started.elapsed()
    );

    let mut armored = Vec::new();
    let mut w =
        age::armor::ArmoredWriter::wrap_output(&mut armored, age::armor::Format::AsciiArmor)
            .expect("armor");
    w.write_all(&bomb).expect("armor");
    w.finish().expect("armor");
    let started = Instant::now();
    let code = decrypt_with_passphrase(&armored, &pass(), &opts())
        .err()
        .map(|e| e.code());
    assert_eq!(code, Some("invalid_export"));
    assert!(
        started.elapsed() < quick,
        "armored export: {:?}",
        started.elapsed()
    );

    // The vault's own files: a frame with a matching checksum is no proof against someone who can write
    // the folder.
    let tmp = tempfile::tempdir().expect("temp dir");
    let plan = frame(
        b'P',
        &header_bomb(
            "X25519 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            4 << 20,
        ),
    );
    let started = Instant::now();
    let code = unlock_code(tmp.path(), &real_files().0, &plan).expect("no write");
    assert_eq!(code, "corrupt");
    assert!(
        started.elapsed() < quick,
        "plan file: {:?}",
        started.elapsed()
    );

    // Real files are far below the bound and still open.
    let export = encrypt_with_passphrase(b"{}", &pass(), &opts()).expect("export");
    let back = decrypt_with_passphrase(&export, &pass(), &opts()).expect("decrypts");
    assert_eq!(back.expose_secret().as_slice(), b"{}");
}
