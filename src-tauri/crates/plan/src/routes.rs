//! Ways out: Plan A, B, C…, each an ordered chain of legs with what every leg needs.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TravelMode {
    #[default]
    Air,
    Road,
    Rail,
    Sea,
    Foot,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RouteStatus {
    #[default]
    Open,
    Uncertain,
    Closed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NeedKind {
    #[default]
    Document,
    Visa,
    Cash,
    Fuel,
    Other,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct LegNeed {
    pub kind: NeedKind,
    /// "USD 300 per adult", "full tank + 20 L jerrycan", "Turkish e-visa".
    pub detail: String,
    /// For `document` needs: the document in the plan this refers to.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_id: Option<String>,
}

/// Where a place is, in degrees (WGS 84), north and east positive: what the route map draws a leg's end or a
/// crossing at. Both numbers are required: half a coordinate is no place.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// −90 (south pole) to 90.
    pub lat: f64,
    /// −180 to 180.
    pub lon: f64,
}

impl Point {
    pub fn lat_is_valid(&self) -> bool {
        self.lat.is_finite() && (-90.0..=90.0).contains(&self.lat)
    }

    pub fn lon_is_valid(&self) -> bool {
        self.lon.is_finite() && (-180.0..=180.0).contains(&self.lon)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Leg {
    pub id: String,
    /// Place names as the user writes them ("Tehran, home", "IKA airport").
    pub from: String,
    pub to: String,
    /// Where `from` and `to` are, when the user has picked or typed them: a leg with both is drawn on the route
    /// map, one without is listed under it.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_point: Option<Point>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_point: Option<Point>,
    /// ISO 3166-1 alpha-2 of each end; the advisory watch follows every country a route passes through.
    pub from_country: String,
    pub to_country: String,
    pub mode: TravelMode,
    /// Name of the border crossing when the leg crosses one ("Bazargan / Gürbulak").
    pub border_crossing: String,
    /// Where the border crossing is; the map draws the leg through it.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crossing_point: Option<Point>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_minutes: Option<u32>,
    pub needs: Vec<LegNeed>,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct RallyPoint {
    pub name: String,
    pub address: String,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Route {
    pub id: String,
    /// "Plan A", "Plan B"… The order of `Plan::routes` is the order of preference.
    pub name: String,
    pub summary: String,
    pub legs: Vec<Leg>,
    pub rally_points: Vec<RallyPoint>,
    pub status: RouteStatus,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_verified: Option<chrono::NaiveDate>,
    pub notes: String,
}

/// The routes in the order to try them, each with its letter: the first open route is Plan A (the plan's own
/// rule), the other usable routes follow in the user's order as B, C…, and closed routes come last with no letter,
/// so nobody reads "Plan C" and drives to a shut border. Past Z routes are listed unlettered.
pub fn lettered(routes: &[Route]) -> Vec<(Option<char>, &Route)> {
    let first_open = routes.iter().position(|r| r.status == RouteStatus::Open);
    let usable = first_open.map(|i| &routes[i]).into_iter().chain(
        routes
            .iter()
            .enumerate()
            .filter(|(i, r)| Some(*i) != first_open && r.status != RouteStatus::Closed)
            .map(|(_, r)| r),
    );
    let mut letters = (b'A'..=b'Z').map(char::from);
    usable
        .map(|r| (letters.next(), r))
        .chain(
            routes
                .iter()
                .filter(|r| r.status == RouteStatus::Closed)
                .map(|r| (None, r)),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(id: &str, status: RouteStatus) -> Route {
        Route {
            id: id.into(),
            status,
            ..Route::default()
        }
    }

    #[test]
    fn the_first_open_route_is_plan_a_and_closed_ones_lose_their_letter() {
        let routes = [
            route("uncertain", RouteStatus::Uncertain),
            route("closed", RouteStatus::Closed),
            route("open", RouteStatus::Open),
            route("open2", RouteStatus::Open),
        ];
        let got: Vec<_> = lettered(&routes)
            .into_iter()
            .map(|(c, r)| (c, r.id.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (Some('A'), "open"),
                (Some('B'), "uncertain"),
                (Some('C'), "open2"),
                (None, "closed")
            ]
        );
    }
}
