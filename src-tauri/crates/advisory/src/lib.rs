//! Lifeboat's advisory watch, the domain half: what several governments say about a country, on one 1–4 scale.
//!
//! The domain is pure functions over bytes and state so the Tauri shell (polling, notifications, tray) and the
//! command line can share it without this crate linking Tauri or a display; [`fetch`] is the one async module
//! (reqwest + rustls/ring) that gets the bytes:
//!
//! 1. the poller fetches a payload and asks [`looks_like_challenge`] whether it is an HTML page in disguise;
//! 2. [`parse`] turns the bytes into [`Parsed`] (normalised [`Advisory`] records plus the rows it would not
//!    guess about, see [`Skipped`]); a parse error is a failed fetch;
//! 3. [`plausible`] compares the record count with the last good fetch; a collapse is a failed fetch too;
//! 4. only then [`changes::apply`] folds the records into the persisted [`WatchState`], keeps the sanitised
//!    summaries of watched countries ([`summary_policy`]) and returns the [`Change`]s worth a notification.
//!
//! [`poll::run_round`] is all four for every enabled government, on the cadence of [`cadence`].
//!
//! Besides levels: advisory updates at the same level (a new [`UpdateNote::edition`], see [`changes::apply`]),
//! and the U.S. embassies' security alerts ([`sources::us_embassy_alerts`], [`embassies`], [`alerts`]), each with
//! a priority from its words ([`priority`]), queued as [`Update`]s.

pub mod alerts;
pub mod cadence;
pub mod changes;
pub mod countries;
pub mod diff;
pub mod embassies;
pub mod error;
pub mod fetch;
pub mod level;
pub mod model;
pub mod payload_checks;
pub mod poll;
pub mod priority;
pub mod source_id;
pub mod sources;
pub mod summary_policy;
mod time;
pub mod wording;

pub use alerts::{apply_alerts, AlertState};
pub use cadence::{next_due, Cadence};
pub use changes::{apply, Change, Found, HistoryEntry, HistoryKind, Update, WatchState};
pub use diff::{diff, DiffEntry, DiffKind};
pub use error::{AdvisoryError, FetchError};
pub use fetch::{
    backoff, check_counted, check_source, jitter_unit, FetchConfig, FetchOutcome, Fetcher,
    SourceCheck, Validators,
};
pub use level::Level;
pub use model::{Advisory, MatchedBy, Parsed, SkipReason, Skipped, TimePrecision, UpdateNote};
pub use payload_checks::{looks_like_challenge, plausible, MIN_RECORDS_RATIO};
pub use poll::{run_round, Endpoints, Outcome, Round, RoundReport, WatchFile, PRIMARY_SOURCES};
pub use priority::{Assessment, Priority, Rule};
pub use source_id::SourceId;
pub use sources::parse;
