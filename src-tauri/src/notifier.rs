//! Desktop notifications: the trait, the notify-rust notifier and the test recorder live with the watch service
//! in the `lifeboat-watch` crate, which the background binary shares.

pub use lifeboat_watch::notifier::{
    DesktopNotifier, Notifier, NotifyFuture, OnOpen, Opened, RecordingNotifier,
};
