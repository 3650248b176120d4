//! Natural Earth's 1:50m countries, decoded once from the compiled-in file (format in
//! `scripts/gen-map-borders.mjs`). The topology is kept: a border between two countries is one arc, drawn once,
//! and each country's rings are stitched from the arcs around it.

use std::sync::OnceLock;

use crate::error::MapError;
use crate::input::Point;
use crate::projection::KM_PER_DEGREE;

static DATA: &[u8] = include_bytes!("../data/borders-50m.bin");
const MAGIC: &[u8] = b"LBMAP1\n";

/// A box in degrees: west, south, east, north.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BBox {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl BBox {
    pub(crate) const EMPTY: BBox = BBox {
        west: f64::INFINITY,
        south: f64::INFINITY,
        east: f64::NEG_INFINITY,
        north: f64::NEG_INFINITY,
    };

    pub(crate) fn add(&mut self, p: Point) {
        self.west = self.west.min(p.lon);
        self.east = self.east.max(p.lon);
        self.south = self.south.min(p.lat);
        self.north = self.north.max(p.lat);
    }

    pub(crate) fn union(&mut self, other: &BBox) {
        self.west = self.west.min(other.west);
        self.east = self.east.max(other.east);
        self.south = self.south.min(other.south);
        self.north = self.north.max(other.north);
    }

    pub fn is_empty(&self) -> bool {
        self.west > self.east || self.south > self.north
    }

    pub fn intersects(&self, other: &BBox) -> bool {
        self.west <= other.east
            && other.west <= self.east
            && self.south <= other.north
            && other.south <= self.north
    }
}

pub(crate) struct Arc {
    pub points: Vec<Point>,
    pub bbox: BBox,
    /// How many country rings walk this arc: two for a land border, one for a coast.
    pub uses: u8,
}

/// One country (or territory) of Natural Earth.
pub struct Country {
    code: [u8; 2],
    /// Polygons, each a list of rings (outer first), each a list of arc references (TopoJSON's: `!i` walks arc
    /// `i` backwards).
    polygons: Vec<Vec<Vec<i32>>>,
    bbox: BBox,
}

impl Country {
    /// ISO 3166-1 alpha-2, or `None` for the few features Natural Earth gives no code (Siachen Glacier…).
    pub fn code(&self) -> Option<&str> {
        std::str::from_utf8(&self.code)
            .ok()
            .filter(|c| c.bytes().all(|b| b.is_ascii_uppercase()))
    }

    pub fn bbox(&self) -> BBox {
        self.bbox
    }
}

pub struct Borders {
    pub(crate) arcs: Vec<Arc>,
    countries: Vec<Country>,
}

