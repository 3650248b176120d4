//! What the app hands to the background process when the window closes to the tray, and what the background
//! process hands back when Lifeboat opens again: everything the watch needs while the plan stays locked.
//!
//! It travels as JSON through a pipe (the child's stdin), never through a file or an argument: it holds the
//! watched countries and the plan's instructions per phase. The sealer goes as its public recipients only
//! ([`lifeboat_store::Sealer::recipients_spec`]), so the background process can save the watch state and read
//! nothing.

use std::io::Read;
use std::path::PathBuf;

use lifeboat_advisory::WatchFile;
use lifeboat_store::Sealer;
use serde::{Deserialize, Serialize};

use crate::context::WatchContext;
use crate::WatchError;

/// Bumped when [`Handover`] changes incompatibly. The app and `lifeboat-watch` ship together, so a mismatch
/// means a half-upgraded install: refused, and the app keeps the watch itself.
pub const HANDOVER_VERSION: u32 = 1;

/// Largest handover read. A real one is the watch file (five feeds' levels and sanitised summaries, up to 10,000
/// history entries: a few MB at most) plus a small context; the cap only stops a runaway or hostile writer.
pub const MAX_HANDOVER_BYTES: u64 = 16 * 1024 * 1024;

/// How the sealer travels: the vault folder and its X25519 recipients as `age1…` strings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealerSpec {
    pub dir: PathBuf,
    pub recipients: Vec<String>,
}

impl SealerSpec {
    pub fn of(sealer: &Sealer) -> Self {
        SealerSpec {
            dir: sealer.dir().to_path_buf(),
            recipients: sealer.recipients_spec(),
        }
    }

    pub fn sealer(&self) -> Result<Sealer, WatchError> {
        Ok(Sealer::from_spec(self.dir.clone(), &self.recipients)?)
    }
}

/// The watch as one process leaves it to the next. See [`crate::WatchService::handover`] and
/// [`crate::WatchService::resume`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handover {
    pub version: u32,
    pub context: WatchContext,
    pub file: WatchFile,
    /// `None` when the stored state could not be moved aside: then nobody writes over it.
    pub sealer: Option<SealerSpec>,
    /// A problem the UI should still show (the saved history could not be read, say).
    pub notice: Option<String>,
}

/// A handover that is not valid JSON of its shape. The reason is serde's category and position, never its
/// message: "invalid type: string \"IR\"" would put a watched country in the log.
fn invalid(e: serde_json::Error) -> WatchError {
    let what = match e.classify() {
        serde_json::error::Category::Io => "unreadable",
        serde_json::error::Category::Syntax => "malformed JSON",
        serde_json::error::Category::Data => "unexpected content",
        serde_json::error::Category::Eof => "cut short",
    };
    WatchError::HandoverInvalid {
        reason: format!("{what} at line {} column {}", e.line(), e.column()),
    }
}

impl Handover {
    pub fn to_json(&self) -> Result<Vec<u8>, WatchError> {
        serde_json::to_vec(self).map_err(invalid)
    }

    /// Parses a handover, refusing oversized input, invalid JSON and another format version.
    pub fn from_json(bytes: &[u8]) -> Result<Handover, WatchError> {
        if bytes.len() as u64 > MAX_HANDOVER_BYTES {
            return Err(WatchError::HandoverTooLarge {
                limit: MAX_HANDOVER_BYTES,
            });
        }
        // The version first, so a newer format says so instead of failing on its first new field.
        #[derive(Deserialize)]
        struct Version {
            version: u32,
        }
        let version = serde_json::from_slice::<Version>(bytes)
            .map_err(invalid)?
            .version;
        if version != HANDOVER_VERSION {
            return Err(WatchError::HandoverVersion {
                found: version,
                supported: HANDOVER_VERSION,
            });
        }
        serde_json::from_slice(bytes).map_err(invalid)
    }

    /// Reads a handover until end of input (the writer closes the pipe), at most [`MAX_HANDOVER_BYTES`].
    pub fn read_from(reader: impl Read) -> Result<Handover, WatchError> {
        let mut bytes = Vec::new();
        reader
            .take(MAX_HANDOVER_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| WatchError::io("read the watch handover", e))?;
        Handover::from_json(&bytes)
    }
}
