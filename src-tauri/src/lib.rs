//! Lifeboat's Tauri shell: window, commands and the idle lock. The plan and the store live in their own crates.

pub mod autolock;
pub mod cli;
pub mod commands;
pub mod error;
pub mod session;

#[cfg(test)]
mod ipc_tests;

use std::sync::Arc;

use lifeboat_store::VaultOptions;
use tauri::{Emitter, Manager, Runtime};

use crate::commands::{LockedEvent, Shared, LOCKED_EVENT};
use crate::session::AppState;

/// Plugins and commands shared by the app and the command-wiring tests. Single-instance stays out: it needs a
/// session bus, which the tests do not have.
pub fn configure<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(tauri::generate_handler![
            commands::status,
            commands::create_vault,
            commands::unlock,
            commands::recover,
            commands::lock,
            commands::touch,
            commands::save_plan,
            commands::new_checklist,
            commands::countries,
            commands::templates,
            commands::change_passphrase,
            commands::add_recovery_key,
            commands::list_backups,
            commands::restore_backup,
            commands::export_plan_json,
            commands::import_plan_json,
            commands::export_vcard,
            commands::export_ical,
        ])
}

/// Checks the idle clock for as long as the app runs and tells the UI when it locked.
fn spawn_autolock<R: Runtime>(app: tauri::AppHandle<R>, state: Shared) {
    tauri::async_runtime::spawn(async move {
        loop {
            tokio::time::sleep(autolock::CHECK_EVERY).await;
            if state.lock_if_idle(std::time::Instant::now()) {
                log::info!("locked after the idle time set in the plan");
                let _ = app.emit(LOCKED_EVENT, LockedEvent { reason: "idle" });
            }
        }
    });
}

pub fn run() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let builder =
        tauri::Builder::default().plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        }));
    let result = configure(builder)
        .setup(|app| {
            let data_dir = app.path().app_data_dir()?;
            log::info!("plan store in {}", data_dir.display());
            let state: Shared = Arc::new(AppState::new(data_dir, VaultOptions::default()));
            app.manage(Arc::clone(&state));
            spawn_autolock(app.handle().clone(), state);
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("Lifeboat could not start: {e}");
        std::process::exit(1);
    }
}
