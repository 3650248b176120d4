//! The unlocked vault: the only thing that can write.

use std::fmt;

use age::secrecy::{SecretBox, SecretString};
use age::x25519;
use serde::Serialize;

use crate::atomic::{self, StagedFile};
use crate::envelope::Kind;
use crate::fault::FailAt;
use crate::keyfile::KeyMaterial;
use crate::vault::{self, Paths};
use crate::{backups, BackupInfo, StoreError, VaultOptions, KEY_FILE_LIMIT, MAX_PLAINTEXT};

/// What a save did.
#[derive(Debug, Serialize)]
pub struct SaveReport {
    /// Size of the new plan file on disk.
    pub bytes_written: u64,
    /// Number of backups after pruning.
    pub backups_kept: usize,
    /// The save itself succeeded, but deleting old backups failed (retried on the next save).
    pub backup_warning: Option<StoreError>,
}

/// An open vault. Holds the vault's X25519 identity in memory (zeroized on drop by age), never
/// the passphrase.
pub struct Unlocked {
    paths: Paths,
    opts: VaultOptions,
    keys: KeyMaterial,
    #[cfg(any(test, feature = "fault-injection"))]
    fault: std::sync::Mutex<Option<FailAt>>,
}

impl fmt::Debug for Unlocked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Unlocked")
            .field("dir", &self.paths.dir)
            .field("has_recovery_key", &self.has_recovery_key())
            .finish_non_exhaustive()
    }
}

impl Unlocked {
    pub(crate) fn new(paths: Paths, opts: VaultOptions, keys: KeyMaterial) -> Self {
        Unlocked {
            paths,
            opts,
            keys,
            #[cfg(any(test, feature = "fault-injection"))]
            fault: std::sync::Mutex::new(None),
        }
    }

    /// Makes the next `save` stop with `StoreError::Injected` at `at`, as if the process had
    /// died there (a staged temp file is left behind, like after a real crash).
    #[cfg(any(test, feature = "fault-injection"))]
    pub fn inject_fault(&self, at: FailAt) {
        if let Ok(mut slot) = self.fault.lock() {
            *slot = Some(at);
        }
    }

    #[cfg(any(test, feature = "fault-injection"))]
    fn fault(&self, at: FailAt) -> Result<(), StoreError> {
        let mut slot = self.fault.lock().map_err(|_| StoreError::Internal {
            reason: "fault hook poisoned",
        })?;
        if *slot == Some(at) {
            *slot = None;
            return Err(StoreError::Injected(at));
        }
        Ok(())
    }

    #[cfg(not(any(test, feature = "fault-injection")))]
    #[inline(always)]
    fn fault(&self, _at: FailAt) -> Result<(), StoreError> {
        Ok(())
    }

    /// Encrypts and saves a new version of the plan. The previous version becomes the newest
    /// backup; the oldest backups beyond `max_backups` are deleted afterwards.
    ///
    /// Steps, each leaving a readable vault if the process dies right after it:
    /// 1. write + fsync the new file under a temp name (old plan untouched);
    /// 2. hard-link the old plan into `backups/` (old plan still current);
    /// 3. rename the temp file over `plan.age` + fsync the folder (new plan current);
    /// 4. prune old backups.
    pub fn save(&self, plaintext: &[u8]) -> Result<SaveReport, StoreError> {
        StoreError::check_size("the plan", plaintext.len(), MAX_PLAINTEXT)?;
        let framed = vault::seal_plan(&self.keys.recipients(), plaintext)?;
        let staged = StagedFile::write(&self.paths.dir, &framed)?;
        if let Err(e) = self.fault(FailAt::AfterTempWrite) {
            return Err(staged.leave_behind(e));
        }
        backups::snapshot(&self.paths.plan, &self.paths.backups)?;
        if let Err(e) = self.fault(FailAt::AfterBackupLink) {
            return Err(staged.leave_behind(e));
        }
        staged.commit(&self.paths.plan, true)?;
        self.fault(FailAt::AfterRename)?;
        self.fault(FailAt::BeforePrune)?;
        // The new plan is durable by now; a failed prune must not make the UI report the save
        // as failed, so it travels as a warning instead.
        let (backups_kept, backup_warning) =
            match backups::prune(&self.paths.backups, self.opts.max_backups) {
                Ok(kept) => (kept, None),
                Err(e) => (
                    backups::list(&self.paths.backups).map_or(0, |l| l.len()),
                    Some(e),
                ),
            };
        Ok(SaveReport {
            bytes_written: framed.len() as u64,
            backups_kept,
            backup_warning,
        })
    }

