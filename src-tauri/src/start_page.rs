//! What the window's page is handed before its first script runs: the language to start in and the messages of
//! the screen it opens on (onboarding or the unlock screen). The page then paints that screen in the person's
//! language straight away; the rest of the catalogue (the editor's words) loads after the first frame. Fetching
//! and parsing the whole catalogue first cost the first frame about 18 ms (bench/README.md).
//!
//! The language to start in is the one last picked in Lifeboat, kept in a one-line file beside the store (not
//! secret: the unlock screen needs it before any plan is open), else the system's.

use std::path::Path;

use lifeboat_plan::ipc::Status;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult};

/// The file, in the store's folder, holding the language last picked (`fa`). Anything unreadable in it counts as
/// nothing picked: the system's language is used.
pub const LANGUAGE_FILE: &str = "language";

/// Which areas of the catalogue each first screen reads. Shared with the UI's test that renders those screens
/// with exactly these areas (ui/src/tests/first-screen.test.ts), so a message added to a first screen from
/// another area fails a test instead of showing its id.
const FIRST_SCREENS: &str = include_str!("../../locales/first-screens.json");

/// The screen a new window opens on: no plan yet, or a plan to unlock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstScreen {
    Onboarding,
    Unlock,
}

#[derive(Deserialize)]
struct Areas {
    onboarding: Vec<String>,
    unlock: Vec<String>,
}

/// `window.__LIFEBOAT_START__` as the page reads it (ui/src/lib/i18n.svelte.ts, ui/src/lib/app.svelte.ts).
#[derive(Serialize)]
struct Start<'a> {
    locale: &'a str,
    /// The first screen's areas of the catalogue in `locale`, as Fluent source.
    messages: String,
    /// What the `status` command would answer now: the first screen needs it (a new store or one to unlock), and
    /// waiting for that request was the longest wait before the first frame. The page asks again after it, since
    /// a reloaded page runs this script as it was when the window was made.
    status: Option<&'a Status>,
}

/// The areas `screen` reads. A broken list (a build-time file) leaves the page on its own path: it fetches the
/// whole catalogue, as without this script.
fn areas(screen: FirstScreen) -> Vec<String> {
    match serde_json::from_str::<Areas>(FIRST_SCREENS) {
        Ok(a) => match screen {
            FirstScreen::Onboarding => a.onboarding,
            FirstScreen::Unlock => a.unlock,
        },
        Err(e) => {
            log::warn!("locales/first-screens.json: {e}");
            Vec::new()
        }
    }
}

/// The Fluent source of the areas `screen` reads, in `locale` (a shipped locale code).
pub fn messages(locale: &str, screen: FirstScreen) -> String {
    let wanted = areas(screen);
    lifeboat_i18n::files()
        .iter()
        .filter(|(l, area, _)| *l == locale && wanted.iter().any(|w| w == area))
        .map(|(_, _, text)| *text)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The initialisation script of the main window's webview: one assignment of a JSON literal, so nothing of the
/// catalogue is ever evaluated as code.
pub fn script(locale: &str, screen: FirstScreen, status: Option<&Status>) -> String {
    let start = Start {
        locale,
        messages: messages(locale, screen),
        status,
    };
    match serde_json::to_string(&start) {
        Ok(json) => format!("window.__LIFEBOAT_START__ = {json};"),
        Err(e) => {
            log::warn!("the first screen's messages could not be written: {e}");
            String::new()
        }
    }
}

/// The language to start in: the one last picked (kept in `data_dir`), else the system's.
pub fn starting_locale(data_dir: &Path) -> &'static str {
    remembered(data_dir).unwrap_or_else(lifeboat_i18n::system_locale)
}

fn remembered(data_dir: &Path) -> Option<&'static str> {
    let text = std::fs::read_to_string(data_dir.join(LANGUAGE_FILE)).ok()?;
    let code = text.trim();
    // Only a shipped language counts; `negotiate` falls back to English for anything else, which would hide the
    // system's language behind a stray file.
    lifeboat_i18n::LOCALES
        .iter()
        .any(|l| l.code == code)
        .then(|| lifeboat_i18n::negotiate(code))
}

