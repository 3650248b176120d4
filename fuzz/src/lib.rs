//! What every fuzz target checks beyond "no panic": the contracts the app relies on when it hands these
//! parsers bytes from the internet, from an imported file or from a damaged disk.

use std::path::PathBuf;
use std::sync::OnceLock;

use lifeboat_advisory::countries::is_iso2;
use lifeboat_advisory::embassies;
use lifeboat_advisory::sources::{uk_fcdo, us_embassy_alerts};
use lifeboat_advisory::summary_policy::violation;
use lifeboat_advisory::SourceId;
use lifeboat_store::secrecy::SecretString;
use lifeboat_store::{Vault, VaultOptions};
use sha2::{Digest, Sha256};

fn allow_duplicates() -> bool {
    static ALLOW: OnceLock<bool> = OnceLock::new();
    *ALLOW.get_or_init(|| std::env::var_os("LIFEBOAT_FUZZ_ALLOW_DUPLICATES").is_some())
}

/// One government feed: an `Ok` is never empty, names each country once by a valid ISO code, on 1–4, and
/// every summary, once sanitised, stays inside the one allow-list (`summary_policy::violation`, the check the
/// property tests run too).
pub fn feed(source: SourceId, data: &[u8]) {
    let Ok(parsed) = lifeboat_advisory::parse(source, data) else {
        return;
    };
    assert_eq!(parsed.source, source);
    assert!(!parsed.advisories.is_empty(), "an empty Ok");
    let mut seen = std::collections::HashSet::new();
    for a in &parsed.advisories {
        assert!(is_iso2(&a.country), "country {:?}", a.country);
        // LIFEBOAT_FUZZ_ALLOW_DUPLICATES=1 looks past a duplicate finding for other findings.
        assert!(
            seen.insert(a.country.as_str()) || allow_duplicates(),
            "{} twice",
            a.country
        );
        assert!((1..=4).contains(&a.level.get()), "level {}", a.level.get());
        if let Some(r) = a.regional_max {
            assert!(r > a.level, "regional_max {r} not above level {}", a.level);
        }
        let html = a.summary_html();
        if let Some(v) = violation(&html) {
            panic!("unsafe summary ({v}): {html}");
        }
    }
}

/// An embassy alert feed: an `Ok` has alerts, its country is the embassy table's for its host, every alert has
/// a `guid`, its link (if kept) is https on an official U.S. government host, its text is plain, and its
/// sanitised body stays inside the one allow-list.
pub fn embassy_feed(data: &[u8]) {
    let Ok(feed) = us_embassy_alerts::parse(data) else {
        return;
    };
    assert!(!feed.alerts.is_empty(), "an empty Ok");
    assert_eq!(
        embassies::country_of_host(&feed.host),
        Some(feed.country.as_str()),
        "country from the table"
    );
    for a in &feed.alerts {
        assert!(!a.guid.is_empty(), "an alert without identity");
        if let Some(url) = &a.url {
            let parsed = url::Url::parse(url).expect("a kept link parses");
            assert_eq!(parsed.scheme(), "https", "{url}");
            let host = parsed.host_str().unwrap_or_default();
            assert!(
                host == feed.host || embassies::is_us_government_host(host),
                "{url}"
            );
        }
        if let Some(v) = violation(&a.html) {
            panic!("unsafe alert body ({v}): {}", a.html);
        }
    }
}

/// The FCDO index: an `Ok` is never empty and every mapped country is a valid ISO code.
pub fn uk_index(data: &[u8]) {
    let Ok(entries) = uk_fcdo::parse_index(data) else {
        return;
    };
    assert!(!entries.is_empty(), "an empty Ok");
    for e in &entries {
        if let Some(c) = &e.country {
            assert!(is_iso2(c), "country {c:?}");
        }
    }
}

const PLAN_CODES: &[&str] = &[
    "newer_schema",
    "not_a_plan",
    "invalid_json",
    "invalid_plan",
    "too_large",
    "no_migration",
];

