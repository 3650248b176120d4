//! The IPC surface: thin wrappers that move blocking work (KDF, disk) off the main thread and into `AppState`.

use std::path::PathBuf;
use std::sync::Arc;

use lifeboat_plan::api::{
    self, BackupEntry, Country, Onboarding, SaveOutcome, Session, Status, TemplateInfo,
};
use lifeboat_plan::checklists::{Checklist, ChecklistTemplate};
use lifeboat_plan::Plan;
use lifeboat_store::secrecy::{ExposeSecret, SecretString};
use lifeboat_store::VaultOptions;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Runtime, State};

use crate::error::{AppError, AppResult};
use crate::session::{self, AppState};

pub type Shared = Arc<AppState>;

pub const LOCKED_EVENT: &str = "vault-locked";

#[derive(Clone, Serialize)]
pub struct LockedEvent {
    pub reason: &'static str,
}

async fn blocking<T, F>(state: State<'_, Shared>, f: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce(&AppState) -> AppResult<T> + Send + 'static,
{
    let state = Arc::clone(state.inner());
    tauri::async_runtime::spawn_blocking(move || f(&state))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
}

fn secret(s: String) -> SecretString {
    SecretString::from(s)
}

fn optional_secret(s: Option<String>) -> Option<SecretString> {
    s.filter(|p| !p.is_empty()).map(secret)
}

#[tauri::command]
pub async fn status(state: State<'_, Shared>) -> AppResult<Status> {
    blocking(state, |s| s.status()).await
}

#[tauri::command]
pub async fn create_vault(
    state: State<'_, Shared>,
    passphrase: String,
    onboarding: Onboarding,
) -> AppResult<Session> {
    let passphrase = secret(passphrase);
    blocking(state, move |s| s.create(&passphrase, &onboarding)).await
}

#[tauri::command]
pub async fn unlock(state: State<'_, Shared>, passphrase: String) -> AppResult<Session> {
    let passphrase = secret(passphrase);
    blocking(state, move |s| s.unlock(&passphrase)).await
}

#[tauri::command]
pub async fn recover(
    state: State<'_, Shared>,
    recovery_key: String,
    new_passphrase: String,
) -> AppResult<Session> {
    let (key, new) = (secret(recovery_key), secret(new_passphrase));
    blocking(state, move |s| s.recover(&key, &new)).await
}

#[tauri::command]
pub async fn lock<R: Runtime>(app: AppHandle<R>, state: State<'_, Shared>) -> AppResult<()> {
    if state.lock() {
        let _ = app.emit(LOCKED_EVENT, LockedEvent { reason: "user" });
    }
    Ok(())
}

#[tauri::command]
pub fn touch(state: State<'_, Shared>) {
    state.touch();
}

#[tauri::command]
pub async fn save_plan(state: State<'_, Shared>, plan: Plan) -> AppResult<SaveOutcome> {
    blocking(state, move |s| s.save(plan)).await
}

#[tauri::command]
pub fn new_checklist(template: ChecklistTemplate) -> Checklist {
    session::new_checklist(template)
}

#[tauri::command]
pub fn countries() -> Vec<Country> {
    api::countries()
}

#[tauri::command]
pub fn templates() -> Vec<TemplateInfo> {
    api::templates()
}

#[tauri::command]
pub async fn change_passphrase(
    state: State<'_, Shared>,
    old: String,
    new: String,
) -> AppResult<()> {
    let (old, new) = (secret(old), secret(new));
    blocking(state, move |s| s.change_passphrase(&old, &new)).await
}

/// Returns the recovery key once; it is not stored anywhere the app can show again.
#[tauri::command]
pub async fn add_recovery_key(state: State<'_, Shared>, passphrase: String) -> AppResult<String> {
    let passphrase = secret(passphrase);
    blocking(state, move |s| {
        s.add_recovery_key(&passphrase)
            .map(|k| k.expose_secret().to_owned())
    })
    .await
}

#[tauri::command]
pub async fn list_backups(state: State<'_, Shared>) -> AppResult<Vec<BackupEntry>> {
    blocking(state, |s| s.backups()).await
}

#[tauri::command]
pub async fn restore_backup(state: State<'_, Shared>, id: String) -> AppResult<Session> {
    blocking(state, move |s| s.restore_backup(&id)).await
}

#[tauri::command]
pub async fn export_plan_json(
    state: State<'_, Shared>,
    path: PathBuf,
    passphrase: Option<String>,
) -> AppResult<()> {
    let passphrase = optional_secret(passphrase);
    blocking(state, move |s| {
        s.export_json(&path, passphrase.as_ref(), &VaultOptions::default())
    })
    .await
}

#[tauri::command]
pub async fn import_plan_json(
    state: State<'_, Shared>,
    path: PathBuf,
    passphrase: Option<String>,
) -> AppResult<Session> {
    let passphrase = optional_secret(passphrase);
    blocking(state, move |s| {
        s.import_json(&path, passphrase.as_ref(), &VaultOptions::default())
    })
    .await
}

#[tauri::command]
pub async fn export_vcard(state: State<'_, Shared>, path: PathBuf) -> AppResult<()> {
    blocking(state, move |s| s.export_vcard(&path)).await
}

#[tauri::command]
pub async fn export_ical(state: State<'_, Shared>, path: PathBuf) -> AppResult<()> {
    blocking(state, move |s| s.export_ical(&path)).await
}
