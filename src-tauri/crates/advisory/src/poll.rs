//! One poll round over the enabled governments, and the state it persists between rounds and restarts.
//!
//! The round is the whole domain half of the watch: fetch (conditionally), check, parse, apply, record the
//! outcome per source and queue the changes worth a notification in [`WatchFile::outbox`]. The shell only
//! schedules rounds, encrypts the [`WatchFile`] to disk, and turns the outbox into notifications; because the
//! outbox is saved before anything is shown and emptied after, a crash between the two repeats nothing and loses
//! nothing.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use lifeboat_error::ErrorPayload;
use serde::{Deserialize, Serialize};

use crate::changes::{self, Change, WatchState};
use crate::error::FetchError;
use crate::fetch::{check_counted, FetchOutcome, Fetcher, SourceCheck, Validators};
use crate::model::Parsed;
use crate::payload_checks::plausible;
use crate::source_id::SourceId;
use crate::sources::uk_fcdo;

/// Bumped when [`WatchFile`] changes incompatibly; an unknown version is set aside, never overwritten.
pub const WATCH_FILE_VERSION: u32 = 1;

/// The feeds polled for each government, by the source the state is kept under. The US's RSS is not listed: it
/// is the JSON API's fallback and shares its state.
pub const PRIMARY_SOURCES: [SourceId; 5] = [
    SourceId::UsStateJson,
    SourceId::UkFcdo,
    SourceId::CaTravel,
    SourceId::AuSmartraveller,
    SourceId::DeAa,
];

/// Everything the watch keeps between rounds. Public advice for every country plus which ones the user watches
/// (in the history), so the shell stores it encrypted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WatchFile {
    pub version: u32,
    #[serde(default)]
    pub state: WatchState,
    /// HTTP validators of the last good fetch, per URL (the UK has one per country).
    #[serde(default)]
    pub validators: BTreeMap<String, Validators>,
    #[serde(default)]
    pub status: BTreeMap<SourceId, SourceStatus>,
    /// The FCDO index: page slug per ISO country.
    #[serde(default)]
    pub uk_slugs: BTreeMap<String, String>,
    /// Changes found and saved but not yet shown to the user.
    #[serde(default)]
    pub outbox: Vec<Change>,
    #[serde(default)]
    pub last_round: Option<DateTime<Utc>>,
}

impl Default for WatchFile {
    fn default() -> Self {
        WatchFile {
            version: WATCH_FILE_VERSION,
            state: WatchState::default(),
            validators: BTreeMap::new(),
            status: BTreeMap::new(),
            uk_slugs: BTreeMap::new(),
            outbox: Vec::new(),
            last_round: None,
        }
    }
}

/// How one source fared, for the status line and the staleness mark.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceStatus {
    pub last_attempt: Option<DateTime<Utc>>,
    /// The last round that produced or confirmed (304) data.
    pub last_success: Option<DateTime<Utc>>,
    pub last_error: Option<ErrorPayload>,
    pub consecutive_failures: u32,
    /// Retry no earlier than this: exponential backoff with jitter after a failure, and never before a 429's
    /// `Retry-After`.
    #[serde(default)]
    pub retry_at: Option<DateTime<Utc>>,
    /// The server rate-limited us: skip it, even on "Check now", until `retry_at`.
    #[serde(default)]
    pub rate_limited: bool,
}

impl SourceStatus {
    /// The last attempt failed, so what is shown is older than the last round.
    pub fn is_stale(&self) -> bool {
        self.last_error.is_some()
    }
}

/// Where each feed lives: the official URLs unless overridden (a fixture server in tests, a mirror).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Endpoints {
    overrides: BTreeMap<SourceId, String>,
}

impl Endpoints {
    pub fn official() -> Self {
        Self::default()
    }