/// Keeps `code` (negotiated to a shipped language) as the language to start in next time. Written whole or not
/// at all.
pub fn remember(data_dir: &Path, code: &str) -> AppResult<&'static str> {
    let locale = lifeboat_i18n::negotiate(code);
    std::fs::create_dir_all(data_dir).map_err(|e| AppError::file("create", data_dir, e))?;
    let path = data_dir.join(LANGUAGE_FILE);
    atomicwrites::AtomicFile::new(&path, atomicwrites::AllowOverwrite)
        .write(|f| std::io::Write::write_all(f, locale.as_bytes()))
        .map_err(|e| AppError::file("write", &path, e.into()))?;
    Ok(locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start_of(script: &str) -> serde_json::Value {
        let json = script
            .strip_prefix("window.__LIFEBOAT_START__ = ")
            .and_then(|s| s.strip_suffix(';'))
            .expect("one assignment");
        serde_json::from_str(json).expect("a JSON literal")
    }

    #[test]
    fn every_first_screen_area_exists_in_every_locale() {
        for screen in [FirstScreen::Onboarding, FirstScreen::Unlock] {
            let wanted = areas(screen);
            assert!(wanted.iter().any(|a| a == "common"), "{screen:?}");
            for locale in lifeboat_i18n::LOCALES {
                for area in &wanted {
                    assert!(
                        lifeboat_i18n::files()
                            .iter()
                            .any(|(l, a, _)| *l == locale.code && a == area),
                        "{}/{area}.ftl is missing",
                        locale.code
                    );
                }
            }
        }
    }

    #[test]
    fn a_persian_unlock_screen_is_handed_its_own_words_and_no_others() {
        let start = start_of(&script("fa", FirstScreen::Unlock, None));
        assert_eq!(start["locale"], "fa");
        let messages = start["messages"].as_str().expect("text");
        assert!(
            messages.contains("unlock-passphrase-label"),
            "the unlock screen's own area"
        );
        assert!(messages.contains("common-cancel"));
        assert!(
            !messages.contains("onboarding-"),
            "onboarding is not on this screen"
        );
        assert!(
            !messages.contains("documents-"),
            "the editor's words come later"
        );
        assert!(!messages.contains("Passphrase"), "Persian, not English");
    }

    #[test]
    fn onboarding_gets_the_country_names_its_pickers_show() {
        let start = start_of(&script("de", FirstScreen::Onboarding, None));
        let messages = start["messages"].as_str().expect("text");
        assert!(messages.contains("countries-ir = Iran"));
        assert!(messages.contains("onboarding-"));
        assert!(!messages.contains("unlock-passphrase-label"));
    }

    #[test]
    fn the_catalogue_goes_in_as_data_never_as_code() {
        // The whole script is one assignment of a JSON literal (quotes, newlines and RTL marks in the messages
        // escaped inside it), and reading the literal back gives the messages unchanged.
        let script = script("ar", FirstScreen::Onboarding, None);
        assert!(!script[..script.len() - 1].contains('\n'), "one line");
        let start = start_of(&script);
        assert_eq!(start["messages"], messages("ar", FirstScreen::Onboarding));
    }

    #[test]
    fn the_store_state_goes_with_the_messages() {
        let status = Status {
            state: lifeboat_plan::ipc::VaultState::Locked,
            data_dir: "/home/sara/.local/share/org.lifeboat.desktop".into(),
            app_version: "0.1.0".into(),
        };
        let start = start_of(&script("en", FirstScreen::Unlock, Some(&status)));
        assert_eq!(start["status"]["state"], "locked");
        assert_eq!(
            start["status"]["data_dir"],
            "/home/sara/.local/share/org.lifeboat.desktop"
        );
        assert!(start_of(&script("en", FirstScreen::Unlock, None))["status"].is_null());
    }

    #[test]
    fn the_language_picked_last_is_the_one_to_start_in() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = dir.path().join("not-yet-created");
        assert_eq!(starting_locale(&store), lifeboat_i18n::system_locale());
        assert_eq!(remember(&store, "fa-IR").expect("written"), "fa");
        assert_eq!(starting_locale(&store), "fa");
        assert_eq!(
            std::fs::read_to_string(store.join(LANGUAGE_FILE)).expect("file"),
            "fa"
        );
    }

    #[test]
    fn a_stray_language_file_falls_back_to_the_system_language() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join(LANGUAGE_FILE), "<script>").expect("write");
        assert_eq!(starting_locale(dir.path()), lifeboat_i18n::system_locale());
        std::fs::write(dir.path().join(LANGUAGE_FILE), [0xff, 0xfe]).expect("write");
        assert_eq!(starting_locale(dir.path()), lifeboat_i18n::system_locale());
    }
}
