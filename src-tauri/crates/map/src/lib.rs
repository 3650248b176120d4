//! The route map: Plan A, B, C drawn over country borders to one SVG, with no tile server and no network, so the
//! Routes section and the family PDF show the same picture on any machine, online or not.
//!
//! The borders are Natural Earth's 1:50m countries as `world-atlas` publishes them, compiled in
//! (`data/borders-50m.bin`, written by `scripts/gen-map-borders.mjs`). The input is this crate's own small model
//! ([`MapInput`]): the caller turns a plan into it, so the renderer knows nothing of the plan's schema.

mod borders;
mod clip;
mod error;
mod input;
mod labels;
mod legend;
#[cfg(feature = "plan")]
pub mod plan;
mod projection;
mod render;
mod style;
mod svg;

pub use borders::{Borders, Country};
pub use error::MapError;
pub use input::{Crossing, Labels, Leg, MapInput, Place, Point, Route, ShadedCountry};
pub use projection::View;
pub use render::{render, RenderedMap, Skipped};
pub use svg::escape;
