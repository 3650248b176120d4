//! What the Routes section receives for its map and its place picker. The map is drawn in Rust
//! (`lifeboat-map`) so the section, the family PDF and `lifeboat export-map` show one picture; the places come
//! from the offline gazetteer (`lifeboat-gazetteer`). Generated into the UI's TypeScript with the plan's types.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::routes::Point;

/// The routes' map as the Routes section shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RouteMapView {
    /// A standalone SVG document with no script, link or external reference (the renderer writes none).
    pub svg: String,
    /// Which drawing this is: a click on the map names it, so a click on a map that has since been redrawn
    /// (another leg moved the frame) is refused instead of landing somewhere else.
    pub frame: u32,
    /// Per route on the map (its `data-route`), where it is in the plan.
    pub routes: Vec<MapRoute>,
    /// Legs and crossings that have no place yet, in the routes' lettered order: listed under the map.
    pub unplaced: Vec<UnplacedLeg>,
}

/// A route drawn on the map, as the plan holds it: what hovering a leg's row highlights.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MapRoute {
    /// The plan route's id.
    pub route_id: String,
    /// Per line on the map (its `data-leg`), the id of the plan leg it draws (a leg through its crossing is two
    /// lines).
    pub leg_ids: Vec<String>,
}

/// A leg, or its crossing, that is listed and not drawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UnplacedLeg {
    pub route_id: String,
    pub leg_id: String,
    /// The crossing is what has no point (the leg itself may be drawn).
    pub crossing: bool,
}

/// What kind of place a search found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Town,
    Airport,
    Crossing,
}

/// One place of the gazetteer, as the picker lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PlaceHit {
    pub kind: PlaceKind,
    /// The spelling that matched what the user typed («تهران»): what the leg is named when its name is empty.
    pub matched: String,
    /// The dataset's own name, in Latin script ("Tehran").
    pub name: String,
    /// An airport's IATA code ("IKA"); empty otherwise.
    pub code: String,
    /// ISO 3166-1 alpha-2 codes: one for a town or an airport, the two sides for a border crossing.
    pub countries: Vec<String>,
    pub point: Point,
    /// For an airport, the town it serves ("Tehran").
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serves: Option<String>,
    /// Where the row comes from: "geonames:112931", "ourairports:OIIE", "crossing:bazargan-gurbulak".
    pub source: String,
}

/// Where a point picked by a click or typed as coordinates lies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PointInfo {
    pub point: Point,
    /// The country it lies in on Natural Earth's 1:50m borders; `None` at sea or on a border's far side of a
    /// coarse coast.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The nearest town of the gazetteer within a few kilometres, to name a leg that has no name yet.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub near: Option<PlaceHit>,
}

/// Where to look for a place: a click on a drawn map, or coordinates the user typed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case", tag = "at")]
pub enum PointQuery {
    /// A click at (`x`, `y`) in the SVG's own units on the map `frame` ([`RouteMapView::frame`]).
    Map {
        frame: u32,
        x: f64,
        y: f64,
    },
    Coordinates {
        lat: f64,
        lon: f64,
    },
}
