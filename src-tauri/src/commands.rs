//! The IPC surface: thin wrappers that move blocking work (KDF, disk) off the main thread and into `AppState`.

use std::path::PathBuf;
use std::sync::Arc;

use lifeboat_plan::checklists::{Checklist, ChecklistTemplate};
use lifeboat_plan::ipc::{self, BackupEntry, Country, SaveOutcome, Session, Status, TemplateInfo};
use lifeboat_plan::onboarding::Onboarding;
use lifeboat_plan::Plan;
use lifeboat_store::secrecy::{ExposeSecret, SecretString};
use lifeboat_store::VaultOptions;
use tauri::{AppHandle, Runtime, State};

use crate::error::{AppError, AppResult};
use crate::events::{self, LockReason};
use crate::session::{self, AppState, Shared};
use crate::startup::Frame;
use crate::watch::{PdfLines, SharedWatch};
use crate::{desktop, open_country};

/// The watch, when the app runs one (the command-wiring tests may not).
pub(crate) fn watch_of<R: Runtime>(app: &AppHandle<R>) -> Option<SharedWatch> {
    use tauri::Manager;
    app.try_state::<SharedWatch>()
        .map(|w| Arc::clone(w.inner()))
}

/// Hands the freshly unlocked store and plan to the watch (inside the same blocking job as the unlock). The
/// opening (the key derivation, decryption, the plan's JSON) has freed what it allocated by now, and it goes back
/// to the system.
fn attach(s: &AppState, watch: Option<&SharedWatch>) -> AppResult<()> {
    if let Some(w) = watch {
        s.with_store(|store, plan| w.attach(store, plan))?;
    }
    lifeboat_watch::memory::give_back();
    Ok(())
}

/// Tells the watch the plan changed (after a save, an import, a restore).
fn replan(s: &AppState, watch: Option<&SharedWatch>) -> AppResult<()> {
    if let Some(w) = watch {
        w.plan_changed(&s.current_plan()?);
    }
    Ok(())
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

/// Moves a passphrase from the IPC argument into a `SecretString`. `SecretString::from(String)` may reallocate
/// (shrinking to a boxed str) and leave the old buffer unzeroed; copying into an exact-size string first and
/// zeroising the argument leaves no stray copy on our side.
fn secret(s: String) -> SecretString {
    let arg = zeroize::Zeroizing::new(s);
    SecretString::from(arg.as_str().to_owned())
}

fn optional_secret(s: Option<String>) -> Option<SecretString> {
    s.filter(|p| !p.is_empty()).map(secret)
}

#[tauri::command]
pub async fn status(state: State<'_, Shared>) -> AppResult<Status> {
    blocking(state, |s| s.status()).await
}

#[tauri::command]
pub async fn create_vault<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
    passphrase: String,
    onboarding: Onboarding,
) -> AppResult<Session> {
    let passphrase = secret(passphrase);
    let watch = watch_of(&app);
    blocking(state, move |s| {
        let session = s.create(&passphrase, &onboarding)?;
        attach(s, watch.as_ref())?;
        Ok(session)
    })
    .await
}

#[tauri::command]
pub async fn unlock<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
    passphrase: String,
) -> AppResult<Session> {
    let passphrase = secret(passphrase);
    let watch = watch_of(&app);
    blocking(state, move |s| {
        let session = s.unlock(&passphrase)?;
        attach(s, watch.as_ref())?;
        Ok(session)
    })
    .await
}

#[tauri::command]
pub async fn recover<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
    recovery_key: String,
    new_passphrase: String,
) -> AppResult<Session> {
    let (key, new) = (secret(recovery_key), secret(new_passphrase));
    let watch = watch_of(&app);
    blocking(state, move |s| {
        let session = s.recover(&key, &new)?;
        attach(s, watch.as_ref())?;
        Ok(session)
    })
    .await
}

