//! Passphrase changes and the recovery key.

use super::*;

#[test]
fn change_passphrase_rewrites_only_the_key_file() {
    let (_tmp, vault, unlocked) = created(b"plan");
    unlocked.save(b"plan v2").unwrap();
    let plan_before = fs::read(plan_path(&vault)).unwrap();
    let mtime_before = fs::metadata(plan_path(&vault)).unwrap().modified().unwrap();
    let key_before = fs::read(key_path(&vault)).unwrap();
    let backups_before = tree(&vault.dir().join("backups"));

    unlocked
        .change_passphrase(&secret(PASS), &secret("a brand new passphrase"))
        .unwrap();

    assert_eq!(fs::read(plan_path(&vault)).unwrap(), plan_before);
    assert_eq!(
        fs::metadata(plan_path(&vault)).unwrap().modified().unwrap(),
        mtime_before
    );
    assert_eq!(tree(&vault.dir().join("backups")), backups_before);
    assert_ne!(fs::read(key_path(&vault)).unwrap(), key_before);
    assert_eq!(code(vault.unlock(&secret(PASS))), "wrong_passphrase");
    let (again, plaintext) = vault.unlock(&secret("a brand new passphrase")).unwrap();
    assert_eq!(reveal(&plaintext), b"plan v2");
    // The old handle keeps working: the vault key did not change.
    unlocked.save(b"plan v3").unwrap();
    assert_eq!(reveal(&again.load().unwrap()), b"plan v3");
}

#[test]
fn change_passphrase_with_wrong_old_one_changes_nothing() {
    let (_tmp, vault, unlocked) = created(b"plan");
    let before = tree(vault.dir());
    assert_eq!(
        code(unlocked.change_passphrase(&secret("not it"), &secret("new"))),
        "wrong_passphrase"
    );
    assert_eq!(tree(vault.dir()), before);
    vault.unlock(&secret(PASS)).unwrap();
}

#[test]
fn recovery_key_recovers_plan_and_backups() {
    let (_tmp, vault, mut unlocked) = created(b"v1");
    unlocked.save(b"v2").unwrap();
    assert!(!unlocked.has_recovery_key());
    let recovery = unlocked.add_recovery_key(&secret(PASS)).unwrap();
    assert!(recovery.expose_secret().starts_with("AGE-SECRET-KEY-1"));
    assert!(unlocked.has_recovery_key());
    unlocked.save(b"v3").unwrap();
    drop(unlocked);

    let (recovered, plaintext) = vault.recover(&recovery, &secret("new passphrase")).unwrap();
    assert_eq!(reveal(&plaintext), b"v3");
    assert!(recovered.has_recovery_key());
    let contents: Vec<Vec<u8>> = recovered
        .backups()
        .unwrap()
        .iter()
        .map(|b| reveal(&recovered.load_backup(&b.id).unwrap()))
        .collect();
    assert_eq!(contents, vec![b"v2".to_vec(), b"v1".to_vec()]);

    assert_eq!(code(vault.unlock(&secret(PASS))), "wrong_passphrase");
    let (fresh, plaintext) = vault.unlock(&secret("new passphrase")).unwrap();
    assert_eq!(reveal(&plaintext), b"v3");
    assert!(fresh.has_recovery_key());
    for b in fresh.backups().unwrap() {
        fresh.load_backup(&b.id).unwrap();
    }
    // Saves after recovery still include the recovery key, so it can be used again.
    fresh.save(b"v4").unwrap();
    let (_, plaintext) = vault.recover(&recovery, &secret("third")).unwrap();
    assert_eq!(reveal(&plaintext), b"v4");
}

#[test]
fn recovery_key_works_before_any_further_save_and_when_key_file_is_gone() {
    let (_tmp, vault, mut unlocked) = created(b"only version");
    let recovery = unlocked.add_recovery_key(&secret(PASS)).unwrap();
    drop(unlocked);
    fs::remove_file(key_path(&vault)).unwrap();
    // As printed: lower case, split in groups.
    let typed: String = recovery
        .expose_secret()
        .to_lowercase()
        .chars()
        .collect::<Vec<_>>()
        .chunks(8)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ");
    let (_, plaintext) = vault.recover(&secret(&typed), &secret("new")).unwrap();
    assert_eq!(reveal(&plaintext), b"only version");
    assert_eq!(vault.state().unwrap(), crate::VaultState::Locked);
}

#[test]
fn bad_and_wrong_recovery_keys() {
    let (_tmp, vault, mut unlocked) = created(b"x");
    let real = unlocked.add_recovery_key(&secret(PASS)).unwrap();
    let before = tree(vault.dir());
    for bad in [
        "",
        "hello",
        "AGE-SECRET-KEY-1NOTBECH32",
        "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq",
    ] {
        assert_eq!(
            code(vault.recover(&secret(bad), &secret("n"))),
            "bad_recovery_key",
            "{bad:?}"
        );
    }
    // A one-character typo breaks the bech32 checksum.
    let mut typo = real.expose_secret().to_string();
    let last = typo.pop().unwrap();
    typo.push(if last == 'Q' { 'P' } else { 'Q' });
    assert_eq!(
        code(vault.recover(&secret(&typo), &secret("n"))),
        "bad_recovery_key"
    );
    // Well-formed but not this vault's.
    let other = age::x25519::Identity::generate().to_string();
    assert_eq!(
        code(vault.recover(&other, &secret("n"))),
        "wrong_recovery_key"
    );
    assert_eq!(tree(vault.dir()), before);
    // Adding a recovery key needs the right passphrase.
    assert_eq!(
        code(unlocked.add_recovery_key(&secret("nope"))),
        "wrong_passphrase"
    );
    assert_eq!(tree(vault.dir()), before);
}

#[test]
fn replacing_the_recovery_key_revokes_the_old_one() {
    let (_tmp, vault, mut unlocked) = created(b"x");
    let first = unlocked.add_recovery_key(&secret(PASS)).unwrap();
    unlocked.save(b"y").unwrap();
    let second = unlocked.add_recovery_key(&secret(PASS)).unwrap();
    assert_eq!(
        code(vault.recover(&first, &secret("n"))),
        "wrong_recovery_key"
    );
    assert_eq!(
        reveal(&vault.recover(&second, &secret("n")).unwrap().1),
        b"y"
    );
}
