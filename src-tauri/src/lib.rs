//! Lifeboat's Tauri shell: window, commands, the idle lock, the advisory watch's scheduler, notifications and
//! tray. The plan, the store and the advisory domain live in their own crates.
//!
//! `app` builds and runs the app and depends on the modules below it; none of them depends back on it.

pub mod app;
pub mod autolock;
pub mod autostart;
#[cfg(feature = "bench")]
pub mod bench;
pub mod cli;
pub mod clipboard;
pub mod commands;
pub mod desktop;
pub mod directory;
pub mod error;
pub mod events;
pub mod first_show;
pub mod links;
pub mod notifier;
pub mod open_country;
pub mod route_map;
pub mod session;
pub mod single_instance;
pub mod start_page;
pub mod startup;
pub mod tray;
pub mod watch;
pub mod watch_handover;
pub mod window;

#[cfg(test)]
mod ipc_tests;
#[cfg(test)]
mod security_tests;
#[cfg(test)]
use lifeboat_test_support::server as test_server;

pub use app::run;
