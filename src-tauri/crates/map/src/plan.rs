//! The plan's routes as the map draws them, built in one place so the Routes section, the family PDF and
//! `lifeboat export-map` always show the same picture of the same plan.
//!
//! Behind the `plan` feature: the renderer itself knows nothing of the plan's schema, and a caller that only
//! draws [`MapInput`]s does not link the plan crate.

use lifeboat_i18n::t;
use lifeboat_plan::routes::{lettered, Point as PlanPoint, RouteStatus};
use lifeboat_plan::Plan;

use crate::{
    render, Crossing, Labels, Leg, MapError, MapInput, Place, Point, Route, ShadedCountry, Skipped,
    View,
};

/// A plan's map, with what could not be drawn for the caller to list under it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanMap {
    pub svg: String,
    pub view: View,
    /// Legs and crossings of the plan left off the map, in the routes' lettered order.
    pub unplaced: Vec<Unplaced>,
    /// Per route on the map (its `data-route`), where it is in the plan: what a hovered leg row highlights.
    pub routes: Vec<RouteOrigin>,
}

/// A map route's place in the plan: routes are drawn in lettered order, and a leg through its crossing is two
/// lines on the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteOrigin {
    /// Index in `Plan::routes`.
    pub route: usize,
    /// Per line on the map (its `data-leg`), the index of the plan leg it draws.
    pub legs: Vec<usize>,
}

/// A leg (or its crossing) of the plan that has no point to be drawn at.
#[derive(Debug, Clone, PartialEq)]
pub struct Unplaced {
    /// The route's name as the user wrote it ("Plan A — air via IKA").
    pub route: String,
    pub leg_id: String,
    pub from: String,
    pub to: String,
    /// The crossing's name when it is the crossing that has no point; `None` for the leg's line.
    pub crossing: Option<String>,
}

/// Words the map prints, from the message catalogue in `locale`.
pub fn labels(locale: &str) -> Labels {
    Labels {
        title: t!(locale, "map-title"),
        closed: t!(locale, "map-closed"),
        km: t!(locale, "map-km"),
        attribution: t!(locale, "map-attribution"),
    }
}

/// Which map leg or crossing came from which plan leg, so the renderer's skipped list speaks of the plan.
struct Origins {
    /// Per map route: the plan route's index, then per map leg and per map crossing the plan leg's index.
    routes: Vec<(usize, Vec<usize>, Vec<usize>)>,
}

/// The plan's routes in the routes module's order and lettering (the first open route is Plan A, closed ones
/// come last, unlettered and drawn dashed). A leg with a crossing point is drawn through it, so the line meets
/// the border where the family will cross it. `shaded`: the countries' highest advisory levels, when known.
pub fn map_input(plan: &Plan, locale: &str, shaded: Vec<ShadedCountry>) -> MapInput {
    map_input_with_origins(plan, locale, shaded).0
}

fn map_input_with_origins(
    plan: &Plan,
    locale: &str,
    shaded: Vec<ShadedCountry>,
) -> (MapInput, Origins) {
    let point = |p: &Option<PlanPoint>| p.map(|p| Point::new(p.lat, p.lon));
    let mut origins = Origins { routes: Vec::new() };
    let mut routes = Vec::new();
    for (letter, route) in lettered(&plan.routes) {
        let index = plan
            .routes
            .iter()
            .position(|r| std::ptr::eq(r, route))
            .unwrap_or_default();
        let (mut legs, mut crossings) = (Vec::new(), Vec::new());
        let (mut leg_origin, mut crossing_origin) = (Vec::new(), Vec::new());
        for (li, leg) in route.legs.iter().enumerate() {
            let from = Place::new(leg.from.clone(), point(&leg.from_point));
            let to = Place::new(leg.to.clone(), point(&leg.to_point));
            let crossing_name = leg.border_crossing.trim();
            let via = point(&leg.crossing_point).filter(Point::is_valid);
            // Through the crossing only when it is a place of its own: an airport's passport control sits at
            // the airport, and a line from a point to itself draws nothing but a dot.
            let through = via.filter(|v| {
                !crossing_name.is_empty() && from.point != Some(*v) && to.point != Some(*v)
            });
            match through {
                Some(via) => {
                    let at = Place::new(crossing_name, Some(via));
                    legs.push(Leg {
                        from,
                        to: at.clone(),
                    });
                    legs.push(Leg { from: at, to });
                    leg_origin.extend([li, li]);
                }
                None => {
                    legs.push(Leg { from, to });
                    leg_origin.push(li);
                }
            }
            if !crossing_name.is_empty() {
                crossings.push(Crossing {
                    name: crossing_name.to_owned(),
                    point: point(&leg.crossing_point),
                });
                crossing_origin.push(li);
            }
        }
        routes.push(Route {
            letter,
            name: route.name.clone(),
            colour: None,
            closed: route.status == RouteStatus::Closed,
            legs,
            crossings,
        });
        origins.routes.push((index, leg_origin, crossing_origin));
    }
    let input = MapInput {
        routes,
        shaded,
        labels: labels(locale),
    };
    (input, origins)
}

