//! Our framing around each age ciphertext.
//!
//! age alone reports a cut or flipped file as a generic decryption failure, and for the key file
//! that is indistinguishable from a wrong passphrase. The frame lets us tell the user *which*
//! thing happened, deterministically, before any crypto runs:
//!
//! ```text
//! offset size
//!  0     15   magic "LIFEBOAT-VAULT\n"
//! 15      1   format version (1)
//! 16      1   kind: b'K' key file, b'P' plan file
//! 17      8   ciphertext length, u64 big-endian
//! 25     32   SHA-256 of the ciphertext
//! 57      8   header check: first 8 bytes of SHA-256 over bytes 0..57
//! 65      n   age ciphertext (binary)
//! ```
//!
//! The header check exists so that a flipped bit in the length field reads as `Corrupt`, not as
//! `Truncated` (which would send the user looking for a partial copy that never existed).

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::StoreError;

pub(crate) const MAGIC: &[u8; 15] = b"LIFEBOAT-VAULT\n";
pub(crate) const VERSION: u8 = 1;
const VERSION_AT: usize = MAGIC.len();
const KIND_AT: usize = VERSION_AT + 1;
const LEN_AT: usize = KIND_AT + 1;
const DIGEST_AT: usize = LEN_AT + 8;
const CHECK_AT: usize = DIGEST_AT + 32;
pub(crate) const HEADER_LEN: usize = CHECK_AT + 8;

/// Which file a frame belongs to, so a key file copied over the plan is caught early.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Key,
    Plan,
    /// A side document such as the advisory watch's state (see `sealer.rs`).
    Side,
}

impl Kind {
    fn byte(self) -> u8 {
        match self {
            Kind::Key => b'K',
            Kind::Plan => b'P',
            Kind::Side => b'S',
        }
    }
}

fn header_check(header: &[u8]) -> [u8; 8] {
    let digest = Sha256::digest(header);
    let mut out = [0u8; 8];
    out.copy_from_slice(&digest[..8]);
    out
}

/// Wraps `ciphertext` in a v1 frame.
pub(crate) fn seal(kind: Kind, ciphertext: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + ciphertext.len());
    out.extend_from_slice(MAGIC);
    out.push(VERSION);
    out.push(kind.byte());
    out.extend_from_slice(&(ciphertext.len() as u64).to_be_bytes());
    out.extend_from_slice(&Sha256::digest(ciphertext));
    let check = header_check(&out);
    out.extend_from_slice(&check);
    out.extend_from_slice(ciphertext);
    out
}

/// Validates the frame and returns the ciphertext inside it. `path` is only for error messages.
pub(crate) fn open<'a>(
    bytes: &'a [u8],
    expected: Kind,
    path: &Path,
) -> Result<&'a [u8], StoreError> {
    let truncated = || StoreError::Truncated {
        path: path.to_path_buf(),
    };
    let corrupt = |reason| StoreError::Corrupt {
        path: path.to_path_buf(),
        reason,
    };

    // A file cut inside the magic is still recognisably ours; anything else that does not start
    // with the magic is some other file.
    if bytes.len() < MAGIC.len() {
        return if MAGIC.starts_with(bytes) {
            Err(truncated())
        } else {
            Err(StoreError::NotAVault {
                path: path.to_path_buf(),
            })
        };
    }
    if &bytes[..MAGIC.len()] != MAGIC {
        return Err(StoreError::NotAVault {
            path: path.to_path_buf(),
        });
    }
    let version = *bytes.get(VERSION_AT).ok_or_else(truncated)?;
    // Checked before the header check: a newer version may lay out its header differently.
    if version > VERSION {
        return Err(StoreError::NewerFormat {
            path: path.to_path_buf(),
            found: version,
            supported: VERSION,
        });
    }
    if bytes.len() < HEADER_LEN {
        return Err(truncated());
    }
    let (header, ciphertext) = bytes.split_at(HEADER_LEN);
    if header_check(&header[..CHECK_AT]) != header[CHECK_AT..HEADER_LEN] {
        return Err(corrupt("its header checksum does not match"));
    }
    if version != VERSION {
        return Err(corrupt("unknown format version"));
    }
    if header[KIND_AT] != expected.byte() {
        return Err(corrupt(match expected {
            Kind::Key => "it is not a key file",
            Kind::Plan => "it is not a plan file",
            Kind::Side => "it is not a side document",
        }));
    }
    let mut len_bytes = [0u8; 8];
    len_bytes.copy_from_slice(&header[LEN_AT..DIGEST_AT]);
    let declared = u64::from_be_bytes(len_bytes);
    let actual = ciphertext.len() as u64;
    if actual < declared {
        return Err(truncated());
    }
    if actual > declared {
        return Err(corrupt("unexpected data after the end of the file"));
    }
    if Sha256::digest(ciphertext).as_slice() != &header[DIGEST_AT..CHECK_AT] {
        return Err(corrupt("its checksum does not match"));
    }
    Ok(ciphertext)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("x")
    }

    #[test]
    fn round_trip() {
        let framed = seal(Kind::Plan, b"ciphertext");
        assert_eq!(
            open(&framed, Kind::Plan, p()).ok(),
            Some(&b"ciphertext"[..])
        );
    }

    #[test]
    fn every_truncation_is_truncated_or_not_a_vault() {
        let framed = seal(Kind::Key, b"0123456789");
        for cut in 0..framed.len() {
            let err = open(&framed[..cut], Kind::Key, p()).err().map(|e| e.code());
            assert_eq!(err, Some("truncated"), "cut at {cut}");
        }
    }

    #[test]
    fn every_flip_after_version_is_corrupt() {
        let framed = seal(Kind::Plan, b"0123456789");
        for at in KIND_AT..framed.len() {
            let mut bad = framed.clone();
            bad[at] ^= 0x01;
            let err = open(&bad, Kind::Plan, p()).err().map(|e| e.code());
            assert_eq!(err, Some("corrupt"), "flip at {at}");
        }
    }

    #[test]
    fn wrong_kind_newer_version_and_garbage() {
        let framed = seal(Kind::Key, b"c");
        assert_eq!(
            open(&framed, Kind::Plan, p()).err().map(|e| e.code()),
            Some("corrupt")
        );
        let mut newer = framed.clone();
        newer[VERSION_AT] = VERSION + 1;
        assert!(matches!(
            open(&newer, Kind::Key, p()),
            Err(StoreError::NewerFormat {
                found: 2,
                supported: 1,
                ..
            })
        ));
        assert_eq!(
            open(b"{\"json\": true}", Kind::Key, p())
                .err()
                .map(|e| e.code()),
            Some("not_a_vault")
        );
        assert_eq!(
            open(b"{", Kind::Key, p()).err().map(|e| e.code()),
            Some("not_a_vault")
        );
    }
}
