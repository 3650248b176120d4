//! Thin wrappers over `age` that map its errors onto ours and keep plaintext in zeroizing buffers.

use std::io::{Read, Write};
use std::path::Path;

use age::secrecy::SecretString;
use age::x25519;
use zeroize::Zeroizing;

use crate::StoreError;

/// scrypt's own limit is < 64, but anything above 2^30 would need > 1 TiB of RAM: refuse early
/// instead of letting `age` panic or the machine thrash.
const MAX_LOG_N: u8 = 30;
/// How far above the configured work factor a key file may ask us to go. age's default is the
/// same margin (≈16× the calibrated second), which tolerates a key file made on a faster machine.
const LOG_N_HEADROOM: u8 = 4;

fn check_log_n(log_n: Option<u8>) -> Result<(), StoreError> {
    match log_n {
        Some(n) if n == 0 || n > MAX_LOG_N => Err(StoreError::InvalidOptions {
            reason: "scrypt_log_n must be between 1 and 30",
        }),
        _ => Ok(()),
    }
}

/// Encrypts to X25519 recipients (the vault's own key plus an optional recovery key).
pub(crate) fn encrypt_to(
    recipients: &[x25519::Recipient],
    plaintext: &[u8],
) -> Result<Vec<u8>, StoreError> {
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .map_err(|_| StoreError::Internal {
                reason: "could not set up encryption",
            })?;
    write_through(encryptor, plaintext)
}

/// Encrypts with a passphrase. `log_n = None` lets age calibrate to about one second.
pub(crate) fn encrypt_with_passphrase(
    passphrase: &SecretString,
    log_n: Option<u8>,
    plaintext: &[u8],
    armor: bool,
) -> Result<Vec<u8>, StoreError> {
    check_log_n(log_n)?;
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    if let Some(n) = log_n {
        recipient.set_work_factor(n);
    }
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|_| StoreError::Internal {
                reason: "could not set up encryption",
            })?;
    if !armor {
        return write_through(encryptor, plaintext);
    }
    let internal = |_| StoreError::Internal {
        reason: "could not write the armored output",
    };
    let mut out = Vec::with_capacity(plaintext.len() * 4 / 3 + 512);
    let armored = age::armor::ArmoredWriter::wrap_output(&mut out, age::armor::Format::AsciiArmor)
        .map_err(internal)?;
    let mut writer = encryptor.wrap_output(armored).map_err(internal)?;
    writer.write_all(plaintext).map_err(internal)?;
    writer
        .finish()
        .and_then(|armored| armored.finish())
        .map_err(internal)?;
    Ok(out)
}

fn write_through(encryptor: age::Encryptor, plaintext: &[u8]) -> Result<Vec<u8>, StoreError> {
    let internal = |_| StoreError::Internal {
        reason: "could not write the ciphertext",
    };
    let mut out = Vec::with_capacity(plaintext.len() + 512);
    let mut writer = encryptor.wrap_output(&mut out).map_err(internal)?;
    writer.write_all(plaintext).map_err(internal)?;
    writer.finish().map_err(internal)?;
    Ok(out)
}

/// A passphrase identity whose accepted work factor is bounded relative to our options, so a
/// tampered key file cannot make unlocking take hours.
pub(crate) fn passphrase_identity(
    passphrase: &SecretString,
    log_n: Option<u8>,
) -> Result<age::scrypt::Identity, StoreError> {
    check_log_n(log_n)?;
    let mut identity = age::scrypt::Identity::new(passphrase.clone());
    if let Some(n) = log_n {
        identity.set_max_work_factor(n.saturating_add(LOG_N_HEADROOM).min(MAX_LOG_N));
    }
    Ok(identity)
}

/// Longest age header accepted. Ours are a few hundred bytes (one scrypt stanza, or one X25519 stanza per
/// recipient plus age's random "grease" stanza). age's buffered header parser starts over from the first byte
/// for every new line, so a header of n lines costs O(n²): a hostile 1 MiB header took 13 s, and an export
/// may be 96 MiB. Refusing an unterminated header past this bound keeps that to a few milliseconds.
pub(crate) const MAX_HEADER: usize = 64 * 1024;

/// Whether the age header at the start of `data` (binary, already dearmored) ends within [`MAX_HEADER`]
/// bytes. Shorter inputs pass: age parses them quickly and reports exactly what is wrong.
pub(crate) fn header_is_bounded(data: &[u8]) -> bool {
    data.len() <= MAX_HEADER || data[..MAX_HEADER].windows(5).any(|w| w == b"\n--- ")
}

/// Decrypts a complete binary age file held in memory.
///
/// The output buffer is sized up front (plaintext is always shorter than its ciphertext) so it
/// never reallocates and leaves unzeroized copies of the plan on the heap.
pub(crate) fn decrypt(
    identity: &dyn age::Identity,
    ciphertext: &[u8],
) -> Result<Zeroizing<Vec<u8>>, age::DecryptError> {
    if !header_is_bounded(ciphertext) {
        return Err(age::DecryptError::InvalidHeader);
    }
    let mut reader =
        age::Decryptor::new_buffered(ciphertext)?.decrypt(std::iter::once(identity))?;
    let mut plaintext = Zeroizing::new(Vec::with_capacity(ciphertext.len()));
    reader.read_to_end(&mut plaintext)?;
    Ok(plaintext)
}

/// Maps an X25519 decryption failure of a file whose frame digest was fine.
pub(crate) fn x25519_error(err: age::DecryptError, path: &Path) -> StoreError {
    match err {
        age::DecryptError::NoMatchingKeys => StoreError::KeyMismatch {
            path: path.to_path_buf(),
        },
        _ => StoreError::Corrupt {
            path: path.to_path_buf(),
            reason: "it does not decrypt although its checksum matches",
        },
    }
}

/// Maps a passphrase decryption failure of the key file whose frame digest was fine: the frame
/// vouches for the bytes, so an authentication failure can only be the passphrase.
pub(crate) fn scrypt_error(err: age::DecryptError, path: &Path) -> StoreError {
    match err {
        age::DecryptError::DecryptionFailed => StoreError::WrongPassphrase,
        age::DecryptError::ExcessiveWork { .. } => StoreError::Corrupt {
            path: path.to_path_buf(),
            reason: "it asks for far more key-stretching work than this vault was set up with",
        },
        age::DecryptError::NoMatchingKeys => StoreError::Corrupt {
            path: path.to_path_buf(),
            reason: "it is not passphrase-protected",
        },
        _ => StoreError::Corrupt {
            path: path.to_path_buf(),
            reason: "it does not decrypt although its checksum matches",
        },
    }
}
