//! Crash-safe file primitives: private dirs, capped reads, temp-then-rename writes.
//!
//! The temp file lives in the target's own directory so the rename never crosses filesystems.
//! `tempfile` writes and names it (0600 on unix); `atomicwrites` does the rename and the
//! directory fsync that makes the rename itself durable — `tempfile::persist` does neither flush.

use std::fs;
use std::io::{Read, Write};
use std::path::Path;

use crate::StoreError;

/// Prefix of our temp files; anything starting with it is leftover from an interrupted write
/// and is never read as vault data.
pub(crate) const TEMP_PREFIX: &str = ".lifeboat-";

/// Creates `dir` (and missing parents) readable only by the owner.
pub(crate) fn create_private_dir(dir: &Path) -> Result<(), StoreError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| StoreError::io("create the folder", dir, e))
}

/// Makes a directory entry change (link, rename, unlink) durable.
pub(crate) fn fsync_dir(dir: &Path) -> Result<(), StoreError> {
    // Windows cannot open directories as files; NTFS journals metadata itself.
    #[cfg(unix)]
    {
        fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| StoreError::io("flush the folder", dir, e))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Reads a whole file, refusing anything over `limit` before allocating for it.
pub(crate) fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, StoreError> {
    let file = fs::File::open(path).map_err(|e| StoreError::io("open", path, e))?;
    let size = file
        .metadata()
        .map_err(|e| StoreError::io("inspect", path, e))?
        .len();
    if size > limit {
        return Err(StoreError::TooLarge {
            what: "the vault file",
            size,
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // `take` guards against the file growing between metadata() and the read.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| StoreError::io("read", path, e))?;
    if bytes.len() as u64 > limit {
        return Err(StoreError::TooLarge {
            what: "the vault file",
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Whether `path` exists, treating "can't tell" as an error rather than as "absent" — guessing
/// "absent" could lead `create` to overwrite a real vault.
pub(crate) fn exists(path: &Path) -> Result<bool, StoreError> {
    path.try_exists()
        .map_err(|e| StoreError::io("check", path, e))
}

/// A fully written and fsynced temp file waiting to be renamed into place.
pub(crate) struct StagedFile {
    temp: tempfile::TempPath,
}

impl StagedFile {
    /// Writes `bytes` to a new temp file in `dir` and fsyncs it.
    pub(crate) fn write(dir: &Path, bytes: &[u8]) -> Result<Self, StoreError> {
        let mut file = tempfile::Builder::new()
            .prefix(TEMP_PREFIX)
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| StoreError::io("create a temporary file in", dir, e))?;
        file.write_all(bytes)
            .and_then(|()| file.as_file().sync_all())
            .map_err(|e| StoreError::io("write a temporary file in", dir, e))?;
        Ok(StagedFile {
            temp: file.into_temp_path(),
        })
    }

    /// Renames the temp file over `target` (or, with `overwrite == false`, fails with
    /// `AlreadyExists` if `target` appeared meanwhile), then fsyncs the directory.
    pub(crate) fn commit(self, target: &Path, overwrite: bool) -> Result<(), StoreError> {
        let renamed = if overwrite {
            atomicwrites::replace_atomic(&self.temp, target)
        } else {
            atomicwrites::move_atomic(&self.temp, target)
        };
        renamed.map_err(|e| StoreError::io("replace", target, e))?;
        // The name is gone after the rename; disarm the delete-on-drop so it cannot hit a file
        // someone else later creates under the same random name.
        let _ = self.temp.keep();
        Ok(())
    }

    /// Returns `err`, leaving the temp file on disk as a crash would when fault injection is
    /// compiled in (so tests also cover leftovers); otherwise the temp file is removed.
    pub(crate) fn leave_behind(self, err: StoreError) -> StoreError {
        #[cfg(any(test, feature = "fault-injection"))]
        let _ = self.temp.keep();
        err
    }
}

/// Replaces (or creates) `target` atomically with `bytes`.
pub(crate) fn write_atomic(target: &Path, bytes: &[u8], overwrite: bool) -> Result<(), StoreError> {
    let dir = target.parent().ok_or_else(|| StoreError::NotFound {
        what: format!("the folder of {}", target.display()),
    })?;
    StagedFile::write(dir, bytes)?.commit(target, overwrite)
}
