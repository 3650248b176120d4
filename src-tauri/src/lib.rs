//! Lifeboat's Tauri shell: window, commands, the idle lock, the advisory watch's scheduler, notifications and
//! tray. The plan, the store and the advisory domain live in their own crates.

pub mod autolock;
pub mod autostart;
pub mod cli;
pub mod clipboard;
pub mod commands;
pub mod error;
pub mod first_show;
pub mod links;
pub mod notifier;
pub mod open_country;
pub mod session;
pub mod startup;
pub mod tray;
pub mod watch;
pub mod watch_handover;

#[cfg(test)]
mod ipc_tests;
#[cfg(test)]
mod security_tests;
#[cfg(test)]
use lifeboat_test_support::server as test_server;

use std::sync::Arc;

use lifeboat_advisory::{Endpoints, Fetcher};
use lifeboat_store::VaultOptions;
use tauri::{Emitter, Manager, Runtime};

use crate::commands::{LockedEvent, Shared, SharedWatch, LOCKED_EVENT, WATCH_UPDATED_EVENT};
use crate::notifier::DesktopNotifier;
use crate::open_country::OpenCountry;
use crate::session::AppState;
use crate::watch::{Handover, WatchService};
use crate::watch_handover::{HandedOver, LaunchArgs};

/// Plugins and commands shared by the app and the command-wiring tests. Single-instance, tray and the notifier
/// stay out: they need a session bus and a display, which the tests do not have.
pub fn configure<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_clipboard_manager::init())
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
            commands::watch_view,
            commands::check_now,
            commands::open_official_page,
            commands::copy_secret,
            commands::report_ready,
            commands::current_session,
            commands::export_pdf,
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

/// Shows the main window, creating it again if closing it to the tray destroyed it; then, when given, opens the
/// Advisories section on `country`.
pub fn show_main_window<R: Runtime>(app: &tauri::AppHandle<R>, country: Option<String>) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    } else if let Some(config) = app.config().app.windows.first() {
        // Created hidden, as at launch: `first_show` shows it once its page has loaded, which keeps reopening
        // clear of WebKit's first-draw wait too.
        match tauri::WebviewWindowBuilder::from_config(app, config).and_then(|b| b.build()) {
            Ok(_) => first_show::show_at_latest(app),
            Err(e) => log::warn!("could not open the window: {e}"),
        }
    }
    if let Some(country) = country {
        open_country::open(app, country);
    }
}

/// Locks the plan and tells the UI (tray "Lock", closing to the tray).
pub fn lock_everything<R: Runtime>(app: &tauri::AppHandle<R>, reason: &'static str) {
    if let Some(state) = app.try_state::<Shared>() {
        if state.lock() {
            log::info!("locked ({reason})");
            let _ = app.emit(LOCKED_EVENT, LockedEvent { reason });
        }
    }
}

/// "Lock now" from anywhere on the desktop, even when Lifeboat is not in front (X11; Wayland compositors do not
/// let applications grab keys, so there it is the tray's Lock and Ctrl+L in the window).
pub const LOCK_SHORTCUT: &str = "CommandOrControl+Alt+L";

fn lock_shortcut_plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    use tauri_plugin_global_shortcut::ShortcutState;
    tauri_plugin_global_shortcut::Builder::new()
        .with_handler(|app, _shortcut, event| {
            if event.state == ShortcutState::Pressed {
                lock_everything(app, "shortcut");
            }
        })
        .build()
}

/// Registering the global shortcut and the tray icon takes the main thread for tens of milliseconds, and the
/// first frame needs neither: they are set up when the UI reports that frame, or after this long at the latest.
const DESKTOP_SETUP_AT_LATEST: std::time::Duration = std::time::Duration::from_secs(2);

/// Present in the running app only (the command tests have no display, tray or shortcut plugin).
struct DesktopSetup(std::sync::Once);