#[tauri::command]
pub async fn lock<R: Runtime>(app: AppHandle<R>, state: State<'_, Shared>) -> AppResult<()> {
    if state.lock() {
        events::locked(&app, LockReason::User);
    }
    Ok(())
}

#[tauri::command]
pub fn touch(state: State<'_, Shared>) {
    state.touch();
}

#[tauri::command]
pub async fn save_plan<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
    plan: Plan,
) -> AppResult<SaveOutcome> {
    let watch = watch_of(&app);
    blocking(state, move |s| {
        let outcome = s.save(plan)?;
        if outcome.saved {
            replan(s, watch.as_ref())?;
        }
        Ok(outcome)
    })
    .await
}

#[tauri::command]
pub fn new_checklist(state: State<'_, Shared>, template: ChecklistTemplate) -> Checklist {
    session::new_checklist(template, state.locale())
}

/// Every ISO country with the other names the advisory watch knows it by, so each picker finds Türkiye by
/// "Turkey" and Myanmar by "Burma".
#[tauri::command]
pub fn countries() -> Vec<Country> {
    ipc::countries()
        .into_iter()
        .map(|mut c| {
            c.aliases = lifeboat_advisory::countries::aliases_of(&c.code)
                .into_iter()
                .filter(|a| !a.eq_ignore_ascii_case(&c.name))
                .map(str::to_owned)
                .collect();
            c
        })
        .collect()
}

/// Titled in `locale` (the interface's language, which onboarding has before any plan exists), or else in the open
/// plan's language.
#[tauri::command]
pub fn templates(state: State<'_, Shared>, locale: Option<String>) -> Vec<TemplateInfo> {
    match locale {
        Some(l) => ipc::templates(lifeboat_i18n::negotiate(&l)),
        None => ipc::templates(state.locale()),
    }
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
pub async fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
    id: String,
) -> AppResult<Session> {
    let watch = watch_of(&app);
    blocking(state, move |s| {
        let session = s.restore_backup(&id)?;
        replan(s, watch.as_ref())?;
        Ok(session)
    })
    .await
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
pub async fn import_plan_json<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
    path: PathBuf,
    passphrase: Option<String>,
) -> AppResult<Session> {
    let passphrase = optional_secret(passphrase);
    let watch = watch_of(&app);
    blocking(state, move |s| {
        let session = s.import_json(&path, passphrase.as_ref(), &VaultOptions::default())?;
        replan(s, watch.as_ref())?;
        Ok(session)
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

/// The Advisories section's data. Only while unlocked: it lists the watched countries and the plan's phase.
#[tauri::command]
pub fn watch_view<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
) -> AppResult<lifeboat_plan::watch_view::WatchView> {
    if !state.is_unlocked() {
        return Err(AppError::Locked);
    }
    state.touch();
    watch_of(&app)
        .and_then(|w| w.view())
        .ok_or_else(|| AppError::Internal("the advisory watch has not started".to_owned()))
}

/// Polls every enabled government now; the result arrives as a `watch-updated` event.
#[tauri::command]
pub fn check_now<R: Runtime>(app: AppHandle<R>, state: State<'_, Shared>) -> AppResult<()> {
    if !state.is_unlocked() {
        return Err(AppError::Locked);
    }
    if let Some(w) = watch_of(&app) {
        w.check_now();
    }
    Ok(())
}

/// Opens a government's advisory page in the system browser. Only https pages of the governments the watch
/// reads: a summary link cannot send the user anywhere else, and nothing opens inside the webview.
#[tauri::command]
pub fn open_official_page<R: Runtime>(app: AppHandle<R>, url: String) -> AppResult<()> {
    let checked = crate::links::official_page(&url)?;
    crate::links::open_in_browser(&app, checked.as_str())
}

/// Copies a document number (or phone, IBAN…) and takes it back off the clipboard after 30 seconds.
#[tauri::command]
pub fn copy_secret<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
    text: String,
) -> AppResult<()> {
    let text = zeroize::Zeroizing::new(text);
    if !state.is_unlocked() {
        return Err(AppError::Locked);
    }
    if text.chars().count() > crate::clipboard::MAX_COPY_CHARS || text.trim().is_empty() {
        return Err(AppError::Internal(
            "only a short value (a number, a phone) can be copied".to_owned(),
        ));
    }
    let clipboard: Arc<dyn crate::clipboard::Clipboard> =
        Arc::new(crate::clipboard::DesktopClipboard(app));
    clipboard.write(&text).map_err(AppError::Internal)?;
    tauri::async_runtime::spawn(crate::clipboard::clear_later(
        clipboard,
        text,
        crate::clipboard::CLEAR_AFTER,
    ));
    Ok(())
}

/// The UI's first painted frame of a screen (`onboarding`, `locked`, `unlocked`), with the page's own marks and
/// when it began loading: logged once per screen. The UI listens for events from then on, and the tray and the
/// lock shortcut wait for it.
#[tauri::command]
pub fn report_ready<R: Runtime>(
    app: AppHandle<R>,
    screen: String,
    marks: Option<Vec<(String, f64)>>,
    origin: Option<f64>,
) {
    let frame = Frame::now(&screen, marks.unwrap_or_default(), origin);
    if frame.is_first() {
        frame.log();
        #[cfg(feature = "bench")]
        crate::bench::first_frame(&app, &frame);
    }
    open_country::page_ready(&app);
    desktop::finish(&app);
}

/// The family PDF, written to a path the user chose in the save dialog.
#[tauri::command]
pub async fn export_pdf<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
    path: PathBuf,
    choices: lifeboat_plan::pdf_options::PdfChoices,
) -> AppResult<lifeboat_plan::pdf_options::PdfReport> {
    // Governments named in the PDF's language: the one chosen for it, else the plan's (the one the watch speaks).
    let advisories = watch_of(&app)
        .map(|w| w.pdf_lines(choices.language.as_deref().unwrap_or_else(|| w.locale())))
        .unwrap_or_default();
    // Typesetting takes tens of milliseconds to a few hundred: never on the main thread.
    blocking(state, move |s| s.export_pdf(&path, choices, &advisories)).await
}

