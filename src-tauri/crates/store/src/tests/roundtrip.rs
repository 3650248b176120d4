use super::*;
use crate::VaultState;

#[test]
fn create_unlock_load_round_trip() {
    let (_tmp, vault, unlocked) = created(b"{\"plan\":1}");
    assert_eq!(reveal(&unlocked.load().unwrap()), b"{\"plan\":1}");
    drop(unlocked);
    let (again, plaintext) = vault.unlock(&secret(PASS)).unwrap();
    assert_eq!(reveal(&plaintext), b"{\"plan\":1}");
    assert_eq!(reveal(&again.load().unwrap()), b"{\"plan\":1}");
    // The plaintext must not sit on disk anywhere.
    for (path, bytes) in tree(vault.dir()) {
        assert!(
            !bytes.windows(8).any(|w| w == b"{\"plan\":"),
            "{} holds plaintext",
            path.display()
        );
    }
}

#[test]
fn empty_plan_round_trips() {
    let (_tmp, vault, _u) = created(b"");
    assert_eq!(reveal(&vault.unlock(&secret(PASS)).unwrap().1), b"");
}

#[test]
fn wrong_passphrase_is_reported_and_not_leaked() {
    let (_tmp, vault, _u) = created(b"x");
    let before = tree(vault.dir());
    let err = vault.unlock(&secret("hunter2-wrong")).err().unwrap();
    assert_eq!(err.code(), "wrong_passphrase");
    let shown = format!("{err} {err:?} {}", serde_json::to_string(&err).unwrap());
    assert!(
        !shown.contains("hunter2") && !shown.contains(PASS),
        "{shown}"
    );
    assert_eq!(tree(vault.dir()), before);
}

#[test]
fn create_twice_refuses_and_changes_nothing() {
    let (_tmp, vault, _u) = created(b"first");
    let before = tree(vault.dir());
    assert_eq!(
        code(vault.create(&secret("other"), b"second")),
        "already_exists"
    );
    assert_eq!(tree(vault.dir()), before);
    // Also when only one of the two files is there.
    fs::remove_file(plan_path(&vault)).unwrap();
    assert_eq!(
        code(vault.create(&secret("other"), b"second")),
        "already_exists"
    );
    fs::remove_file(key_path(&vault)).unwrap();
    fs::write(plan_path(&vault), b"anything").unwrap();
    assert_eq!(
        code(vault.create(&secret("other"), b"second")),
        "already_exists"
    );
    assert_eq!(fs::read(plan_path(&vault)).unwrap(), b"anything");
}

#[test]
fn state_new_locked_incomplete() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = Vault::new(tmp.path().join("nowhere"), opts());
    assert_eq!(vault.state().unwrap(), VaultState::New);
    assert_eq!(code(vault.unlock(&secret(PASS))), "not_found");
    vault.create(&secret(PASS), b"p").unwrap();
    assert_eq!(vault.state().unwrap(), VaultState::Locked);
    let plan = fs::read(plan_path(&vault)).unwrap();
    fs::remove_file(plan_path(&vault)).unwrap();
    assert!(matches!(
        vault.state(),
        Err(StoreError::Incomplete {
            missing: "plan file",
            ..
        })
    ));
    assert_eq!(code(vault.unlock(&secret(PASS))), "incomplete");
    fs::write(plan_path(&vault), plan).unwrap();
    fs::remove_file(key_path(&vault)).unwrap();
    assert!(matches!(
        vault.state(),
        Err(StoreError::Incomplete {
            missing: "key file",
            ..
        })
    ));
}

#[test]
fn errors_serialize_as_code_and_message() {
    let v = serde_json::to_value(StoreError::WrongPassphrase).unwrap();
    assert_eq!(v["code"], "wrong_passphrase");
    assert_eq!(v["message"], "the passphrase is not correct");
}

#[test]
fn debug_output_holds_no_key_material() {
    let (_tmp, _vault, unlocked) = created(b"x");
    let shown = format!("{unlocked:?}");
    assert!(shown.contains("has_recovery_key"));
    assert!(!shown.to_uppercase().contains("AGE-SECRET-KEY"), "{shown}");
}

#[test]
fn invalid_work_factor_is_an_error_not_a_panic() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = Vault::new(
        tmp.path(),
        VaultOptions {
            scrypt_log_n: Some(0),
            max_backups: 10,
        },
    );
    assert_eq!(code(vault.create(&secret(PASS), b"x")), "invalid_options");
    assert_eq!(vault.state().unwrap(), VaultState::New);
}
