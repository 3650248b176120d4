//! Previous versions of the plan file, kept in `<dir>/backups/`.
//!
//! A backup is the superseded `plan.age` itself (same ciphertext, same recipients), named
//! `plan-<seq, 6+ digits>-<UTC save time YYYYMMDDTHHMMSSmmmZ>.age`. The sequence number orders
//! backups even when the clock jumps; the time is when that version was originally saved.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;

use crate::atomic::{self, StagedFile};
use crate::StoreError;

const PREFIX: &str = "plan-";
const SUFFIX: &str = ".age";
const TIME_FORMAT: &str = "%Y%m%dT%H%M%S%3fZ";

/// One kept version of the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BackupInfo {
    /// Opaque handle for `load_backup` / `restore_backup`.
    pub id: String,
    /// When this version was saved (not when it was superseded).
    pub saved_at: DateTime<Utc>,
    /// Size of the encrypted file in bytes.
    pub size: u64,
}

/// Parses `plan-<seq>-<time>`; anything else (including `..`, slashes, temp files) is rejected,
/// which is what keeps a caller-supplied id from naming a path outside `backups/`.
fn parse_id(id: &str) -> Option<(u64, DateTime<Utc>)> {
    let rest = id.strip_prefix(PREFIX)?;
    let (seq, time) = rest.split_once('-')?;
    if seq.is_empty() || !seq.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !time.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let seq = seq.parse().ok()?;
    let time = NaiveDateTime::parse_from_str(time, TIME_FORMAT)
        .ok()?
        .and_utc();
    Some((seq, time))
}

fn make_id(seq: u64, saved_at: DateTime<Utc>) -> String {
    format!("{PREFIX}{seq:06}-{}", saved_at.format(TIME_FORMAT))
}

/// The file for a backup id, after validating the id's shape.
pub(crate) fn path_for(backups_dir: &Path, id: &str) -> Result<PathBuf, StoreError> {
    let unknown = || StoreError::NotFound {
        what: format!("backup {id:?}"),
    };
    parse_id(id).ok_or_else(unknown)?;
    let path = backups_dir.join(format!("{id}{SUFFIX}"));
    if !atomic::exists(&path)? {
        return Err(unknown());
    }
    Ok(path)
}

/// All backups, newest first, with their sequence numbers.
fn list_with_seq(backups_dir: &Path) -> Result<Vec<(u64, BackupInfo)>, StoreError> {
    let entries = match fs::read_dir(backups_dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io("list", backups_dir, e)),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| StoreError::io("list", backups_dir, e))?;
        let name = entry.file_name();
        let Some(id) = name.to_str().and_then(|n| n.strip_suffix(SUFFIX)) else {
            continue;
        };
        let Some((seq, saved_at)) = parse_id(id) else {
            continue;
        };
        let meta = entry
            .metadata()
            .map_err(|e| StoreError::io("inspect", &entry.path(), e))?;
        if !meta.is_file() {
            continue;
        }
        out.push((
            seq,
            BackupInfo {
                id: id.to_owned(),
                saved_at,
                size: meta.len(),
            },
        ));
    }
    out.sort_by_key(|(seq, _)| std::cmp::Reverse(*seq));
    Ok(out)
}

pub(crate) fn list(backups_dir: &Path) -> Result<Vec<BackupInfo>, StoreError> {
    Ok(list_with_seq(backups_dir)?
        .into_iter()
        .map(|(_, info)| info)
        .collect())
}

/// Preserves the current plan file as the newest backup, before it gets replaced.
///
/// A hard link costs nothing and is atomic; the later rename of the new plan over `plan.age`
/// leaves the linked inode intact. Filesystems without hard links (some FAT/network mounts) get
/// a durable copy instead.
pub(crate) fn snapshot(plan: &Path, backups_dir: &Path) -> Result<Option<String>, StoreError> {
    let meta = match fs::metadata(plan) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::io("inspect", plan, e)),
    };
    atomic::create_private_dir(backups_dir)?;
    let seq = list_with_seq(backups_dir)?
        .first()
        .map_or(1, |(seq, _)| seq + 1);
    let saved_at = meta
        .modified()
        .map(DateTime::<Utc>::from)
        .unwrap_or_else(|_| Utc::now());
    let id = make_id(seq, saved_at);
    let target = backups_dir.join(format!("{id}{SUFFIX}"));
    if fs::hard_link(plan, &target).is_err() {
        let bytes = atomic::read_capped(plan, crate::MAX_FILE_SIZE)?;
        StagedFile::write(backups_dir, &bytes)?.commit(&target, false)?;
    }
    atomic::fsync_dir(backups_dir)?;
    Ok(Some(id))
}

/// Deletes the oldest backups beyond `keep`; returns how many remain.
pub(crate) fn prune(backups_dir: &Path, keep: usize) -> Result<usize, StoreError> {
    let all = list_with_seq(backups_dir)?;
    if all.len() <= keep {
        return Ok(all.len());
    }
    for (_, info) in &all[keep..] {
        let path = backups_dir.join(format!("{}{SUFFIX}", info.id));
        fs::remove_file(&path).map_err(|e| StoreError::io("delete the old backup", &path, e))?;
    }
    atomic::fsync_dir(backups_dir)?;
    Ok(keep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_reject_traversal() {
        let now = DateTime::parse_from_rfc3339("2025-03-04T05:06:07.089Z")
            .unwrap()
            .with_timezone(&Utc);
        let id = make_id(7, now);
        assert_eq!(id, "plan-000007-20250304T050607089Z");
        assert_eq!(parse_id(&id), Some((7, now)));
        for bad in [
            "../plan",
            "plan-1-../../x",
            "plan--20250304T050607089Z",
            "plan-1-2025/0304",
            "",
            "plan-1-20250304T050607089Z/..",
        ] {
            assert_eq!(parse_id(bad), None, "{bad}");
        }
    }
}
