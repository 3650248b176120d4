// The app's own commands, each behind a generated `allow-<command>` permission, so the capability file is the
// complete list of what the webview may call (without a manifest every app command would be callable).
const COMMANDS: &[&str] = &[
    "status",
    "create_vault",
    "unlock",
    "recover",
    "lock",
    "touch",
    "save_plan",
    "new_checklist",
    "countries",
    "templates",
    "change_passphrase",
    "add_recovery_key",
    "list_backups",
    "restore_backup",
    "export_plan_json",
    "import_plan_json",
    "export_vcard",
    "export_ical",
    "watch_view",
    "check_now",
    "open_official_page",
    "copy_secret",
    "report_ready",
    "export_pdf",
    "remember_language",
    "directory_view",
    "refresh_directory",
    "route_map",
    "search_places",
    "point_info",
    "next_events",
];

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed: check tauri.conf.json and src-tauri/capabilities");
}
