//! Locks the plan after the idle time the user chose, so a laptop left open does not stay open.

use std::time::{Duration, Instant};

/// How often the idle check runs; auto-lock fires at most this late.
pub const CHECK_EVERY: Duration = Duration::from_secs(5);

/// Whether a session idle since `last_activity` must lock now. `minutes == 0` means the user turned it off.
pub fn is_due(last_activity: Instant, now: Instant, minutes: u32) -> bool {
    minutes > 0
        && now.saturating_duration_since(last_activity)
            >= Duration::from_secs(u64::from(minutes) * 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_once_the_idle_time_is_reached_and_never_when_off() {
        let start = Instant::now();
        let later = |s| start + Duration::from_secs(s);
        assert!(!is_due(start, later(299), 5));
        assert!(is_due(start, later(300), 5));
        assert!(!is_due(start, later(10_000_000), 0));
        // A clock that seems to run backwards (activity recorded after `now` was read) never locks.
        assert!(!is_due(later(10), start, 1));
    }
}
