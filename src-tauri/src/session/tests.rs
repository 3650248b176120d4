//! The app's behaviour around the store, as the commands expose it: given a data directory, when the user does
//! X, then the stored plan is Y. Uses a cheap KDF so the suite stays fast; the real cost is benchmarked.

use super::*;
use lifeboat_plan::contacts::Contact;
use lifeboat_plan::documents::{Document, DocumentKind};
use lifeboat_plan::readiness::Rule;

fn cheap() -> VaultOptions {
    VaultOptions {
        scrypt_log_n: Some(10),
        ..VaultOptions::default()
    }
}

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

const PASS: &str = "correct horse battery";

fn onboarding() -> Onboarding {
    Onboarding {
        name: "Léa".into(),
        residence_country: "IR".into(),
        city: "Tehran".into(),
        nationalities: vec!["FR".into(), "IR".into()],
        templates: vec![ChecklistTemplate::GoBag72h],
        language: None,
    }
}

fn created() -> (tempfile::TempDir, AppState) {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = AppState::new(dir.path().join("data"), cheap());
    app.create(&pass(PASS), &onboarding()).expect("create");
    (dir, app)
}

fn dir_bytes(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((p.clone(), std::fs::read(&p).expect("read")));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn first_run_creates_a_plan_that_survives_lock_and_unlock() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = AppState::new(dir.path().join("data"), cheap());
    assert_eq!(app.status().expect("status").state, VaultState::New);
    let session = app.create(&pass(PASS), &onboarding()).expect("create");
    assert_eq!(session.plan.profile.nationalities, vec!["FR", "IR"]);
    assert_eq!(app.status().expect("status").state, VaultState::Unlocked);

    let mut plan = session.plan;
    plan.contacts.push(Contact {
        id: "c1".into(),
        name: "علی رضایی".into(),
        priority: 1,
        ..Contact::default()
    });
    assert!(app.save(plan).expect("save").saved);

    assert!(app.lock());
    assert_eq!(app.status().expect("status").state, VaultState::Locked);
    assert_eq!(app.save(Plan::default()).unwrap_err().code(), "locked");
    let again = app.unlock(&pass(PASS)).expect("unlock");
    assert_eq!(again.plan.contacts[0].name, "علی رضایی");
}

#[test]
fn a_short_passphrase_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = AppState::new(dir.path().join("data"), cheap());
    assert_eq!(
        app.create(&pass("short"), &onboarding())
            .unwrap_err()
            .code(),
        "weak_passphrase"
    );
    assert_eq!(app.status().expect("status").state, VaultState::New);
}

#[test]
fn a_wrong_passphrase_is_its_own_error_and_leaves_the_plan_locked() {
    let (_dir, app) = created();
    app.lock();
    assert_eq!(
        app.unlock(&pass("not the passphrase")).unwrap_err().code(),
        "wrong_passphrase"
    );
    assert!(!app.is_unlocked());
}

#[test]
fn a_passport_expiring_in_three_months_shows_in_readiness_after_save() {
    let (_dir, app) = created();
    let mut plan = app.current_plan().expect("plan");
    let expires = today()
        .checked_add_months(chrono::Months::new(3))
        .expect("date");
    plan.documents.push(Document {
        id: "pp".into(),
        kind: DocumentKind::Passport,
        holder_id: "self".into(),
        expires: Some(expires),
        ..Document::default()
    });
    let outcome = app.save(plan).expect("save");
    assert!(outcome.saved);
    assert!(outcome
        .readiness
        .findings
        .iter()
        .any(|f| f.rule == Rule::DocumentExpiringSoon));
}

#[test]
fn an_invalid_plan_is_not_saved_and_the_errors_name_the_fields() {
    let (dir, app) = created();
    let before = dir_bytes(dir.path());
    let mut plan = app.current_plan().expect("plan");
    plan.contacts.push(Contact {
        id: "c1".into(),
        email: "nope".into(),
        priority: 1,
        ..Contact::default()
    });
    let outcome = app.save(plan).expect("save answers");
    assert!(!outcome.saved);
    assert_eq!(outcome.errors.len(), 1);
    assert_eq!(outcome.errors[0].at.field, "email");
    assert_eq!(dir_bytes(dir.path()), before, "nothing on disk changed");
}

#[test]
fn a_plan_from_a_newer_schema_is_refused_and_never_overwritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let future = br#"{"schema_version": 99, "name": "from the future", "hologram": true}"#;
    lifeboat_store::Vault::new(&data, cheap())
        .create(&pass(PASS), future)
        .expect("store");
    let before = dir_bytes(&data);
    let app = AppState::new(data.clone(), cheap());
    let err = app.unlock(&pass(PASS)).unwrap_err();
    assert_eq!(err.code(), "newer_schema");
    assert!(err.to_string().contains("99"));
    assert!(
        !app.is_unlocked(),
        "no session, so nothing can save over it"
    );
    assert_eq!(app.save(Plan::default()).unwrap_err().code(), "locked");
    assert_eq!(dir_bytes(&data), before);
}

