//! Everything that makes a directory fetch a failed one; the last good data is kept whatever the failure.

use lifeboat_advisory::FetchError;

use crate::source::DirectorySource;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DirectoryError {
    #[error("the {feed} payload is not valid JSON: {detail}")]
    InvalidJson {
        feed: DirectorySource,
        detail: String,
    },
    #[error("the {feed} payload does not have the expected shape: {detail}")]
    Shape {
        feed: DirectorySource,
        detail: String,
    },
    /// A payload that parsed but named no office (and did not say that none helps): never taken as "none".
    #[error("the {feed} payload for {country} held no office")]
    Empty {
        feed: DirectorySource,
        country: String,
    },
    #[error("the {feed} payload covers {now} countries where the last good one covered {previous}; kept the last good data")]
    Implausible {
        feed: DirectorySource,
        previous: usize,
        now: usize,
    },
    #[error("the kept directory could not be read: {0}")]
    Stored(String),
    #[error(transparent)]
    Fetch(#[from] FetchError),
}

lifeboat_error::error_codes!(DirectoryError {
    Self::InvalidJson { .. } => "directory_invalid_json",
    Self::Shape { .. } => "directory_unexpected_shape",
    Self::Empty { .. } => "directory_empty",
    Self::Implausible { .. } => "directory_implausible",
    Self::Stored(_) => "directory_unreadable",
} nested {
    Fetch(FetchError),
});
