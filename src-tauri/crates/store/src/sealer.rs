//! The [`Sealer`] and the side documents it writes: files kept beside the plan, encrypted to the same recipients,
//! without backups.
//!
//! The advisory watch keeps its state here. It must go on saving while the vault is locked (the watch runs in the
//! tray for months), so writing needs only the public recipients, held by a [`Sealer`]; reading needs the unlocked
//! identity ([`crate::Unlocked::read_side`]).

use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::x25519;
use chrono::Utc;

use crate::atomic;
use crate::envelope::{self, Kind};
use crate::{cipher, StoreError, MAX_PLAINTEXT};

/// The side documents a vault may hold. A closed set, so no caller can name a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SideDoc {
    /// The advisory watch: last seen levels, history, HTTP validators, unsent notifications.
    Watch,
    /// The embassy directory (`lifeboat-directory`): the governments' public data, kept beside the plan and not
    /// in it, so a weekly refresh neither rewrites the plan nor fills its backups, and encrypted because which
    /// embassies a household keeps says which nationalities it holds.
    Directory,
}

impl SideDoc {
    pub(crate) fn file_name(self) -> &'static str {
        match self {
            SideDoc::Watch => "watch.age",
            SideDoc::Directory => "directory.age",
        }
    }
}

pub(crate) fn path(dir: &Path, doc: SideDoc) -> PathBuf {
    dir.join(doc.file_name())
}

/// A vault has its own key and at most one recovery key; a few more leave room without accepting a flood.
const MAX_SPEC_RECIPIENTS: usize = 8;

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

    /// The vault folder it writes into.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The public recipients as `age1…` strings: with [`Sealer::dir`], all another process needs to rebuild
    /// this sealer ([`Sealer::from_spec`]). Public keys only, so handing them over grants no read access.
    pub fn recipients_spec(&self) -> Vec<String> {
        self.recipients.iter().map(ToString::to_string).collect()
    }

    /// Rebuilds a sealer from [`Sealer::recipients_spec`] (the background watch gets it from the app through a
    /// pipe). Refuses an empty or oversized list and anything that is not an X25519 `age1…` recipient, so a
    /// damaged handover cannot make the watch write state nobody can read.
    pub fn from_spec(dir: impl Into<PathBuf>, recipients: &[String]) -> Result<Sealer, StoreError> {
        if recipients.is_empty() {
            return Err(StoreError::InvalidRecipient {
                reason: "no recipient",
            });
        }
        if recipients.len() > MAX_SPEC_RECIPIENTS {
            return Err(StoreError::InvalidRecipient {
                reason: "too many recipients",
            });
        }
        let recipients = recipients
            .iter()
            .map(|r| {
                x25519::Recipient::from_str(r.trim()).map_err(|_| StoreError::InvalidRecipient {
                    reason: "not an X25519 age1… recipient",
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Sealer::new(dir.into(), recipients))
    }

    /// Encrypts `plaintext` and replaces the document atomically (temp file, fsync, rename, fsync of the folder).
    pub fn write(&self, doc: SideDoc, plaintext: &[u8]) -> Result<(), StoreError> {
        StoreError::check_size("a side document", plaintext.len(), MAX_PLAINTEXT)?;
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
    crate::vault::open_file(&path, Kind::Side, identity).map(Some)
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

    use crate::{Sealer, SideDoc, StoreError, Vault, VaultOptions};

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
    fn the_directory_is_its_own_document_beside_the_watch() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let pass = SecretString::from("correct horse battery".to_owned());
        let open = vault(tmp.path()).create(&pass, b"{}").expect("create");
        let sealer = open.sealer();
        sealer.write(SideDoc::Watch, b"watch").expect("write");
        sealer
            .write(SideDoc::Directory, b"missions: Tehran")
            .expect("write");
        let raw = std::fs::read(tmp.path().join("directory.age")).expect("file");
        assert!(!raw.windows(6).any(|w| w == b"Tehran"), "encrypted at rest");
        let read = |doc| {
            open.read_side(doc)
                .expect("read")
                .expect("present")
                .expose_secret()
                .clone()
        };
        assert_eq!(read(SideDoc::Directory), b"missions: Tehran");
        assert_eq!(read(SideDoc::Watch), b"watch");
    }

    #[test]
    fn a_sealer_rebuilt_from_its_spec_writes_what_the_unlocked_vault_reads() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let pass = SecretString::from("correct horse battery".to_owned());
        let mut open = vault(tmp.path()).create(&pass, b"{}").expect("create");
        let _recovery_key = open.add_recovery_key(&pass).expect("recovery");
        let spec = open.sealer().recipients_spec();
        assert_eq!(spec.len(), 2, "the vault key and the recovery key");
        assert!(spec.iter().all(|r| r.starts_with("age1")), "{spec:?}");
        drop(open);
        let rebuilt = Sealer::from_spec(tmp.path(), &spec).expect("from spec");
        assert_eq!(rebuilt.dir(), tmp.path());
        rebuilt
            .write(SideDoc::Watch, b"from the background")
            .expect("write");
        let (open, _) = vault(tmp.path()).unlock(&pass).expect("unlock");
        let back = open
            .read_side(SideDoc::Watch)
            .expect("read")
            .expect("present");
        assert_eq!(back.expose_secret().as_slice(), b"from the background");
    }

    #[test]
    fn a_spec_without_a_valid_recipient_is_refused() {
        let dir = std::path::Path::new("/nowhere");
        let code = |spec: &[&str]| {
            let spec: Vec<String> = spec.iter().map(|s| (*s).to_owned()).collect();
            Sealer::from_spec(dir, &spec)
                .map(|_| ())
                .map_err(|e| e.code())
        };
        assert_eq!(code(&[]), Err("invalid_recipient"));
        assert_eq!(code(&["age1nope"]), Err("invalid_recipient"));
        // A secret key is not a recipient: a handover never carries one.
        assert_eq!(
            code(&["AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ"]),
            Err("invalid_recipient")
        );
        let one = age::x25519::Identity::generate().to_public().to_string();
        assert_eq!(code(&[one.as_str()]), Ok(()));
        assert_eq!(code(&[one.as_str(); 9]), Err("invalid_recipient"));
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
