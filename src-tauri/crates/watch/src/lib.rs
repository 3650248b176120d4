//! Lifeboat's advisory watch, without Tauri: the service that polls the governments' feeds, keeps the watch state
//! encrypted beside the plan and raises desktop notifications, plus what it takes to run it in a small background
//! process once the window is closed.
//!
//! The app runs [`WatchService`] on its own tokio runtime while the window is open. Closing the window to the tray
//! locks the plan and hands the watch over ([`handover::Handover`]: the plan-derived context, the state, a
//! write-only sealer) to the `lifeboat-watch` binary built from this crate, which links neither Tauri nor GTK nor
//! WebKit; opening Lifeboat again hands it back. See `src/bin/lifeboat-watch/main.rs`.

pub mod background;
pub mod context;
pub mod error;
pub mod handover;
#[cfg(target_os = "linux")]
pub mod instance;
pub mod links;
pub mod memory;
pub mod message;
pub mod notifier;
pub mod reach;
pub mod service;
pub mod timeline;
pub mod tray_status;
pub mod view;

#[cfg(test)]
use lifeboat_test_support::server as test_server;
#[cfg(test)]
mod alert_tests;
#[cfg(test)]
mod tests;

pub use context::WatchContext;
pub use error::WatchError;
pub use handover::Handover;
pub use service::{OnUpdate, WatchService};
