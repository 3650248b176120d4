//! The same measuring protocol as Lifeboat's `--measure-startup`: the page calls `ready` on its first frame; with
//! `--measure-startup` the process prints the milliseconds since `main` and exits, otherwise it stays (memory).

use std::sync::OnceLock;
use std::time::Instant;

static START: OnceLock<Instant> = OnceLock::new();

#[tauri::command]
fn ready() {
    let ms = START.get().map_or(0.0, |s| s.elapsed().as_secs_f64() * 1000.0);
    if std::env::args().any(|a| a == "--measure-startup") {
        println!("startup_ms={ms:.1}");
        std::process::exit(0);
    }
}

fn main() {
    let _ = START.set(Instant::now());
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("hello runs");
}
