//! The UI's copy of the summary allow-list is generated from `summary_policy` and committed, so the webview's
//! second sanitiser (DOMPurify) cannot drift from ammonia's allow-list. This test fails when the committed copy
//! is stale; run `UPDATE_GENERATED=1 cargo test -p lifeboat-advisory --test generated` to rewrite it.

use std::path::PathBuf;

#[test]
fn the_ui_summary_policy_matches_the_allow_list() {
    let relative = "ui/src/lib/generated/summary-policy.json";
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../..")
        .join(relative);
    let fresh = lifeboat_advisory::summary_policy::ui_json();
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&path, &fresh).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{relative} is stale: run `UPDATE_GENERATED=1 cargo test -p lifeboat-advisory --test generated` and commit it"
    );
}
