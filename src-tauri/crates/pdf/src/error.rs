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
}

lifeboat_error::error_codes!(PdfError {
    Self::Data(_) => "data",
    Self::Template(_) => "template",
    Self::Export(_) => "export",
    Self::Font(_) => "font",
    Self::Internal(_) => "internal",
});

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
}
