//! The routes out, in the order to try them, with their legs, crossings and rally points.

use lifeboat_plan::routes::{Leg, NeedKind, RallyPoint, RouteStatus, TravelMode};
use lifeboat_plan::Plan;
use serde::Serialize;

use super::{country, date};

#[derive(Debug, Serialize)]
pub(crate) struct RouteOut {
    /// "Plan A"; empty for closed routes, which keep no letter.
    pub letter: String,
    pub name: String,
    pub summary: String,
    pub status: &'static str,
    /// `open`, `uncertain` or `closed`, for the template's colours.
    pub status_key: RouteStatus,
    pub last_verified: String,
    pub legs: Vec<LegOut>,
    pub crossings: Vec<String>,
    pub rally_points: Vec<RallyPoint>,
    pub notes: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct LegOut {
    pub n: usize,
    pub from: String,
    pub to: String,
    pub mode: &'static str,
    pub border: String,
    pub duration: String,
    pub needs: Vec<String>,
    pub notes: String,
}

fn mode(m: TravelMode) -> &'static str {
    match m {
        TravelMode::Air => "Air",
        TravelMode::Road => "Road",
        TravelMode::Rail => "Rail",
        TravelMode::Sea => "Sea",
        TravelMode::Foot => "On foot",
    }
}

fn status(s: RouteStatus) -> &'static str {
    match s {
        RouteStatus::Open => "Open",
        RouteStatus::Uncertain => "Uncertain",
        RouteStatus::Closed => "Closed: do not use",
    }
}

fn duration(minutes: Option<u32>) -> String {
    match minutes {
        None | Some(0) => String::new(),
        Some(m) if m < 60 => format!("{m} min"),
        Some(m) if m % 60 == 0 => format!("{} h", m / 60),
        Some(m) => format!("{} h {} min", m / 60, m % 60),
    }
}

fn leg(n: usize, l: &Leg) -> LegOut {
    let needs = l
        .needs
        .iter()
        .filter(|n| !n.detail.trim().is_empty())
        .map(|n| {
            let kind = match n.kind {
                NeedKind::Document => "Document",
                NeedKind::Visa => "Visa",
                NeedKind::Cash => "Cash",
                NeedKind::Fuel => "Fuel",
                NeedKind::Other => "Other",
            };
            format!("{kind}: {}", n.detail)
        })
        .collect();
    // Country codes only where the leg crosses a border: "(IR) → (IR)" on every domestic leg is noise.
    let crosses = l.from_country.trim() != l.to_country.trim();
    let place = |name: &str, code: &str| {
        let code = if crosses { code.trim() } else { "" };
        match (name.trim(), code) {
            (n, "") => n.to_owned(),
            ("", c) => country(c),
            (n, c) => format!("{n} ({c})"),
        }
    };
    LegOut {
        n,
        from: place(&l.from, &l.from_country),
        to: place(&l.to, &l.to_country),
        mode: mode(l.mode),
        border: l.border_crossing.clone(),
        duration: duration(l.expected_minutes),
        needs,
        notes: l.notes.clone(),
    }
}

/// In the order to try them, lettered as the rest of the app letters them ([`lifeboat_plan::routes::lettered`]).
pub(super) fn routes(plan: &Plan) -> Vec<RouteOut> {
    lifeboat_plan::routes::lettered(&plan.routes)
        .into_iter()
        .map(|(letter, r)| {
            let letter = letter.map(|c| format!("Plan {c}")).unwrap_or_default();
            RouteOut {
                letter,
                name: r.name.clone(),
                summary: r.summary.clone(),
                status: status(r.status),
                status_key: r.status,
                last_verified: r.last_verified.map(date).unwrap_or_else(|| "never".into()),
                legs: r
                    .legs
                    .iter()
                    .enumerate()
                    .map(|(i, l)| leg(i + 1, l))
                    .collect(),
                crossings: r
                    .legs
                    .iter()
                    .filter(|l| !l.border_crossing.trim().is_empty())
                    .map(|l| l.border_crossing.clone())
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
        let got: Vec<_> = routes(&plan)
            .into_iter()
            .map(|r| (r.letter, r.name))
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
        assert_eq!(duration(Some(75)), "1 h 15 min");
        assert_eq!(duration(Some(120)), "2 h");
        assert_eq!(duration(Some(45)), "45 min");
        assert_eq!(duration(None), "");
    }
}
