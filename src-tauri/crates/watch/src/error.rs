//! The crate's single error type. Messages name no country and carry no plan text: they reach logs.

/// Everything that can go wrong handing the watch over or running it in the background.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error("the watch handover is larger than {limit} bytes; refused")]
    HandoverTooLarge { limit: u64 },

    /// `reason` is serde's category and position only: its full message could quote a watched country.
    #[error("the watch handover is not valid JSON for this version ({reason}); refused")]
    HandoverInvalid { reason: String },

    #[error("the watch handover is format {found}; this Lifeboat reads format {supported}")]
    HandoverVersion { found: u32, supported: u32 },

    #[error("the watch handover holds no state (the plan was never unlocked in this run)")]
    NothingToHandOver,

    #[error("could not {op}: {source}")]
    Io {
        op: &'static str,
        #[source]
        source: std::io::Error,
    },

    #[error("the watch handover's key for saving is not usable: {0}")]
    Sealer(#[from] lifeboat_store::StoreError),

    #[error("{0}")]
    Usage(String),

    #[error("the D-Bus session bus: {0}")]
    Bus(String),

    #[error("could not set up the advisory fetcher: {0}")]
    Fetcher(String),

    #[error("Lifeboat's window did not come back: {0}")]
    Relaunch(String),
}

impl WatchError {
    pub fn io(op: &'static str, source: std::io::Error) -> Self {
        WatchError::Io { op, source }
    }
}
