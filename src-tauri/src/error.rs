//! The one error type commands return. It serialises to the UI's `ErrorPayload { code, message }`: the code is
//! stable and matched by the UI; the message is for people and never carries secrets or plan contents.

use lifeboat_plan::validate::FieldError;
use lifeboat_plan::PlanError;
use lifeboat_store::StoreError;

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
    #[error("the map was redrawn since that click: click again")]
    StaleMap,
    #[error("not a place on Earth: latitude −90 to 90, longitude −180 to 180")]
    InvalidPoint,
    #[error("{0}")]
    Internal(String),
}

lifeboat_error::error_codes!(AppError {
    Self::Locked => "locked",
    Self::WeakPassphrase { .. } => "weak_passphrase",
    Self::PassphraseRequired => "passphrase_required",
    Self::InvalidPlan(_) => "invalid_plan",
    Self::File { .. } => "file",
    Self::InvalidPath { .. } => "invalid_path",
    Self::InvalidUrl { .. } => "invalid_url",
    Self::StaleMap => "stale_map",
    Self::InvalidPoint => "invalid_point",
    Self::Internal(_) => "internal",
} nested {
    Store(StoreError),
    Plan(PlanError),
    Pdf(lifeboat_pdf::PdfError),
});

impl AppError {
    pub fn file(op: &'static str, path: &std::path::Path, source: std::io::Error) -> Self {
        Self::File {
            op,
            path: path.display().to_string(),
            source,
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use lifeboat_error::ErrorCode;

    use super::AppError;

    /// The UI types `ErrorPayload.code` as the union of every code a command or the watch view can carry, so a
    /// typo in `p.code === 'wrong_pasphrase'` fails its type check. Fails when a code was added to an error enum
    /// and the generated union is stale; `UPDATE_GENERATED=1` rewrites it.
    #[test]
    fn the_uis_error_codes_are_every_code_the_backend_sends() {
        let fresh = lifeboat_error::typescript(
            AppError::codes()
                .into_iter()
                .chain(lifeboat_advisory::FetchError::codes()),
        );
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("ui/src/lib/generated/types/ErrorPayload.ts");
        if std::env::var_os("UPDATE_GENERATED").is_some() {
            std::fs::write(&path, &fresh).expect("writing ErrorPayload.ts");
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "{} is stale: run `UPDATE_GENERATED=1 cargo test -p lifeboat --lib error::` and commit it",
            path.display()
        );
    }

    #[test]
    fn a_wrapped_error_keeps_its_own_code() {
        let e = AppError::from(lifeboat_store::StoreError::WrongPassphrase);
        assert_eq!(e.code(), "wrong_passphrase");
        let v = serde_json::to_value(&e).expect("serialises");
        assert_eq!(v["code"], "wrong_passphrase");
        assert_eq!(v["message"], "the passphrase is not correct");
    }
}
