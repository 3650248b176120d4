//! Saves a vault over and over, for crash experiments by hand (the automated harness is `tests/crash.rs`,
//! which runs the same loop in a child process of its own test binary).
//!
//! ```sh
//! cargo run -p lifeboat-store --example save_loop -- DIR [PASSPHRASE] [COUNT]
//! ```
//!
//! Opens the vault in DIR (or creates it at version 1), then saves versions n+1, n+2, … of a recognisable
//! JSON document (version number, padding of varying size), printing `saved N` and flushing after each
//! successful save; forever unless COUNT is given. scrypt runs at 2^10 so a restart is quick. A test tool:
//! the passphrase on the command line is fine here, never in the app.

use std::process::ExitCode;

use lifeboat_store::testing as support;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: save_loop DIR [PASSPHRASE] [COUNT]");
        return ExitCode::from(2);
    };
    let pass = args
        .next()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|| support::PASSPHRASE.to_owned());
    let count = match args.next().map(|c| c.to_string_lossy().parse::<u64>()) {
        None => None,
        Some(Ok(c)) => Some(c),
        Some(Err(_)) => {
            eprintln!("COUNT must be a number");
            return ExitCode::from(2);
        }
    };
    let mut out = std::io::stdout().lock();
    match support::save_loop(
        std::path::Path::new(&dir),
        &support::passphrase(&pass),
        count,
        &mut out,
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("save_loop: {e}");
            ExitCode::FAILURE
        }
    }
}
