//! The locked side of the store: where the files are, and the three ways in (create, unlock,
//! recover). Only these hand out an [`Unlocked`], and only after every file they depend on has
//! been read and decrypted, so a store we could not read is never written to.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretBox, SecretString};
use age::x25519;
use zeroize::Zeroizing;

use crate::atomic::{self, StagedFile};
use crate::envelope::{self, Kind};
use crate::keyfile::KeyMaterial;
use crate::{backups, cipher, StoreError, Unlocked, KEY_FILE_LIMIT, MAX_FILE_SIZE, MAX_PLAINTEXT};

/// Tuning knobs. `Default` is what the app should use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VaultOptions {
    /// scrypt cost as log2(N) for the passphrase. `None` lets age calibrate to about one
    /// second on this machine; tests use a tiny value such as `Some(10)`. Unlocking accepts key
    /// files up to 4 above this (or above the calibrated value) and refuses costlier ones.
    pub scrypt_log_n: Option<u8>,
    /// How many previous versions of the plan to keep.
    pub max_backups: usize,
}

impl Default for VaultOptions {
    fn default() -> Self {
        VaultOptions {
            scrypt_log_n: None,
            max_backups: 10,
        }
    }
}

/// What is in the vault folder, as far as can be told without the passphrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VaultState {
    /// Neither a key file nor a plan file: `create` is safe.
    New,
    /// Both files exist: ask for the passphrase and `unlock`.
    Locked,
}

/// File names inside the vault folder.
#[derive(Clone, Debug)]
pub(crate) struct Paths {
    pub(crate) dir: PathBuf,
    pub(crate) key: PathBuf,
    pub(crate) plan: PathBuf,
    pub(crate) backups: PathBuf,
}

impl Paths {
    fn new(dir: PathBuf) -> Self {
        Paths {
            key: dir.join("key.age"),
            plan: dir.join("plan.age"),
            backups: dir.join("backups"),
            dir,
        }
    }
}

/// A vault folder, not yet unlocked.
#[derive(Clone, Debug)]
pub struct Vault {
    paths: Paths,
    opts: VaultOptions,
}

impl Vault {
    /// Points at `dir` (usually the app's data folder). Touches nothing on disk.
    pub fn new(dir: impl Into<PathBuf>, opts: VaultOptions) -> Self {
        Vault {
            paths: Paths::new(dir.into()),
            opts,
        }
    }

    /// The vault folder.
    pub fn dir(&self) -> &Path {
        &self.paths.dir
    }

    /// `New` or `Locked`; a folder with only one of the two files is `Incomplete`, which is
    /// reported rather than repaired because repairing means overwriting something.
    /// Leftover temp files from an interrupted save are ignored.
    pub fn state(&self) -> Result<VaultState, StoreError> {
        match (
            atomic::exists(&self.paths.key)?,
            atomic::exists(&self.paths.plan)?,
        ) {
            (false, false) => Ok(VaultState::New),
            (true, true) => Ok(VaultState::Locked),
            (true, false) => Err(self.incomplete("plan file")),
            (false, true) => Err(self.incomplete("key file")),
        }
    }

    fn incomplete(&self, missing: &'static str) -> StoreError {
        StoreError::Incomplete {
            dir: self.paths.dir.clone(),
            missing,
        }
    }

    /// Starts a new vault holding `initial_plaintext`. Refuses with `AlreadyExists` if either file
    /// is already there, and the final renames refuse too, should one appear meanwhile.
    pub fn create(
        &self,
        passphrase: &SecretString,
        initial_plaintext: &[u8],
    ) -> Result<Unlocked, StoreError> {
        StoreError::check_size("the plan", initial_plaintext.len(), MAX_PLAINTEXT)?;
        for path in [&self.paths.key, &self.paths.plan] {
            if atomic::exists(path)? {
                return Err(StoreError::AlreadyExists { path: path.clone() });
            }
        }
        atomic::create_private_dir(&self.paths.dir)?;
        let keys = KeyMaterial::generate();
        // All the slow and fallible work happens before the first file appears, so a failure
        // here leaves the folder as it was.
        let key_bytes = keys.seal(passphrase, self.opts.scrypt_log_n)?;
        let plan_bytes = seal_plan(&keys.recipients(), initial_plaintext)?;
        let staged_key = StagedFile::write(&self.paths.dir, &key_bytes)?;
        let staged_plan = StagedFile::write(&self.paths.dir, &plan_bytes)?;
        staged_key.commit(&self.paths.key, false)?;
        if let Err(err) = staged_plan.commit(&self.paths.plan, false) {
            // The key file is one we wrote a moment ago and opens nothing yet; removing it lets
            // the user simply retry instead of facing an "incomplete" vault.
            let _ = std::fs::remove_file(&self.paths.key);
            return Err(err);
        }
        Ok(Unlocked::new(self.paths.clone(), self.opts.clone(), keys))
    }

