//! The built `lifeboat` binary as a terminal runs it, for the command-line tests (`mod terminal;` in each).

use std::process::{Command, Output};

/// The binary with the terminal's language set to `lang` (and nothing that would outrank `LANG`), on a machine
/// with no display.
pub fn lifeboat_in(lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lifeboat"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", lang)
        .output()
        .expect("the binary runs")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
