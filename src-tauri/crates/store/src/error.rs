//! The crate's single error type.
//!
//! Messages never contain secrets: no passphrase, key or plaintext ever reaches a variant, only
//! paths, sizes and fixed reasons. The UI shows `message` and branches on `code`.

use std::io;
use std::path::{Path, PathBuf};

/// Everything that can go wrong in the store. `code()` is the stable, machine-readable name.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("the passphrase is not correct")]
    WrongPassphrase,

    #[error("{} is cut short (the file is shorter than its header says); it was left untouched", .path.display())]
    Truncated { path: PathBuf },

    #[error("{} is damaged ({reason}); it was left untouched", .path.display())]
    Corrupt { path: PathBuf, reason: &'static str },

    #[error("{} is not a Lifeboat vault file", .path.display())]
    NotAVault { path: PathBuf },

    #[error("{} was written by a newer Lifeboat (format {found}, this version reads up to {supported}); update Lifeboat to open it", .path.display())]
    NewerFormat {
        path: PathBuf,
        found: u8,
        supported: u8,
    },

    #[error("{} is not encrypted to this vault's key", .path.display())]
    KeyMismatch { path: PathBuf },

    #[error("{} already exists; refusing to overwrite it", .path.display())]
    AlreadyExists { path: PathBuf },

    #[error("the vault in {} is incomplete: its {missing} is missing (nothing was changed)", .dir.display())]
    Incomplete { dir: PathBuf, missing: &'static str },

    #[error("not found: {what}")]
    NotFound { what: String },

    #[error("the disk is full while trying to {op} {}", .path.display())]
    DiskFull {
        op: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },

    #[error("no permission to {op} {} (read-only location or access denied)", .path.display())]
    ReadOnly {
        op: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },

    #[error("could not {op} {}: {source}", .path.display())]
    Io {
        op: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },

    #[error("{what} is too large ({size} bytes, the limit is {limit})")]
    TooLarge {
        what: &'static str,
        size: u64,
        limit: u64,
    },

    #[error("this is not a valid recovery key (it should start with AGE-SECRET-KEY-1)")]
    BadRecoveryKey,

    #[error("this recovery key does not open this vault")]
    WrongRecoveryKey,

    #[error("this is not a passphrase-encrypted Lifeboat export ({reason})")]
    InvalidExport { reason: &'static str },

    #[error("invalid store options: {reason}")]
    InvalidOptions { reason: &'static str },

    #[error("not a usable public key for the vault's side documents: {reason}")]
    InvalidRecipient { reason: &'static str },

    #[error("internal encryption error: {reason}")]
    Internal { reason: &'static str },

    #[cfg(any(test, feature = "fault-injection"))]
    #[error("injected fault at {0:?}")]
    Injected(crate::FailAt),
}

lifeboat_error::error_codes!(StoreError {
    Self::WrongPassphrase => "wrong_passphrase",
    Self::Truncated { .. } => "truncated",
    Self::Corrupt { .. } => "corrupt",
    Self::NotAVault { .. } => "not_a_vault",
    Self::NewerFormat { .. } => "newer_format",
    Self::KeyMismatch { .. } => "key_mismatch",
    Self::AlreadyExists { .. } => "already_exists",
    Self::Incomplete { .. } => "incomplete",
    Self::NotFound { .. } => "not_found",
    Self::DiskFull { .. } => "disk_full",
    Self::ReadOnly { .. } => "read_only",
    Self::Io { .. } => "io",
    Self::TooLarge { .. } => "too_large",
    Self::BadRecoveryKey => "bad_recovery_key",
    Self::WrongRecoveryKey => "wrong_recovery_key",
    Self::InvalidExport { .. } => "invalid_export",
    Self::InvalidOptions { .. } => "invalid_options",
    Self::InvalidRecipient { .. } => "invalid_recipient",
    Self::Internal { .. } => "internal",
    #[cfg(any(test, feature = "fault-injection"))]
    Self::Injected(_) => "injected_fault",
});

impl StoreError {
    /// `TooLarge` when `size` bytes exceed `limit`.
    pub(crate) fn check_size(what: &'static str, size: usize, limit: u64) -> Result<(), Self> {
        match size as u64 {
            size if size > limit => Err(StoreError::TooLarge { what, size, limit }),
            _ => Ok(()),
        }
    }

    /// Classifies an io error so the UI can say "disk full" / "read-only" instead of a raw errno.
    pub(crate) fn io(op: &'static str, path: &Path, source: io::Error) -> Self {
        let path = path.to_path_buf();
        match source.kind() {
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
                StoreError::DiskFull { op, path, source }
            }
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                StoreError::ReadOnly { op, path, source }
            }
            io::ErrorKind::AlreadyExists => StoreError::AlreadyExists { path },
            io::ErrorKind::NotFound => StoreError::NotFound {
                what: path.display().to_string(),
            },
            _ => StoreError::Io { op, path, source },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_are_classified() {
        let p = Path::new("/v/plan.age");
        let classify = |e| StoreError::io("write", p, e).code();
        // Raw errnos as the OS reports them, not just hand-made kinds.
        #[cfg(unix)]
        {
            assert_eq!(classify(io::Error::from_raw_os_error(28)), "disk_full"); // ENOSPC
            assert_eq!(classify(io::Error::from_raw_os_error(30)), "read_only"); // EROFS
            assert_eq!(classify(io::Error::from_raw_os_error(13)), "read_only");
            // EACCES
        }
        assert_eq!(
            classify(io::Error::from(io::ErrorKind::NotFound)),
            "not_found"
        );
        assert_eq!(classify(io::Error::other("boom")), "io");
        let msg =
            StoreError::io("write", p, io::Error::from(io::ErrorKind::StorageFull)).to_string();
        assert!(
            msg.contains("disk is full") && msg.contains("/v/plan.age"),
            "{msg}"
        );
    }
}
