//! Everything that can go wrong reading or writing a plan document.

/// Imports larger than this are refused before parsing: a real plan is a few hundred kilobytes.
pub const MAX_PLAN_BYTES: usize = 16 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error("this plan was written by a newer Lifeboat (schema version {found}; this version reads up to {supported}). Update Lifeboat to open it; nothing was changed")]
    NewerSchema { found: u64, supported: u32 },
    #[error("this file has no schema_version: it is not a Lifeboat plan")]
    MissingSchemaVersion,
    #[error("the file is not valid JSON: {0}")]
    InvalidJson(String),
    #[error("the plan does not match the schema at {path}: {message}")]
    InvalidShape { path: String, message: String },
    #[error("the file is {size} bytes; a plan is at most {max} bytes")]
    TooLarge { size: usize, max: usize },
    #[error("no migration from schema version {0}")]
    NoMigration(u64),
    #[error("{0}")]
    Export(String),
}

lifeboat_error::error_codes!(PlanError {
    Self::NewerSchema { .. } => "newer_schema",
    Self::MissingSchemaVersion => "not_a_plan",
    Self::InvalidJson(_) => "invalid_json",
    Self::InvalidShape { .. } => "invalid_plan",
    Self::TooLarge { .. } => "too_large",
    Self::NoMigration(_) => "no_migration",
    Self::Export(_) => "export_failed",
});
