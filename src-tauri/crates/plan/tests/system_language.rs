//! A plan that records no language (written before the choice existed) speaks the system's, as the interface
//! around its messages does by default: run in a child process with `LANG=fa_IR.UTF-8`, since the environment is
//! the process's.

use std::process::Command;

use chrono::NaiveDate;
use lifeboat_i18n::tr;
use lifeboat_plan::{readiness, Plan};

const CHILD: &str = "LIFEBOAT_TEST_SYSTEM_LANGUAGE_CHILD";

fn in_child(test: &str, lang: &str) {
    let out = Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", test, "--nocapture", "--test-threads=1"])
        .env(CHILD, "1")
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .output()
        .expect("runs itself");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "{test} under LANG={lang}:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn an_older_plan_without_a_language_writes_its_readiness_in_the_systems() {
    if std::env::var_os(CHILD).is_none() {
        return in_child(
            "an_older_plan_without_a_language_writes_its_readiness_in_the_systems",
            "fa_IR.UTF-8",
        );
    }
    let mut plan = Plan::default();
    plan.settings.language = None;
    assert_eq!(plan.locale(), "fa");
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).expect("date");
    let found = readiness::assess(&plan, today, plan.locale());
    let no_route = tr("fa", "plan-readiness-no-route", &[]);
    assert!(
        found.findings.iter().any(|f| f.message == no_route),
        "a Persian finding: {:?}",
        found.findings
    );
}

#[test]
fn a_plan_with_a_language_keeps_it_whatever_the_system_says() {
    if std::env::var_os(CHILD).is_none() {
        return in_child(
            "a_plan_with_a_language_keeps_it_whatever_the_system_says",
            "fa_IR.UTF-8",
        );
    }
    let mut plan = Plan::default();
    plan.settings.language = Some("fr".into());
    assert_eq!(plan.locale(), "fr");
    plan.settings.language = None;
    assert_eq!(plan.locale(), "fa", "the system's for one without");
}

#[test]
fn a_c_locale_is_english() {
    if std::env::var_os(CHILD).is_none() {
        return in_child("a_c_locale_is_english", "C.UTF-8");
    }
    assert_eq!(Plan::default().locale(), "en");
}
