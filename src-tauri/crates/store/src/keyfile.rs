//! The key file: the vault's random X25519 identity (and the public half of the recovery key),
//! sealed with the user's passphrase.
//!
//! Keeping a random identity behind the passphrase means one slow scrypt per unlock, fast saves
//! afterwards, and a passphrase change that rewrites only this small file. The recovery
//! recipient lives *inside* the passphrase-sealed payload so that someone who can write to the
//! data folder cannot quietly add their own recipient to every future save.
//!
//! Payload (UTF-8 lines, inside the age ciphertext):
//! ```text
//! lifeboat-key 1
//! identity AGE-SECRET-KEY-1…
//! recovery age1…            (optional)
//! ```

use std::path::Path;
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;
use zeroize::Zeroizing;

use crate::envelope::{self, Kind};
use crate::{cipher, StoreError};

const PAYLOAD_HEADER: &str = "lifeboat-key 1";

/// The decrypted contents of a key file.
pub(crate) struct KeyMaterial {
    pub(crate) identity: x25519::Identity,
    pub(crate) recovery: Option<x25519::Recipient>,
}

impl KeyMaterial {
    pub(crate) fn generate() -> Self {
        KeyMaterial {
            identity: x25519::Identity::generate(),
            recovery: None,
        }
    }

    /// Recipients every plan file must be encrypted to.
    pub(crate) fn recipients(&self) -> Vec<x25519::Recipient> {
        let mut all = vec![self.identity.to_public()];
        all.extend(self.recovery.clone());
        all
    }

    /// Encrypts with `passphrase` (one scrypt) and frames the result.
    pub(crate) fn seal(
        &self,
        passphrase: &SecretString,
        log_n: Option<u8>,
    ) -> Result<Vec<u8>, StoreError> {
        let identity = self.identity.to_string();
        let mut payload = Zeroizing::new(String::with_capacity(256));
        payload.push_str(PAYLOAD_HEADER);
        payload.push_str("\nidentity ");
        payload.push_str(identity.expose_secret());
        payload.push('\n');
        if let Some(recovery) = &self.recovery {
            payload.push_str("recovery ");
            payload.push_str(&recovery.to_string());
            payload.push('\n');
        }
        let ciphertext =
            cipher::encrypt_with_passphrase(passphrase, log_n, payload.as_bytes(), false)?;
        Ok(envelope::seal(Kind::Key, &ciphertext))
    }

    /// Verifies the frame, then decrypts with `passphrase`.
    pub(crate) fn open(
        framed: &[u8],
        passphrase: &SecretString,
        log_n: Option<u8>,
        path: &Path,
    ) -> Result<Self, StoreError> {
        let ciphertext = envelope::open(framed, Kind::Key, path)?;
        Self::open_ciphertext(ciphertext, passphrase, log_n, path)
    }

    /// Decrypts an already verified ciphertext (see `envelope::open`).
    pub(crate) fn open_ciphertext(
        ciphertext: &[u8],
        passphrase: &SecretString,
        log_n: Option<u8>,
        path: &Path,
    ) -> Result<Self, StoreError> {
        let identity = cipher::passphrase_identity(passphrase, log_n)?;
        let payload =
            cipher::decrypt(&identity, ciphertext).map_err(|e| cipher::scrypt_error(e, path))?;
        parse(&payload, path)
    }
}

fn parse(payload: &[u8], path: &Path) -> Result<KeyMaterial, StoreError> {
    let bad = |reason| StoreError::Corrupt {
        path: path.to_path_buf(),
        reason,
    };
    let text = std::str::from_utf8(payload).map_err(|_| bad("its key payload is not text"))?;
    let mut lines = text.lines();
    if lines.next() != Some(PAYLOAD_HEADER) {
        return Err(bad("its key payload has an unknown layout"));
    }
    let mut identity = None;
    let mut recovery = None;
    for line in lines {
        if let Some(value) = line.strip_prefix("identity ") {
            identity = Some(
                x25519::Identity::from_str(value).map_err(|_| bad("its identity is malformed"))?,
            );
        } else if let Some(value) = line.strip_prefix("recovery ") {
            recovery = Some(
                x25519::Recipient::from_str(value)
                    .map_err(|_| bad("its recovery recipient is malformed"))?,
            );
        }
        // Unknown lines are ignored so a later minor version can add fields.
    }
    let identity = identity.ok_or_else(|| bad("it holds no identity"))?;
    Ok(KeyMaterial { identity, recovery })
}
