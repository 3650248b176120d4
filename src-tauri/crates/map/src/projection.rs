//! Equirectangular projection at the middle latitude of the view: x = (lon − west)·cos φ₀, y = north − lat,
//! scaled to the map's width.
//!
//! Why not Web Mercator: a route map spans a region (Tehran to Istanbul is 2,000 km), where both projections
//! distort by a few percent between the view's north and south edges, and no tiles need matching here.
//! Equirectangular is linear, so the scale bar is exact along the middle parallel and north–south everywhere,
//! the inverse (a click on the map to a point) is one division, and it has no singularity near the poles.
//!
//! Routes across the antimeridian (Suva to Apia) are drawn across it, not around the world: the view's
//! longitudes wrap at a seam placed in the widest gap between the routes' longitudes.

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
    /// Longitudes west of this count 360° further east (it lies opposite the routes, outside the frame).
    seam: f64,
}

/// Where longitudes wrap for a view of `lons`: in the middle of the widest gap between them (going round the
/// globe), so the seam is as far from every route as it can be and never inside the frame's margin.
pub(crate) fn seam_for(lons: &[f64]) -> f64 {
    let mut l: Vec<f64> = lons.iter().copied().filter(|x| x.is_finite()).collect();
    l.sort_by(f64::total_cmp);
    l.dedup();
    let (Some(&first), Some(&last)) = (l.first(), l.last()) else {
        return -180.0;
    };
    let around = first + 360.0 - last;
    let widest =
        l.windows(2)
            .map(|w| (w[1] - w[0], w[0]))
            .fold((around, None), |best, (gap, at)| {
                if gap > best.0 {
                    (gap, Some(at))
                } else {
                    best
                }
            });
    let seam = match widest {
        (gap, Some(at)) => at + gap / 2.0,
        (gap, None) => last + gap / 2.0,
    };
    if seam >= 180.0 {
        seam - 360.0
    } else {
        seam
    }
}

/// `lon` counted from `seam`: in [seam, seam + 360).
pub(crate) fn unwrap_lon(lon: f64, seam: f64) -> f64 {
    if lon < seam {
        lon + 360.0
    } else {
        lon
    }
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
        View::fit_wrapped(bbox, width, -180.0)
    }

    /// As [`View::fit`], for a `bbox` whose longitudes were unwrapped from `seam` (its east may pass 180).
    pub(crate) fn fit_wrapped(bbox: BBox, width: f64, seam: f64) -> View {
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
            seam,
        }
    }

    /// Where `p` lands on the map, in map units from the top left.
    pub fn project(&self, p: Point) -> (f64, f64) {
        self.project_at(p, unwrap_lon(p.lon, self.seam) - p.lon)
    }

    fn project_at(&self, p: Point, shift: f64) -> (f64, f64) {
        (
            (p.lon + shift - self.west) * self.k * self.scale,
            (self.north - p.lat) * self.scale,
        )
    }

    /// A border line or ring: every point shifted as its first one, so a line that crosses the seam (always
    /// outside the frame) stays continuous instead of jumping across the whole map.
    pub(crate) fn project_line(&self, points: &[Point]) -> Vec<(f64, f64)> {
        let shift = points
            .first()
            .map(|p| unwrap_lon(p.lon, self.seam) - p.lon)
            .unwrap_or(0.0);
        points.iter().map(|&p| self.project_at(p, shift)).collect()
    }

    /// The point under map position (x, y): what a click on the map picks.
    pub fn unproject(&self, x: f64, y: f64) -> Point {
        let lon = self.west + x / (self.k * self.scale);
        let lon = if lon > 180.0 { lon - 360.0 } else { lon };
        Point::new(self.north - y / self.scale, lon)
    }

    /// Kilometres per map unit: exact north–south, and east–west along the middle parallel.
    pub fn km_per_unit(&self) -> f64 {
        KM_PER_DEGREE / self.scale
    }

    /// Whether anything inside `b` (a box in plain degrees) can show in the view, on either side of the seam.
    pub(crate) fn may_show(&self, b: &BBox) -> bool {
        let view = BBox {
            west: self.west,
            south: self.south,
            east: self.east,
            north: self.north,
        };
        let east_of_seam = BBox {
            west: b.west + 360.0,
            east: b.east + 360.0,
            ..*b
        };
        view.intersects(b) || view.intersects(&east_of_seam)
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

    #[test]
    fn the_seam_goes_in_the_widest_gap() {
        // Tehran to Istanbul: the seam is in the Pacific, opposite the routes.
        let seam = seam_for(&[51.389, 28.978]);
        assert!((seam + 139.82).abs() < 0.01, "{seam}");
        assert_eq!(unwrap_lon(51.389, seam), 51.389);
        // Suva (178.45°E) to Apia (171.77°W): across the antimeridian, the seam on the far side of the globe.
        let seam = seam_for(&[178.45, -171.77]);
        assert!((seam - 3.34).abs() < 0.01, "{seam}");
        assert_eq!(unwrap_lon(-171.77, seam), 188.23);
        assert_eq!(unwrap_lon(178.45, seam), 178.45);
        assert_eq!(seam_for(&[]), -180.0);
    }

    #[test]
    fn a_view_across_the_antimeridian_projects_and_clicks_back() {
        let seam = seam_for(&[178.45, -171.77]);
        let mut b = BBox::EMPTY;
        for p in [Point::new(-18.12, 178.45), Point::new(-13.83, -171.77)] {
            b.add(Point::new(p.lat, unwrap_lon(p.lon, seam)));
        }
        let v = View::fit_wrapped(b, 1000.0, seam);
        let suva = v.project(Point::new(-18.12, 178.45));
        let apia = v.project(Point::new(-13.83, -171.77));
        assert!(
            suva.0 > 0.0 && apia.0 < 1000.0 && apia.0 > suva.0,
            "{suva:?} {apia:?}"
        );
        let back = v.unproject(apia.0, apia.1);
        assert!((back.lon + 171.77).abs() < 1e-9, "{back:?}");
    }
}
