//! Identity, travel and property papers, and where each original and copy is kept.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    #[default]
    Passport,
    NationalId,
    Visa,
    ResidencePermit,
    ExitReentryPermit,
    DrivingLicence,
    BirthCertificate,
    MarriageCertificate,
    VaccinationRecord,
    InsurancePolicy,
    PropertyDeed,
    Other,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 12] = [
        Self::Passport,
        Self::NationalId,
        Self::Visa,
        Self::ResidencePermit,
        Self::ExitReentryPermit,
        Self::DrivingLicence,
        Self::BirthCertificate,
        Self::MarriageCertificate,
        Self::VaccinationRecord,
        Self::InsurancePolicy,
        Self::PropertyDeed,
        Self::Other,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CopyMedium {
    #[default]
    Paper,
    Usb,
    Cloud,
    Phone,
    Other,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct DocumentCopy {
    pub medium: CopyMedium,
    /// Where it is: "with sister in Lyon", "encrypted USB in go-bag", "Proton Drive /docs".
    pub location: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Document {
    pub id: String,
    pub kind: DocumentKind,
    /// Extra words for `other` or to tell two visas apart ("Turkish e-visa").
    pub title: String,
    /// Id of the profile or a household member.
    pub holder_id: String,
    /// Sensitive: redacted in printed copies unless the user asks otherwise.
    pub number: String,
    /// ISO 3166-1 alpha-2.
    pub issuing_country: String,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued: Option<chrono::NaiveDate>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires: Option<chrono::NaiveDate>,
    pub original_location: String,
    pub copies: Vec<DocumentCopy>,
    pub notes: String,
}

impl Document {
    /// The title the user gave it, else its kind in `locale` ("Passport"; "Document" for an untitled other).
    pub fn name(&self, locale: &str) -> String {
        match (self.title.trim(), self.kind) {
            ("", DocumentKind::Other) => lifeboat_i18n::t!(locale, "plan-document-generic"),
            ("", kind) => kind.label(locale),
            _ => self.title.clone(),
        }
    }

    /// "Passport of Sara" in `locale`: the document's name and its holder's, as readiness messages and reminders
    /// name a document. A holder without a name (or gone from the household) is "someone".
    pub fn label_with_holder(&self, plan: &crate::model::Plan, locale: &str) -> String {
        let holder = match plan.holder_name(&self.holder_id) {
            Some(name) => name.to_owned(),
            None => lifeboat_i18n::t!(locale, "plan-holder-unknown"),
        };
        lifeboat_i18n::t!(
            locale,
            "plan-document-of",
            document = self.name(locale),
            holder = holder
        )
    }
}
