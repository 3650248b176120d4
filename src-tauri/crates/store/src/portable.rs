//! Passphrase-encrypted exports: a plain age file any `age -d` can open, independent of the
//! vault's keys, so a plan can be carried on a USB stick or mailed to oneself.

use std::io::Read;

use age::armor::ArmoredReader;
use age::secrecy::{SecretBox, SecretString};

use crate::{cipher, vault, StoreError, VaultOptions, MAX_PLAINTEXT};

/// Armor inflates by 4/3 plus line breaks; this admits any export of a plan within
/// `MAX_PLAINTEXT` and nothing absurdly larger.
const MAX_EXPORT_INPUT: u64 = MAX_PLAINTEXT / 2 * 3;

/// Encrypts `plaintext` with `passphrase` (scrypt cost from `opts.scrypt_log_n`) as
/// ASCII-armored age text starting with `-----BEGIN AGE ENCRYPTED FILE-----`.
pub fn encrypt_with_passphrase(
    plaintext: &[u8],
    passphrase: &SecretString,
    opts: &VaultOptions,
) -> Result<Vec<u8>, StoreError> {
    StoreError::check_size("the plan", plaintext.len(), MAX_PLAINTEXT)?;
    cipher::encrypt_with_passphrase(passphrase, opts.scrypt_log_n, plaintext, true)
}

/// Decrypts an export, armored or binary. A wrong passphrase is `WrongPassphrase`; input that
/// is not a passphrase-encrypted age file is `InvalidExport` with the reason.
pub fn decrypt_with_passphrase(
    bytes: &[u8],
    passphrase: &SecretString,
    opts: &VaultOptions,
) -> Result<SecretBox<Vec<u8>>, StoreError> {
    StoreError::check_size("the export", bytes.len(), MAX_EXPORT_INPUT)?;
    // The header's length is checked on the dearmored bytes before age parses it (see `cipher::MAX_HEADER`);
    // input the armor reader rejects is left to age, which reports it the same way as before.
    let mut head = Vec::with_capacity(cipher::MAX_HEADER + 1);
    let probe = ArmoredReader::new(bytes)
        .take(cipher::MAX_HEADER as u64 + 1)
        .read_to_end(&mut head);
    if probe.is_ok() && !cipher::header_is_bounded(&head) {
        return Err(StoreError::InvalidExport {
            reason: "its header is far longer than any age file's",
        });
    }
    let decryptor = age::Decryptor::new_buffered(ArmoredReader::new(bytes)).map_err(|_| {
        StoreError::InvalidExport {
            reason: "it is not an age-encrypted file",
        }
    })?;
    if !decryptor.is_scrypt() {
        return Err(StoreError::InvalidExport {
            reason: "it is encrypted to a key, not to a passphrase",
        });
    }
    let identity = cipher::passphrase_identity(passphrase, opts.scrypt_log_n)?;
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::DecryptionFailed => StoreError::WrongPassphrase,
            age::DecryptError::ExcessiveWork { .. } => StoreError::InvalidExport {
                reason: "it asks for far more key-stretching work than allowed",
            },
            _ => StoreError::InvalidExport {
                reason: "its header is damaged",
            },
        })?;
    // Binary ciphertext is never shorter than its plaintext, so this capacity avoids
    // reallocations (and the stray plaintext copies they leave) for the common case.
    let mut plaintext = zeroize::Zeroizing::new(Vec::with_capacity(bytes.len()));
    (&mut reader)
        .take(MAX_PLAINTEXT + 1)
        .read_to_end(&mut plaintext)
        .map_err(|_| StoreError::InvalidExport {
            reason: "it is damaged or incomplete",
        })?;
    StoreError::check_size("the exported plan", plaintext.len(), MAX_PLAINTEXT)?;
    Ok(vault::into_secret(plaintext))
}
