//! The places a route leg can start or end in, and the borders it crosses, searched offline in the script the
//! user types: "Tehran", "تهران", "Тегеран" and "teheran" all find Tehran with its point, then its airports.
//!
//! - Towns: GeoNames' cities500 (CC BY 4.0: "Places: GeoNames"), cut by `scripts/gen-gazetteer.mjs` to places of
//!   5,000 people or more and every administrative seat (`data/places.tsv`).
//! - Airports: OurAirports (public domain), large and medium airports with scheduled service, each tied to the
//!   town it serves (`scripts/gen-gazetteer-airports.py`, `data/airports.tsv`).
//! - Border crossings: our own hand-kept table (`data/crossings.tsv`); no dataset at hand has them.

mod fold;
mod places;

pub use fold::fold;
pub use places::{Gazetteer, Hit, Kind, Place};
