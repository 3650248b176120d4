//! The one error type commands return. It serialises to the UI's `ErrorPayload { code, message }`: the code is
//! stable and matched by the UI; the message is for people and never carries secrets or plan contents.

use lifeboat_plan::api::ErrorPayload;
use lifeboat_plan::validate::FieldError;
use lifeboat_plan::PlanError;
use lifeboat_store::StoreError;
use serde::{Serialize, Serializer};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Plan(#[from] PlanError),
    #[error(transparent)]
    Pdf(#[from] lifeboat_pdf::PdfError),
    #[error("the plan is locked: unlock it first")]
    Locked,
    #[error("a passphrase needs at least {min} characters; a short sentence is easier to remember and harder to guess")]
    WeakPassphrase { min: usize },
    #[error("this file is encrypted: enter the passphrase it was exported with")]
    PassphraseRequired,
    #[error("the plan has {} problem(s), first: {}", .0.len(), .0.first().map(|e| e.message.as_str()).unwrap_or(""))]
    InvalidPlan(Vec<FieldError>),
    #[error("could not {op} {path}: {source}")]
    File {
        op: &'static str,
        path: String,
        source: std::io::Error,
    },
    #[error("cannot export to {path}: {reason}")]
    InvalidPath { path: String, reason: String },
    #[error("{url:?} cannot be opened: {reason}")]
    InvalidUrl { url: String, reason: &'static str },
    #[error("{0}")]
    Internal(String),
}

impl AppError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Store(e) => e.code(),
            Self::Plan(e) => e.code(),
            Self::Pdf(e) => e.code(),
            Self::Locked => "locked",
            Self::WeakPassphrase { .. } => "weak_passphrase",
            Self::PassphraseRequired => "passphrase_required",
            Self::InvalidPlan(_) => "invalid_plan",
            Self::File { .. } => "file",
            Self::InvalidPath { .. } => "invalid_path",
            Self::InvalidUrl { .. } => "invalid_url",
            Self::Internal(_) => "internal",
        }
    }

    pub fn file(op: &'static str, path: &std::path::Path, source: std::io::Error) -> Self {
        Self::File {
            op,
            path: path.display().to_string(),
            source,
        }
    }
}

impl Serialize for AppError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ErrorPayload {
            code: self.code().to_owned(),
            message: self.to_string(),
        }
        .serialize(s)
    }
}

pub type AppResult<T> = Result<T, AppError>;
