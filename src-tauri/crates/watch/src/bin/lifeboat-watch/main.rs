//! `lifeboat-watch`: Lifeboat's advisory watch while the window is closed.
//!
//! The app starts it when the window closes to the tray, writes the watch [`lifeboat_watch::Handover`] to its stdin
//! and exits once it reads [`lifeboat_watch::background::READY_LINE`]. From then on this small process (no Tauri,
//! GTK or WebKit: about a tenth of the app's memory) polls the feeds, saves the state with a write-only sealer,
//! raises notifications, shows the tray icon and owns Lifeboat's D-Bus name ([`lifeboat_watch::instance`]). "Open
//! Lifeboat", a second launch of Lifeboat or a click on a notification relaunches the app with the handover on its
//! stdin, and this process exits once the app owns the name again.
//!
//! Linux only ([`lifeboat_watch::background::HANDS_OVER`]): elsewhere the app keeps the watch in its own tray and
//! never starts this binary, which then only answers `--version` and `--help`.

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
mod tray;

use std::process::ExitCode;

use lifeboat_watch::background::{self, Command, USAGE};

fn main() -> ExitCode {
    lifeboat_watch::memory::share_arenas();
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let args = match background::parse_args(&argv) {
        Ok(Command::Run(args)) => args,
        Ok(Command::Version) => {
            println!("lifeboat-watch {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("lifeboat-watch: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    #[cfg(target_os = "linux")]
    return linux::main(args);
    #[cfg(not(target_os = "linux"))]
    {
        let _ = args;
        eprintln!(
            "lifeboat-watch: on this system Lifeboat keeps the advisory watch in its own tray; this process runs on \
             Linux only"
        );
        ExitCode::from(2)
    }
}
