//! The built `lifeboat` binary as a terminal runs it, for the command-line tests (`mod terminal;` in each).

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// The binary with the terminal's language set to `lang` (and nothing that would outrank `LANG`), on a machine
/// with no display.
fn in_terminal(lang: &str, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lifeboat"));
    command
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", lang);
    command
}

/// `lifeboat ARGS…` run to its end in a terminal speaking `lang`.
pub fn lifeboat_in(lang: &str, args: &[&str]) -> Output {
    in_terminal(lang, args).output().expect("the binary runs")
}

/// The same with `typed` on its standard input (a pipe: a passphrase prompt reads one line from it, as a script
/// would give it).
#[allow(dead_code)] // not every test file that includes this module types anything
pub fn lifeboat_typing(lang: &str, typed: &str, args: &[&str]) -> Output {
    let mut child = in_terminal(lang, args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(mut pipe) = child.stdin.take() {
        // The command may have failed before reading: a closed pipe is its answer, not the test's error.
        let _ = pipe.write_all(typed.as_bytes());
    }
    child.wait_with_output().expect("the binary ends")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
