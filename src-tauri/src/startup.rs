//! How long the app takes to show something a person can use, measured from `main` to the UI's first painted
//! frame (the UI reports it with `report_ready`). `--measure-startup` prints the figure and quits, for `bench/run`;
//! without it the figure goes to the log once per screen.

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

static START: OnceLock<Instant> = OnceLock::new();

/// Called first thing in `main`.
pub fn mark_process_start() {
    let _ = START.set(Instant::now());
}

pub fn elapsed_ms() -> f64 {
    START
        .get()
        .map_or(0.0, |s| s.elapsed().as_secs_f64() * 1000.0)
}

/// A name from the page, reduced to what a log line can safely carry.
pub fn label(raw: &str) -> String {
    raw.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(20)
        .collect()
}

/// The page's own marks (milliseconds since the webview began loading it), bounded and cleaned: they come
/// from the webview and end up on stdout.
pub fn timeline(marks: Vec<(String, f64)>) -> String {
    marks
        .into_iter()
        .take(24)
        .filter(|(_, ms)| ms.is_finite() && *ms >= 0.0)
        .map(|(name, ms)| format!("{}:{ms:.0}", label(&name)))
        .collect::<Vec<_>>()
        .join(",")
}

/// What the benchmark asked for on the command line.
#[derive(Debug, Default)]
pub struct Measure {
    /// Print `startup_ms=…` and exit at the first frame of the screen that counts.
    pub exit_when_ready: bool,
    /// The plan was unlocked from stdin at start: the frame that counts is the editor's.
    pub unlocked_at_start: bool,
    reported: Mutex<BTreeSet<String>>,
}

impl Measure {
    pub fn from_args(args: &[String]) -> Self {
        Measure {
            exit_when_ready: args.iter().any(|a| a == "--measure-startup"),
            unlocked_at_start: args.iter().any(|a| a == "--unlock-stdin"),
            reported: Mutex::default(),
        }
    }

    /// Records a screen's first frame. Returns the line to print and exit with, when this is the one measured.
    /// `page` is the page's timeline (see [`timeline`]), printed after the figure so a run shows where the time
    /// went: before the page (process, window, web process) and inside it (script, IPC, first render).
    pub fn ready(&self, screen: &str, ms: f64, page: &str) -> Option<String> {
        let first = self
            .reported
            .lock()
            .map(|mut seen| seen.insert(screen.to_owned()))
            .unwrap_or(false);
        if first {
            log::info!("first frame of the {screen} screen {ms:.0} ms after start (page: {page})");
        }
        let counts = !self.unlocked_at_start || screen == "unlocked";
        (first && self.exit_when_ready && counts)
            .then(|| format!("startup_ms={ms:.1} screen={screen} page={page}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_measured_frame_is_the_editor_when_the_plan_was_unlocked_at_start() {
        let args = |a: &[&str]| a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let m = Measure::from_args(&args(&["--measure-startup", "--unlock-stdin"]));
        assert_eq!(m.ready("locked", 100.0, ""), None);
        assert_eq!(
            m.ready("unlocked", 250.04, "script:40,frame-unlocked:120")
                .as_deref(),
            Some("startup_ms=250.0 screen=unlocked page=script:40,frame-unlocked:120")
        );
        assert_eq!(m.ready("unlocked", 300.0, ""), None, "once");
        let plain = Measure::from_args(&args(&[]));
        assert_eq!(
            plain.ready("locked", 1.0, ""),
            None,
            "only logged without the switch"
        );
    }

    #[test]
    fn the_page_timeline_is_bounded_and_cleaned() {
        let marks = vec![
            ("script".to_owned(), 41.26),
            ("evil\nstartup_ms=1 $(x)".to_owned(), 50.0),
            ("nan".to_owned(), f64::NAN),
            ("neg".to_owned(), -1.0),
        ];
        assert_eq!(timeline(marks), "script:41,evilstartupms1x:50");
        let many = (0..100).map(|i| (format!("m{i}"), f64::from(i))).collect();
        assert_eq!(timeline(many).split(',').count(), 24);
    }
}
