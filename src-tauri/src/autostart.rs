//! "Start Lifeboat at login": tauri-plugin-autostart's login entry, written or removed when the plan's setting
//! changes: on Linux `~/.config/autostart/lifeboat.desktop`, on Windows the `lifeboat` value of the user's
//! `HKCU\Software\Microsoft\Windows\CurrentVersion\Run` key, on macOS a launch agent
//! (`~/Library/LaunchAgents/lifeboat.plist`, the plugin's default). The entry starts the app with no argument, so
//! it opens on the unlock screen: the watch needs one unlock to know what to watch, and keeps running in the tray
//! after the window is closed.

use std::sync::{Mutex, PoisonError};

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_autostart::AutoLaunchManager;

/// The entry's name, `lifeboat.desktop` on Linux as before the plugin, so an entry an earlier Lifeboat wrote is
/// the one updated or removed.
pub const ENTRY_NAME: &str = "lifeboat";

/// The arguments the entry starts the app with: none, a plain launch on the unlock screen.
pub const LAUNCH_ARGS: [&str; 0] = [];

/// The plugin, for the running app. Its commands stay out of the webview: no capability grants them, and the
/// entry follows the plan's setting from Rust only.
pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    tauri_plugin_autostart::Builder::new()
        .app_name(ENTRY_NAME)
        .args(LAUNCH_ARGS)
        .build()
}

/// The setting as applied last in this run, so the entry is touched only when the plan's setting changes (and
/// once per run, when the plan is first unlocked).
#[derive(Default)]
pub struct Applied(Mutex<Option<bool>>);

/// Makes the login entry match the plan's setting, if that differs from what this run applied last.
pub fn follow<R: Runtime>(app: &AppHandle<R>, start_at_login: bool) {
    let (Some(applied), Some(entry)) = (
        app.try_state::<Applied>(),
        app.try_state::<AutoLaunchManager>(),
    ) else {
        return;
    };
    let mut last = applied.0.lock().unwrap_or_else(PoisonError::into_inner);
    if *last == Some(start_at_login) {
        return;
    }
    let done = if start_at_login {
        entry.enable()
    } else {
        entry.disable()
    };
    match done {
        Ok(()) => *last = Some(start_at_login),
        Err(e) => log::warn!("could not update the login autostart entry: {e}"),
    }
}

/// The entry is a file only on Linux; elsewhere the test would write the real user's registry or launch agents.
#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use std::path::Path;

    /// Set to the temporary HOME the child test process runs with; the entry is never written to a real HOME.
    const CHILD_HOME: &str = "LIFEBOAT_AUTOSTART_TEST_HOME";

    fn entry_path(home: &Path) -> std::path::PathBuf {
        home.join(".config/autostart/lifeboat.desktop")
    }

    /// Runs in a child process with a temporary HOME (the plugin finds the folder from HOME, which a test must
    /// not change under the other tests' threads): turns the setting on, on again, then off.
    #[test]
    #[ignore = "run by the_login_entry_starts_the_app_plainly_and_follows_the_setting, with a temporary HOME"]
    fn login_entry_child() {
        let Some(home) = std::env::var_os(CHILD_HOME) else {
            return;
        };
        assert_eq!(std::env::var_os("HOME"), Some(home.clone()));
        let entry = entry_path(Path::new(&home));
        let app = tauri::test::mock_builder()
            .plugin(plugin())
            .manage(Applied::default())
            .build(tauri::test::mock_context(tauri::test::noop_assets()))
            .expect("app");
        let app = app.handle();

        follow(app, true);
        let text = std::fs::read_to_string(&entry).expect("written");
        std::fs::write(Path::new(&home).join("entry"), &text).expect("kept for the parent");
        // The same setting again (a later save, a later unlock) leaves the entry alone.
        std::fs::remove_file(&entry).expect("removed by hand");
        follow(app, true);
        assert!(!entry.exists(), "not rewritten for an unchanged setting");
        follow(app, false);
        follow(app, true);
        assert!(entry.exists(), "written again when turned back on");
        follow(app, false);
        assert!(!entry.exists(), "removed when turned off");
    }

    #[test]
    fn the_login_entry_starts_the_app_plainly_and_follows_the_setting() {
        let home = tempfile::tempdir().expect("tempdir");
        let exe = std::env::current_exe().expect("test binary");
        let out = std::process::Command::new(&exe)
            .args([
                "autostart::tests::login_entry_child",
                "--exact",
                "--ignored",
                "--nocapture",
            ])
            .env("HOME", home.path())
            .env(CHILD_HOME, home.path())
            .env_remove("XDG_CONFIG_HOME")
            .output()
            .expect("runs");
        let log = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{log}");
        assert!(log.contains("1 passed"), "{log}");
        let text = std::fs::read_to_string(home.path().join("entry")).expect("the entry it wrote");
        let exec = text
            .lines()
            .find_map(|l| l.strip_prefix("Exec="))
            .expect("an Exec line");
        assert_eq!(
            exec.trim_end(),
            exe.display().to_string(),
            "the app itself, with no argument (on the unlock screen)"
        );
        assert!(text.contains("Type=Application"), "{text}");
    }
}