#[test]
fn a_damaged_store_is_reported_and_left_as_it_was() {
    let (dir, app) = created();
    app.lock();
    let plan_file = dir.path().join("data/plan.age");
    let mut bytes = std::fs::read(&plan_file).expect("read");
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x40;
    std::fs::write(&plan_file, &bytes).expect("write");
    assert_eq!(app.unlock(&pass(PASS)).unwrap_err().code(), "corrupt");
    std::fs::write(&plan_file, &bytes[..mid]).expect("write");
    assert_eq!(app.unlock(&pass(PASS)).unwrap_err().code(), "truncated");
    assert_eq!(std::fs::read(&plan_file).expect("read"), &bytes[..mid]);
}

#[test]
fn export_then_import_round_trips_plain_and_encrypted() {
    let (dir, app) = created();
    let plain = dir.path().join("plan.json");
    let sealed = dir.path().join("plan.json.age");
    app.export_json(&plain, None, &cheap())
        .expect("plain export");
    app.export_json(&sealed, Some(&pass("family passphrase")), &cheap())
        .expect("encrypted export");
    let text = std::fs::read_to_string(&plain).expect("read");
    let expected = format!("\"schema_version\": {}", lifeboat_plan::SCHEMA_VERSION);
    assert!(text.contains(&expected), "{text}");
    assert!(std::fs::read(&sealed)
        .expect("read")
        .starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"));

    let original = app.current_plan().expect("plan");
    let mut other = original.clone();
    other.name = "Changed".into();
    assert!(app.save(other).expect("save").saved);

    assert_eq!(
        app.import_json(&sealed, None, &cheap()).unwrap_err().code(),
        "passphrase_required"
    );
    assert_eq!(
        app.import_json(&sealed, Some(&pass("wrong passphrase")), &cheap())
            .unwrap_err()
            .code(),
        "wrong_passphrase"
    );
    let imported = app
        .import_json(&sealed, Some(&pass("family passphrase")), &cheap())
        .expect("import");
    assert_eq!(imported.plan.name, original.name);
    let imported = app.import_json(&plain, None, &cheap()).expect("import");
    assert_eq!(imported.plan.checklists, original.checklists);
}

#[test]
fn a_bad_import_changes_nothing() {
    let (dir, app) = created();
    let before = app.current_plan().expect("plan");
    let cases: [(&str, &[u8], &str); 4] = [
        ("garbage.json", b"\x00\x01 not json", "invalid_json"),
        ("newer.json", br#"{"schema_version": 7}"#, "newer_schema"),
        (
            "wrong-type.json",
            br#"{"schema_version": 1, "contacts": {"a": 1}}"#,
            "invalid_plan",
        ),
        (
            "bad-country.json",
            br#"{"schema_version": 1, "profile": {"id": "self", "residence_country": "Narnia"}}"#,
            "invalid_plan",
        ),
    ];
    for (name, bytes, code) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        assert_eq!(
            app.import_json(&path, None, &cheap()).unwrap_err().code(),
            code,
            "{name}"
        );
    }
    assert_eq!(app.current_plan().expect("plan"), before);
}

#[test]
fn contacts_and_expiry_reminders_export_to_files() {
    let (dir, app) = created();
    let mut plan = app.current_plan().expect("plan");
    plan.contacts.push(Contact {
        id: "c1".into(),
        name: "علی رضایی".into(),
        priority: 1,
        ..Contact::default()
    });
    plan.documents.push(Document {
        id: "pp".into(),
        holder_id: "self".into(),
        expires: today().checked_add_months(chrono::Months::new(12)),
        ..Document::default()
    });
    assert!(app.save(plan).expect("save").saved);
    let vcf = dir.path().join("contacts.vcf");
    let ics = dir.path().join("expiry.ics");
    app.export_vcard(&vcf).expect("vcard");
    app.export_ical(&ics).expect("ical");
    assert!(std::fs::read_to_string(&vcf)
        .expect("read")
        .contains("FN:علی رضایی"));
    assert_eq!(
        std::fs::read_to_string(&ics)
            .expect("read")
            .matches("BEGIN:VEVENT")
            .count(),
        4
    );
}

#[test]
fn restoring_a_backup_brings_back_the_earlier_plan() {
    let (_dir, app) = created();
    let first = app.current_plan().expect("plan");
    let mut second = first.clone();
    second.name = "Second".into();
    assert!(app.save(second).expect("save").saved);
    let backups = app.backups().expect("backups");
    assert!(!backups.is_empty());
    let restored = app.restore_backup(&backups[0].id).expect("restore");
    assert_eq!(restored.plan.name, first.name);
}

#[test]
fn idle_sessions_lock_by_the_plans_own_setting() {
    let (_dir, app) = created();
    let now = Instant::now();
    assert!(!app.lock_if_idle(now));
    assert!(app.lock_if_idle(now + std::time::Duration::from_secs(5 * 60 + 1)));
    assert!(!app.is_unlocked());
}

#[test]
fn change_passphrase_needs_the_old_one_and_a_strong_new_one() {
    let (_dir, app) = created();
    assert_eq!(
        app.change_passphrase(&pass("wrong one!!"), &pass("a brand new passphrase"))
            .unwrap_err()
            .code(),
        "wrong_passphrase"
    );
    assert_eq!(
        app.change_passphrase(&pass(PASS), &pass("short"))
            .unwrap_err()
            .code(),
        "weak_passphrase"
    );
    app.change_passphrase(&pass(PASS), &pass("a brand new passphrase"))
        .expect("change");
    app.lock();
    assert_eq!(
        app.unlock(&pass(PASS)).unwrap_err().code(),
        "wrong_passphrase"
    );
    app.unlock(&pass("a brand new passphrase"))
        .expect("unlock with the new one");
}

#[test]
fn an_export_only_writes_its_own_kind_of_file_outside_the_vault() {
    let (dir, app) = created();
    let vault = dir.path().join("data");
    let before = dir_bytes(&vault);
    for (path, encrypted) in [
        (dir.path().join(".bashrc"), false),
        (dir.path().join("plan.pdf"), false),
        (vault.join("plan.age"), true),
        (vault.join("copy.json"), false),
        (PathBuf::from("relative.json"), false),
    ] {
        let pass = pass("family passphrase");
        let e = app
            .export_json(&path, encrypted.then_some(&pass), &cheap())
            .expect_err(&path.display().to_string());
        assert_eq!(e.code(), "invalid_path", "{}", path.display());
    }
    assert!(app.export_vcard(&dir.path().join("contacts.txt")).is_err());
    assert!(app.export_ical(&dir.path().join("x.ics")).is_ok());
    assert_eq!(dir_bytes(&vault), before, "the vault is untouched");
    assert!(!dir.path().join(".bashrc").exists());
}

#[test]
fn a_plan_made_in_persian_is_titled_without_isolation_marks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = AppState::new(dir.path().join("data"), cheap());
    let o = Onboarding {
        name: "مریم احمدی".into(),
        language: Some("fa".into()),
        templates: ChecklistTemplate::ALL.to_vec(),
        ..onboarding()
    };
    let plan = app.create(&pass(PASS), &o).expect("create").plan;
    let marked = |s: &str| s.contains(|c| matches!(c, '\u{2066}'..='\u{2069}'));
    assert_eq!(plan.name, "برنامه‌ی مریم احمدی");
    assert!(!marked(&plan.name), "{:?}", plan.name);
    for list in &plan.checklists {
        assert!(!marked(&list.title), "{:?}", list.title);
        assert!(list.items.iter().all(|i| !marked(&i.text)));
    }
    // As stored, not only as answered.
    app.lock();
    assert_eq!(
        app.unlock(&pass(PASS)).expect("unlock").plan.name,
        "برنامه‌ی مریم احمدی"
    );
    let list = new_checklist(ChecklistTemplate::Money, "fa");
    assert!(!marked(&list.title) && list.items.iter().all(|i| !marked(&i.text)));
}

