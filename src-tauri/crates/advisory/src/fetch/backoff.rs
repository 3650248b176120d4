//! Exponential backoff with full jitter ("AWS architecture blog" style): wait a uniformly random time between
//! zero and `min(max, base · 2^attempt)`. The random value is a parameter so tests are deterministic.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::error::FetchError;

/// The delay before retry number `attempt + 1` (`attempt` counts failures so far, from 0).
///
/// `unit` is the random draw in `[0, 1]` (clamped; NaN counts as 0): `0.0` retries at once, `1.0` waits the
/// whole ceiling. Overflow saturates at `max`.
pub fn backoff(attempt: u32, base: Duration, max: Duration, unit: f64) -> Duration {
    let ceiling = 2u32
        .checked_pow(attempt)
        .and_then(|factor| base.checked_mul(factor))
        .map_or(max, |d| d.min(max));
    let unit = if unit.is_nan() {
        0.0
    } else {
        unit.clamp(0.0, 1.0)
    };
    ceiling.mul_f64(unit)
}

/// The delay before the next try after `error`: the backoff, but never shorter than a 429's `Retry-After`.
pub fn retry_delay(
    error: &FetchError,
    attempt: u32,
    base: Duration,
    max: Duration,
    unit: f64,
) -> Duration {
    let delay = backoff(attempt, base, max, unit);
    error.retry_after().map_or(delay, |asked| asked.max(delay))
}

/// A random value in `[0, 1)` for [`backoff`], from the standard library's randomly keyed hasher (jitter
/// needs spread, not cryptographic quality).
pub fn jitter_unit() -> f64 {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let bits = RandomState::new().hash_one(nanos);
    (bits >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source_id::SourceId;

    const S: fn(u64) -> Duration = Duration::from_secs;

    #[test]
    fn exponential_ceiling_with_full_jitter() {
        let (base, max) = (S(30), S(3600));
        assert_eq!(backoff(0, base, max, 1.0), S(30));
        assert_eq!(backoff(1, base, max, 1.0), S(60));
        assert_eq!(backoff(3, base, max, 1.0), S(240));
        assert_eq!(backoff(3, base, max, 0.5), S(120));
        assert_eq!(backoff(3, base, max, 0.0), S(0));
        assert_eq!(backoff(7, base, max, 1.0), S(3600), "capped at max");
        assert_eq!(backoff(40, base, max, 1.0), S(3600), "2^40 saturates");
        assert_eq!(backoff(u32::MAX, base, max, 0.25), S(900));
        assert_eq!(backoff(2, base, max, 7.0), S(120), "unit clamped to 1");
        assert_eq!(backoff(2, base, max, -1.0), S(0));
        assert_eq!(backoff(2, base, max, f64::NAN), S(0));
    }

    #[test]
    fn retry_after_is_a_floor() {
        let limited = FetchError::RateLimited {
            feed: SourceId::UsStateJson,
            retry_after: Some(S(600)),
        };
        assert_eq!(retry_delay(&limited, 0, S(30), S(3600), 1.0), S(600));
        assert_eq!(retry_delay(&limited, 6, S(30), S(3600), 1.0), S(1920));
        let down = FetchError::ServerError {
            feed: SourceId::UsStateJson,
            status: 503,
        };
        assert_eq!(retry_delay(&down, 1, S(30), S(3600), 0.5), S(30));
    }

    #[test]
    fn jitter_is_in_range_and_varies() {
        let draws: Vec<f64> = (0..64).map(|_| jitter_unit()).collect();
        assert!(draws.iter().all(|u| (0.0..1.0).contains(u)));
        let first = draws[0];
        assert!(draws.iter().any(|u| *u != first), "not constant");
    }
}
