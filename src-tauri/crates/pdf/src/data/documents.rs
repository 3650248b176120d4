//! The documents table: who holds what, where the original and the copies are, and numbers only as redacted.

use chrono::NaiveDate;
use lifeboat_i18n::t;
use lifeboat_plan::documents::Document;
use lifeboat_plan::Plan;
use serde::Serialize;

use crate::lang::Lang;
use crate::{PdfOptions, Redaction};

#[derive(Debug, Serialize)]
pub(crate) struct Documents {
    /// `full`, `last4` or `hidden`: the template drops the number column for `hidden`.
    pub redaction: Redaction,
    pub items: Vec<DocumentOut>,
}

#[derive(Debug, Serialize)]
pub(crate) struct DocumentOut {
    pub kind: String,
    pub holder: String,
    /// Absent under `hidden`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    pub issuing_country: String,
    pub expires: String,
    pub expired: bool,
    pub original: String,
    pub copies: Vec<String>,
    pub notes: String,
}

/// Masks a document number for a copy that may be lost or photographed: enough to tell two passports apart,
/// not enough to use one. Short numbers show at most half their characters, so a 4-character number never
/// prints whole.
pub(crate) fn redact(number: &str, redaction: Redaction) -> Option<String> {
    let number = number.trim();
    match redaction {
        Redaction::Hidden => None,
        Redaction::Full => Some(number.to_owned()),
        Redaction::Last4 => {
            let chars: Vec<char> = number.chars().collect();
            let shown = 4.min(chars.len() / 2);
            let hidden = chars.len() - shown;
            let mut out = "•".repeat(hidden);
            out.extend(&chars[hidden..]);
            Some(out)
        }
    }
}

fn document(
    l: &Lang,
    plan: &Plan,
    d: &Document,
    opts: &PdfOptions,
    today: NaiveDate,
) -> DocumentOut {
    let kind = d.kind.label(l.code);
    let kind = match d.title.trim() {
        "" => kind,
        title => t!(l.code, "pdf-document-titled", kind = kind, title = title),
    };
    DocumentOut {
        kind,
        holder: plan
            .person(&d.holder_id)
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        number: redact(&d.number, opts.redaction).filter(|n| !n.is_empty()),
        issuing_country: l.country(&d.issuing_country),
        expires: d.expires.map(|e| l.date(e)).unwrap_or_default(),
        expired: d.expires.is_some_and(|e| e < today),
        original: d.original_location.clone(),
        copies: d
            .copies
            .iter()
            .filter(|c| !c.location.trim().is_empty())
            .map(|c| {
                t!(
                    l.code,
                    "pdf-copy",
                    medium = c.medium.label(l.code),
                    location = c.location.as_str(),
                )
            })
            .collect(),
        notes: d.notes.clone(),
    }
}

pub(super) fn documents(l: &Lang, plan: &Plan, opts: &PdfOptions, today: NaiveDate) -> Documents {
    Documents {
        redaction: opts.redaction,
        items: plan
            .documents
            .iter()
            .map(|d| document(l, plan, d, opts, today))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last4_masks_all_but_four_and_never_more_than_half() {
        let r = |s| redact(s, Redaction::Last4).unwrap_or_default();
        assert_eq!(r("19FR83251"), "•••••3251");
        assert_eq!(r(" E48213377 "), "•••••3377");
        assert_eq!(r("EX-2291-774"), "•••••••-774");
        assert_eq!(r("1234"), "••34");
        assert_eq!(r("123"), "••3");
        assert_eq!(r("1"), "•");
        assert_eq!(r(""), "");
        assert_eq!(r("رضا۱۲۳۴۵۶۷"), "••••••۴۵۶۷");
        assert_eq!(redact("19FR83251", Redaction::Hidden), None);
        assert_eq!(
            redact("19FR83251", Redaction::Full).as_deref(),
            Some("19FR83251")
        );
    }
}
