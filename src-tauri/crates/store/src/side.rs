//! Side documents: files kept beside the plan, encrypted to the same recipients, without backups.
//!
//! The advisory watch keeps its state here. It must go on saving while the vault is locked (the watch runs in the
//! tray for months), so writing needs only the public recipients, held by a [`Sealer`]; reading needs the unlocked
//! identity ([`crate::Unlocked::read_side`]).

use std::path::{Path, PathBuf};

use age::x25519;
use chrono::Utc;

use crate::atomic;
use crate::envelope::{self, Kind};
use crate::{cipher, StoreError, MAX_FILE_SIZE, MAX_PLAINTEXT};

/// The side documents a vault may hold. A closed set, so no caller can name a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SideDoc {
    /// The advisory watch: last seen levels, history, HTTP validators, unsent notifications.
    Watch,
}

impl SideDoc {
    pub(crate) fn file_name(self) -> &'static str {
        match self {
            SideDoc::Watch => "watch.age",
        }
    }
}

pub(crate) fn path(dir: &Path, doc: SideDoc) -> PathBuf {
    dir.join(doc.file_name())
}

/// Writes side documents to a vault without being able to read anything: it holds public keys only, so it may
/// outlive the unlocked session.
#[derive(Clone)]
pub struct Sealer {
    dir: PathBuf,
    recipients: Vec<x25519::Recipient>,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sealer")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

impl Sealer {
    pub(crate) fn new(dir: PathBuf, recipients: Vec<x25519::Recipient>) -> Self {
        Sealer { dir, recipients }
    }

    /// Encrypts `plaintext` and replaces the document atomically (temp file, fsync, rename, fsync of the folder).
    pub fn write(&self, doc: SideDoc, plaintext: &[u8]) -> Result<(), StoreError> {
        if plaintext.len() as u64 > MAX_PLAINTEXT {
            return Err(StoreError::TooLarge {
                what: "a side document",
                size: plaintext.len() as u64,
                limit: MAX_PLAINTEXT,
            });
        }
        let framed = envelope::seal(
            Kind::Side,
            &cipher::encrypt_to(&self.recipients, plaintext)?,
        );
        atomic::write_atomic(&path(&self.dir, doc), &framed, true)
    }
}

/// Reads and decrypts a side document; `None` when there is none yet.
pub(crate) fn read(
    dir: &Path,
    doc: SideDoc,
    identity: &dyn age::Identity,
) -> Result<Option<zeroize::Zeroizing<Vec<u8>>>, StoreError> {
    let path = path(dir, doc);
    if !atomic::exists(&path)? {
        return Ok(None);
    }
    let bytes = atomic::read_capped(&path, MAX_FILE_SIZE)?;
    let ciphertext = envelope::open(&bytes, Kind::Side, &path)?;
    cipher::decrypt(identity, ciphertext)
        .map(Some)
        .map_err(|e| cipher::x25519_error(e, &path))
}

/// Renames a document that cannot be read to `<name>.unreadable-<time>`, so a fresh one can be written without
/// destroying the old bytes. Returns the new path.
pub(crate) fn set_aside(dir: &Path, doc: SideDoc) -> Result<PathBuf, StoreError> {
    let from = path(dir, doc);
    let to = dir.join(format!(
        "{}.unreadable-{}",
        doc.file_name(),
        Utc::now().format("%Y%m%dT%H%M%S%.3fZ")
    ));
    std::fs::rename(&from, &to).map_err(|e| StoreError::io("rename", &from, e))?;
    atomic::fsync_dir(dir)?;
    Ok(to)
}

#[cfg(test)]
mod tests {
    use age::secrecy::{ExposeSecret, SecretString};

    use crate::{SideDoc, StoreError, Vault, VaultOptions};

    fn vault(dir: &std::path::Path) -> Vault {
        Vault::new(
            dir,
            VaultOptions {
                scrypt_log_n: Some(10),
                ..VaultOptions::default()
            },
        )
    }

    #[test]
    fn a_sealer_writes_while_locked_and_only_the_unlocked_vault_reads() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let pass = SecretString::from("correct horse battery".to_owned());
        let open = vault(tmp.path()).create(&pass, b"{}").expect("create");
        assert!(open.read_side(SideDoc::Watch).expect("read").is_none());
        let sealer = open.sealer();
        drop(open); // locked
        sealer
            .write(SideDoc::Watch, b"levels: IR=4")
            .expect("write");
        let raw = std::fs::read(tmp.path().join("watch.age")).expect("file");
        assert!(!raw.windows(4).any(|w| w == b"IR=4"), "encrypted at rest");
        let (open, _) = vault(tmp.path()).unlock(&pass).expect("unlock");
        let back = open
            .read_side(SideDoc::Watch)
            .expect("read")
            .expect("present");
        assert_eq!(back.expose_secret().as_slice(), b"levels: IR=4");
    }

    #[test]
    fn a_damaged_side_document_is_an_error_then_set_aside_with_its_bytes() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let pass = SecretString::from("correct horse battery".to_owned());
        let open = vault(tmp.path()).create(&pass, b"{}").expect("create");
        open.sealer()
            .write(SideDoc::Watch, b"state")
            .expect("write");
        let path = tmp.path().join("watch.age");
        let mut bytes = std::fs::read(&path).expect("read");
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        std::fs::write(&path, &bytes).expect("damage");
        assert!(matches!(
            open.read_side(SideDoc::Watch),
            Err(StoreError::Corrupt { .. })
        ));
        // A plan file copied over it is not taken for one either.
        let aside = open.set_side_aside(SideDoc::Watch).expect("aside");
        assert_eq!(std::fs::read(&aside).expect("kept"), bytes);
        assert!(open.read_side(SideDoc::Watch).expect("read").is_none());
        std::fs::copy(tmp.path().join("plan.age"), &path).expect("copy");
        assert!(matches!(
            open.read_side(SideDoc::Watch),
            Err(StoreError::Corrupt { .. })
        ));
    }
}