    /// `"us-state-json=http://127.0.0.1:8080/us.json,uk-fcdo=…"`; spaces around entries are ignored.
    pub fn parse_overrides(spec: &str) -> Result<Self, String> {
        let mut overrides = BTreeMap::new();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (name, url) = part
                .split_once('=')
                .ok_or_else(|| format!("{part:?} is not SOURCE=URL"))?;
            let source: SourceId = name.trim().parse().map_err(|e| format!("{e}"))?;
            overrides.insert(source, url.trim().to_owned());
        }
        Ok(Endpoints { overrides })
    }

    pub fn is_overridden(&self) -> bool {
        !self.overrides.is_empty()
    }

    pub fn url(&self, source: SourceId) -> String {
        self.overrides
            .get(&source)
            .cloned()
            .unwrap_or_else(|| source.default_url().to_owned())
    }

    /// One country's FCDO page: the index URL plus the slug, which is how GOV.UK lays out the Content API.
    pub fn uk_country_url(&self, slug: &str) -> String {
        match self.overrides.get(&SourceId::UkFcdo) {
            Some(index) => format!("{}/{slug}", index.trim_end_matches('/')),
            None => uk_fcdo::country_api_url(slug),
        }
    }
}

/// What one round did per source.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Updated { countries: usize },
    NotModified,
    Failed(FetchError),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoundReport {
    pub outcomes: Vec<(SourceId, Outcome)>,
    /// The changes this round added to the outbox.
    pub changes: Vec<Change>,
}

/// First retry after a failure, doubled per further failure (with full jitter), up to [`RETRY_MAX`].
pub const RETRY_BASE: std::time::Duration = std::time::Duration::from_secs(60);
pub const RETRY_MAX: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Polls each of `sources` once (see [`PRIMARY_SOURCES`]) and folds the results into `file`.
///
/// `watched` decides which changes become alerts; every country's level is kept regardless, so a country the user
/// adds later starts with current data instead of a blank. `jitter` is the random draw in `[0, 1]` for the
/// backoff (see [`crate::jitter_unit`]).
pub async fn run_round(
    fetcher: &Fetcher,
    endpoints: &Endpoints,
    sources: &[SourceId],
    watched: &[String],
    file: &mut WatchFile,
    now: DateTime<Utc>,
    jitter: f64,
) -> RoundReport {
    let mut report = RoundReport::default();
    for &source in PRIMARY_SOURCES.iter().filter(|s| sources.contains(s)) {
        let status = file.status.get(&source);
        if status.is_some_and(|s| s.rate_limited && s.retry_at.is_some_and(|t| t > now)) {
            continue;
        }
        let mut changes = Vec::new();
        let result = match source {
            SourceId::UsStateJson => {
                poll_us(fetcher, endpoints, watched, file, now, &mut changes).await
            }
            SourceId::UkFcdo => poll_uk(fetcher, endpoints, watched, file, now, &mut changes).await,
            _ => poll_simple(fetcher, endpoints, source, watched, file, now, &mut changes).await,
        };
        let outcome = result.unwrap_or_else(Outcome::Failed);
        let status = file.status.entry(source).or_default();
        status.last_attempt = Some(now);
        match &outcome {
            Outcome::Failed(e) => {
                let delay = crate::fetch::retry_delay(
                    e,
                    status.consecutive_failures,
                    RETRY_BASE,
                    RETRY_MAX,
                    jitter,
                );
                status.last_error = Some(ErrorPayload::of(e));
                status.consecutive_failures = status.consecutive_failures.saturating_add(1);
                status.rate_limited = e.code() == "rate_limited";
                status.retry_at = Duration::from_std(delay).ok().map(|d| now + d);
            }
            _ => {
                status.last_error = None;
                status.last_success = Some(now);
                status.consecutive_failures = 0;
                status.rate_limited = false;
                status.retry_at = None;
            }
        }
        file.outbox.extend(changes.iter().cloned());
        report.changes.extend(changes);
        report.outcomes.push((source, outcome));
    }
    file.last_round = Some(now);
    report
}

