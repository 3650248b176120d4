//! Every event the backend sends the UI, with its payload. The names are the ones `ui/src/lib/ipc.ts` listens
//! to; a payload is what its handler reads.

use serde::Serialize;
use tauri::{Emitter, Runtime};

/// The plan locked (`{reason}`): the UI drops it and shows the unlock screen.
pub const LOCKED: &str = "vault-locked";
/// After every poll round and every change the Advisories section shows (no payload).
pub const WATCH_UPDATED: &str = "watch-updated";
/// A notification was clicked (`{country}`): the UI opens the Advisories section on that country.
pub const OPEN_COUNTRY: &str = "open-country";
/// The embassy directory was refreshed (no payload): the Contacts section asks for its view again.
pub const DIRECTORY_UPDATED: &str = "directory-updated";

/// Why the plan locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LockReason {
    /// The idle time set in the plan passed.
    Idle,
    /// Lock in the UI or in the tray's menu.
    User,
    /// The global lock shortcut.
    Shortcut,
    /// The window closed to the tray.
    Closed,
}

impl LockReason {
    /// As the payload says it, for log lines.
    pub fn as_str(self) -> &'static str {
        match self {
            LockReason::Idle => "idle",
            LockReason::User => "user",
            LockReason::Shortcut => "shortcut",
            LockReason::Closed => "closed",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Locked {
    pub reason: LockReason,
}

#[derive(Debug, Clone, Serialize)]
pub struct OpenCountry {
    pub country: String,
}

pub fn locked<R: Runtime>(app: &impl Emitter<R>, reason: LockReason) {
    let _ = app.emit(LOCKED, Locked { reason });
}

pub fn watch_updated<R: Runtime>(app: &impl Emitter<R>) {
    let _ = app.emit(WATCH_UPDATED, ());
}

pub fn directory_updated<R: Runtime>(app: &impl Emitter<R>) {
    let _ = app.emit(DIRECTORY_UPDATED, ());
}

pub fn open_country<R: Runtime>(app: &impl Emitter<R>, country: String) {
    let _ = app.emit(OPEN_COUNTRY, OpenCountry { country });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_reasons_are_the_words_the_ui_reads() {
        let json = |r| serde_json::to_value(Locked { reason: r }).expect("json");
        assert_eq!(
            json(LockReason::Idle),
            serde_json::json!({"reason": "idle"})
        );
        for r in [LockReason::User, LockReason::Shortcut, LockReason::Closed] {
            assert_eq!(
                json(r)["reason"],
                r.as_str(),
                "the log line says what the UI hears"
            );
        }
    }
}