/// The tray and the global lock shortcut, once; on the main thread (sync commands run there).
pub fn finish_desktop_setup<R: Runtime>(app: &tauri::AppHandle<R>) {
    let Some(setup) = app.try_state::<DesktopSetup>() else {
        return;
    };
    setup.0.call_once(|| {
        use tauri_plugin_global_shortcut::GlobalShortcutExt;
        if let Err(e) = app.global_shortcut().register(LOCK_SHORTCUT) {
            log::warn!("no global lock shortcut ({LOCK_SHORTCUT}): {e}");
        }
        // No tray (no StatusNotifier host, say) is not fatal: closing the window then quits as usual.
        if let Err(e) = tray::create(app) {
            log::warn!("no tray icon: {e}");
        }
        // The tray shows the watch as it is now, not as it was when the watch first reported.
        tray::refresh(app);
    });
}

/// Whether closing the window should leave Lifeboat running in the tray: only once the watch has something to
/// watch, the plan asks for it and the tray exists to bring the window back.
fn keeps_running_in_tray<R: Runtime>(app: &tauri::AppHandle<R>) -> bool {
    let has_tray = app.try_state::<tray::TrayStatus<R>>().is_some();
    let wants = app
        .try_state::<SharedWatch>()
        .and_then(|w| w.context())
        .is_some_and(|c| c.close_to_tray);
    has_tray && wants
}

/// The argument after `flag`, if both are there.
pub(crate) fn flag_value(args: &[String], flag: &str) -> Option<String> {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1).cloned())
}

/// Feed URLs for a fixture server or a mirror (`--feed-urls SOURCE=URL,…` or `LIFEBOAT_FEED_URLS`); an invalid
/// spec is logged and the official feeds are polled, as in the background process.
fn endpoints_from(spec: Option<&str>) -> Endpoints {
    lifeboat_watch::background::endpoints(spec).unwrap_or_else(|e| {
        log::warn!("ignoring the feed URL overrides: {e}");
        Endpoints::official()
    })
}

/// Starts the watch; with `resume` (the background process handed it back) it goes on from there while the
/// window waits for the passphrase.
fn start_watch<R: Runtime>(
    app: &tauri::AppHandle<R>,
    endpoints: Endpoints,
    resume: Option<Handover>,
) -> tauri::Result<()> {
    // The same settings as the background process (plain http to loopback only when the feeds are overridden).
    let config = lifeboat_watch::background::fetch_config(&endpoints, env!("CARGO_PKG_VERSION"));
    let fetcher = Fetcher::new(config).map_err(|e| tauri::Error::Anyhow(e.into()))?;
    let opener = app.clone();
    let notifier = DesktopNotifier::new(Arc::new(move |country| {
        show_main_window(&opener, Some(country));
    }));
    let updater = app.clone();
    let autostart_exe = std::env::current_exe().ok();
    let on_update = Arc::new(move || {
        let _ = updater.emit(WATCH_UPDATED_EVENT, ());
        tray::refresh(&updater);
        if let (Some(w), Some(dir), Some(exe)) = (
            updater.try_state::<SharedWatch>(),
            autostart::autostart_dir(),
            autostart_exe.as_ref(),
        ) {
            if let Some(ctx) = w.context() {
                if let Err(e) = autostart::apply(&dir, exe, ctx.start_at_login) {
                    log::warn!("could not update the login autostart entry: {e}");
                }
            }
        }
    });
    let service: SharedWatch = Arc::new(WatchService::new(
        fetcher,
        endpoints,
        Arc::new(notifier),
        on_update,
    ));
    app.manage(Arc::clone(&service));
    if let Some(handover) = resume {
        match service.resume(handover) {
            Ok(()) => log::info!("took the advisory watch back from the background"),
            Err(e) => log::warn!("{e}; the watch starts again at the next unlock"),
        }
    }
    tauri::async_runtime::spawn(service.run());
    Ok(())
}

