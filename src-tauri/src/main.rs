// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if std::env::args().nth(1).as_deref() == Some("--version") {
        println!("lifeboat {}", env!("CARGO_PKG_VERSION"));
        return;
    }
    lifeboat_app::run();
}
