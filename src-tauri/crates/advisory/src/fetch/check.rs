//! One source check: fetch → challenge check → parse → plausibility, with a result that cannot carry records
//! when it failed.

use crate::changes::WatchState;
use crate::error::FetchError;
use crate::model::Parsed;
use crate::payload_checks::plausible;
use crate::source_id::SourceId;
use crate::sources::parse;

use super::{FetchOutcome, Fetcher, Validators};

/// The result of checking one source. Only [`SourceCheck::Updated`] holds records.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceCheck {
    /// A fresh, parsed, plausible payload: apply it with [`crate::changes::apply`], then store `validators`.
    Updated {
        parsed: Parsed,
        validators: Validators,
    },
    /// 304: nothing changed since the stored validators; no parse, no alert. The data is fresh as of now.
    NotModified,
    /// A failed fetch: keep the last good data, mark it stale with its age, show `error` in the status.
    /// Never a level change.
    Failed(FetchError),
}

impl SourceCheck {
    /// The records, only for a successful fresh fetch.
    pub fn parsed(&self) -> Option<&Parsed> {
        match self {
            SourceCheck::Updated { parsed, .. } => Some(parsed),
            _ => None,
        }
    }

    pub fn error(&self) -> Option<&FetchError> {
        match self {
            SourceCheck::Failed(e) => Some(e),
            _ => None,
        }
    }

    pub fn is_failed(&self) -> bool {
        matches!(self, SourceCheck::Failed(_))
    }
}

/// The pure half of a check: parse `body` and compare its country count with the last good fetch's.
pub fn evaluate(
    source: SourceId,
    body: &[u8],
    previous_count: usize,
) -> Result<Parsed, FetchError> {
    let parsed = parse(source, body)?;
    let now = parsed.advisories.len();
    if !plausible(previous_count, now) {
        return Err(FetchError::Implausible {
            feed: source,
            previous: previous_count,
            now,
        });
    }
    Ok(parsed)
}

/// Fetches `url` for `source` conditionally on `validators` and checks the payload against `state`'s last good
/// count for that source.
///
/// When `state` has never applied this source, the validators are not sent: a 304 would leave nothing to
/// show (validators saved, data lost).
pub async fn check_source(
    fetcher: &Fetcher,
    source: SourceId,
    url: &str,
    validators: &Validators,
    state: &WatchState,
) -> SourceCheck {
    check_counted(fetcher, source, url, validators, state.last_count(source)).await
}

/// [`check_source`] against an explicit last good count (0: never fetched, so no validators are sent).
pub async fn check_counted(
    fetcher: &Fetcher,
    source: SourceId,
    url: &str,
    validators: &Validators,
    previous: usize,
) -> SourceCheck {
    let unconditional = Validators::default();
    let validators = if previous == 0 {
        &unconditional
    } else {
        validators
    };
    match fetcher.fetch(source, url, validators).await {
        Ok(FetchOutcome::NotModified) => SourceCheck::NotModified,
        Ok(FetchOutcome::Fresh {
            body, validators, ..
        }) => match evaluate(source, &body, previous) {
            Ok(parsed) => SourceCheck::Updated { parsed, validators },
            Err(e) => SourceCheck::Failed(e),
        },
        Err(e) => SourceCheck::Failed(e),
    }
}

/// The US State Department: the JSON API first, the RSS only when the API check failed.
#[derive(Debug, Clone, PartialEq)]
pub struct UsCheck {
    /// Always attempted; applies under [`SourceId::UsStateJson`].
    pub json: SourceCheck,
    /// Attempted only when `json` failed; applies under [`SourceId::UsStateRss`].
    pub rss: Option<SourceCheck>,
}

impl UsCheck {
    /// The payload to apply this round and the source to apply it under, if any.
    pub fn updated(&self) -> Option<(SourceId, &Parsed)> {
        if let Some(p) = self.json.parsed() {
            return Some((SourceId::UsStateJson, p));
        }
        self.rss
            .as_ref()
            .and_then(SourceCheck::parsed)
            .map(|p| (SourceId::UsStateRss, p))
    }

    /// Neither feed produced data nor confirmed the last one (304): the US data is stale.
    pub fn is_failed(&self) -> bool {
        self.json.is_failed() && self.rss.as_ref().is_none_or(SourceCheck::is_failed)
    }
}

/// Checks the Consular Affairs JSON API and falls back to the RSS when it fails: empty (`[]`), rate limited
/// (429), a challenge page, and likewise any other failure (5xx, timeout, implausible count), since the RSS
/// is the same advice from another host path and costs one request only when needed.
///
/// Both feeds are held to the JSON's last good count: the poller keeps the US under one state
/// ([`crate::poll`]), so a fallback RSS that lost most countries is as implausible as such a JSON.
pub async fn check_us(
    fetcher: &Fetcher,
    json_url: &str,
    rss_url: &str,
    json_validators: &Validators,
    rss_validators: &Validators,
    state: &WatchState,
) -> UsCheck {
    let previous = state.last_count(SourceId::UsStateJson);
    let json = check_counted(
        fetcher,
        SourceId::UsStateJson,
        json_url,
        json_validators,
        previous,
    )
    .await;
    let rss = if json.is_failed() {
        Some(
            check_counted(
                fetcher,
                SourceId::UsStateRss,
                rss_url,
                rss_validators,
                previous,
            )
            .await,
        )
    } else {
        None
    };
    UsCheck { json, rss }
}
