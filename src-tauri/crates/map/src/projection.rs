//! Equirectangular projection at the middle latitude of the view: x = (lon − west)·cos φ₀, y = north − lat,
//! scaled to the map's width.
//!
//! Why not Web Mercator: a route map spans a region (Tehran to Istanbul is 2,000 km), where both projections
//! distort by a few percent between the view's north and south edges, and no tiles need matching here.
//! Equirectangular is linear, so the scale bar is exact along the middle parallel and north–south everywhere,
//! the inverse (a click on the map to a point) is one division, and it has no singularity near the poles.

use crate::borders::BBox;
use crate::input::Point;

/// Kilometres in one degree of latitude (mean Earth radius 6,371.0088 km).
pub(crate) const KM_PER_DEGREE: f64 = 6_371.008_8 * std::f64::consts::PI / 180.0;

/// The map's frame: which part of the globe it shows and how that fills `width` × `height` units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub west: f64,
    pub north: f64,
    pub south: f64,
    pub east: f64,
    /// cos φ₀: how much shorter a degree of longitude is than one of latitude at the middle of the view.
    k: f64,
    /// Map units per degree of latitude.
    scale: f64,
    pub width: f64,
    pub height: f64,
}

impl View {
    /// The smallest span shown, in degrees of latitude (~110 km): one point alone still shows its surroundings.
    const MIN_SPAN: f64 = 1.0;
    /// Space around the routes, as a share of their span on each side.
    const MARGIN: f64 = 0.12;
    /// The map is never taller than it is wide, nor flatter than 2:1, so it fits a page and a section.
    const MIN_ASPECT: f64 = 0.5;
    const MAX_ASPECT: f64 = 1.0;

    /// Fits `bbox` (with a margin) into a map `width` units wide.
    pub fn fit(bbox: BBox, width: f64) -> View {
        let lat0 = ((bbox.south + bbox.north) / 2.0).clamp(-80.0, 80.0);
        let k = lat0.to_radians().cos();
        let mid_lon = (bbox.west + bbox.east) / 2.0;
        // Spans in "latitude degrees", so both axes are in the same ground units.
        let mut span_x = ((bbox.east - bbox.west) * k).max(Self::MIN_SPAN);
        let mut span_y = (bbox.north - bbox.south).max(Self::MIN_SPAN);
        span_x *= 1.0 + 2.0 * Self::MARGIN;
        span_y *= 1.0 + 2.0 * Self::MARGIN;
        let aspect = span_y / span_x;
        if aspect < Self::MIN_ASPECT {
            span_y = span_x * Self::MIN_ASPECT;
        } else if aspect > Self::MAX_ASPECT {
            span_x = span_y / Self::MAX_ASPECT;
        }
        let half_lon = span_x / k / 2.0;
        let west = mid_lon - half_lon;
        let east = mid_lon + half_lon;
        let north = lat0 + span_y / 2.0;
        let south = lat0 - span_y / 2.0;
        let scale = width / span_x;
        View {
            west,
            east,
            north,
            south,
            k,
            scale,
            width,
            height: span_y * scale,
        }
    }

    /// Where `p` lands on the map, in map units from the top left.
    pub fn project(&self, p: Point) -> (f64, f64) {
        (
            (p.lon - self.west) * self.k * self.scale,
            (self.north - p.lat) * self.scale,
        )
    }

    /// The point under map position (x, y): what a click on the map picks.
    pub fn unproject(&self, x: f64, y: f64) -> Point {
        Point::new(
            self.north - y / self.scale,
            self.west + x / (self.k * self.scale),
        )
    }

    /// Kilometres per map unit: exact north–south, and east–west along the middle parallel.
    pub fn km_per_unit(&self) -> f64 {
        KM_PER_DEGREE / self.scale
    }

    /// The view in degrees, for skipping border arcs that cannot show.
    pub(crate) fn bbox(&self) -> BBox {
        BBox {
            west: self.west,
            south: self.south,
            east: self.east,
            north: self.north,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bbox(points: &[Point]) -> BBox {
        let mut b = BBox::EMPTY;
        for &p in points {
            b.add(p);
        }
        b
    }

    #[test]
    fn the_routes_fit_inside_the_frame_with_a_margin() {
        let tehran = Point::new(35.6892, 51.3890);
        let istanbul = Point::new(41.0082, 28.9784);
        let v = View::fit(bbox(&[tehran, istanbul]), 1000.0);
        for p in [tehran, istanbul] {
            let (x, y) = v.project(p);
            assert!(x > 50.0 && x < 950.0, "{x}");
            assert!(y > 20.0 && y < v.height - 20.0, "{y}");
        }
        let back = v.unproject(v.project(tehran).0, v.project(tehran).1);
        assert!((back.lat - tehran.lat).abs() < 1e-9 && (back.lon - tehran.lon).abs() < 1e-9);
    }

    #[test]
    fn the_scale_is_true_north_south_and_along_the_middle_parallel() {
        let v = View::fit(
            bbox(&[Point::new(35.0, 44.0), Point::new(41.0, 52.0)]),
            1000.0,
        );
        // One degree of latitude is ~111.2 km.
        let (_, y0) = v.project(Point::new(38.0, 48.0));
        let (_, y1) = v.project(Point::new(39.0, 48.0));
        assert!(((y0 - y1) * v.km_per_unit() - 111.19).abs() < 0.1);
        // One degree of longitude at 38°N is ~87.6 km.
        let (x0, _) = v.project(Point::new(38.0, 48.0));
        let (x1, _) = v.project(Point::new(38.0, 49.0));
        assert!(((x1 - x0) * v.km_per_unit() - 87.62).abs() < 0.1);
    }

    #[test]
    fn a_single_point_shows_its_surroundings_and_a_tall_box_is_widened() {
        let v = View::fit(bbox(&[Point::new(35.6892, 51.3890)]), 1000.0);
        assert!(v.height > 0.0 && v.height <= 1000.0);
        assert!((v.north - v.south) >= 1.0);
        let tall = View::fit(
            bbox(&[Point::new(30.0, 50.0), Point::new(40.0, 50.1)]),
            1000.0,
        );
        assert!((tall.height - 1000.0).abs() < 1e-6);
    }
}
