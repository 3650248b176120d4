//! Background mode that costs nothing: closing the window to the tray hands the advisory watch to the small
//! `lifeboat-watch` process (no Tauri, GTK or WebKit) and ends the app; that process hands it back when Lifeboat
//! opens again (`--resume-watch`, the watch state on stdin).
//!
//! Without the binary next to the app, or if it does not start, the app keeps today's in-process tray mode: the
//! watch never stops because of a failed handover. On Windows and macOS that mode is the only one
//! ([`HANDS_OVER`] says why).

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use lifeboat_watch::background::{
    binary_file_name, Args, BINARY_NAME, HANDS_OVER, READY_LINE, RESUME_FLAG,
};
use lifeboat_watch::Handover;
use tauri::{AppHandle, Manager, Runtime};

use crate::error::{AppError, AppResult};
use crate::watch::SharedWatch;

/// How long the background process has to say it watches before the app gives up and keeps the watch.
pub const READY_TIMEOUT: Duration = Duration::from_secs(10);

/// What the background process needs to relaunch the app as it was started: the same plan folder and feeds.
#[derive(Debug, Clone, Default)]
pub struct LaunchArgs {
    pub feed_urls: Option<String>,
    pub data_dir: Option<PathBuf>,
}

impl LaunchArgs {
    fn background_args(&self, app: PathBuf) -> Args {
        let mut gui_args = Vec::new();
        if let Some(dir) = &self.data_dir {
            // Absolute, so the relaunch finds the same plan whatever its working folder.
            let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.clone());
            gui_args.extend(["--data-dir".to_owned(), dir.display().to_string()]);
        }
        if let Some(spec) = &self.feed_urls {
            // The relaunched app polls the same feeds as the watch it takes back.
            gui_args.extend(["--feed-urls".to_owned(), spec.clone()]);
        }
        Args {
            app,
            feed_urls: self.feed_urls.clone(),
            gui_args,
        }
    }
}

/// Set once the background process runs, so that the app's exit is not held back for the tray.
#[derive(Default)]
pub struct HandedOver(AtomicBool);

impl HandedOver {
    pub fn is_set(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// `--resume-watch`: the watch state from the background process, read from stdin before the app is built.
/// A handover that cannot be read is logged and dropped: the watch then starts at the next unlock from what
/// the background process saved, as after any restart.
pub fn read_resume() -> Option<Handover> {
    if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        // Typed by hand: there is no handover to wait for.
        log::warn!("{RESUME_FLAG} expects the watch on standard input; starting without it");
        return None;
    }
    match Handover::read_from(std::io::stdin().lock()) {
        Ok(h) => Some(h),
        Err(e) => {
            log::warn!("{e}; the watch starts again at the next unlock");
            None
        }
    }
}

/// `lifeboat-watch` next to the app's executable (`/usr/bin` in the package, `target/*/` in a build), on the
/// platforms that hand the watch over ([`HANDS_OVER`]).
pub fn background_binary() -> Option<PathBuf> {
    if !HANDS_OVER {
        return None;
    }
    let exe = std::env::current_exe().ok()?;
    let candidate = exe.parent()?.join(binary_file_name());
    candidate.is_file().then_some(candidate)
}

/// After the window closed to the tray (the plan is locked): moves the watch to the background process and,
/// once it runs, ends the app. Runs off the main thread; on any failure the watch stays here.
pub fn hand_over<R: Runtime>(app: &AppHandle<R>) {
    let Some(binary) = background_binary() else {
        if HANDS_OVER {
            log::info!("no {BINARY_NAME} next to the app; the watch stays in this process");
        } else {
            log::info!("on this system the watch stays in the app's tray");
        }
        return;
    };
    let (Some(watch), Ok(exe)) = (
        app.try_state::<SharedWatch>().map(|w| w.inner().clone()),
        std::env::current_exe(),
    ) else {
        return;
    };
    let launch = app
        .try_state::<LaunchArgs>()
        .map(|l| l.inner().clone())
        .unwrap_or_default();
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        // Waits for a round in flight; from here on this process runs none.
        let Some(handover) = watch.handover().await else {
            return;
        };
        let args = launch.background_args(exe);
        let started = tauri::async_runtime::spawn_blocking(move || {
            start_background(&binary, &args, &handover, READY_TIMEOUT)
        })
        .await
        .map_err(|e| AppError::Internal(e.to_string()))
        .and_then(|r| r);
        match started {
            Ok(()) => {
                log::info!("the advisory watch runs in the background; the app exits");
                if let Some(flag) = app.try_state::<HandedOver>() {
                    flag.0.store(true, Ordering::SeqCst);
                }
                app.exit(0);
            }
            Err(e) => {
                log::warn!("{e}; the watch stays in this process");
                watch.take_back();
            }
        }
    });
}

