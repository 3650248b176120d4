//! Every choice the plan offers, named in the user's language: the one place the plan's enums meet the catalogue
//! (`locales/<locale>/plan.ftl`). The UI reads the same ids (`ui/src/lib/plan-utils.ts`), the PDF and the
//! notifications call these methods, so a phase or a document kind is worded once for the whole product.

use crate::checklists::ChecklistTemplate;
use crate::contacts::{ContactRole, MessengerApp};
use crate::documents::{CopyMedium, DocumentKind};
use crate::household::PersonKind;
use crate::phases::Phase;
use crate::readiness::Severity;
use crate::routes::{NeedKind, RouteStatus, TravelMode};
use crate::settings::Government;
use crate::validate::Section;

/// `label_id` (the catalogue id) and `label(locale)` for an enum, from one table of variant → id.
macro_rules! labels {
    ($($ty:ty { $($variant:ident => $id:literal),+ $(,)? })+) => {$(
        impl $ty {
            /// The id of this choice's label in `plan.ftl`.
            pub fn label_id(self) -> &'static str {
                match self {
                    $(Self::$variant => $id),+
                }
            }

            /// This choice's label in `locale` (a shipped code, or anything `lifeboat_i18n::negotiate` reads).
            pub fn label(self, locale: &str) -> String {
                lifeboat_i18n::tr(locale, self.label_id(), &[])
            }
        }
    )+

        /// Every label id of every table above, for the test that they all exist in every locale.
        #[cfg(test)]
        pub(crate) const ALL_LABEL_IDS: &[&str] = &[$($($id),+),+];
    };
}

labels! {
    Phase {
        Normal => "plan-phase-normal",
        Prepare => "plan-phase-prepare",
        LeaveNow => "plan-phase-leave-now",
        ShelterInPlace => "plan-phase-shelter-in-place",
    }
    Section {
        Dashboard => "plan-section-dashboard",
        Household => "plan-section-household",
        Documents => "plan-section-documents",
        Contacts => "plan-section-contacts",
        Routes => "plan-section-routes",
        Checklists => "plan-section-checklists",
        Phases => "plan-section-phases",
        Advisories => "plan-section-advisories",
        Settings => "plan-section-settings",
    }
    Government {
        Us => "plan-government-us",
        Uk => "plan-government-uk",
        Ca => "plan-government-ca",
        Au => "plan-government-au",
        De => "plan-government-de",
    }
    DocumentKind {
        Passport => "plan-document-kind-passport",
        NationalId => "plan-document-kind-national-id",
        Visa => "plan-document-kind-visa",
        ResidencePermit => "plan-document-kind-residence-permit",
        ExitReentryPermit => "plan-document-kind-exit-reentry-permit",
        DrivingLicence => "plan-document-kind-driving-licence",
        BirthCertificate => "plan-document-kind-birth-certificate",
        MarriageCertificate => "plan-document-kind-marriage-certificate",
        VaccinationRecord => "plan-document-kind-vaccination-record",
        InsurancePolicy => "plan-document-kind-insurance-policy",
        PropertyDeed => "plan-document-kind-property-deed",
        Other => "plan-document-kind-other",
    }
    CopyMedium {
        Paper => "plan-copy-medium-paper",
        Usb => "plan-copy-medium-usb",
        Cloud => "plan-copy-medium-cloud",
        Phone => "plan-copy-medium-phone",
        Other => "plan-copy-medium-other",
    }
    ContactRole {
        Family => "plan-contact-role-family",
        OutOfCountry => "plan-contact-role-out-of-country",
        EmployerSecurity => "plan-contact-role-employer-security",
        Embassy => "plan-contact-role-embassy",
        ProtectingPower => "plan-contact-role-protecting-power",
        Lawyer => "plan-contact-role-lawyer",
        Doctor => "plan-contact-role-doctor",
        Driver => "plan-contact-role-driver",
        Airline => "plan-contact-role-airline",
        Other => "plan-contact-role-other",
    }
    MessengerApp {
        Signal => "plan-messenger-signal",
        WhatsApp => "plan-messenger-whatsapp",
        Telegram => "plan-messenger-telegram",
        Other => "plan-messenger-other",
    }
    PersonKind {
        Person => "plan-person-kind-person",
        Pet => "plan-person-kind-pet",
    }
    TravelMode {
        Air => "plan-travel-mode-air",
        Road => "plan-travel-mode-road",
        Rail => "plan-travel-mode-rail",
        Sea => "plan-travel-mode-sea",
        Foot => "plan-travel-mode-foot",
    }
    RouteStatus {
        Open => "plan-route-status-open",
        Uncertain => "plan-route-status-uncertain",
        Closed => "plan-route-status-closed",
    }
    NeedKind {
        Document => "plan-need-kind-document",
        Visa => "plan-need-kind-visa",
        Cash => "plan-need-kind-cash",
        Fuel => "plan-need-kind-fuel",
        Other => "plan-need-kind-other",
    }
    Severity {
        Critical => "plan-severity-critical",
        Warning => "plan-severity-warning",
        Info => "plan-severity-info",
    }
    ChecklistTemplate {
        GoBag72h => "plan-template-go-bag-72h",
        DocumentsAndCopies => "plan-template-documents-and-copies",
        Money => "plan-template-money",
        Digital => "plan-template-digital",
        HomeAndPets => "plan-template-home-and-pets",
        DepartureDay => "plan-template-departure-day",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_exists_in_every_locale_and_is_translated() {
        for id in ALL_LABEL_IDS {
            for l in lifeboat_i18n::LOCALES {
                let text = lifeboat_i18n::tr(l.code, id, &[]);
                assert_ne!(&text, id, "{id} is missing in {}", l.code);
                assert!(!text.trim().is_empty(), "{id} is empty in {}", l.code);
            }
        }
        let templates = crate::checklists::ChecklistTemplate::ALL;
        for t in templates {
            for l in lifeboat_i18n::LOCALES {
                let list = t.instantiate(l.code, || String::from("x"));
                for item in &list.items {
                    assert!(
                        !item.text.starts_with("plan-item-"),
                        "{} is missing in {}",
                        item.text,
                        l.code
                    );
                }
            }
        }
    }

    #[test]
    fn a_phase_and_a_document_kind_are_named_in_persian() {
        assert_eq!(Phase::LeaveNow.label("fa"), "همین حالا بروید");
        assert_eq!(Phase::LeaveNow.label("en"), "Leave now");
        assert_eq!(DocumentKind::Passport.label("fa"), "گذرنامه");
        assert_eq!(Government::Ca.label("fa"), "کانادا");
        // A system locale is negotiated, an unknown one is English.
        assert_eq!(
            Phase::Prepare.label("fa_IR.UTF-8"),
            Phase::Prepare.label("fa")
        );
        assert_eq!(Phase::Prepare.label("xx"), "Prepare");
    }
}
