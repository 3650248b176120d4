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
