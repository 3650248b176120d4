//! One module per publisher. Each reads its payload leniently (a field of an unexpected type counts as absent,
//! so one odd office never loses a country) but never returns an empty success: a payload that names no office
//! and does not say that none helps is an error, so the last good data stays.

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value;

use crate::error::DirectoryError;
use crate::source::DirectorySource;

pub mod ca_gac;
pub mod de_aa;
pub mod uk_govuk;
pub mod us_state;

/// Parses `bytes` as JSON (a leading UTF-8 BOM skipped).
pub(crate) fn json(feed: DirectorySource, bytes: &[u8]) -> Result<Value, DirectoryError> {
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    serde_json::from_slice(body).map_err(|e| DirectoryError::InvalidJson {
        feed,
        detail: e.to_string(),
    })
}

pub(crate) fn shape(feed: DirectorySource, detail: &str) -> DirectoryError {
    DirectoryError::Shape {
        feed,
        detail: detail.to_owned(),
    }
}

/// A member as text: strings trimmed, numbers written out, anything else empty.
pub(crate) fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.trim().to_owned(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// A 0/1 flag written as a number, a string or a boolean.
pub(crate) fn flag(v: Option<&Value>) -> bool {
    match v {
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_i64().is_some_and(|n| n != 0),
        Some(Value::String(s)) => matches!(s.trim(), "1" | "true" | "yes"),
        _ => false,
    }
}

/// A coordinate written as a number or a string; out of range or unreadable is none.
pub(crate) fn coordinate(v: Option<&Value>, limit: f64) -> Option<f64> {
    let n = match v {
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    }?;
    (n.is_finite() && n.abs() <= limit && n != 0.0).then_some(n)
}

/// Seconds (or, above 10^11, milliseconds) since the epoch, as the Canadian and German files stamp them.
pub(crate) fn epoch_date(v: Option<&Value>) -> Option<NaiveDate> {
    let n = match v {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    }?;
    let secs = if n > 100_000_000_000 { n / 1000 } else { n };
    DateTime::<Utc>::from_timestamp(secs, 0).map(|d| d.date_naive())
}

/// The state named after "of" in an office's name ("Embassy of Italy in Tehran" → IT), for a partner's or a
/// protecting power's office.
pub(crate) fn state_named_in(name: &str) -> Option<&'static str> {
    let mut best = None;
    for (i, _) in name.match_indices(" of ") {
        let rest = name[i + 4..].trim_start_matches("the ");
        let cut = rest
            .find([',', '(', '–', '-', '/'])
            .into_iter()
            .chain(rest.find(" in "))
            .chain(rest.find(" to "))
            .chain(rest.find(" at "))
            .min()
            .unwrap_or(rest.len());
        if let Some(code) = crate::countries::from_english(rest[..cut].trim()) {
            best = Some(code);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_in_a_name() {
        assert_eq!(state_named_in("Embassy of Italy in Tehran"), Some("IT"));
        assert_eq!(
            state_named_in("Embassy of Switzerland – Foreign Interests Section"),
            Some("CH")
        );
        assert_eq!(state_named_in("Embassy of Canada to Türkiye"), Some("CA"));
        assert_eq!(state_named_in("British Embassy Tehran"), None);
    }
}

/// What one payload says about one country.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// ISO 3166-1 alpha-2 of the country helped in.
    pub country: String,
    pub assistance: lifeboat_plan::missions::Assistance,
    pub missions: Vec<lifeboat_plan::missions::Mission>,
}
