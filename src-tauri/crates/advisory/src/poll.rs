//! One poll round over the enabled governments, and the state it persists between rounds and restarts.
//!
//! The round is the whole domain half of the watch: fetch (conditionally), check, parse, apply, record the
//! outcome per source and queue the changes worth a notification in [`WatchFile::outbox`]. The shell only
//! schedules rounds, encrypts the [`WatchFile`] to disk, and turns the outbox into notifications; because the
//! outbox is saved before anything is shown and emptied after, a crash between the two repeats nothing and loses
//! nothing. Two outboxes: [`WatchFile::outbox`] for level [`Change`]s, [`WatchFile::updates`] for new advisory
//! editions and embassy alerts ([`Update`]).
//!
//! Not every feed is asked every round: see [`crate::cadence`] for when each is due ([`Round::force`], "Check
//! now", asks every feed but a rate-limited one). The embassy alert feeds ([`embassy`]) are polled per watched
//! country that has an embassy site in [`crate::embassies`], when the US is enabled.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use lifeboat_error::ErrorPayload;
use serde::{Deserialize, Serialize};

use crate::cadence::{self, Cadence};
use crate::changes::{self, Change, Found, Update, WatchState};
use crate::embassies;
use crate::error::FetchError;
use crate::fetch::{check_counted, FetchOutcome, Fetcher, SourceCheck, Validators};
use crate::model::Parsed;
use crate::payload_checks::plausible;
use crate::source_id::SourceId;
use crate::sources::uk_fcdo;

mod embassy;

/// Bumped when [`WatchFile`] changes incompatibly; an unknown version is set aside, never overwritten.
pub const WATCH_FILE_VERSION: u32 = 1;

/// The level feeds polled for each government, by the source the state is kept under. The US's RSS is not
/// listed: it is the JSON API's fallback and shares its state. The embassy alert feeds are not level feeds: they
/// are polled per country when the US is enabled (see [`us_enabled`]).
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
    /// New advisory editions and embassy alerts found and saved but not yet shown: the shell shows, then clears
    /// them, like [`WatchFile::outbox`].
    #[serde(default)]
    pub updates: Vec<Update>,
    /// How each watched country's embassy alert feed fared, by ISO country ("U.S. Embassy in Iran: could not be
    /// reached since 14:05" is `alert_status["IR"].failing_since`, with [`crate::embassies::for_country`]'s name).
    #[serde(default)]
    pub alert_status: BTreeMap<String, SourceStatus>,
    /// The FCDO index's `public_updated_at` per ISO country, as of the last index fetch.
    #[serde(default)]
    pub uk_updated: BTreeMap<String, DateTime<Utc>>,
    /// The index's `public_updated_at` when each country's page was last fetched (or confirmed by a 304): the
    /// page is asked again only when the index moves past it.
    #[serde(default)]
    pub uk_page_updated: BTreeMap<String, DateTime<Utc>>,
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
            updates: Vec::new(),
            alert_status: BTreeMap::new(),
            uk_updated: BTreeMap::new(),
            uk_page_updated: BTreeMap::new(),
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
    /// The first failed attempt of the current failure streak; cleared by a success.
    #[serde(default)]
    pub failing_since: Option<DateTime<Utc>>,
}

impl SourceStatus {
    /// The last attempt failed, so what is shown is older than the last round.
    pub fn is_stale(&self) -> bool {
        self.last_error.is_some()
    }

