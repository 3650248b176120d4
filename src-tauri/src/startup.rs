//! How long the app takes to show something a person can use: from `main` to the UI's first painted frame of
//! each screen (the UI reports it with `report_ready`), logged once per screen with the page's own timeline so
//! a slow start in a user's log says where the time went.

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock, PoisonError};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// `main`'s start on the monotonic clock (the figure) and on the wall clock (to place the page's
/// `performance.timeOrigin`).
static START: OnceLock<(Instant, SystemTime)> = OnceLock::new();

/// The screens whose first frame this process has seen.
static SEEN: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

/// Called first thing in `main`.
pub fn mark_process_start() {
    let _ = START.set((Instant::now(), SystemTime::now()));
}

pub fn elapsed_ms() -> f64 {
    START
        .get()
        .map_or(0.0, |(s, _)| s.elapsed().as_secs_f64() * 1000.0)
}

pub fn epoch_ms(t: SystemTime) -> f64 {
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

/// A name from the page, reduced to what a log line can safely carry.
pub fn label(raw: &str) -> String {
    raw.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(20)
        .collect()
}

/// The page's own marks (milliseconds since the webview began loading it), bounded and cleaned: they come
/// from the webview and end up in the log.
pub fn timeline(marks: Vec<(String, f64)>) -> String {
    marks
        .into_iter()
        .take(24)
        .filter(|(_, ms)| ms.is_finite() && *ms >= 0.0)
        .map(|(name, ms)| format!("{}:{ms:.0}", label(&name)))
        .collect::<Vec<_>>()
        .join(",")
}

/// A screen's first painted frame, as the UI reported it (`onboarding`, `locked`, `unlocked`).
#[derive(Debug, Clone)]
pub struct Frame {
    pub screen: String,
    /// Since `main`.
    pub ms: f64,
    /// When the page began loading, since `main`.
    pub page_start: Option<f64>,
    /// The page's timeline ([`timeline`]).
    pub page: String,
}

impl Frame {
    /// The frame the UI reports now, with its page's marks and `performance.timeOrigin`.
    pub fn now(screen: &str, marks: Vec<(String, f64)>, origin: Option<f64>) -> Self {
        Frame {
            screen: label(screen),
            ms: elapsed_ms(),
            page_start: origin.and_then(page_began_ms),
            page: timeline(marks),
        }
    }

    /// `page_start` as printed: one decimal, or `?` when the page did not say.
    pub fn page_start_text(&self) -> String {
        self.page_start
            .map_or_else(|| "?".to_owned(), |p| format!("{p:.1}"))
    }

    /// Whether this is the first frame of its screen in this process (a window created again reports again).
    pub fn is_first(&self) -> bool {
        first_of(&SEEN, &self.screen)
    }

    pub fn log(&self) {
        log::info!(
            "first frame of the {} screen {:.0} ms after start (page began at {} ms: {})",
            self.screen,
            self.ms,
            self.page_start_text(),
            self.page
        );
    }
}

fn first_of(seen: &Mutex<BTreeSet<String>>, screen: &str) -> bool {
    seen.lock()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(screen.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_screen_counts_once() {
        let seen = Mutex::new(BTreeSet::new());
        assert!(first_of(&seen, "locked"));
        assert!(first_of(&seen, "unlocked"));
        assert!(!first_of(&seen, "locked"), "a window created again");
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
