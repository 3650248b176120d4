//! The plan's values the PDF words its own way. Every other choice is named by the plan itself
//! (`lifeboat_plan::labels`: `label(locale)`), in the words the UI shows.

use lifeboat_i18n::t;
use lifeboat_plan::routes::RouteStatus;

use crate::lang::Lang;

/// A closed route says more on paper than on screen: nobody at home should send anyone down it.
pub(crate) fn route_status(l: &Lang, s: RouteStatus) -> String {
    match s {
        RouteStatus::Open | RouteStatus::Uncertain => s.label(l.code),
        RouteStatus::Closed => t!(l.code, "pdf-route-status-closed"),
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