/// Starts `binary`, writes the handover to its stdin and waits for its ready line. On failure the process is
/// stopped: two watches would tell every change twice.
fn start_background(
    binary: &Path,
    args: &Args,
    handover: &Handover,
    timeout: Duration,
) -> AppResult<()> {
    let failed = |what: &str| AppError::Internal(format!("the background watch {what}"));
    let json = handover
        .to_json()
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let mut child = Command::new(binary)
        .args(args.to_argv())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| failed(&format!("could not start: {e}")))?;
    let result = (|| {
        let mut stdin = child.stdin.take().ok_or_else(|| failed("has no stdin"))?;
        stdin
            .write_all(&json)
            .map_err(|e| failed(&format!("did not take the handover: {e}")))?;
        drop(stdin);
        let stdout = child.stdout.take().ok_or_else(|| failed("has no stdout"))?;
        // A thread, so the wait can time out; it ends when the child writes a line or its stdout closes.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let read = std::io::BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(read.map(|_| line));
        });
        match rx.recv_timeout(timeout) {
            Ok(Ok(line)) if line.trim_end() == READY_LINE => Ok(()),
            Ok(Ok(_)) => Err(failed("stopped before it was ready (see its log above)")),
            Ok(Err(e)) => Err(failed(&format!("could not be read from: {e}"))),
            Err(_) => Err(failed(&format!(
                "did not start within {} seconds",
                timeout.as_secs()
            ))),
        }
    })();
    if result.is_err() {
        let _ = child.kill();
        let _ = child.wait();
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    fn handover() -> Handover {
        let mut plan = lifeboat_plan::Plan::default();
        plan.profile.residence_country = "IR".into();
        Handover {
            version: lifeboat_watch::handover::HANDOVER_VERSION,
            context: lifeboat_watch::WatchContext::from_plan(&plan),
            file: lifeboat_advisory::WatchFile::default(),
            sealer: None,
            notice: None,
        }
    }

    /// A stand-in for `lifeboat-watch`: a shell script with `body`, which may keep the handover it reads.
    #[cfg(unix)]
    fn fake_background(dir: &Path, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let path = dir.join("fake-watch");
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("script");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        path
    }

    #[cfg(unix)]
    #[test]
    fn the_app_hands_over_on_stdin_and_waits_for_the_ready_line_or_gives_up() {
        let dir = tempfile::tempdir().expect("tempdir");
        let kept = dir.path().join("received.json");
        let args = LaunchArgs::default().background_args(PathBuf::from("/usr/bin/lifeboat"));
        let quick = Duration::from_secs(5);

        let ready = fake_background(
            dir.path(),
            &format!("cat > '{}'\necho '{READY_LINE}'\nsleep 1", kept.display()),
        );
        start_background(&ready, &args, &handover(), quick).expect("ready");
        let received = Handover::from_json(&std::fs::read(&kept).expect("kept")).expect("parses");
        assert_eq!(
            received,
            handover(),
            "the whole handover went through the pipe"
        );

        let fails = fake_background(
            dir.path(),
            "cat > /dev/null\necho 'no session bus' >&2\nexit 1",
        );
        let err = start_background(&fails, &args, &handover(), quick).expect_err("failed");
        assert!(
            err.to_string().contains("stopped before it was ready"),
            "{err}"
        );

        let silent = fake_background(dir.path(), "cat > /dev/null\nexec sleep 30");
        let started = std::time::Instant::now();
        let err = start_background(&silent, &args, &handover(), Duration::from_secs(1))
            .expect_err("timed out");
        assert!(err.to_string().contains("did not start within"), "{err}");
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "and it was stopped, not waited for"
        );

        let missing = start_background(&dir.path().join("nope"), &args, &handover(), quick);
        assert!(missing.is_err());
    }

    #[test]
    fn the_relaunch_gets_the_plan_folder_absolute_and_the_same_feeds() {
        let launch = LaunchArgs {
            feed_urls: Some("us-state-json=http://127.0.0.1:1/us.json".to_owned()),
            data_dir: Some(PathBuf::from("plans/usb")),
        };
        let args = launch.background_args(PathBuf::from("/usr/bin/lifeboat"));
        assert_eq!(args.gui_args[0], "--data-dir");
        assert!(Path::new(&args.gui_args[1]).is_absolute(), "{args:?}");
        assert_eq!(args.feed_urls, launch.feed_urls);
        assert_eq!(
            args.gui_args[2..],
            [
                "--feed-urls".to_owned(),
                launch.feed_urls.clone().unwrap_or_default()
            ],
            "the relaunched app polls the same feeds"
        );
    }
}
