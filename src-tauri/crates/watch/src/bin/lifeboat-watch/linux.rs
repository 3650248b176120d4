//! The background watch on Linux: the handover from stdin, the watch, its StatusNotifierItem tray, Lifeboat's
//! D-Bus name and the relaunch of the app (see `main.rs`).

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use lifeboat_advisory::Fetcher;
use lifeboat_watch::background::{self, Args, READY_LINE, USAGE};
use lifeboat_watch::instance::{Instance, OnLaunch};
use lifeboat_watch::notifier::{DesktopNotifier, Opened};
use lifeboat_watch::{Handover, WatchError, WatchService};
use tokio::io::AsyncWriteExt;
use tokio::sync::mpsc;

use crate::tray;

/// What the tray, the D-Bus name, notifications and the service ask of the main loop.
#[derive(Debug)]
pub enum Event {
    /// Relaunch the app, on a country's advisories when a notification was clicked.
    Open(Option<String>),
    CheckNow,
    Quit,
    /// The watch changed what the tray shows.
    Updated,
}

pub type Events = mpsc::UnboundedSender<Event>;

/// How long the relaunched app has to take the name before it counts as failed.
const RELAUNCH_TIMEOUT: Duration = Duration::from_secs(20);

/// Runs the watch handed over on stdin until it is handed back or stopped.
pub fn main(args: Args) -> ExitCode {
    // Logs go to stderr (env_logger's default): stdout carries the ready line only.
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        log::error!("the watch handover comes on standard input, from Lifeboat\n{USAGE}");
        return ExitCode::from(2);
    }
    let handover = match Handover::read_from(std::io::stdin().lock()) {
        Ok(h) => h,
        Err(e) => {
            log::error!("{e}");
            return ExitCode::from(2);
        }
    };
    // One thread: the watch sleeps for an hour between rounds; a pool would only cost memory.
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            log::error!("could not start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(args, handover)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            log::error!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// Prints the ready line once. Nothing is written to stdout after it: the app reading it exits at once.
fn announce_ready() {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    // A failed write only means the app is already gone; the watch goes on regardless.
    let _ = writeln!(out, "{READY_LINE}").and_then(|()| out.flush());
}

async fn run(args: Args, handover: Handover) -> Result<(), WatchError> {
    let endpoints = match background::endpoints(args.feed_urls.as_deref()) {
        Ok(e) => e,
        Err(e) => {
            log::warn!("ignoring the feed URL overrides: {e}");
            lifeboat_advisory::Endpoints::official()
        }
    };
    let fetcher = Fetcher::new(background::fetch_config(
        &endpoints,
        env!("CARGO_PKG_VERSION"),
    ))
    .map_err(|e| WatchError::Fetcher(e.to_string()))?;
    let (events, mut inbox) = mpsc::unbounded_channel();
    let opener = events.clone();
    let notifier = DesktopNotifier::new(Arc::new(move |opened| match opened {
        Opened::Country(country) => {
            let _ = opener.send(Event::Open(Some(country)));
        }
        Opened::Page(url) => open_page(&url),
    }));
    let updates = events.clone();
    let service = Arc::new(WatchService::new(
        fetcher,
        endpoints,
        Arc::new(notifier),
        Arc::new(move || {
            let _ = updates.send(Event::Updated);
        }),
    ));
    service.resume(handover)?;
    tokio::spawn(Arc::clone(&service).run());
    let tray = tray::Tray::spawn(events.clone(), &service).await;
    let bus = match take_name(events.clone()).await {
        Ok(bus) => Some(bus),
        Err(e) => {
            // Notifications need the bus too, so this is unlikely; the watch still saves its state.
            log::warn!("a second launch of Lifeboat will not find this watch: {e}");
            None
        }
    };
    // Before the ready line, so a SIGTERM right after it (logout, the app's tests) still ends the watch cleanly.
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .map_err(|e| WatchError::io("listen for SIGTERM", e))?;
    announce_ready();
    log::info!("advisory watch running in the background");

    let bus_closed = async {
        match &bus {
            Some(b) => b.closed().await,
            None => std::future::pending().await,
        }
    };
    tokio::pin!(bus_closed);
    loop {
        let event = tokio::select! {
            e = inbox.recv() => e.unwrap_or(Event::Quit),
            _ = terminate.recv() => Event::Quit,
            _ = tokio::signal::ctrl_c() => Event::Quit,
            () = &mut bus_closed => {
                // The session ended (logout): nobody is left to notify.
                log::info!("the D-Bus session closed");
                Event::Quit
            }
        };
        match event {
            Event::Updated => {
                if let Some(t) = &tray {
                    t.refresh(&service).await;
                }
            }
            Event::CheckNow => service.check_now(),
            Event::Quit => {
                // A round in flight finishes and saves first.
                let _ = service.handover().await;
                log::info!("advisory watch stopped");
                return Ok(());
            }
            Event::Open(country) => match relaunch(&args, &service, bus.as_ref(), country).await {
                Ok(()) => {
                    log::info!("Lifeboat is open again; the background watch hands over and exits");
                    return Ok(());
                }
                Err(e) => {
                    log::warn!("{e}; the watch goes on in the background");
                    service.take_back();
                    if let Some(b) = &bus {
                        if let Err(e) = b.queue_for_name().await {
                            log::warn!("could not take Lifeboat's D-Bus name back: {e}");
                        }
                    }
                }
            },
        }
    }
}

/// Opens an official page (a notification's "Open") in the desktop's browser, as the app's opener would: the
/// plan stays locked and the window closed. Only a page [`lifeboat_watch::links`] accepts is handed on.
fn open_page(url: &str) {
    let Ok(page) = lifeboat_watch::links::official_page(url) else {
        log::warn!("a notification's page is not an official one; not opened");
        return;
    };
    // xdg-open is the freedesktop way, present wherever a notification server and a tray are.
    match std::process::Command::new("xdg-open")
        .arg(page.as_str())
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .spawn()
    {
        // Reaped by a thread of its own: xdg-open exits once the browser has the page.
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
        }
        Err(e) => log::warn!("could not start xdg-open: {e}"),
    }
}

