//! The map page: the plan's routes drawn by `lifeboat_map`, the very SVG the Routes section shows, so the paper
//! and the app never disagree, with what the map could not draw and where its data comes from listed under it.
//!
//! The SVG reaches Typst as a file of the World (`world.rs`), never inside the JSON: it is 50 KB of markup that
//! the string tables `prepare` builds have no use for. Typst keeps it as vectors and its names as text (its PDF
//! export embeds SVG text), set in the PDF's own fonts: the map asks for Noto Sans and Vazirmatn by name.

use lifeboat_i18n::t;
use lifeboat_map::plan::{render_plan, Unplaced};
use lifeboat_plan::Plan;
use serde::Serialize;

use crate::lang::Lang;
use crate::AdvisoryLine;
use crate::PdfOptions;

/// The page's words and its measure, for the template (`d.map`).
#[derive(Debug, Serialize)]
pub(crate) struct MapOut {
    pub heading: String,
    /// The map's height over its width, so the template can keep it on one page whatever the routes' shape.
    pub aspect: f64,
    /// Said only when countries are shaded: in grey the shades are the only sign of the levels.
    pub shading: Option<String>,
    pub unplaced_heading: String,
    /// "Istanbul (IST) → Paris (CDG) (Plan A — air via IKA): no place on the map yet".
    pub unplaced: Vec<String>,
    /// The borders', places' and airports' sources and licences.
    pub sources: String,
}

/// The page to print: its words, and the SVG for the World.
pub(crate) struct MapPage {
    pub out: MapOut,
    pub svg: Vec<u8>,
}

/// The map page, when the routes are printed and at least one leg or crossing has a point; otherwise None (a plan
/// whose legs have no place yet prints no empty map). A map that cannot be drawn (damaged compiled-in borders)
/// leaves the page out with a warning rather than failing the whole copy.
pub(crate) fn build(
    plan: &Plan,
    advisories: &[AdvisoryLine],
    opts: &PdfOptions,
    l: &Lang,
    warnings: &mut Vec<String>,
) -> Option<MapPage> {
    if !opts.sections.routes || !has_a_point(plan) {
        return None;
    }
    let map = match render_plan(plan, l.code, crate::shading::shaded(advisories)) {
        Ok(map) => map,
        Err(e) => {
            warnings.push(format!("the route map was left out: {e}"));
            return None;
        }
    };
    let c = l.code;
    let aspect = if map.view.width > 0.0 {
        map.view.height / map.view.width
    } else {
        1.0
    };
    let out = MapOut {
        heading: t!(c, "pdf-map-heading"),
        aspect,
        shading: map
            .svg
            .contains("data-level=\"")
            .then(|| t!(c, "pdf-map-shading")),
        unplaced_heading: t!(c, "pdf-map-unplaced-heading"),
        unplaced: map.unplaced.iter().map(|u| unplaced(l, u)).collect(),
        sources: t!(c, "pdf-map-sources"),
    };
    Some(MapPage {
        out,
        svg: map.svg.into_bytes(),
    })
}

fn has_a_point(plan: &Plan) -> bool {
    plan.routes.iter().flat_map(|r| &r.legs).any(|leg| {
        leg.from_point.is_some() || leg.to_point.is_some() || leg.crossing_point.is_some()
    })
}

fn unplaced(l: &Lang, u: &Unplaced) -> String {
    match &u.crossing {
        Some(crossing) => t!(
            l.code,
            "pdf-map-unplaced-crossing",
            crossing = crossing.as_str(),
            route = u.route.as_str(),
        ),
        None => t!(
            l.code,
            "pdf-map-unplaced-leg",
            from = u.from.as_str(),
            to = u.to.as_str(),
            route = u.route.as_str(),
        ),
    }
}
