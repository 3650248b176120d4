//! The routes out, in the order to try them, with their legs, crossings and rally points.

use lifeboat_i18n::t;
use lifeboat_plan::routes::{Leg, RallyPoint, RouteStatus};
use lifeboat_plan::Plan;
use serde::Serialize;

use super::enums;
use crate::lang::Lang;

#[derive(Debug, Serialize)]
pub(crate) struct RouteOut {
    /// "Plan A"; empty for closed routes, which keep no letter.
    pub letter: String,
    pub name: String,
    /// The heading: the name, after the letter unless the name already starts with it ("Plan A — by air").
    pub heading: String,
    pub summary: String,
    pub status: String,
    /// `open`, `uncertain` or `closed`, for the template's colours.
    pub status_key: RouteStatus,
    /// "last verified 10 November 2026", "last verified never".
    pub last_verified: String,
    /// "border: Bazargan / Gürbulak", empty when the route crosses none.
    pub border: String,
    pub legs: Vec<LegOut>,
    pub rally_points: Vec<RallyPoint>,
    pub notes: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct LegOut {
    /// The leg's number in the PDF's digits.
    pub n: String,
    pub from: String,
    pub to: String,
    pub mode: String,
    pub border: String,
    pub duration: String,
    pub needs: Vec<String>,
    pub notes: String,
}

fn duration(l: &Lang, minutes: Option<u32>) -> String {
    let c = l.code;
    let text = match minutes {
        None | Some(0) => String::new(),
        Some(m) if m < 60 => t!(c, "pdf-duration-minutes", minutes = m),
        Some(m) if m % 60 == 0 => t!(c, "pdf-duration-hours", hours = m / 60),
        Some(m) => t!(
            c,
            "pdf-duration-hours-minutes",
            hours = m / 60,
            minutes = m % 60
        ),
    };
    l.digits(&text)
}

fn leg(lang: &Lang, n: usize, l: &Leg) -> LegOut {
    let needs = l
        .needs
        .iter()
        .filter(|n| !n.detail.trim().is_empty())
        .map(|n| {
            t!(
                lang.code,
                "pdf-need",
                kind = n.kind.label(lang.code),
                detail = n.detail.as_str(),
            )
        })
        .collect();
    // Country codes only where the leg crosses a border: "(IR) → (IR)" on every domestic leg is noise.
    let crosses = l.from_country.trim() != l.to_country.trim();
    let place = |name: &str, code: &str| {
        let code = if crosses { code.trim() } else { "" };
        match (name.trim(), code) {
            (n, "") => n.to_owned(),
            ("", c) => lang.country(c),
            (n, c) => format!("{n} ({c})"),
        }
    };
    LegOut {
        n: lang.number(n),
        from: place(&l.from, &l.from_country),
        to: place(&l.to, &l.to_country),
        mode: l.mode.label(lang.code),
        border: l.border_crossing.clone(),
        duration: duration(lang, l.expected_minutes),
        needs,
        notes: l.notes.clone(),
    }
}

/// In the order to try them, lettered as the rest of the app letters them ([`lifeboat_plan::routes::lettered`]).
pub(super) fn routes(lang: &Lang, plan: &Plan) -> Vec<RouteOut> {
    let c = lang.code;
    lifeboat_plan::routes::lettered(&plan.routes)
        .into_iter()
        .map(|(letter, r)| {
            let letter = letter
                .map(|letter| t!(c, "pdf-route-letter", letter = letter.to_string()))
                .unwrap_or_default();
            // Users often name their routes "Plan A — …"; say the letter once when it already agrees.
            let heading = if letter.is_empty() || r.name.starts_with(&letter) {
                r.name.clone()
            } else {
                t!(
                    c,
                    "pdf-route-named",
                    letter = letter.as_str(),
                    name = r.name.as_str()
                )
            };
            let crossings: Vec<String> = r
                .legs
                .iter()
                .filter(|l| !l.border_crossing.trim().is_empty())
                .map(|l| l.border_crossing.clone())
                .collect();
            RouteOut {
                letter,
                heading,
                name: r.name.clone(),
                summary: r.summary.clone(),
                status: enums::route_status(lang, r.status),
                status_key: r.status,
                last_verified: match r.last_verified {
                    Some(d) => t!(c, "pdf-route-verified", date = lang.date(d)),
                    None => t!(c, "pdf-route-never-verified"),
                },
                border: if crossings.is_empty() {
                    String::new()
                } else {
                    t!(c, "pdf-route-border", crossings = lang.list(&crossings))
                },
                legs: r
                    .legs
                    .iter()
                    .enumerate()
                    .map(|(i, l)| leg(lang, i + 1, l))
                    .collect(),
                rally_points: r.rally_points.clone(),
                notes: r.notes.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::bare;
    use lifeboat_plan::routes::Route;

    #[test]
    fn first_open_route_is_plan_a_and_closed_routes_lose_their_letter() {
        let route = |id: &str, status| Route {
            id: id.into(),
            name: id.into(),
            status,
            ..Route::default()
        };
        let plan = Plan {
            routes: vec![
                route("closed", RouteStatus::Closed),
                route("uncertain", RouteStatus::Uncertain),
                route("open", RouteStatus::Open),
                route("open2", RouteStatus::Open),
            ],
            ..Plan::default()
        };
        let got: Vec<_> = routes(&Lang::new("en"), &plan)
            .into_iter()
            .map(|r| (bare(&r.letter), r.name))
            .collect();
        let want = [
            ("Plan A", "open"),
            ("Plan B", "uncertain"),
            ("Plan C", "open2"),
            ("", "closed"),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|(l, n)| ((*l).to_owned(), (*n).to_owned()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn durations_read_like_a_person_wrote_them() {
        let en = |m| bare(&duration(&Lang::new("en"), m));
        assert_eq!(en(Some(75)), "1 h 15 min");
        assert_eq!(en(Some(120)), "2 h");
        assert_eq!(en(Some(45)), "45 min");
        assert_eq!(en(None), "");
        let fa = bare(&duration(&Lang::new("fa"), Some(75)));
        assert_eq!(fa, "۱ ساعت و ۱۵ دقیقه");
    }
}