impl Borders {
    /// The compiled-in borders, decoded on first use (a few milliseconds) and kept for the process's life.
    pub fn get() -> Result<&'static Borders, MapError> {
        static BORDERS: OnceLock<Result<Borders, MapError>> = OnceLock::new();
        BORDERS
            .get_or_init(|| Borders::decode(DATA))
            .as_ref()
            .map_err(Clone::clone)
    }

    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// Every ring of every polygon of `country`, as points: the outline a fill is drawn from.
    pub fn rings<'a>(&'a self, country: &'a Country) -> impl Iterator<Item = Vec<Point>> + 'a {
        country
            .polygons
            .iter()
            .flatten()
            .map(move |ring| self.stitch(ring))
    }

    /// The lines two countries share (e.g. "IR", "TR"), each a polyline: where one country ends and the other
    /// begins.
    pub fn shared_border(&self, a: &str, b: &str) -> Vec<Vec<Point>> {
        let arcs_of = |code: &str| -> Vec<usize> {
            self.countries
                .iter()
                .filter(|c| c.code() == Some(code))
                .flat_map(|c| c.polygons.iter().flatten().flatten())
                .map(|&r| arc_index(r))
                .collect()
        };
        let of_b = arcs_of(b);
        let mut shared: Vec<usize> = arcs_of(a)
            .into_iter()
            .filter(|i| of_b.contains(i))
            .collect();
        shared.sort_unstable();
        shared.dedup();
        shared
            .into_iter()
            .filter_map(|i| self.arcs.get(i))
            .map(|arc| arc.points.clone())
            .collect()
    }

    /// The country a point lies in (ISO 3166-1 alpha-2), or `None` at sea or in an uncoded territory: what a
    /// leg's `from_country` can be filled with when the user picks its point, so the advisory watch follows it.
    /// Good to the borders' 1:50m (a few kilometres): a point on a coast that the outline leaves in the sea (old
    /// Istanbul, on the Golden Horn) takes the nearest country within [`COAST_KM`]; a point on a frontier should
    /// be confirmed by the user.
    pub fn country_at(&self, p: Point) -> Option<&str> {
        if !p.is_valid() {
            return None;
        }
        self.country_inside(p).or_else(|| self.country_near(p))
    }

    fn country_inside(&self, p: Point) -> Option<&str> {
        self.countries
            .iter()
            .filter(|c| {
                let b = c.bbox;
                (b.west..=b.east).contains(&p.lon) && (b.south..=b.north).contains(&p.lat)
            })
            .find(|c| {
                // Even–odd over all of a country's rings: a hole (an enclave: Lesotho in South Africa) is outside.
                c.polygons
                    .iter()
                    .flatten()
                    .filter(|ring| crosses_odd(&self.stitch(ring), p))
                    .count()
                    % 2
                    == 1
            })
            .and_then(Country::code)
    }

    /// The coded country whose outline passes nearest `p`, within [`COAST_KM`].
    fn country_near(&self, p: Point) -> Option<&str> {
        let k = p.lat.to_radians().cos().max(0.01);
        let margin = COAST_KM / KM_PER_DEGREE;
        let mut best: Option<(f64, &Country)> = None;
        for c in self.countries.iter().filter(|c| c.code().is_some()) {
            let b = c.bbox;
            if p.lat < b.south - margin
                || p.lat > b.north + margin
                || p.lon < b.west - margin / k
                || p.lon > b.east + margin / k
            {
                continue;
            }
            for ring in c.polygons.iter().flatten() {
                let ring = self.stitch(ring);
                for (a, b) in ring.iter().zip(ring.iter().skip(1)) {
                    // Local plane in km around p: fine at a few kilometres.
                    let xy = |q: &Point| {
                        (
                            (q.lon - p.lon) * k * KM_PER_DEGREE,
                            (q.lat - p.lat) * KM_PER_DEGREE,
                        )
                    };
                    let d = distance_to_segment(xy(a), xy(b));
                    if d <= COAST_KM && best.is_none_or(|(bd, _)| d < bd) {
                        best = Some((d, c));
                    }
                }
            }
        }
        best.and_then(|(_, c)| c.code())
    }

    fn stitch(&self, ring: &[i32]) -> Vec<Point> {
        let mut out: Vec<Point> = Vec::new();
        for &r in ring {
            let Some(arc) = self.arcs.get(arc_index(r)) else {
                continue;
            };
            // Consecutive arcs share their joining point; keep it once.
            let skip = usize::from(!out.is_empty());
            if r >= 0 {
                out.extend(arc.points.iter().skip(skip));
            } else {
                out.extend(arc.points.iter().rev().skip(skip));
            }
        }
        out
    }

    fn decode(data: &[u8]) -> Result<Borders, MapError> {
        let mut r = Reader { data, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(MapError::Borders("not a Lifeboat borders file".into()));
        }
        let (scale_lon, scale_lat) = (r.f64()?, r.f64()?);
        let (translate_lon, translate_lat) = (r.f64()?, r.f64()?);
        let arc_count = r.count()?;
        let mut arcs = Vec::with_capacity(arc_count);
        for _ in 0..arc_count {
            let n = r.count()?;
            let (mut x, mut y) = (0i64, 0i64);
            let mut points = Vec::with_capacity(n);
            let mut bbox = BBox::EMPTY;
            for _ in 0..n {
                x += r.zigzag()?;
                y += r.zigzag()?;
                let p = Point::new(
                    y as f64 * scale_lat + translate_lat,
                    x as f64 * scale_lon + translate_lon,
                );
                bbox.add(p);
                points.push(p);
            }
            arcs.push(Arc {
                points,
                bbox,
                uses: 0,
            });
        }
        let country_count = r.count()?;
        let mut countries = Vec::with_capacity(country_count);
        for _ in 0..country_count {
            let code: [u8; 2] = r
                .take(2)?
                .try_into()
                .map_err(|_| MapError::Borders("short country code".into()))?;
            let mut bbox = BBox::EMPTY;
            let mut polygons = Vec::new();
            for _ in 0..r.count()? {
                let mut rings = Vec::new();
                for _ in 0..r.count()? {
                    let mut ring = Vec::new();
                    for _ in 0..r.count()? {
                        let reference = i32::try_from(r.zigzag()?)
                            .map_err(|_| MapError::Borders("arc reference out of range".into()))?;
                        let arc = arcs.get_mut(arc_index(reference)).ok_or_else(|| {
                            MapError::Borders(format!("arc {reference} does not exist"))
                        })?;
                        arc.uses = arc.uses.saturating_add(1);
                        bbox.union(&arc.bbox);
                        ring.push(reference);
                    }
                    rings.push(ring);
                }
                polygons.push(rings);
            }
            countries.push(Country {
                code,
                polygons,
                bbox,
            });
        }
        if r.at != data.len() {
            return Err(MapError::Borders("trailing bytes".into()));
        }
        Ok(Borders { arcs, countries })
    }
}

/// How far from a country's outline a point still counts as in it: the 1:50m coast's error near a city.
pub const COAST_KM: f64 = 5.0;

/// Distance from the origin to the segment a–b.
fn distance_to_segment(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (-(a.0 * dx + a.1 * dy) / len2).clamp(0.0, 1.0)
    };
    (a.0 + t * dx).hypot(a.1 + t * dy)
}

