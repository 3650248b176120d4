//! Saves, backups, restores, and crashes in the middle of a save.

use super::*;
use crate::FailAt;

fn version(n: usize) -> Vec<u8> {
    format!("{{\"version\":{n}}}").into_bytes()
}

#[test]
fn twelve_saves_keep_ten_backups_newest_first() {
    let (_tmp, _vault, unlocked) = created(&version(0));
    let mut last = None;
    for n in 1..=12 {
        last = Some(unlocked.save(&version(n)).unwrap());
    }
    let report = last.unwrap();
    assert_eq!(report.backups_kept, 10);
    assert!(report.backup_warning.is_none());
    assert!(report.bytes_written > 0);
    let backups = unlocked.backups().unwrap();
    assert_eq!(backups.len(), 10);
    // Newest first: the version just before the current one (11) down to 2; 0 and 1 were pruned.
    for (i, info) in backups.iter().enumerate() {
        assert_eq!(
            reveal(&unlocked.load_backup(&info.id).unwrap()),
            version(11 - i),
            "backup {i} ({})",
            info.id
        );
        assert!(info.size > 0);
    }
    assert!(backups
        .windows(2)
        .all(|w| w[0].id > w[1].id && w[0].saved_at >= w[1].saved_at));
    assert_eq!(reveal(&unlocked.load().unwrap()), version(12));
}

#[test]
fn restore_backup_makes_previous_current_a_backup() {
    let (_tmp, vault, unlocked) = created(&version(0));
    for n in 1..=4 {
        unlocked.save(&version(n)).unwrap();
    }
    let backups = unlocked.backups().unwrap();
    let target = backups
        .iter()
        .find(|b| reveal(&unlocked.load_backup(&b.id).unwrap()) == version(1))
        .unwrap()
        .clone();
    unlocked.restore_backup(&target.id).unwrap();
    assert_eq!(reveal(&unlocked.load().unwrap()), version(1));
    let after = unlocked.backups().unwrap();
    assert_eq!(after.len(), backups.len() + 1);
    assert_eq!(
        reveal(&unlocked.load_backup(&after[0].id).unwrap()),
        version(4)
    );
    // The restored backup itself is still there.
    assert_eq!(
        reveal(&unlocked.load_backup(&target.id).unwrap()),
        version(1)
    );
    assert_eq!(reveal(&vault.unlock(&secret(PASS)).unwrap().1), version(1));
}

#[test]
fn backup_ids_cannot_escape_the_backups_folder() {
    let (_tmp, _vault, unlocked) = created(b"x");
    unlocked.save(b"y").unwrap();
    for id in [
        "../key",
        "../plan",
        "../../etc/passwd",
        "plan-000001-../../key",
        "/etc/passwd",
        "",
        "plan-000999-20250101T000000000Z",
    ] {
        assert_eq!(code(unlocked.load_backup(id)), "not_found", "{id:?}");
        assert_eq!(code(unlocked.restore_backup(id)), "not_found", "{id:?}");
    }
}

#[test]
fn interrupted_save_leaves_old_or_new_plan() {
    let cases = [
        (FailAt::AfterTempWrite, false),
        (FailAt::AfterBackupLink, false),
        (FailAt::AfterRename, true),
        (FailAt::BeforePrune, true),
    ];
    for (step, new_is_current) in cases {
        let (_tmp, vault, unlocked) = created(&version(0));
        for n in 1..=10 {
            unlocked.save(&version(n)).unwrap();
        }
        unlocked.inject_fault(step);
        let err = unlocked.save(b"the new plan").err().unwrap();
        assert_eq!(err.code(), "injected_fault", "{step:?}");
        drop(unlocked);

        // A fresh process: unlock must succeed and see exactly one of the two versions.
        let (fresh, plaintext) = vault.unlock(&secret(PASS)).unwrap();
        let expected = if new_is_current {
            b"the new plan".to_vec()
        } else {
            version(10)
        };
        assert_eq!(reveal(&plaintext), expected, "{step:?}");
        for info in fresh.backups().unwrap() {
            fresh
                .load_backup(&info.id)
                .unwrap_or_else(|e| panic!("{step:?}: backup {} unreadable: {e}", info.id));
        }
        if step == FailAt::AfterTempWrite {
            let leftovers = fs::read_dir(vault.dir()).unwrap().filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .starts_with(crate::atomic::TEMP_PREFIX)
            });
            assert_eq!(
                leftovers.count(),
                1,
                "the simulated crash should leave its temp file"
            );
        }
        // And the vault keeps working normally afterwards.
        fresh.save(b"after").unwrap();
        assert_eq!(fresh.backups().unwrap().len(), 10, "{step:?}");
        assert_eq!(reveal(&vault.unlock(&secret(PASS)).unwrap().1), b"after");
    }
}

#[test]
fn leftover_temp_files_do_not_confuse_state_or_unlock() {
    let (_tmp, vault, unlocked) = created(b"current");
    unlocked.save(b"newer").unwrap();
    fs::write(vault.dir().join(".lifeboat-abc123.tmp"), b"half written").unwrap();
    fs::write(vault.dir().join("plan.age.tmp"), b"junk").unwrap();
    fs::create_dir(vault.dir().join(".atomicwriteXYZ")).unwrap();
    fs::write(vault.dir().join(".atomicwriteXYZ/tmpfile.tmp"), b"junk").unwrap();
    fs::write(vault.dir().join("backups/.lifeboat-zzz.tmp"), b"junk").unwrap();
    fs::write(vault.dir().join("backups/notes.txt"), b"junk").unwrap();
    assert_eq!(vault.state().unwrap(), crate::VaultState::Locked);
    let (fresh, plaintext) = vault.unlock(&secret(PASS)).unwrap();
    assert_eq!(reveal(&plaintext), b"newer");
    assert_eq!(fresh.backups().unwrap().len(), 1);
    fresh.save(b"newest").unwrap();
    assert_eq!(fresh.backups().unwrap().len(), 2);
}

#[test]
fn a_failing_backup_step_aborts_the_save_and_keeps_the_plan() {
    let (_tmp, vault, unlocked) = created(b"old");
    // A file where the backups folder should be: linking into it fails, even as root.
    let backups = vault.dir().join("backups");
    if backups.exists() {
        fs::remove_dir_all(&backups).unwrap();
    }
    fs::write(&backups, b"not a folder").unwrap();
    let before = tree(vault.dir());
    assert!(unlocked.save(b"new").is_err());
    assert_eq!(
        tree(vault.dir()),
        before,
        "a failed save must not leave anything behind"
    );
    assert_eq!(reveal(&vault.unlock(&secret(PASS)).unwrap().1), b"old");
}

#[test]
fn zero_max_backups_keeps_none() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = Vault::new(
        tmp.path(),
        VaultOptions {
            max_backups: 0,
            ..opts()
        },
    );
    let unlocked = vault.create(&secret(PASS), b"a").unwrap();
    assert_eq!(unlocked.save(b"b").unwrap().backups_kept, 0);
    assert!(unlocked.backups().unwrap().is_empty());
}

#[test]
fn oversized_plan_is_refused() {
    let (_tmp, vault, unlocked) = created(b"a");
    let before = tree(vault.dir());
    let huge = vec![0u8; (crate::MAX_PLAINTEXT + 1) as usize];
    assert_eq!(code(unlocked.save(&huge)), "too_large");
    assert_eq!(tree(vault.dir()), before);
}