/// A plan import: a known error code, or a plan that validates without panicking and survives being
/// written out and read back unchanged (what a save followed by an unlock does).
pub fn plan_import(data: &[u8]) {
    use lifeboat_plan::migrate::{parse_plan, to_json_pretty};
    let plan = match parse_plan(data) {
        Ok(plan) => plan,
        Err(e) => {
            assert!(PLAN_CODES.contains(&e.code()), "code {}", e.code());
            return;
        }
    };
    let _ = lifeboat_plan::validate::validate(&plan);
    let json = to_json_pretty(&plan).expect("a parsed plan serialises");
    let again =
        parse_plan(&json).unwrap_or_else(|e| panic!("the written plan does not read back: {e}"));
    assert_eq!(again, plan, "the plan changed through a write and read");
}

/// The passphrase and scrypt cost the store targets and their seeds use: 2^1 keeps each run cheap, and a
/// file asking for more than 2^5 is refused, as a real vault refuses one 16× above its own setting.
pub const STORE_PASSPHRASE: &str = "fuzzing passphrase";

pub fn store_options() -> VaultOptions {
    VaultOptions {
        scrypt_log_n: Some(1),
        max_backups: 10,
    }
}

pub fn store_passphrase() -> SecretString {
    SecretString::from(STORE_PASSPHRASE.to_owned())
}

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

/// A passphrase-encrypted export: decrypts, or fails with one of the decoding errors.
pub fn store_export(data: &[u8]) {
    if let Err(e) =
        lifeboat_store::decrypt_with_passphrase(data, &store_passphrase(), &store_options())
    {
        assert!(DECODE_CODES.contains(&e.code()), "code {}: {e}", e.code());
    }
}

/// Frames a ciphertext as `envelope.rs` does (format 1), so the fuzzer reaches age and the key payload
/// parser past the SHA-256 checks it could never satisfy by mutation.
pub fn frame(kind: u8, ciphertext: &[u8]) -> Vec<u8> {
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

/// Splits a `store_vault` input: byte 0 (odd: frame the two parts; even: write them as they are), a
/// big-endian u16 key file length, the key file, the plan file.
pub fn split_vault_input(data: &[u8]) -> Option<(bool, &[u8], &[u8])> {
    let (&mode, rest) = data.split_first()?;
    if rest.len() < 2 {
        return None;
    }
    let key_len = usize::from(u16::from_be_bytes([rest[0], rest[1]])).min(rest.len() - 2);
    let (key, plan) = rest[2..].split_at(key_len);
    Some((mode & 1 == 1, key, plan))
}

/// Builds a `store_vault` input from a real vault's two files.
pub fn join_vault_input(framed: bool, key: &[u8], plan: &[u8]) -> Vec<u8> {
    let strip = |f: &[u8]| if framed { f[65..].to_vec() } else { f.to_vec() };
    let (key, plan) = (strip(key), strip(plan));
    let mut out = vec![u8::from(framed)];
    out.extend_from_slice(&(key.len() as u16).to_be_bytes());
    out.extend_from_slice(&key);
    out.extend_from_slice(&plan);
    out
}

fn vault_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        tempfile::tempdir()
            .expect("temp dir for store_vault")
            .keep()
    })
}

/// Unlocking a vault folder whose key file and plan file are the input: opens, or fails with one of the
/// decoding errors; never writes anything (the folder holds exactly the two files afterwards).
pub fn store_vault(data: &[u8]) {
    let Some((framed, key, plan)) = split_vault_input(data) else {
        return;
    };
    let dir = vault_dir();
    let (key, plan) = if framed {
        (frame(b'K', key), frame(b'P', plan))
    } else {
        (key.to_vec(), plan.to_vec())
    };
    std::fs::write(dir.join("key.age"), &key).expect("write key.age");
    std::fs::write(dir.join("plan.age"), &plan).expect("write plan.age");
    let vault = Vault::new(dir, store_options());
    if let Err(e) = vault.unlock(&store_passphrase()) {
        assert!(DECODE_CODES.contains(&e.code()), "code {}: {e}", e.code());
    }
    let names = std::fs::read_dir(dir).expect("list").count();
    assert_eq!(names, 2, "unlocking wrote into the vault folder");
}