pub fn run() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let args: Vec<String> = std::env::args().collect();
    // `--data-dir DIR`: a plan kept elsewhere than the app's data folder (an encrypted USB stick; tests). Both it
    // and the feeds go to the background process too, so a relaunch opens the same plan and polls the same feeds.
    let launch = LaunchArgs {
        feed_urls: flag_value(&args, "--feed-urls")
            .or_else(|| std::env::var("LIFEBOAT_FEED_URLS").ok()),
        data_dir: flag_value(&args, "--data-dir").map(std::path::PathBuf::from),
    };
    let endpoints = endpoints_from(launch.feed_urls.as_deref());
    let data_dir_flag = launch.data_dir.clone();
    // `--resume-watch`: the background process hands the watch back on stdin (before anything else reads it).
    let mut resume = watch_handover::read_resume(&args);
    let measure = startup::Measure::from_args(&args);
    // The start-up benchmark opens the plan before the window exists; the passphrase comes on stdin, never in
    // an argument.
    let bench_passphrase = if measure.unlocked_at_start {
        match cli::vault_access::read_passphrase("") {
            Ok(p) => Some(p),
            Err(e) => {
                eprintln!("--unlock-stdin: {e}");
                std::process::exit(2);
            }
        }
    } else {
        None
    };
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            show_main_window(app, None);
        }))
        .plugin(lock_shortcut_plugin());
    let mut bench_passphrase = bench_passphrase;
    let close_after = flag_value(&args, "--close-after").and_then(|s| s.parse::<u64>().ok());
    let app = configure(builder)
        .manage(measure)
        .manage(launch)
        .manage(HandedOver::default())
        .manage(OpenCountry::from_args(&args))
        .setup(move |app| {
            let data_dir = match &data_dir_flag {
                Some(dir) => dir.clone(),
                None => app.path().app_data_dir()?,
            };
            log::info!("plan store in {}", data_dir.display());
            let state: Shared = Arc::new(AppState::new(data_dir, VaultOptions::default()));
            app.manage(Arc::clone(&state));
            spawn_autolock(app.handle().clone(), Arc::clone(&state));
            start_watch(app.handle(), endpoints.clone(), resume.take())?;
            // `--close-after SECS` (bench/run): closes the window as a person would, to measure the tray mode.
            if let Some(secs) = close_after {
                let handle = app.handle().clone();
                tauri::async_runtime::spawn(async move {
                    tokio::time::sleep(std::time::Duration::from_secs(secs)).await;
                    if let Some(w) = handle.get_webview_window("main") {
                        let _ = w.close();
                    }
                });
            }
            if let Some(pass) = bench_passphrase.take() {
                let watch = app.try_state::<SharedWatch>().map(|w| Arc::clone(&w));
                state.unlock_for_benchmark(pass, move |state| {
                    if let Some(w) = watch {
                        if let Err(e) = state.with_store(|store, plan| w.attach(store, plan)) {
                            log::warn!("the watch could not attach: {e}");
                        }
                    }
                });
            }
            first_show::show_at_latest(app.handle());
            // The tray and the global shortcut wait for the first frame: see `finish_desktop_setup`.
            app.manage(DesktopSetup(std::sync::Once::new()));
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                tokio::time::sleep(DESKTOP_SETUP_AT_LATEST).await;
                let main = handle.clone();
                let _ = handle.run_on_main_thread(move || finish_desktop_setup(&main));
            });
            Ok(())
        })
        .on_page_load(first_show::on_page_load)
        .on_window_event(|window, event| match event {
            tauri::WindowEvent::CloseRequested { .. } => {
                let app = window.app_handle();
                if keeps_running_in_tray(app) {
                    // The window goes (and its webview with it); the plan locks so reopening asks again.
                    lock_everything(app, "closed");
                    log::info!("window closed; the watch keeps running in the tray");
                    // Then the watch moves to the small background process and the app exits; until that
                    // process is ready (or if it cannot start) the watch goes on here.
                    watch_handover::hand_over(app);
                }
            }
            tauri::WindowEvent::Destroyed => {
                if let Some(route) = window.app_handle().try_state::<OpenCountry>() {
                    route.page_gone();
                }
            }
            _ => {}
        })
        .build(tauri::generate_context!());
    let app = match app {
        Ok(app) => app,
        Err(e) => {
            eprintln!("Lifeboat could not start: {e}");
            std::process::exit(1);
        }
    };
    app.run(|app, event| {
        if let tauri::RunEvent::ExitRequested {
            code: None, api, ..
        } = event
        {
            let handed_over = app.try_state::<HandedOver>().is_some_and(|h| h.is_set());
            if keeps_running_in_tray(app) && !handed_over {
                api.prevent_exit();
            }
        }
    });
}
