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
    "current_session",
    "export_pdf",
];

/// The functions `lifeboat` runs while it starts, opens a large plan and makes its first watch round, listed by
/// `scripts/orderfile`, go first in `.text`: the kernel maps code 64 KB at a time around each page first
/// touched, and in the linker's own order those functions lay scattered over half of the 22 MB of code, all of
/// it resident. Release builds with rust-lld (rustc's default linker on x86_64 Linux) only: GNU ld has no such
/// option. Names that no longer exist (changed code, another compiler) are skipped; the list is a layout hint,
/// never a correctness input. `LIFEBOAT_NO_ORDER=1` turns it off.
fn link_order() {
    const ORDER: &str = "src-tauri/lifeboat.order";
    println!("cargo:rerun-if-changed={ORDER}");
    println!("cargo:rerun-if-env-changed=LIFEBOAT_NO_ORDER");
    let env = |k: &str| std::env::var(k).unwrap_or_default();
    let flags = env("CARGO_ENCODED_RUSTFLAGS");
    let other_linker = flags.contains("linker")
        || flags.contains("fuse-ld")
        || std::env::vars().any(|(k, _)| k.starts_with("CARGO_TARGET_") && k.ends_with("_LINKER"));
    if env("PROFILE") != "release"
        || env("TARGET") != "x86_64-unknown-linux-gnu"
        || other_linker
        || !env("LIFEBOAT_NO_ORDER").is_empty()
    {
        return;
    }
    let Ok(path) = std::path::Path::new(ORDER).canonicalize() else {
        return;
    };
    println!(
        "cargo:rustc-link-arg-bin=lifeboat=-Wl,--symbol-ordering-file={}",
        path.display()
    );
    println!("cargo:rustc-link-arg-bin=lifeboat=-Wl,--no-warn-symbol-ordering");
}

fn main() {
    link_order();
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed: check tauri.conf.json and src-tauri/capabilities");
}
