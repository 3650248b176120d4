//! The crate's single error type.
//!
//! Messages name the failing stage and Typst's own diagnostic, never plan content beyond what Typst quotes
//! from the template (the template is ours; the plan only ever reaches Typst as JSON data).

/// Everything that can go wrong while making the family PDF. `code()` is the stable, machine-readable name.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PdfError {
    /// The plan could not be turned into the template's JSON (should not happen with a typed plan).
    #[error("could not prepare the plan for printing: {0}")]
    Data(#[from] serde_json::Error),

    /// Typst refused the template or the data. A bug in this crate, never the user's doing.
    #[error("the PDF template failed: {0}")]
    Template(String),

    /// Typst laid the document out but could not write the PDF.
    #[error("could not write the PDF: {0}")]
    Export(String),

    /// An embedded font did not parse (a damaged build).
    #[error("the embedded font {0} could not be read; reinstall Lifeboat")]
    Font(&'static str),

    /// Typst panicked. Caught so that one bad export cannot take the app down with it.
    #[error("the PDF engine stopped unexpectedly: {0}")]
    Internal(String),

    /// `lifeboat-pdf`, the process that typesets each export, is not next to the app or could not be started.
    #[error("the PDF typesetter lifeboat-pdf is missing next to lifeboat ({0})")]
    TypesetterMissing(String),

    /// `lifeboat-pdf` failed: its message as it sent it, under its own code (one of this table's, so the UI's
    /// union still holds it; anything else arrives as `internal`).
    #[error("{message}")]
    Typesetter { code: &'static str, message: String },
}

lifeboat_error::error_codes!(PdfError {
    Self::Data(_) => "data",
    Self::Template(_) => "template",
    Self::Export(_) => "export",
    Self::Font(_) => "font",
    Self::Internal(_) => "internal",
    Self::TypesetterMissing(_) => "typesetter_missing",
    Self::Typesetter { code: "data", .. } => "data",
    Self::Typesetter { code: "template", .. } => "template",
    Self::Typesetter { code: "export", .. } => "export",
    Self::Typesetter { code: "font", .. } => "font",
    Self::Typesetter { .. } => "internal",
});

impl PdfError {
    /// The error `lifeboat-pdf` reported, rebuilt in the app with the child's code and message.
    pub(crate) fn from_child(payload: lifeboat_error::ErrorPayload) -> Self {
        let known = <Self as lifeboat_error::ErrorCode>::codes();
        Self::Typesetter {
            code: known
                .into_iter()
                .find(|c| *c == payload.code && *c != "typesetter_missing")
                .unwrap_or("internal"),
            message: payload.message,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_code_and_message() {
        let e = PdfError::Template("unknown variable: x".into());
        let v = serde_json::to_value(&e).unwrap_or_default();
        assert_eq!(v["code"], "template");
        assert_eq!(v["message"], "the PDF template failed: unknown variable: x");
    }

    #[test]
    fn a_childs_failure_keeps_its_code_and_message() {
        let sent = lifeboat_error::ErrorPayload::of(&PdfError::Export("no pages".into()));
        let e = PdfError::from_child(sent.clone());
        assert_eq!(lifeboat_error::ErrorPayload::of(&e), sent);
        let odd = PdfError::from_child(lifeboat_error::ErrorPayload {
            code: "made_up".into(),
            message: "something".into(),
        });
        assert_eq!(
            (odd.code(), odd.to_string().as_str()),
            ("internal", "something")
        );
    }
}
