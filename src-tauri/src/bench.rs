//! The benchmark's hooks, built only with `--features bench` (`bench/run`): a user's build has none of this.
//!
//! - `--measure-startup` prints `startup_ms=…` at the first frame of the first screen (the unlock screen, what a
//!   launch shows) and quits; with `--unlock-stdin` it goes on to the editor and prints `unlock_ms=…`, from the
//!   moment the store hands back the unlocked plan (the key derivation, then the plan file's decryption, a few
//!   milliseconds) to the editor's first frame, before it quits.
//! - `--unlock-stdin` reads the passphrase from stdin at start. Once the unlock screen has painted its first
//!   frame, it is put in the passphrase field and the form is submitted: the unlock then goes the way a person's
//!   does (the UI's `unlock` command, the session it returns, the editor it mounts). A script handed to the page
//!   with the window does it, not one evaluated later: on WebKitGTK every `evaluate_javascript` starts a
//!   JavaScript engine in the window's process, which the benchmark would then count and a user's run has not.
//! - `--close-after SECS` closes the window as a person would, to measure the tray mode. (The end-to-end tests
//!   close it as a window manager does instead, on a user's build: `tests/e2e/desktop.mjs`.)

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

use lifeboat_store::secrecy::{ExposeSecret, SecretString};
use tauri::{AppHandle, Manager, Runtime};

use crate::cli::BenchFlags;
use crate::startup::{self, Frame};

/// A wrong passphrase leaves the unlock screen up: the run ends after this instead of waiting for ever.
const EDITOR_AT_LATEST: Duration = Duration::from_secs(60);

/// App state: what the run still has to do.
pub struct Bench {
    measure: bool,
    /// `--unlock-stdin`'s passphrase.
    passphrase: Option<SecretString>,
}

/// When the store first handed back the unlocked plan, in ms since `main`.
static KEY_DERIVED_MS: OnceLock<f64> = OnceLock::new();
static EDITOR_SHOWN: AtomicBool = AtomicBool::new(false);

/// Called by the unlock as soon as the store has derived the key and decrypted the plan file.
pub fn key_derived() {
    let _ = KEY_DERIVED_MS.set(startup::elapsed_ms());
}

/// Reads what the flags need before the window exists (the passphrase, from stdin). A passphrase that cannot
/// be read ends the run: it could measure nothing.
pub fn start(flags: &BenchFlags) -> Bench {
    let passphrase = flags.unlock_stdin.then(|| {
        crate::cli::vault_access::read_passphrase("").unwrap_or_else(|e| {
            eprintln!("--unlock-stdin: {e}");
            std::process::exit(crate::cli::USAGE_ERROR);
        })
    });
    Bench {
        measure: flags.measure_startup,
        passphrase,
    }
}

/// From the app's setup: keeps the run's state and arms `--close-after`.
pub fn setup<R: Runtime>(app: &AppHandle<R>, bench: Bench, close_after: Option<u64>) {
    app.manage(bench);
    if let Some(secs) = close_after {
        let handle = app.clone();
        tauri::async_runtime::spawn(async move {
            tokio::time::sleep(Duration::from_secs(secs)).await;
            if let Some(w) = handle.get_webview_window("main") {
                let _ = w.close();
            }
        });
    }
}

/// A screen's first frame (the UI's `report_ready`).
pub fn first_frame<R: Runtime>(app: &AppHandle<R>, frame: &Frame) {
    let Some(bench) = app.try_state::<Bench>() else {
        return;
    };
    if frame.screen == "unlocked" {
        EDITOR_SHOWN.store(true, Ordering::SeqCst);
        if bench.measure && bench.passphrase.is_some() {
            let unlock = KEY_DERIVED_MS
                .get()
                .map_or_else(|| "?".to_owned(), |d| format!("{:.1}", frame.ms - d));
            println!("unlock_ms={unlock} screen=unlocked page={}", frame.page);
            app.exit(0);
        }
        return;
    }
    if bench.measure {
        println!(
            "startup_ms={:.1} page_start_ms={} ready_epoch_ms={:.1} screen={} page={}",
            frame.ms,
            frame.page_start_text(),
            startup::epoch_ms(std::time::SystemTime::now()),
            frame.screen,
            frame.page
        );
    }
    match (bench.passphrase.is_some(), frame.screen.as_str()) {
        (true, "locked") => editor_at_latest(),
        (true, _) => {
            eprintln!("--unlock-stdin: the data folder holds no plan to unlock");
            std::process::exit(crate::cli::USAGE_ERROR);
        }
        (false, _) if bench.measure => app.exit(0),
        (false, _) => {}
    }
}

/// The script that types `--unlock-stdin`'s passphrase, for the main window's page (`window.rs`): when the
/// unlock screen's field appears and three frames have passed (the page reports its first frame after two), it
/// fills the field and submits the form, as typing and Enter would. Once per page.
pub fn page_script<R: Runtime>(app: &AppHandle<R>) -> Option<zeroize::Zeroizing<String>> {
    let bench = app.try_state::<Bench>()?;
    let pass = bench.passphrase.as_ref()?;
    let literal = zeroize::Zeroizing::new(serde_json::to_string(pass.expose_secret()).ok()?);
    Some(zeroize::Zeroizing::new(format!(
        "(function (pass) {{
           var typed = false;
           function later(f, n) {{ requestAnimationFrame(function () {{ n > 1 ? later(f, n - 1) : setTimeout(f, 0); }}); }}
           function type() {{
             var input = document.getElementById('unlock-passphrase');
             if (typed || !input || !input.form) return;
             typed = true;
             observer.disconnect();
             later(function () {{
               input.value = pass;
               input.dispatchEvent(new Event('input', {{ bubbles: true }}));
               input.form.requestSubmit();
             }}, 3);
           }}
           var observer = new MutationObserver(type);
           observer.observe(document, {{ childList: true, subtree: true }});
         }})({});",
        literal.as_str()
    )))
}

/// A wrong passphrase leaves the unlock screen up: the run ends instead of waiting for ever.
fn editor_at_latest() {
    std::thread::spawn(|| {
        std::thread::sleep(EDITOR_AT_LATEST);
        if !EDITOR_SHOWN.load(Ordering::SeqCst) {
            eprintln!("--unlock-stdin: no editor {EDITOR_AT_LATEST:?} after the passphrase (a wrong one?)");
            std::process::exit(1);
        }
    });
}
