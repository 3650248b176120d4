//! The contract between the app and the `lifeboat-watch` background binary: its command line, the line it
//! prints once it watches and how it relaunches the app (the D-Bus name they pass between them is in
//! [`crate::instance`]). Both sides build and read these from here, so they cannot drift apart.

use std::path::PathBuf;

use lifeboat_advisory::fetch::user_agent;
use lifeboat_advisory::{Endpoints, FetchConfig};

use crate::WatchError;

/// The binary's name; the app looks for it next to its own executable ([`binary_file_name`]).
pub const BINARY_NAME: &str = "lifeboat-watch";

/// Whether the app hands the watch to `lifeboat-watch` when its window closes to the tray. Linux only: the
/// process's tray is a StatusNotifierItem and the name a second launch finds it by is Lifeboat's own D-Bus name
/// ([`crate::instance`]), both on the session bus. On Windows and macOS a tray icon needs a GUI event loop of its
/// own (a second windowing stack in this small process) and the second launch is caught by
/// tauri-plugin-single-instance, whose private protocol this process would have to speak; there the app keeps the
/// watch in its own tray, as it does on Linux when the handover fails.
pub const HANDS_OVER: bool = cfg!(target_os = "linux");

/// The binary's file name on this platform (`lifeboat-watch.exe` on Windows).
pub fn binary_file_name() -> String {
    format!("{BINARY_NAME}{}", std::env::consts::EXE_SUFFIX)
}

/// The one line the binary prints on stdout, once the watch runs; nothing is written to stdout after it (the
/// app that reads it exits right away, and a write to a closed pipe would fail).
pub const READY_LINE: &str = "lifeboat-watch ready";

/// The app's flag for "the watch state comes on stdin" (the relaunch from the background).
pub const RESUME_FLAG: &str = "--resume-watch";
/// The app's flag for "open the Advisories section on this country" (a notification was clicked).
pub const OPEN_COUNTRY_FLAG: &str = "--open-country";

/// The background binary's command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Args {
    /// The app binary to relaunch.
    pub app: PathBuf,
    /// Feed URL overrides (`SOURCE=URL,…`), as given to the app.
    pub feed_urls: Option<String>,
    /// Passed back to the app on relaunch (`--data-dir DIR`).
    pub gui_args: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Run(Args),
    Version,
    Help,
}

pub const USAGE: &str = "usage: lifeboat-watch --app PATH [--feed-urls SOURCE=URL,…] [--gui-arg ARG]… < handover.json
       lifeboat-watch --version

Lifeboat's advisory watch while its window is closed. Started by Lifeboat itself, with the watch state on
standard input; not meant to be run by hand.";

impl Args {
    /// The command line that [`parse_args`] reads back.
    pub fn to_argv(&self) -> Vec<String> {
        let mut argv = vec!["--app".to_owned(), self.app.display().to_string()];
        if let Some(spec) = &self.feed_urls {
            argv.extend(["--feed-urls".to_owned(), spec.clone()]);
        }
        for arg in &self.gui_args {
            argv.extend(["--gui-arg".to_owned(), arg.clone()]);
        }
        argv
    }

    /// The app's command line on relaunch: take the watch back from stdin, open `country` if a notification
    /// was clicked, and the arguments it was first given.
    pub fn relaunch_argv(&self, country: Option<&str>) -> Vec<String> {
        let mut argv = vec![RESUME_FLAG.to_owned()];
        if let Some(c) = country.filter(|c| is_country_code(c)) {
            argv.extend([OPEN_COUNTRY_FLAG.to_owned(), c.to_owned()]);
        }
        argv.extend(self.gui_args.iter().cloned());
        argv
    }
}

/// ISO 3166-1 alpha-2 as the watch keeps it: two ASCII capitals. Anything else never reaches a command line.
pub fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// Reads the background binary's arguments (without the program name).
pub fn parse_args(args: &[String]) -> Result<Command, WatchError> {
    let mut app = None;
    let mut feed_urls = None;
    let mut gui_args = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |flag: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| WatchError::Usage(format!("{flag} needs a value")))
        };
        match arg.as_str() {
            "--version" | "-V" => return Ok(Command::Version),
            "--help" | "-h" => return Ok(Command::Help),
            "--app" => app = Some(PathBuf::from(value("--app")?)),
            "--feed-urls" => feed_urls = Some(value("--feed-urls")?),
            "--gui-arg" => gui_args.push(value("--gui-arg")?),
            other => return Err(WatchError::Usage(format!("unknown argument {other:?}"))),
        }
    }
    let app = app.ok_or_else(|| WatchError::Usage("--app PATH is required".to_owned()))?;
    Ok(Command::Run(Args {
        app,
        feed_urls,
        gui_args,
    }))
}

/// The feeds to poll: the official ones, or the overrides when given and valid (an invalid spec is logged by
/// the caller and ignored, as the app does).
pub fn endpoints(spec: Option<&str>) -> Result<Endpoints, String> {
    spec.map_or_else(|| Ok(Endpoints::official()), Endpoints::parse_overrides)
}

/// The fetcher's settings for `endpoints`, the same in the app and in the background process.
pub fn fetch_config(endpoints: &Endpoints, version: &str) -> FetchConfig {
    FetchConfig {
        user_agent: user_agent(version),
        // Plain http only to a fixture server on this machine, and only when the user pointed the watch there.
        allow_plain_http_to_loopback_only: endpoints.is_overridden(),
        ..FetchConfig::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn the_command_line_the_app_builds_is_the_one_the_binary_reads() {
        let args = Args {
            app: PathBuf::from("/usr/bin/lifeboat"),
            feed_urls: Some("us-state-json=http://127.0.0.1:9/us.json".to_owned()),
            gui_args: strings(&["--data-dir", "/media/usb/plan dir"]),
        };
        assert_eq!(
            parse_args(&args.to_argv()).expect("parse"),
            Command::Run(args.clone())
        );
        assert_eq!(
            args.relaunch_argv(Some("IR")),
            strings(&[
                "--resume-watch",
                "--open-country",
                "IR",
                "--data-dir",
                "/media/usb/plan dir"
            ])
        );
        assert_eq!(
            args.relaunch_argv(Some("--data-dir=/tmp")),
            strings(&["--resume-watch", "--data-dir", "/media/usb/plan dir"]),
            "only a country code reaches the command line"
        );
    }

    #[test]
    fn bad_command_lines_are_refused_and_version_needs_nothing() {
        assert_eq!(
            parse_args(&strings(&["--version"])).expect("v"),
            Command::Version
        );
        for bad in [&[][..], &["--app"][..], &["--app", "/x", "--nope"][..]] {
            let err = parse_args(&strings(bad)).expect_err("refused");
            assert!(matches!(err, WatchError::Usage(_)), "{bad:?}: {err}");
        }
    }

    #[test]
    fn plain_http_is_allowed_only_to_overridden_feeds() {
        let official = endpoints(None).expect("official");
        assert!(!fetch_config(&official, "1").allow_plain_http_to_loopback_only);
        let fixture = endpoints(Some("us-state-json=http://127.0.0.1:9/us.json")).expect("spec");
        assert!(fetch_config(&fixture, "1").allow_plain_http_to_loopback_only);
        assert!(endpoints(Some("nonsense")).is_err());
    }
}
