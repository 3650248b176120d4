//! What the directory keeps between runs: per source and per country the last good data with the time it was
//! fetched, the HTTP validators of each URL, and when the last attempt failed.
//!
//! The rule is the watch's: a fetch that fails, parses to nothing or collapses keeps the last good data (only
//! its failure is recorded); a 304 confirms it. The whole state is one document, replaced as a whole by the
//! caller's atomic save, so a cut write can never leave half of a refresh behind.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use lifeboat_advisory::Validators;
use lifeboat_plan::missions::{Assistance, Mission};
use serde::{Deserialize, Serialize};

use crate::error::DirectoryError;
use crate::source::DirectorySource;
use crate::sources::Found;

/// The version of the kept document; a newer one is refused rather than misread.
pub const STATE_VERSION: u32 = 1;

/// How often a country's data is fetched again once it is there.
pub const REFRESH_EVERY: Duration = Duration::days(7);
/// How long after a failed attempt the same country is tried again.
pub const RETRY_AFTER_FAILURE: Duration = Duration::hours(6);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DirectoryState {
    pub version: u32,
    pub sources: BTreeMap<DirectorySource, SourceState>,
}

impl Default for DirectoryState {
    fn default() -> Self {
        DirectoryState {
            version: STATE_VERSION,
            sources: BTreeMap::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SourceState {
    /// ISO code of the country helped in → the last good data.
    pub countries: BTreeMap<String, CountryData>,
    /// URL → validators of its last good fetch.
    pub validators: BTreeMap<String, Validators>,
    /// ISO code → when the last attempt for it failed, and why (an error code); cleared by a success.
    pub failures: BTreeMap<String, Failure>,
    /// For a source that publishes every country in one file: how many countries its last good file covered,
    /// so a file that suddenly covers far fewer is refused as a collapse.
    pub covered: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountryData {
    pub assistance: Assistance,
    pub missions: Vec<Mission>,
    /// When this data was last fetched (or confirmed by a 304).
    pub fetched_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    pub at: DateTime<Utc>,
    pub code: String,
}

impl DirectoryState {
    /// The kept document; an unreadable one or one from a newer Lifeboat is an error (the caller sets it aside
    /// and starts empty, so the next refresh rebuilds it).
    pub fn from_json(bytes: &[u8]) -> Result<Self, DirectoryError> {
        let state: DirectoryState =
            serde_json::from_slice(bytes).map_err(|e| DirectoryError::Stored(e.to_string()))?;
        if state.version > STATE_VERSION {
            return Err(DirectoryError::Stored(format!(
                "written by a newer Lifeboat (version {})",
                state.version
            )));
        }
        Ok(state)
    }

    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    pub fn source(&self, source: DirectorySource) -> Option<&SourceState> {
        self.sources.get(&source)
    }

    pub fn country(&self, source: DirectorySource, country: &str) -> Option<&CountryData> {
        self.sources.get(&source)?.countries.get(country)
    }

    /// A good fetch for one country: replaces that country's data, clears its failure.
    pub fn apply_found(&mut self, source: DirectorySource, found: Found, now: DateTime<Utc>) {
        let s = self.sources.entry(source).or_default();
        s.failures.remove(&found.country);
        s.countries.insert(
            found.country,
            CountryData {
                assistance: found.assistance,
                missions: found.missions,
                fetched_at: now,
            },
        );
    }

    /// A 304 for a country: its data is still the publisher's, as of now.
    pub fn confirm(&mut self, source: DirectorySource, country: &str, now: DateTime<Utc>) {
        let s = self.sources.entry(source).or_default();
        s.failures.remove(country);
        if let Some(c) = s.countries.get_mut(country) {
            c.fetched_at = now;
        }
    }

    /// A failed fetch or parse for a country: the last good data stays, only the failure is noted.
    pub fn record_failure(
        &mut self,
        source: DirectorySource,
        country: &str,
        code: &str,
        now: DateTime<Utc>,
    ) {
        self.sources.entry(source).or_default().failures.insert(
            country.to_owned(),
            Failure {
                at: now,
                code: code.to_owned(),
            },
        );
    }

    pub fn validators(&self, source: DirectorySource, url: &str) -> Validators {
        self.sources
            .get(&source)
            .and_then(|s| s.validators.get(url))
            .cloned()
            .unwrap_or_default()
    }

    pub fn set_validators(&mut self, source: DirectorySource, url: &str, v: Validators) {
        let s = self.sources.entry(source).or_default();
        if v.is_empty() {
            s.validators.remove(url);
        } else {
            s.validators.insert(url.to_owned(), v);
        }
    }

    /// Whether `country` of `source` should be fetched now: never fetched, a week old, or its last failure
    /// long enough ago.
    pub fn is_due(&self, source: DirectorySource, country: &str, now: DateTime<Utc>) -> bool {
        let s = self.sources.get(&source);
        if let Some(f) = s.and_then(|s| s.failures.get(country)) {
            if now - f.at < RETRY_AFTER_FAILURE {
                return false;
            }
        }
        match s.and_then(|s| s.countries.get(country)) {
            None => true,
            Some(c) => now - c.fetched_at >= REFRESH_EVERY,
        }
    }

    /// When the earliest of `pairs` falls due (now when one already is), for the app's timer.
    pub fn next_due(
        &self,
        wanted: &[(DirectorySource, String)],
        now: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        wanted
            .iter()
            .map(|(source, country)| {
                let s = self.sources.get(source);
                let retry = s
                    .and_then(|s| s.failures.get(country))
                    .map(|f| f.at + RETRY_AFTER_FAILURE);
                let stale = s
                    .and_then(|s| s.countries.get(country))
                    .map(|c| c.fetched_at + REFRESH_EVERY);
                match (stale, retry) {
                    (None, None) => now,
                    (Some(a), None) | (None, Some(a)) => a,
                    (Some(a), Some(b)) => a.max(b),
                }
                .max(now)
            })
            .min()
    }
}