    /// Records one attempt's outcome: a failure sets the error, the backoff and (on the first of a streak)
    /// `failing_since`; a success (fresh data or 304) clears them.
    pub fn record(&mut self, outcome: &Outcome, now: DateTime<Utc>, jitter: f64) {
        self.last_attempt = Some(now);
        match outcome {
            Outcome::Failed(e) => {
                let delay = crate::fetch::retry_delay(
                    e,
                    self.consecutive_failures,
                    RETRY_BASE,
                    RETRY_MAX,
                    jitter,
                );
                self.last_error = Some(ErrorPayload::of(e));
                self.consecutive_failures = self.consecutive_failures.saturating_add(1);
                self.rate_limited = e.code() == "rate_limited";
                self.retry_at = Duration::from_std(delay).ok().map(|d| now + d);
                self.failing_since.get_or_insert(now);
            }
            _ => {
                self.last_error = None;
                self.last_success = Some(now);
                self.consecutive_failures = 0;
                self.rate_limited = false;
                self.retry_at = None;
                self.failing_since = None;
            }
        }
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

    /// One country's embassy alert feed: the official [`embassies::feed_url`], or with an override for
    /// `us-embassy-alerts` (a base URL), `{base}/{iso2 lower-case}` (the e2e loopback server serves `/embassy/ir`).
    pub fn embassy_url(&self, country: &str, host: &str) -> String {
        match self.overrides.get(&SourceId::UsEmbassyAlerts) {
            Some(base) => format!(
                "{}/{}",
                base.trim_end_matches('/'),
                country.to_ascii_lowercase()
            ),
            None => embassies::feed_url(host),
        }
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
    /// The level feeds asked this round (a feed not yet due is not listed).
    pub outcomes: Vec<(SourceId, Outcome)>,
    /// The embassy alert feeds asked this round, by ISO country.
    pub alert_outcomes: Vec<(String, Outcome)>,
    /// The changes this round added to the outbox.
    pub changes: Vec<Change>,
    /// The updates and alerts this round added to [`WatchFile::updates`].
    pub updates: Vec<Update>,
}

/// How one round runs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Round {
    pub now: DateTime<Utc>,
    /// The random draw in `[0, 1]` for the backoff (see [`crate::jitter_unit`]).
    pub jitter: f64,
    /// "Check now": ask every feed, due or not (a rate-limited one still waits for its `Retry-After`).
    pub force: bool,
    /// The plan's phase is above normal: every feed on its hot cadence ([`Cadence::for_watch`]).
    pub phase_above_normal: bool,
}

/// Whether the embassy alert feeds are polled: they are the US government's, so when the US is enabled.
pub fn us_enabled(sources: &[SourceId]) -> bool {
    sources.contains(&SourceId::UsStateJson) || sources.contains(&SourceId::UsEmbassyAlerts)
}

/// First retry after a failure, doubled per further failure (with full jitter), up to [`RETRY_MAX`].
pub const RETRY_BASE: std::time::Duration = std::time::Duration::from_secs(60);
pub const RETRY_MAX: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Polls each of `sources` that is due (see [`PRIMARY_SOURCES`] and [`crate::cadence`]), and each watched
/// country's embassy alert feed that is due when the US is enabled, and folds the results into `file`.
///
/// `watched` (ISO codes) decides which changes become notifications; every country's level is kept regardless,
/// so a country the user adds later starts with current data instead of a blank.
pub async fn run_round(
    fetcher: &Fetcher,
    endpoints: &Endpoints,
    sources: &[SourceId],
    watched: &[String],
    file: &mut WatchFile,
    round: Round,
) -> RoundReport {
    let Round {
        now, jitter, force, ..
    } = round;
    let watched: Vec<String> = watched
        .iter()
        .map(|c| c.trim().to_ascii_uppercase())
        .collect();
    let watched = &watched[..];
    let cadence = Cadence::for_watch(file, watched, round.phase_above_normal);
    let mut report = RoundReport::default();
    for &source in PRIMARY_SOURCES.iter().filter(|s| sources.contains(s)) {
        let status = file.status.get(&source);
        if !cadence::is_due(status, cadence.interval(source), now, force) {
            continue;
        }
        let mut found = Found::default();
        let result = match source {
            SourceId::UsStateJson => {
                poll_us(fetcher, endpoints, watched, file, now, &mut found).await
            }
            SourceId::UkFcdo => poll_uk(fetcher, endpoints, watched, file, now, &mut found).await,
            _ => poll_simple(fetcher, endpoints, source, watched, file, now, &mut found).await,
        };
        let outcome = result.unwrap_or_else(Outcome::Failed);
        file.status
            .entry(source)
            .or_default()
            .record(&outcome, now, jitter);
        queue(file, &mut report, found);
        report.outcomes.push((source, outcome));
    }
    if us_enabled(sources) {
        let interval = cadence.interval(SourceId::UsEmbassyAlerts);
        for country in watched {
            let Some(embassy) = embassies::for_country(country) else {
                continue;
            };
            if !cadence::is_due(file.alert_status.get(country), interval, now, force) {
                continue;
            }
            let mut found = Found::default();
            let outcome = embassy::poll(fetcher, endpoints, embassy, file, now, &mut found)
                .await
                .unwrap_or_else(Outcome::Failed);
            file.alert_status
                .entry(country.clone())
                .or_default()
                .record(&outcome, now, jitter);
            queue(file, &mut report, found);
            report.alert_outcomes.push((country.clone(), outcome));
        }
    }
    file.last_round = Some(now);
    report
}

/// Saves what a source found in the outboxes (before anything is shown) and in the round's report.
fn queue(file: &mut WatchFile, report: &mut RoundReport, found: Found) {
    file.outbox.extend(found.changes.iter().cloned());
    file.updates.extend(found.updates.iter().cloned());
    report.changes.extend(found.changes);
    report.updates.extend(found.updates);
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
    sink: &mut Found,
) -> Outcome {
    for a in &mut parsed.advisories {
        a.source = key;
    }
    let countries = parsed.advisories.len();
    let found = changes::apply(&mut file.state, key, &parsed.advisories, watched, now);
    sink.changes.extend(found.changes);
    sink.updates.extend(found.updates);
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
    sink: &mut Found,
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
    sink: &mut Found,
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
    sink: &mut Found,
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

/// The FCDO publishes one page per country: the index (for the slugs, each country's `public_updated_at`, and as
/// the plausibility check), then one conditional request per watched country whose `public_updated_at` moved
/// since its page was last fetched (or whose page was never fetched, or lacks its summary). An unchanged hour
/// costs the index requests alone (304s once the validators are stored).
async fn poll_uk(
    fetcher: &Fetcher,
    endpoints: &Endpoints,
    watched: &[String],
    file: &mut WatchFile,
    now: DateTime<Utc>,
    sink: &mut Found,
) -> Polled {
    let source = SourceId::UkFcdo;
    let index_url = endpoints.url(source);
    // Without slugs (or their dates, in a state from before they were kept) a 304 would leave nothing to work
    // with, so that index fetch is unconditional.
    let validators = if file.uk_slugs.is_empty() || file.uk_updated.is_empty() {
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
            let updated: BTreeMap<String, DateTime<Utc>> = entries
                .iter()
                .filter_map(|e| Some((e.country.clone()?, e.public_updated_at?)))
                .collect();
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
            file.uk_updated = updated;
            file.validators.insert(index_url.clone(), validators);
        }
    }
    let mut updated = 0;
    let mut first_error = None;
    for country in watched {
        let Some(slug) = file.uk_slugs.get(country).cloned() else {
            continue;
        };
        let index_date = file.uk_updated.get(country).copied();
        let seen = file.state.seen(source, country);
        let current = seen.is_some_and(|s| s.summary_html.is_some())
            && index_date.is_some()
            && file.uk_page_updated.get(country).copied() == index_date;
        if current {
            // The index vouches that the page has not moved: its advice is as current as the index.
            changes::touch(
                &mut file.state,
                source,
                Some(std::slice::from_ref(country)),
                now,
            );
            continue;
        }
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
                if let Some(d) = index_date {
                    file.uk_page_updated.insert(country.clone(), d);
                }
            }
            SourceCheck::NotModified => {
                if let Some(d) = index_date {
                    file.uk_page_updated.insert(country.clone(), d);
                }
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

/// The level feeds' interval (the UK index and the embassy alert feeds have their own, see
/// [`crate::cadence`]): 10 minutes while a watched country is at level 3 or above or the plan is above normal,
/// else 60. A failed source may bring its next attempt forward (see [`earliest_retry`]). The scheduler should
/// wake at [`crate::cadence::next_due`], which accounts for every feed.
pub fn next_interval(hot: bool) -> Duration {
    cadence::level_interval(hot)
}