/// The earliest time a failed source asks to be retried, if any.
pub fn earliest_retry(file: &WatchFile, sources: &[SourceId]) -> Option<DateTime<Utc>> {
    sources
        .iter()
        .filter_map(|s| file.status.get(s))
        .filter(|s| s.last_error.is_some())
        .filter_map(|s| s.retry_at)
        .min()
}

type Polled = Result<Outcome, FetchError>;

fn validators_of(file: &WatchFile, url: &str) -> Validators {
    file.validators.get(url).cloned().unwrap_or_default()
}

/// The validators for a feed kept under `key`, or none when a watched country still lacks its summary: a 304
/// would leave it without one (summaries are kept for watched countries only, see [`changes::apply`]).
fn conditional(file: &WatchFile, key: SourceId, url: &str, watched: &[String]) -> Validators {
    if file.state.misses_a_summary(key, watched) {
        Validators::default()
    } else {
        validators_of(file, url)
    }
}

/// Applies a fresh payload under `key` (which may differ from the payload's own source: the US RSS is kept as
/// the US JSON) and stores the validators that produced it.
#[allow(clippy::too_many_arguments)] // one call site per feed shape; a struct would only rename them
fn apply_fresh(
    file: &mut WatchFile,
    key: SourceId,
    mut parsed: Parsed,
    url: &str,
    validators: Validators,
    watched: &[String],
    now: DateTime<Utc>,
    sink: &mut Vec<Change>,
) -> Outcome {
    for a in &mut parsed.advisories {
        a.source = key;
    }
    let countries = parsed.advisories.len();
    sink.extend(changes::apply(
        &mut file.state,
        key,
        &parsed.advisories,
        watched,
        now,
    ));
    file.validators.insert(url.to_owned(), validators);
    Outcome::Updated { countries }
}

fn settle(
    file: &mut WatchFile,
    key: SourceId,
    check: SourceCheck,
    url: &str,
    watched: &[String],
    now: DateTime<Utc>,
    sink: &mut Vec<Change>,
) -> Polled {
    match check {
        SourceCheck::Updated { parsed, validators } => Ok(apply_fresh(
            file, key, parsed, url, validators, watched, now, sink,
        )),
        SourceCheck::NotModified => {
            changes::touch(&mut file.state, key, None, now);
            Ok(Outcome::NotModified)
        }
        SourceCheck::Failed(e) => Err(e),
    }
}

#[allow(clippy::too_many_arguments)]
async fn poll_simple(
    fetcher: &Fetcher,
    endpoints: &Endpoints,
    source: SourceId,
    watched: &[String],
    file: &mut WatchFile,
    now: DateTime<Utc>,
    sink: &mut Vec<Change>,
) -> Polled {
    let url = endpoints.url(source);
    let validators = conditional(file, source, &url, watched);
    let previous = file.state.last_count(source);
    let check = check_counted(fetcher, source, &url, &validators, previous).await;
    settle(file, source, check, &url, watched, now, sink)
}

/// The JSON API first, the RSS when it fails: empty (`[]`), rate limited (429), a challenge page, and likewise
/// any other failure (5xx, timeout, implausible count), since the RSS is the same advice from another host path
/// and costs one request only when needed. Both are kept under [`SourceId::UsStateJson`] (and held to its last
/// good count), so switching feeds is neither a baseline (which would swallow a change made during an API
/// outage) nor a repeated alert.
async fn poll_us(
    fetcher: &Fetcher,
    endpoints: &Endpoints,
    watched: &[String],
    file: &mut WatchFile,
    now: DateTime<Utc>,
    sink: &mut Vec<Change>,
) -> Polled {
    let key = SourceId::UsStateJson;
    let previous = file.state.last_count(key);
    let feed = |source: SourceId| {
        let url = endpoints.url(source);
        let validators = conditional(file, key, &url, watched);
        async move {
            let check = check_counted(fetcher, source, &url, &validators, previous).await;
            (url, check)
        }
    };
    let (json_url, json) = feed(SourceId::UsStateJson).await;
    let json_error = match json {
        SourceCheck::Failed(e) => e,
        other => return settle(file, key, other, &json_url, watched, now, sink),
    };
    let (rss_url, rss) = feed(SourceId::UsStateRss).await;
    match rss {
        // Both failed: the API's error is the one worth showing; the RSS is only a fallback.
        SourceCheck::Failed(_) => Err(json_error),
        other => settle(file, key, other, &rss_url, watched, now, sink),
    }
}