/// Serves Lifeboat's D-Bus interface and queues for its name behind the app, so that a second launch of
/// Lifeboat reaches this process once the app has exited.
async fn take_name(events: Events) -> Result<Instance, WatchError> {
    // Its arguments are not needed: the relaunch passes the ones the app was first given.
    let on_launch: OnLaunch = Arc::new(move |_launch| {
        log::info!("Lifeboat was launched again; reopening its window");
        let _ = events.send(Event::Open(None));
    });
    let instance = Instance::connect(on_launch).await?;
    instance.queue_for_name().await?;
    Ok(instance)
}

/// Starts the app with the watch on its stdin and waits until it owns Lifeboat's D-Bus name. The service runs no
/// round meanwhile (the handover paused it); on error the caller takes the watch back.
async fn relaunch(
    args: &Args,
    service: &WatchService,
    bus: Option<&Instance>,
    country: Option<String>,
) -> Result<(), WatchError> {
    let handover = service
        .handover()
        .await
        .ok_or(WatchError::NothingToHandOver)?;
    let json = handover.to_json()?;
    drop(handover);
    // Owning the name, we would be the Lifeboat the relaunched app hands its launch to before exiting.
    if let Some(b) = bus {
        b.release_name().await?;
    }
    let mut child = tokio::process::Command::new(&args.app)
        .args(args.relaunch_argv(country.as_deref()))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .map_err(|e| {
            WatchError::Relaunch(format!("could not start {}: {e}", args.app.display()))
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        let written = async {
            stdin.write_all(&json).await?;
            stdin.shutdown().await
        }
        .await;
        drop(stdin);
        if let Err(e) = written {
            let _ = child.start_kill();
            return Err(WatchError::Relaunch(format!(
                "could not pass the watch to it: {e}"
            )));
        }
    }
    let started = tokio::time::Instant::now();
    loop {
        tokio::time::sleep(Duration::from_millis(200)).await;
        if let Some(status) = child
            .try_wait()
            .map_err(|e| WatchError::io("check on the relaunched app", e))?
        {
            return Err(WatchError::Relaunch(format!("it exited early ({status})")));
        }
        let up = match bus {
            Some(b) => b.name_has_owner().await,
            // Without a bus nothing can be asked; an app still running after a few seconds is taken as up.
            None => started.elapsed() >= Duration::from_secs(5),
        };
        if up {
            return Ok(());
        }
        if started.elapsed() >= RELAUNCH_TIMEOUT {
            // It never became the app the user sees; two watches must not run, so it goes.
            let _ = child.start_kill();
            return Err(WatchError::Relaunch(format!(
                "it did not start within {} seconds",
                RELAUNCH_TIMEOUT.as_secs()
            )));
        }
    }
}
