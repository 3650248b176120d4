//! The same measuring protocol as Lifeboat's `--measure-startup`: the page calls `ready` on its first frame (with
//! its `performance.timeOrigin`); with `--measure-startup` the process prints the milliseconds since `main`, when
//! the page began loading (ms since `main`) and the wall clock at that frame (for `bench/run` to count from the
//! process's launch), then exits; otherwise it stays (memory).

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

static START: OnceLock<(Instant, SystemTime)> = OnceLock::new();

fn epoch_ms(t: SystemTime) -> f64 {
    t.duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

#[tauri::command]
fn ready(origin: Option<f64>) {
    let Some((start, wall)) = START.get() else { return };
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    let now = epoch_ms(SystemTime::now());
    let page_start = origin
        .map(|o| o - epoch_ms(*wall))
        .filter(|p| p.is_finite() && (0.0..3_600_000.0).contains(p))
        .map_or_else(|| "?".to_owned(), |p| format!("{p:.1}"));
    if std::env::args().any(|a| a == "--measure-startup") {
        println!("startup_ms={ms:.1} page_start_ms={page_start} ready_epoch_ms={now:.1}");
        std::process::exit(0);
    }
}

fn main() {
    let _ = START.set((Instant::now(), SystemTime::now()));
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("hello runs");
}