/// Whether a ray from `p` eastwards crosses `ring` an odd number of times.
fn crosses_odd(ring: &[Point], p: Point) -> bool {
    let mut inside = false;
    for (a, b) in ring.iter().zip(ring.iter().cycle().skip(1)) {
        if (a.lat > p.lat) != (b.lat > p.lat) {
            let lon = a.lon + (p.lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon);
            if p.lon < lon {
                inside = !inside;
            }
        }
    }
    inside
}

fn arc_index(reference: i32) -> usize {
    // TopoJSON writes a reversed arc i as ~i (= -i - 1).
    let i = if reference >= 0 {
        reference
    } else {
        !reference
    };
    usize::try_from(i).unwrap_or(usize::MAX)
}

struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], MapError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.data.len());
        let end = end.ok_or_else(|| MapError::Borders("cut short".into()))?;
        let bytes = &self.data[self.at..end];
        self.at = end;
        Ok(bytes)
    }

    fn f64(&mut self) -> Result<f64, MapError> {
        let bytes: [u8; 8] = self
            .take(8)?
            .try_into()
            .map_err(|_| MapError::Borders("cut short".into()))?;
        Ok(f64::from_le_bytes(bytes))
    }

    fn varint(&mut self) -> Result<u64, MapError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.take(1)?[0];
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(MapError::Borders("varint too long".into()))
    }

    fn zigzag(&mut self) -> Result<i64, MapError> {
        let v = self.varint()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    /// A count, bounded by what the rest of the file could hold, so a damaged count cannot ask for gigabytes.
    fn count(&mut self) -> Result<usize, MapError> {
        let n = usize::try_from(self.varint()?).unwrap_or(usize::MAX);
        if n > self.data.len() - self.at {
            return Err(MapError::Borders(format!("count {n} past the end")));
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_in_borders_decode_with_every_country_the_routes_need() {
        let borders = Borders::get().unwrap();
        for code in ["IR", "TR", "IQ", "AZ", "AM", "FR", "XK", "CY"] {
            assert!(
                borders.countries().iter().any(|c| c.code() == Some(code)),
                "{code} missing"
            );
        }
        let iran = borders
            .countries()
            .iter()
            .find(|c| c.code() == Some("IR"))
            .unwrap();
        let b = iran.bbox();
        // Iran spans about 44°E–63.3°E and 25°N–39.8°N.
        assert!(
            (43.5..44.5).contains(&b.west) && (63.0..63.6).contains(&b.east),
            "{b:?}"
        );
        assert!(
            (24.8..25.3).contains(&b.south) && (39.5..40.0).contains(&b.north),
            "{b:?}"
        );
        // A border is one arc walked by both neighbours; a coast by one country.
        assert!(borders.arcs.iter().all(|a| a.uses == 1 || a.uses == 2));
        assert!(!borders.shared_border("IR", "TR").is_empty());
        assert!(borders.shared_border("IR", "FR").is_empty());
    }

    #[test]
    fn a_point_is_placed_in_its_country() {
        let borders = Borders::get().unwrap();
        let at = |lat, lon| borders.country_at(Point::new(lat, lon));
        assert_eq!(at(35.6892, 51.3890), Some("IR"), "Tehran");
        assert_eq!(at(39.3925, 44.3869), Some("IR"), "Bazargan");
        assert_eq!(at(39.2899, 44.4603), Some("IR"), "Maku");
        assert_eq!(at(39.5469, 44.0842), Some("TR"), "Doğubayazıt");
        assert_eq!(at(38.4946, 43.3832), Some("TR"), "Van");
        assert_eq!(at(41.0082, 28.9784), Some("TR"), "Istanbul");
        assert_eq!(at(49.0097, 2.5479), Some("FR"), "Paris CDG");
        assert_eq!(at(-18.1416, 178.4419), Some("FJ"), "Suva");
        assert_eq!(at(43.0, 34.0), None, "the Black Sea");
        assert_eq!(at(41.3, 29.5), None, "10 km off the Black Sea coast");
        // Natural Earth's countries carry no lakes: Lake Van is Turkey, as a route along its shore wants.
        assert_eq!(at(38.65, 42.9), Some("TR"), "Lake Van");
        assert_eq!(
            at(-29.31, 27.48),
            Some("LS"),
            "Maseru, Lesotho, not South Africa"
        );
        assert_eq!(at(f64::NAN, 0.0), None);
    }

    #[test]
    fn a_damaged_file_is_an_error_not_a_panic() {
        assert!(Borders::decode(b"nonsense").is_err());
        assert!(Borders::decode(&DATA[..DATA.len() / 2]).is_err());
        let mut huge = MAGIC.to_vec();
        huge.extend([0u8; 32]);
        huge.extend([0xff, 0xff, 0xff, 0xff, 0x0f]);
        assert!(Borders::decode(&huge).is_err());
    }
}