#[test]
fn readiness_is_in_the_language_a_save_switches_to() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = AppState::new(dir.path().join("data"), cheap());
    let o = Onboarding {
        language: Some("fa".into()),
        ..onboarding()
    };
    let session = app.create(&pass(PASS), &o).expect("create");
    let messages = |r: &lifeboat_plan::readiness::Readiness| {
        r.findings
            .iter()
            .map(|f| f.message.clone())
            .collect::<Vec<_>>()
    };
    let in_locale = |plan: &Plan, locale| messages(&readiness::assess(plan, today(), locale));
    assert!(
        !session.readiness.findings.is_empty(),
        "a new plan has something to do"
    );
    assert_eq!(messages(&session.readiness), in_locale(&session.plan, "fa"));

    let mut plan = session.plan;
    for code in ["fr", "en"] {
        plan.settings.language = Some(code.into());
        let outcome = app.save(plan.clone()).expect("save");
        assert!(outcome.saved);
        assert_eq!(
            messages(&outcome.readiness),
            in_locale(&plan, code),
            "{code}"
        );
        assert_ne!(messages(&outcome.readiness), in_locale(&plan, "fa"));
    }
    app.lock();
    let again = app.unlock(&pass(PASS)).expect("unlock");
    assert_eq!(messages(&again.readiness), in_locale(&again.plan, "en"));
}