/// Keeps the language just picked (in onboarding, Settings, or an unlocked plan's own) as the one the next start
/// opens in, before any plan is unlocked. Answers the shipped language it was negotiated to.
#[tauri::command]
pub fn remember_language(state: State<'_, Shared>, code: String) -> AppResult<String> {
    crate::start_page::remember(state.data_dir(), &code).map(str::to_owned)
}

/// The embassy directory, when the app runs one.
fn directory_of<R: Runtime>(app: &AppHandle<R>) -> AppResult<crate::directory::SharedDirectory> {
    use tauri::Manager;
    app.try_state::<crate::directory::SharedDirectory>()
        .map(|d| Arc::clone(d.inner()))
        .ok_or_else(|| AppError::Internal("the embassy directory is not running".into()))
}

/// Who helps each nationality of the household in each country the plan touches.
#[tauri::command]
pub async fn directory_view<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
) -> AppResult<lifeboat_plan::missions::DirectoryView> {
    // Not the user's activity (the panel asks again after every background refresh): no touch.
    let plan = state.with_store(|_, plan| plan.clone())?;
    let mut view = directory_of(&app)?.view(&plan);
    view.readiness = Some(state.readiness()?);
    Ok(view)
}

/// "Refresh": fetches every pair again now, then answers the new view.
#[tauri::command]
pub async fn refresh_directory<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
) -> AppResult<lifeboat_plan::missions::DirectoryView> {
    let directory = directory_of(&app)?;
    let report = directory.refresh_now(true).await;
    if !report.is_empty() {
        crate::events::directory_updated(&app);
    }
    // Not the user's activity (the panel asks again after every background refresh): no touch.
    let plan = state.with_store(|_, plan| plan.clone())?;
    let mut view = directory.view(&plan);
    view.readiness = Some(state.readiness()?);
    Ok(view)
}
