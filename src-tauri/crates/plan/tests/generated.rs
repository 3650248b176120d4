//! The UI's TypeScript types and the exported plan's JSON Schema are generated from the Rust model and committed.
//! These tests fail when a committed copy is stale, so the UI and the export cannot drift from the model.
//! Run with `UPDATE_GENERATED=1` to rewrite them.

use std::path::PathBuf;

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

fn check(relative: &str, fresh: &str) {
    let path = repo_root().join(relative);
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&path, fresh).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{relative} is stale: run `UPDATE_GENERATED=1 cargo test -p lifeboat-plan --test generated` and commit it"
    );
}

#[test]
fn generated_typescript_types_match_the_rust_model() {
    check(
        "ui/src/lib/generated/plan.ts",
        &lifeboat_plan::api::typescript_bindings(),
    );
}

#[test]
fn generated_json_schema_matches_the_rust_model() {
    check(
        "schema/plan.schema.json",
        &lifeboat_plan::api::json_schema(),
    );
}
