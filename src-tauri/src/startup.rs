//! How long the app takes to show something a person can use, measured from `main` to the UI's first painted
//! frame (the UI reports it with `report_ready`). `--measure-startup` prints the figure and quits, for `bench/run`;
//! without it the figure goes to the log once per screen.

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// `main`'s start on the monotonic clock (the figure) and on the wall clock (to place the page's
/// `performance.timeOrigin`, and for `bench/run` to count from the moment it launched the process).
static START: OnceLock<(Instant, SystemTime)> = OnceLock::new();

/// Called first thing in `main`.
pub fn mark_process_start() {
    let _ = START.set((Instant::now(), SystemTime::now()));
}

pub fn elapsed_ms() -> f64 {
    START
        .get()
        .map_or(0.0, |(s, _)| s.elapsed().as_secs_f64() * 1000.0)
}

fn epoch_ms(t: SystemTime) -> f64 {
    t.duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// Milliseconds from `main` to the moment the webview began loading the page, given the page's
/// `performance.timeOrigin` (ms since the Unix epoch); `None` for a value that cannot be one.
pub fn page_began_ms(origin: f64) -> Option<f64> {
    let (_, main) = START.get()?;
    let since_main = origin - epoch_ms(*main);
    // Clocks are coarse and the page reports what it likes: only a moment within this run's first hour counts.
    (since_main.is_finite() && (0.0..3_600_000.0).contains(&since_main)).then_some(since_main)
}

/// The wall clock now, in ms since the Unix epoch: `bench/run` subtracts the moment it launched the process,
/// which counts what happens before `main` too (the loader mapping and relocating the binary).
pub fn now_epoch_ms() -> f64 {
    epoch_ms(SystemTime::now())
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
    /// `page_start` is when the page began loading, in ms since `main` ([`page_began_ms`]); `now_epoch` the
    /// wall clock at the frame ([`now_epoch_ms`]).
    pub fn ready(
        &self,
        screen: &str,
        ms: f64,
        page_start: Option<f64>,
        now_epoch: f64,
        page: &str,
    ) -> Option<String> {
        let first = self
            .reported
            .lock()
            .map(|mut seen| seen.insert(screen.to_owned()))
            .unwrap_or(false);
        let start = page_start.map_or_else(|| "?".to_owned(), |p| format!("{p:.1}"));
        if first {
            log::info!(
                "first frame of the {screen} screen {ms:.0} ms after start (page began at {start} ms: {page})"
            );
        }
        let counts = !self.unlocked_at_start || screen == "unlocked";
        (first && self.exit_when_ready && counts).then(|| {
            format!(
                "startup_ms={ms:.1} page_start_ms={start} ready_epoch_ms={now_epoch:.1} screen={screen} page={page}"
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_measured_frame_is_the_editor_when_the_plan_was_unlocked_at_start() {
        let args = |a: &[&str]| a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let m = Measure::from_args(&args(&["--measure-startup", "--unlock-stdin"]));
        assert_eq!(m.ready("locked", 100.0, Some(90.0), 5.0, ""), None);
        assert_eq!(
            m.ready(
                "unlocked",
                250.04,
                Some(160.26),
                1_764_800_000_123.44,
                "script:40,frame-unlocked:120"
            )
            .as_deref(),
            Some(
                "startup_ms=250.0 page_start_ms=160.3 ready_epoch_ms=1764800000123.4 screen=unlocked \
                 page=script:40,frame-unlocked:120"
            )
        );
        assert_eq!(m.ready("unlocked", 300.0, None, 0.0, ""), None, "once");
        let plain = Measure::from_args(&args(&[]));
        assert_eq!(
            plain.ready("locked", 1.0, None, 0.0, ""),
            None,
            "only logged without the switch"
        );
    }

    #[test]
    fn the_page_start_is_counted_from_main_and_nonsense_is_dropped() {
        mark_process_start();
        let main = START.get().map(|(_, wall)| epoch_ms(*wall)).unwrap_or(0.0);
        let began = page_began_ms(main + 180.5).unwrap_or(-1.0);
        assert!((began - 180.5).abs() < 0.01, "{began}");
        assert_eq!(page_began_ms(main - 5.0), None, "before main");
        assert_eq!(page_began_ms(f64::NAN), None);
        assert_eq!(page_began_ms(f64::INFINITY), None);
        assert_eq!(page_began_ms(main + 4_000_000.0), None, "hours later");
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
