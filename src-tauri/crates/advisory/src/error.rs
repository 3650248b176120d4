//! Everything that turns a fetch into a failed fetch.

use std::time::Duration;

use crate::source_id::SourceId;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AdvisoryError {
    #[error("the {feed} response was empty")]
    Empty { feed: SourceId },
    #[error("the {feed} response is an HTML page (a challenge or error page), not the feed")]
    ChallengePage { feed: SourceId },
    #[error("the {feed} payload is not valid JSON: {detail}")]
    InvalidJson { feed: SourceId, detail: String },
    #[error("the {feed} payload is not well-formed XML: {detail}")]
    InvalidXml { feed: SourceId, detail: String },
    #[error("the {feed} payload does not have the expected shape: {detail}")]
    Shape { feed: SourceId, detail: String },
    #[error("the {feed} payload parsed but held no usable advisory")]
    NoAdvisories { feed: SourceId },
    #[error("unknown advisory source {0:?} (known: us-state-rss, us-state-json, uk-fcdo, ca-travel, au-smartraveller, de-aa, us-embassy-alerts)")]
    UnknownSource(String),
    /// A feed whose channel names a host the embassy table does not list: its country is not guessed.
    #[error(
        "the {feed} payload is from {host:?}, which is not a U.S. embassy site in Lifeboat's table"
    )]
    UnknownEmbassy { feed: SourceId, host: String },
    /// The embassy alert feed publishes alerts, not levels: it has its own parser.
    #[error("{feed} publishes alerts, not levels: read it with sources::us_embassy_alerts::parse")]
    NotALevelFeed { feed: SourceId },
}

lifeboat_error::error_codes!(AdvisoryError {
    Self::Empty { .. } => "empty",
    Self::ChallengePage { .. } => "challenge_page",
    Self::InvalidJson { .. } => "invalid_json",
    Self::InvalidXml { .. } => "invalid_xml",
    Self::Shape { .. } => "unexpected_shape",
    Self::NoAdvisories { .. } => "no_advisories",
    Self::UnknownSource(_) => "unknown_source",
    Self::UnknownEmbassy { .. } => "unknown_embassy",
    Self::NotALevelFeed { .. } => "not_a_level_feed",
});

/// Everything that makes one source check a failed fetch: the transport ([`crate::fetch::Fetcher`]),
/// the status, the body, the parse ([`AdvisoryError`]) and the plausibility check.
///
/// A failed fetch never carries records: the caller keeps its last good data and marks it stale.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FetchError {
    #[error("refusing {url}: only https:// is allowed (plain http:// only to the loopback interface, and only when enabled for tests)")]
    InsecureUrl { url: String },
    #[error("{url:?} is not a usable URL: {detail}")]
    InvalidUrl { url: String, detail: String },
    #[error("the HTTP client could not be set up: {0}")]
    Setup(String),
    #[error("the {feed} server did not answer in time")]
    Timeout { feed: SourceId },
    #[error("could not connect to the {feed} server: {detail}")]
    Connect { feed: SourceId, detail: String },
    #[error("the {feed} request failed: {detail}")]
    Transport { feed: SourceId, detail: String },
    #[error("the {feed} server is rate limiting us (HTTP 429){}", retry_after.map(|d| format!("; it asks to wait {} s", d.as_secs())).unwrap_or_default())]
    RateLimited {
        feed: SourceId,
        retry_after: Option<Duration>,
    },
    #[error("the {feed} server failed (HTTP {status})")]
    ServerError { feed: SourceId, status: u16 },
    #[error("the {feed} server answered HTTP {status}")]
    HttpStatus { feed: SourceId, status: u16 },
    #[error("the {feed} server redirected more than {max} times")]
    TooManyRedirects { feed: SourceId, max: usize },
    #[error("the {feed} response is larger than the {limit}-byte cap")]
    BodyTooLarge { feed: SourceId, limit: u64 },
    #[error(
        "the {feed} server answered with an HTML page (a challenge or error page), not the feed"
    )]
    Challenge { feed: SourceId },
    #[error(transparent)]
    Parse(#[from] AdvisoryError),
    #[error("the {feed} payload has {now} countries where the last good one had {previous}; kept the last good data")]
    Implausible {
        feed: SourceId,
        previous: usize,
        now: usize,
    },
}

lifeboat_error::error_codes!(FetchError {
    Self::InsecureUrl { .. } => "insecure_url",
    Self::InvalidUrl { .. } => "invalid_url",
    Self::Setup(_) => "client_setup",
    Self::Timeout { .. } => "timeout",
    Self::Connect { .. } => "connect",
    Self::Transport { .. } => "transport",
    Self::RateLimited { .. } => "rate_limited",
    Self::ServerError { .. } => "server_error",
    Self::HttpStatus { .. } => "http_status",
    Self::TooManyRedirects { .. } => "too_many_redirects",
    Self::BodyTooLarge { .. } => "body_too_large",
    Self::Challenge { .. } => "challenge_page",
    Self::Implausible { .. } => "implausible_count",
} nested {
    Parse(AdvisoryError),
});

impl FetchError {
    /// The HTTP status behind the failure, when there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::RateLimited { .. } => Some(429),
            Self::ServerError { status, .. } | Self::HttpStatus { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// How long the server asked us to wait (429 `Retry-After`).
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::RateLimited { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}
