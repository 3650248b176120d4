//! The UI's TypeScript types and the exported plan's JSON Schema are generated from the Rust model and committed.
//! These tests fail when a committed copy is stale, so the UI and the export cannot drift from the model.
//! Run with `UPDATE_GENERATED=1` to rewrite them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use lifeboat_plan::ipc::{
    BackupEntry, Country, EventBatch, SaveOutcome, Session, Status, TemplateInfo,
};
use lifeboat_plan::map_view::{PlaceHit, PointInfo, PointQuery, RouteMapView};
use lifeboat_plan::missions::DirectoryView;
use lifeboat_plan::onboarding::Onboarding;
use lifeboat_plan::pdf_options::{PdfChoices, PdfReport};
use lifeboat_plan::watch_view::WatchView;
use lifeboat_plan::Plan;
use ts_rs::{Config, TS};

/// One file per type, as ts-rs writes them, re-exported by `plan.ts` so the UI imports from one place.
const TYPES: &str = "ui/src/lib/generated/types";
const INDEX: &str = "ui/src/lib/generated/plan.ts";
/// Written by the app's error test (`src-tauri/src/error.rs`) with the `ErrorCode` union, which needs every
/// crate's errors; this crate only sees its own.
const WRITTEN_BY_THE_APP: &str = "ErrorPayload.ts";

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

fn update() -> bool {
    std::env::var_os("UPDATE_GENERATED").is_some()
}

fn check(relative: &str, fresh: &str) {
    let path = repo_root().join(relative);
    if update() {
        std::fs::write(&path, fresh).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{relative} is stale: run `UPDATE_GENERATED=1 cargo test -p lifeboat-plan --test generated` and commit it"
    );
}

/// What the UI receives from or sends to a command; ts-rs follows each to every type it uses.
fn export_bridge_types(dir: &Path) -> Result<(), ts_rs::ExportError> {
    let cfg = Config::new().with_out_dir(dir);
    Status::export_all(&cfg)?;
    Session::export_all(&cfg)?;
    SaveOutcome::export_all(&cfg)?;
    Onboarding::export_all(&cfg)?;
    Country::export_all(&cfg)?;
    TemplateInfo::export_all(&cfg)?;
    BackupEntry::export_all(&cfg)?;
    WatchView::export_all(&cfg)?;
    DirectoryView::export_all(&cfg)?;
    PdfChoices::export_all(&cfg)?;
    RouteMapView::export_all(&cfg)?;
    PlaceHit::export_all(&cfg)?;
    PointInfo::export_all(&cfg)?;
    PointQuery::export_all(&cfg)?;
    EventBatch::export_all(&cfg)?;
    PdfReport::export_all(&cfg)
}

fn files_in(dir: &Path) -> BTreeMap<String, String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .flatten()
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(e.path()).unwrap_or_default())
        })
        .collect()
}

#[test]
fn generated_typescript_types_match_the_rust_model() {
    let scratch = tempfile::tempdir().expect("a scratch folder");
    export_bridge_types(scratch.path()).expect("ts-rs export");
    let fresh = files_in(scratch.path());
    let committed_dir = repo_root().join(TYPES);
    let committed = files_in(&committed_dir);

    let mut index = String::from(
        "// Generated from the Rust types (src-tauri/crates/plan/tests/generated.rs). Do not edit: change the Rust\n\
         // types and run `UPDATE_GENERATED=1 cargo test -p lifeboat-plan --test generated`.\n",
    );
    for name in fresh.keys() {
        index.push_str(&format!(
            "export type * from \"./types/{}\";\n",
            name.trim_end_matches(".ts")
        ));
    }
    check(INDEX, &index);

    let ours = |name: &&String| name.as_str() != WRITTEN_BY_THE_APP;
    if update() {
        std::fs::create_dir_all(&committed_dir).expect("creating the types folder");
        for name in committed.keys().filter(ours) {
            if !fresh.contains_key(name) {
                std::fs::remove_file(committed_dir.join(name)).expect("removing a stale type");
            }
        }
        for (name, text) in fresh.iter().filter(|(name, _)| ours(name)) {
            std::fs::write(committed_dir.join(name), text).expect("writing a type");
        }
        return;
    }
    let stale: BTreeSet<&String> = fresh
        .keys()
        .chain(committed.keys())
        .filter(ours)
        .filter(|name| fresh.get(*name) != committed.get(*name))
        .collect();
    assert!(
        stale.is_empty(),
        "{TYPES}: {stale:?} stale: run `UPDATE_GENERATED=1 cargo test -p lifeboat-plan --test generated` and commit them"
    );
}

#[test]
fn generated_json_schema_matches_the_rust_model() {
    let schema = schemars::schema_for!(Plan);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    text.push('\n');
    check("schema/plan.schema.json", &text);
}
