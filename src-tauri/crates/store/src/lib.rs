//! Lifeboat's encrypted plan store.
//!
//! Keeps one opaque plaintext document (the plan's JSON; this crate never parses it) encrypted
//! at rest in a folder, with atomic saves and a rolling set of backups:
//!
//! ```text
//! <dir>/key.age          vault's X25519 identity (+ recovery recipient), sealed with the passphrase (scrypt)
//! <dir>/plan.age         the plan, encrypted to the vault identity (+ recovery recipient)
//! <dir>/backups/plan-<seq>-<time>.age   previous versions, same format as plan.age
//! <dir>/watch.age        side documents (the advisory watch; directory.age the embassy directory), same
//!                        recipients, no backups
//! ```
//!
//! Every file is an age ciphertext inside a small frame (see `envelope.rs`) whose checksums let
//! us tell a cut or damaged file from a wrong passphrase before any decryption is attempted.
//!
//! Entry points: [`Vault`] (create / unlock / recover), [`Unlocked`] (save / load / backups /
//! passphrase and recovery-key changes) and the export helpers [`encrypt_with_passphrase`] /
//! [`decrypt_with_passphrase`]. Every error is a [`StoreError`] with a stable [`StoreError::code`].

mod atomic;
mod backups;
mod cipher;
mod envelope;
mod error;
mod fault;
mod keyfile;
mod portable;
mod sealer;
mod unlocked;
mod vault;

pub use backups::BackupInfo;
pub use error::StoreError;
#[cfg(any(test, feature = "fault-injection"))]
pub use fault::FailAt;
pub use portable::{decrypt_with_passphrase, encrypt_with_passphrase};
pub use sealer::{Sealer, SideDoc};
pub use unlocked::{SaveReport, Unlocked};
pub use vault::{Vault, VaultOptions, VaultState};

/// Re-exported so callers use the exact `secrecy` version our signatures use.
pub use age::secrecy;

/// Largest plan (or export) accepted, in plaintext bytes. Plans are a few hundred KB; the cap
/// only stops a mistaken or hostile input from exhausting memory.
pub const MAX_PLAINTEXT: u64 = 64 * 1024 * 1024;
/// Largest vault file read: the plaintext cap plus age's per-chunk overhead and our header.
pub(crate) const MAX_FILE_SIZE: u64 = MAX_PLAINTEXT + 1024 * 1024;
/// A key file is a few hundred bytes; anything much larger is not ours.
pub(crate) const KEY_FILE_LIMIT: u64 = 64 * 1024;

#[cfg(test)]
mod tests;