/// The FCDO publishes one page per country: the index (for the slugs and as the plausibility check), then one
/// conditional request per watched country.
async fn poll_uk(
    fetcher: &Fetcher,
    endpoints: &Endpoints,
    watched: &[String],
    file: &mut WatchFile,
    now: DateTime<Utc>,
    sink: &mut Vec<Change>,
) -> Polled {
    let source = SourceId::UkFcdo;
    let index_url = endpoints.url(source);
    // Without slugs a 304 would leave nothing to work with, so the first index fetch is unconditional.
    let validators = if file.uk_slugs.is_empty() {
        Validators::default()
    } else {
        validators_of(file, &index_url)
    };
    match fetcher.fetch(source, &index_url, &validators).await? {
        FetchOutcome::NotModified => {}
        FetchOutcome::Fresh {
            body, validators, ..
        } => {
            let entries = uk_fcdo::parse_index(&body)?;
            let slugs: BTreeMap<String, String> = entries
                .into_iter()
                .filter_map(|e| Some((e.country?, e.slug)))
                .collect();
            if !plausible(file.uk_slugs.len(), slugs.len()) {
                return Err(FetchError::Implausible {
                    feed: source,
                    previous: file.uk_slugs.len(),
                    now: slugs.len(),
                });
            }
            file.uk_slugs = slugs;
            file.validators.insert(index_url.clone(), validators);
        }
    }
    let mut updated = 0;
    let mut first_error = None;
    for country in watched {
        let Some(slug) = file.uk_slugs.get(country).cloned() else {
            continue;
        };
        let url = endpoints.uk_country_url(&slug);
        // A page is one record: "previous count" 1 sends its validators, 0 (never seen) fetches it whole.
        let known = usize::from(file.state.seen(source, country).is_some());
        let validators = validators_of(file, &url);
        let check = check_counted(fetcher, source, &url, &validators, known).await;
        match check {
            SourceCheck::Updated { parsed, validators } => {
                // A page must be about the country asked for; a slug that moved to another country would
                // otherwise file one country's advice under another's code.
                if parsed.advisories.iter().any(|a| &a.country != country) {
                    first_error.get_or_insert(FetchError::Parse(
                        crate::error::AdvisoryError::Shape {
                            feed: source,
                            detail: format!("the page for {slug} is not about {country}"),
                        },
                    ));
                    continue;
                }
                updated += parsed.advisories.len();
                apply_fresh(file, source, parsed, &url, validators, watched, now, sink);
            }
            SourceCheck::NotModified => {
                changes::touch(
                    &mut file.state,
                    source,
                    Some(std::slice::from_ref(country)),
                    now,
                );
            }
            SourceCheck::Failed(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    if let Some(src) = file.state.sources.get_mut(&source) {
        // `apply` counts the records of one call (one page); the UK's size is its index.
        src.last_count = file.uk_slugs.len();
    }
    match first_error {
        // The pages that did arrive are applied and their changes queued; the failure still marks the UK stale.
        Some(e) => Err(e),
        None if updated > 0 => Ok(Outcome::Updated { countries: updated }),
        None => Ok(Outcome::NotModified),
    }
}

/// How long to wait before the next round: 10 minutes while a watched country is at level 3 or above or the plan
/// is above normal, else 60. A failed source may bring the next round forward (see [`earliest_retry`]).
pub fn next_interval(hot: bool) -> Duration {
    if hot {
        Duration::minutes(10)
    } else {
        Duration::minutes(60)
    }
}