    /// Reads the current plan back from disk.
    pub fn load(&self) -> Result<SecretBox<Vec<u8>>, StoreError> {
        Ok(vault::into_secret(vault::open_file(
            &self.paths.plan,
            Kind::Plan,
            &self.keys.identity,
        )?))
    }

    /// Re-seals the key file with `new`. The plan file is not touched: it is encrypted to the
    /// vault key, which does not change. `old` is checked against the key file on disk (one
    /// scrypt) so a passer-by at an unlocked screen cannot change it.
    pub fn change_passphrase(
        &self,
        old: &SecretString,
        new: &SecretString,
    ) -> Result<(), StoreError> {
        let on_disk = self.verify_passphrase(old)?;
        let sealed = on_disk.seal(new, self.opts.scrypt_log_n)?;
        atomic::write_atomic(&self.paths.key, &sealed, true)
    }

    /// Creates (or replaces) the recovery key and returns its `AGE-SECRET-KEY-1…` text, which is
    /// shown to the user once and never stored. The current plan and all backups are
    /// re-encrypted right away so the key works immediately, not only after the next save.
    ///
    /// Takes the passphrase because the recovery recipient is stored
    /// inside the passphrase-sealed key file — see `keyfile.rs` for why.
    pub fn add_recovery_key(
        &mut self,
        passphrase: &SecretString,
    ) -> Result<SecretString, StoreError> {
        self.verify_passphrase(passphrase)?;
        let recovery = x25519::Identity::generate();
        let keys = KeyMaterial {
            identity: self.keys.identity.clone(),
            recovery: Some(recovery.to_public()),
        };
        let sealed = keys.seal(passphrase, self.opts.scrypt_log_n)?;
        let current = vault::open_file(&self.paths.plan, Kind::Plan, &self.keys.identity)?;
        // Files first, key file last: if we stop in between, the extra recipient is harmless
        // and the user never saw that recovery key.
        vault::rewrap(
            &self.paths,
            &self.keys.identity,
            &keys.recipients(),
            &current,
        )?;
        atomic::write_atomic(&self.paths.key, &sealed, true)?;
        self.keys = keys;
        Ok(recovery.to_string())
    }

    /// A writer for side documents that keeps working after this handle is dropped (locked).
    pub fn sealer(&self) -> crate::Sealer {
        crate::Sealer::new(self.paths.dir.clone(), self.keys.recipients())
    }

    /// Decrypts a side document; `Ok(None)` when it does not exist yet.
    pub fn read_side(&self, doc: crate::SideDoc) -> Result<Option<SecretBox<Vec<u8>>>, StoreError> {
        Ok(crate::sealer::read(&self.paths.dir, doc, &self.keys.identity)?.map(vault::into_secret))
    }

    /// Moves an unreadable side document out of the way (renamed, never deleted) and returns where it went.
    pub fn set_side_aside(&self, doc: crate::SideDoc) -> Result<std::path::PathBuf, StoreError> {
        crate::sealer::set_aside(&self.paths.dir, doc)
    }

    /// Whether saves are also encrypted to a recovery key.
    pub fn has_recovery_key(&self) -> bool {
        self.keys.recovery.is_some()
    }

    /// Kept previous versions, newest first.
    pub fn backups(&self) -> Result<Vec<BackupInfo>, StoreError> {
        backups::list(&self.paths.backups)
    }

    /// Decrypts one backup. Ids not shaped like ours (e.g. `../x`) are `NotFound`.
    pub fn load_backup(&self, id: &str) -> Result<SecretBox<Vec<u8>>, StoreError> {
        let path = backups::path_for(&self.paths.backups, id)?;
        Ok(vault::into_secret(vault::open_file(
            &path,
            Kind::Plan,
            &self.keys.identity,
        )?))
    }

    /// Makes a backup the current plan through a normal save, so the version it replaces
    /// becomes a backup in turn and nothing is lost.
    pub fn restore_backup(&self, id: &str) -> Result<SaveReport, StoreError> {
        let plaintext = self.load_backup(id)?;
        self.save(age::secrecy::ExposeSecret::expose_secret(&plaintext))
    }

    /// Opens the key file with `passphrase` and checks it still holds our identity.
    fn verify_passphrase(&self, passphrase: &SecretString) -> Result<KeyMaterial, StoreError> {
        let bytes = atomic::read_capped(&self.paths.key, KEY_FILE_LIMIT)?;
        let on_disk =
            KeyMaterial::open(&bytes, passphrase, self.opts.scrypt_log_n, &self.paths.key)?;
        if on_disk.identity.to_public().to_string() != self.keys.identity.to_public().to_string() {
            // Someone recovered or recreated the vault since we unlocked it.
            return Err(StoreError::KeyMismatch {
                path: self.paths.key.clone(),
            });
        }
        Ok(on_disk)
    }
}