    /// Opens the vault: verifies both files, runs one scrypt, decrypts the plan. Returns the
    /// handle together with the current plaintext; on any error nothing was written.
    pub fn unlock(
        &self,
        passphrase: &SecretString,
    ) -> Result<(Unlocked, SecretBox<Vec<u8>>), StoreError> {
        self.require_both()?;
        let key_bytes = atomic::read_capped(&self.paths.key, KEY_FILE_LIMIT)?;
        let plan_bytes = atomic::read_capped(&self.paths.plan, MAX_FILE_SIZE)?;
        // Both frames are checked before the (slow) scrypt, so a damaged file is reported at once.
        let key_ct = envelope::open(&key_bytes, Kind::Key, &self.paths.key)?;
        let plan_ct = envelope::open(&plan_bytes, Kind::Plan, &self.paths.plan)?;
        let keys = KeyMaterial::open_ciphertext(
            key_ct,
            passphrase,
            self.opts.scrypt_log_n,
            &self.paths.key,
        )?;
        let plaintext = cipher::decrypt(&keys.identity, plan_ct)
            .map_err(|e| cipher::x25519_error(e, &self.paths.plan))?;
        Ok((
            Unlocked::new(self.paths.clone(), self.opts.clone(), keys),
            into_secret(plaintext),
        ))
    }

    fn require_both(&self) -> Result<(), StoreError> {
        match self.state()? {
            VaultState::Locked => Ok(()),
            VaultState::New => Err(StoreError::NotFound {
                what: format!("a vault in {}", self.paths.dir.display()),
            }),
        }
    }

    /// Regains access with the recovery key after the passphrase is lost (or the key file is
    /// damaged or missing). Sets up a fresh vault key sealed with `new_passphrase` and
    /// re-encrypts the plan and every backup the recovery key opens to (new key, same recovery
    /// key), so the printed recovery key stays valid. Backups the recovery key cannot open
    /// (none, unless they were placed there by hand) are left untouched and will report
    /// `key_mismatch`.
    ///
    /// Order matters for crashes: the plan and backups are rewritten first and the key file
    /// last, so until recovery finishes the recovery key still opens everything and recovery can
    /// simply be run again.
    pub fn recover(
        &self,
        recovery_key: &SecretString,
        new_passphrase: &SecretString,
    ) -> Result<(Unlocked, SecretBox<Vec<u8>>), StoreError> {
        let recovery = parse_recovery_key(recovery_key)?;
        if !atomic::exists(&self.paths.plan)? {
            return Err(StoreError::NotFound {
                what: format!("a plan file in {}", self.paths.dir.display()),
            });
        }
        let plan_bytes = atomic::read_capped(&self.paths.plan, MAX_FILE_SIZE)?;
        let plan_ct = envelope::open(&plan_bytes, Kind::Plan, &self.paths.plan)?;
        let plaintext = cipher::decrypt(&recovery, plan_ct).map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => StoreError::WrongRecoveryKey,
            other => cipher::x25519_error(other, &self.paths.plan),
        })?;
        let keys = KeyMaterial {
            identity: x25519::Identity::generate(),
            recovery: Some(recovery.to_public()),
        };
        let key_bytes = keys.seal(new_passphrase, self.opts.scrypt_log_n)?;
        rewrap(&self.paths, &recovery, &keys.recipients(), &plaintext)?;
        atomic::write_atomic(&self.paths.key, &key_bytes, true)?;
        Ok((
            Unlocked::new(self.paths.clone(), self.opts.clone(), keys),
            into_secret(plaintext),
        ))
    }
}

/// Accepts the key as printed: any case, with spaces or line breaks the user may have added.
fn parse_recovery_key(key: &SecretString) -> Result<x25519::Identity, StoreError> {
    let compact: Zeroizing<String> = Zeroizing::new(
        key.expose_secret()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_uppercase(),
    );
    x25519::Identity::from_str(&compact).map_err(|_| StoreError::BadRecoveryKey)
}

/// Encrypts and frames a plan file.
pub(crate) fn seal_plan(
    recipients: &[x25519::Recipient],
    plaintext: &[u8],
) -> Result<Vec<u8>, StoreError> {
    Ok(envelope::seal(
        Kind::Plan,
        &cipher::encrypt_to(recipients, plaintext)?,
    ))
}

/// Reads, verifies and decrypts a file encrypted to the vault's key: the plan, a backup or a side document.
pub(crate) fn open_file(
    path: &Path,
    kind: Kind,
    identity: &dyn age::Identity,
) -> Result<Zeroizing<Vec<u8>>, StoreError> {
    let bytes = atomic::read_capped(path, MAX_FILE_SIZE)?;
    let ciphertext = envelope::open(&bytes, kind, path)?;
    cipher::decrypt(identity, ciphertext).map_err(|e| cipher::x25519_error(e, path))
}

/// Re-encrypts the plan (whose plaintext the caller already has) and every backup `identity`
/// can open to `recipients`, each file atomically and in place (no new backup: the content is
/// unchanged). Backups that do not open are skipped, never deleted.
pub(crate) fn rewrap(
    paths: &Paths,
    identity: &dyn age::Identity,
    recipients: &[x25519::Recipient],
    plan_plaintext: &[u8],
) -> Result<(), StoreError> {
    atomic::write_atomic(&paths.plan, &seal_plan(recipients, plan_plaintext)?, true)?;
    for info in backups::list(&paths.backups)? {
        let path = backups::path_for(&paths.backups, &info.id)?;
        let Ok(plaintext) = open_file(&path, Kind::Plan, identity) else {
            continue;
        };
        atomic::write_atomic(&path, &seal_plan(recipients, &plaintext)?, true)?;
    }
    Ok(())
}

/// Moves a zeroizing buffer into the public secret type without copying the bytes.
pub(crate) fn into_secret(mut plaintext: Zeroizing<Vec<u8>>) -> SecretBox<Vec<u8>> {
    SecretBox::new(Box::new(std::mem::take(&mut *plaintext)))
}
