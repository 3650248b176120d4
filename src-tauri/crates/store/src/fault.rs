//! Points in `Unlocked::save` where tests can simulate a crash.
//!
//! Always compiled (the save code names the steps unconditionally, which keeps it free of cfg
//! noise) but only exported with `cfg(test)` or the `fault-injection` feature.

/// A step of `Unlocked::save` after which an injected fault stops it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailAt {
    /// The new plan is written and fsynced under a temp name; nothing else changed.
    AfterTempWrite,
    /// The current plan has also been linked into `backups/`.
    AfterBackupLink,
    /// The new plan has replaced `plan.age`.
    AfterRename,
    /// Right before old backups are deleted.
    BeforePrune,
}
