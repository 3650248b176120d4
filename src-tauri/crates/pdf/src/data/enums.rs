//! The plan's enum values in the PDF's language. The words live once, in the catalogue's plan.ftl, shared with the
//! UI; this file only says which message each value is.

use lifeboat_i18n::t;
use lifeboat_plan::contacts::{ContactRole, MessengerApp};
use lifeboat_plan::documents::{CopyMedium, DocumentKind};
use lifeboat_plan::phases::Phase;
use lifeboat_plan::routes::{NeedKind, RouteStatus, TravelMode};
use lifeboat_plan::settings::Government;

use crate::lang::Lang;

pub(crate) fn phase(l: &Lang, p: Phase) -> String {
    let c = l.code;
    match p {
        Phase::Normal => t!(c, "plan-phase-normal"),
        Phase::Prepare => t!(c, "plan-phase-prepare"),
        Phase::LeaveNow => t!(c, "plan-phase-leave-now"),
        Phase::ShelterInPlace => t!(c, "plan-phase-shelter-in-place"),
    }
}

pub(crate) fn government(l: &Lang, g: Government) -> String {
    let c = l.code;
    match g {
        Government::Us => t!(c, "plan-government-us"),
        Government::Uk => t!(c, "plan-government-uk"),
        Government::Ca => t!(c, "plan-government-ca"),
        Government::Au => t!(c, "plan-government-au"),
        Government::De => t!(c, "plan-government-de"),
    }
}

pub(crate) fn document_kind(l: &Lang, k: DocumentKind) -> String {
    let c = l.code;
    match k {
        DocumentKind::Passport => t!(c, "plan-document-kind-passport"),
        DocumentKind::NationalId => t!(c, "plan-document-kind-national-id"),
        DocumentKind::Visa => t!(c, "plan-document-kind-visa"),
        DocumentKind::ResidencePermit => t!(c, "plan-document-kind-residence-permit"),
        DocumentKind::ExitReentryPermit => t!(c, "plan-document-kind-exit-reentry-permit"),
        DocumentKind::DrivingLicence => t!(c, "plan-document-kind-driving-licence"),
        DocumentKind::BirthCertificate => t!(c, "plan-document-kind-birth-certificate"),
        DocumentKind::MarriageCertificate => t!(c, "plan-document-kind-marriage-certificate"),
        DocumentKind::VaccinationRecord => t!(c, "plan-document-kind-vaccination-record"),
        DocumentKind::InsurancePolicy => t!(c, "plan-document-kind-insurance-policy"),
        DocumentKind::PropertyDeed => t!(c, "plan-document-kind-property-deed"),
        DocumentKind::Other => t!(c, "plan-document-kind-other"),
    }
}

pub(crate) fn copy_medium(l: &Lang, m: CopyMedium) -> String {
    let c = l.code;
    match m {
        CopyMedium::Paper => t!(c, "plan-copy-medium-paper"),
        CopyMedium::Usb => t!(c, "plan-copy-medium-usb"),
        CopyMedium::Cloud => t!(c, "plan-copy-medium-cloud"),
        CopyMedium::Phone => t!(c, "plan-copy-medium-phone"),
        CopyMedium::Other => t!(c, "plan-copy-medium-other"),
    }
}

pub(crate) fn contact_role(l: &Lang, r: ContactRole) -> String {
    let c = l.code;
    match r {
        ContactRole::Family => t!(c, "plan-contact-role-family"),
        ContactRole::OutOfCountry => t!(c, "plan-contact-role-out-of-country"),
        ContactRole::EmployerSecurity => t!(c, "plan-contact-role-employer-security"),
        ContactRole::Embassy => t!(c, "plan-contact-role-embassy"),
        ContactRole::ProtectingPower => t!(c, "plan-contact-role-protecting-power"),
        ContactRole::Lawyer => t!(c, "plan-contact-role-lawyer"),
        ContactRole::Doctor => t!(c, "plan-contact-role-doctor"),
        ContactRole::Driver => t!(c, "plan-contact-role-driver"),
        ContactRole::Airline => t!(c, "plan-contact-role-airline"),
        ContactRole::Other => t!(c, "plan-contact-role-other"),
    }
}

pub(crate) fn messenger(l: &Lang, m: MessengerApp) -> String {
    let c = l.code;
    match m {
        MessengerApp::Signal => t!(c, "plan-messenger-signal"),
        MessengerApp::WhatsApp => t!(c, "plan-messenger-whatsapp"),
        MessengerApp::Telegram => t!(c, "plan-messenger-telegram"),
        MessengerApp::Other => t!(c, "plan-messenger-other"),
    }
}

pub(crate) fn pet(l: &Lang) -> String {
    t!(l.code, "plan-person-kind-pet")
}

pub(crate) fn travel_mode(l: &Lang, m: TravelMode) -> String {
    let c = l.code;
    match m {
        TravelMode::Air => t!(c, "plan-travel-mode-air"),
        TravelMode::Road => t!(c, "plan-travel-mode-road"),
        TravelMode::Rail => t!(c, "plan-travel-mode-rail"),
        TravelMode::Sea => t!(c, "plan-travel-mode-sea"),
        TravelMode::Foot => t!(c, "plan-travel-mode-foot"),
    }
}

/// A closed route says more on paper than on screen: nobody at home should send anyone down it.
pub(crate) fn route_status(l: &Lang, s: RouteStatus) -> String {
    let c = l.code;
    match s {
        RouteStatus::Open => t!(c, "plan-route-status-open"),
        RouteStatus::Uncertain => t!(c, "plan-route-status-uncertain"),
        RouteStatus::Closed => t!(c, "pdf-route-status-closed"),
    }
}

pub(crate) fn need_kind(l: &Lang, k: NeedKind) -> String {
    let c = l.code;
    match k {
        NeedKind::Document => t!(c, "plan-need-kind-document"),
        NeedKind::Visa => t!(c, "plan-need-kind-visa"),
        NeedKind::Cash => t!(c, "plan-need-kind-cash"),
        NeedKind::Fuel => t!(c, "plan-need-kind-fuel"),
        NeedKind::Other => t!(c, "plan-need-kind-other"),
    }
}

/// A level on the one 1–4 scale in words. The PDF is the only place that spells the scale out; lifeboat-advisory's
/// `Level::label` (which this crate does not link: it brings the HTTP stack) has the same English words.
pub(crate) fn advisory_level(l: &Lang, level: u8) -> String {
    let c = l.code;
    match level {
        1 => t!(c, "pdf-advisory-level-1"),
        2 => t!(c, "pdf-advisory-level-2"),
        3 => t!(c, "pdf-advisory-level-3"),
        4 => t!(c, "pdf-advisory-level-4"),
        _ => t!(c, "pdf-advisory-level-unknown"),
    }
}
