//! The running app: its plugins and commands, the state it starts with, and what its window's events do.

use std::sync::Arc;

use lifeboat_advisory::{Endpoints, Fetcher};
use lifeboat_store::VaultOptions;
use tauri::{Manager, Runtime};

use crate::cli::Launch;
use crate::events::{self, LockReason};
use crate::notifier::{DesktopNotifier, Opened};
use crate::open_country::OpenCountry;
use crate::session::{AppState, Shared};
use crate::watch::{Handover, SharedWatch, WatchService};
use crate::watch_handover::{HandedOver, LaunchArgs};
use crate::window::{lock_everything, show_main_window};
use crate::{
    autolock, autostart, commands, desktop, first_show, route_map, single_instance, tray,
    watch_handover,
};

/// Plugins and commands shared by the app and the command-wiring tests. Single-instance, tray and the notifier
/// stay out: they need a session bus and a display, which the tests do not have.
pub fn configure<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(autostart::plugin())
        .manage(events::EventStream::default())
        .manage(route_map::SharedMaps::default())
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
            commands::export_pdf,
            commands::directory_view,
            commands::refresh_directory,
            commands::remember_language,
            route_map::route_map,
            route_map::search_places,
            route_map::point_info,
            events::next_events,
        ])
}

/// Checks the idle clock for as long as the app runs and tells the UI when it locked.
fn spawn_autolock<R: Runtime>(app: tauri::AppHandle<R>, state: Shared) {
    tauri::async_runtime::spawn(async move {
        loop {
            tokio::time::sleep(autolock::CHECK_EVERY).await;
            if state.lock_if_idle(std::time::Instant::now()) {
                log::info!("locked after the idle time set in the plan");
                events::locked(&app, LockReason::Idle);
            }
        }
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
    let notifier = DesktopNotifier::new(Arc::new(move |opened| match opened {
        Opened::Country(country) => show_main_window(&opener, Some(country)),
        Opened::Page(url) => {
            let opened = crate::links::official_page(&url)
                .and_then(|page| crate::links::open_in_browser(&opener, page.as_str()));
            if let Err(e) = opened {
                log::warn!("a notification's official page did not open: {e}");
            }
        }
    }));
    let updater = app.clone();
    let on_update = Arc::new(move || {
        events::watch_updated(&updater);
        tray::refresh(&updater);
        // The plan's settings reach the app with the watch's context (at unlock, after a save).
        if let Some(ctx) = updater.try_state::<SharedWatch>().and_then(|w| w.context()) {
            autostart::follow(&updater, ctx.start_at_login);
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

/// Starts the embassy directory: read at each unlock, refreshed on its own timer.
fn start_directory<R: Runtime>(app: &tauri::AppHandle<R>, state: &Shared) -> tauri::Result<()> {
    let (endpoints, loopback) = crate::directory::endpoints_from_env();
    let fetcher = crate::directory::DirectoryService::fetcher(loopback)
        .map_err(|e| tauri::Error::Anyhow(e.into()))?;
    let service: crate::directory::SharedDirectory =
        Arc::new(crate::directory::DirectoryService::new(fetcher, endpoints));
    app.manage(Arc::clone(&service));
    state.set_directory(Arc::clone(&service));
    let updater = app.clone();
    tauri::async_runtime::spawn(service.run(Arc::new(move || {
        lifeboat_watch::memory::give_back();
        events::directory_updated(&updater);
    })));
    Ok(())
}

/// Opens the window as `launch` says, and runs until the app exits.
pub fn run(launch: Launch) {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    // One Lifeboat per session: a second launch brings the running one's window forward and ends here.
    let Some(launches) = single_instance::claim() else {
        std::process::exit(0);
    };
    // `--data-dir DIR`: a plan kept elsewhere than the app's data folder (an encrypted USB stick; tests). Both it
    // and the feeds go to the background process too, so a relaunch opens the same plan and polls the same feeds.
    let handed_on = LaunchArgs {
        feed_urls: launch
            .feed_urls
            .clone()
            .or_else(|| std::env::var("LIFEBOAT_FEED_URLS").ok()),
        data_dir: launch.data_dir.clone(),
    };
    let endpoints = endpoints_from(handed_on.feed_urls.as_deref());
    // `--resume-watch`: the background process hands the watch back on stdin (before anything else reads it).
    let mut resume = launch
        .resume_watch
        .then(watch_handover::read_resume)
        .flatten();
    #[cfg(feature = "bench")]
    let mut bench = Some(crate::bench::start(&launch.bench));
    let builder = tauri::Builder::default();
    let builder = single_instance::register(builder, |app| show_main_window(app, None))
        .plugin(desktop::lock_shortcut_plugin());
    let app = configure(builder)
        .manage(handed_on)
        .manage(HandedOver::default())
        .manage(autostart::Applied::default())
        .manage(OpenCountry::at_launch(launch.open_country.clone()))
        .setup(move |app| {
            let data_dir = match &launch.data_dir {
                Some(dir) => dir.clone(),
                None => app.path().app_data_dir()?,
            };
            log::info!("plan store in {}", data_dir.display());
            launches.serve(app.handle(), |app| show_main_window(app, None));
            let state: Shared = Arc::new(AppState::new(data_dir, VaultOptions::default()));
            app.manage(Arc::clone(&state));
            // The benchmark's hooks include a script for the window's page.
            #[cfg(feature = "bench")]
            if let Some(bench) = bench.take() {
                crate::bench::setup(app.handle(), bench, launch.bench.close_after);
            }
            // First, so the page loads while the rest is set up (Tauri would create it before `setup`, but its
            // start-up script needs the store: `start_page`).
            crate::window::create_main_window(app.handle())?;
            spawn_autolock(app.handle().clone(), Arc::clone(&state));
            start_directory(app.handle(), &state)?;
            start_watch(app.handle(), endpoints.clone(), resume.take())?;
            first_show::show_at_latest(app.handle());
            // The tray and the global shortcut wait for the first frame: see `desktop`.
            desktop::schedule(app.handle());
            Ok(())
        })
        .on_page_load(|webview, payload| {
            if payload.event() == tauri::webview::PageLoadEvent::Started {
                if let Some(stream) = webview.try_state::<events::EventStream>() {
                    stream.page_started();
                }
            }
            first_show::on_page_load(webview, payload);
        })
        .on_window_event(|window, event| match event {
            tauri::WindowEvent::CloseRequested { .. } => {
                let app = window.app_handle();
                if keeps_running_in_tray(app) {
                    // The window goes (and its webview with it); the plan locks so reopening asks again.
                    lock_everything(app, LockReason::Closed);
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
            let locale = lifeboat_i18n::system_locale();
            let text = lifeboat_i18n::t!(locale, "cli-could-not-start", error = e.to_string());
            eprintln!("{}", lifeboat_i18n::plain_for(locale, text));
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