/// Draws the plan's map (see [`map_input`]) and names each leg and crossing that could not be drawn.
pub fn render_plan(
    plan: &Plan,
    locale: &str,
    shaded: Vec<ShadedCountry>,
) -> Result<PlanMap, MapError> {
    let (input, origins) = map_input_with_origins(plan, locale, shaded);
    let rendered = render(&input)?;
    let mut unplaced: Vec<Unplaced> = Vec::new();
    for skipped in &rendered.skipped {
        let (route, index, is_crossing) = match *skipped {
            Skipped::Leg { route, leg } => (route, leg, false),
            Skipped::Crossing { route, crossing } => (route, crossing, true),
        };
        let Some((plan_route, leg)) = origins.routes.get(route).and_then(|(r, legs, crossings)| {
            let li = if is_crossing { crossings } else { legs }.get(index)?;
            let plan_route = plan.routes.get(*r)?;
            Some((plan_route, plan_route.legs.get(*li)?))
        }) else {
            continue;
        };
        let entry = Unplaced {
            route: plan_route.name.clone(),
            leg_id: leg.id.clone(),
            from: leg.from.clone(),
            to: leg.to.clone(),
            crossing: is_crossing.then(|| leg.border_crossing.trim().to_owned()),
        };
        // A leg drawn through its crossing is two lines on the map but one leg to the user.
        if !unplaced.contains(&entry) {
            unplaced.push(entry);
        }
    }
    Ok(PlanMap {
        svg: rendered.svg,
        view: rendered.view,
        unplaced,
        routes: origins
            .routes
            .into_iter()
            .map(|(route, legs, _)| RouteOrigin { route, legs })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use lifeboat_plan::routes::{Leg as PlanLeg, Route as PlanRoute};

    fn at(lat: f64, lon: f64) -> Option<PlanPoint> {
        Some(PlanPoint { lat, lon })
    }

    fn plan() -> Plan {
        Plan {
            routes: vec![
                PlanRoute {
                    id: "shut".into(),
                    name: "Old road".into(),
                    status: RouteStatus::Closed,
                    legs: vec![PlanLeg {
                        id: "s1".into(),
                        from: "Tehran".into(),
                        to: "Astara".into(),
                        ..PlanLeg::default()
                    }],
                    ..PlanRoute::default()
                },
                PlanRoute {
                    id: "b".into(),
                    name: "Plan B — road via Bazargan".into(),
                    status: RouteStatus::Open,
                    legs: vec![PlanLeg {
                        id: "b2".into(),
                        from: "Tabriz".into(),
                        from_point: at(38.08, 46.2919),
                        to: "Doğubayazıt".into(),
                        to_point: at(39.5469, 44.0842),
                        border_crossing: "Bazargan / Gürbulak".into(),
                        crossing_point: at(39.3997, 44.3697),
                        ..PlanLeg::default()
                    }],
                    ..PlanRoute::default()
                },
            ],
            ..Plan::default()
        }
    }

    #[test]
    fn routes_are_lettered_as_the_routes_module_does_and_legs_run_through_their_crossing() {
        let input = map_input(&plan(), "en", Vec::new());
        let names: Vec<(Option<char>, &str, bool)> = input
            .routes
            .iter()
            .map(|r| (r.letter, r.name.as_str(), r.closed))
            .collect();
        assert_eq!(
            names,
            [
                (Some('A'), "Plan B — road via Bazargan", false),
                (None, "Old road", true)
            ]
        );
        let b = &input.routes[0];
        let stops: Vec<&str> = b
            .legs
            .iter()
            .flat_map(|l| [l.from.name.as_str(), l.to.name.as_str()])
            .collect();
        assert_eq!(
            stops,
            [
                "Tabriz",
                "Bazargan / Gürbulak",
                "Bazargan / Gürbulak",
                "Doğubayazıt"
            ]
        );
        assert_eq!(b.crossings[0].point, Some(Point::new(39.3997, 44.3697)));
    }

    #[test]
    fn the_unplaced_legs_are_named_as_the_plan_names_them_once_each() {
        let mut plan = plan();
        plan.routes[1].legs[0].from_point = None;
        let map = render_plan(&plan, "en", Vec::new()).expect("renders");
        let got: Vec<(&str, &str, Option<&str>)> = map
            .unplaced
            .iter()
            .map(|u| (u.route.as_str(), u.leg_id.as_str(), u.crossing.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("Plan B — road via Bazargan", "b2", None),
                ("Old road", "s1", None)
            ]
        );
        assert!(map.svg.contains("Bazargan / Gürbulak"));
        // Plan B (the plan's second route) is drawn first, its one leg as two lines through the crossing.
        assert_eq!(
            map.routes,
            [
                RouteOrigin {
                    route: 1,
                    legs: vec![0, 0]
                },
                RouteOrigin {
                    route: 0,
                    legs: vec![0]
                }
            ]
        );
    }

    #[test]
    fn the_words_on_the_map_are_the_readers_language() {
        let fa = labels("fa");
        assert_ne!(fa.title, labels("en").title);
        assert!(!fa.title.starts_with("map-"), "{}", fa.title);
    }
}
