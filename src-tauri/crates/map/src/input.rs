//! What a map is drawn from. The caller (the app, the PDF, the command line) builds it from the plan; names are
//! the user's own text and are escaped on the way out, never trusted as markup.

/// A place on the globe in degrees (WGS 84), north and east positive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
}

impl Point {
    pub const fn new(lat: f64, lon: f64) -> Self {
        Point { lat, lon }
    }

    /// A point that can be drawn: finite and on the globe. Anything else counts as no point at all, so a damaged
    /// coordinate hides one line instead of the whole map.
    pub fn is_valid(&self) -> bool {
        self.lat.is_finite()
            && self.lon.is_finite()
            && (-90.0..=90.0).contains(&self.lat)
            && (-180.0..=180.0).contains(&self.lon)
    }
}

/// One end of a leg: the name the user wrote, and where it is when they gave a point.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Place {
    pub name: String,
    pub point: Option<Point>,
}

impl Place {
    pub fn new(name: impl Into<String>, point: Option<Point>) -> Self {
        Place {
            name: name.into(),
            point,
        }
    }

    pub(crate) fn valid_point(&self) -> Option<Point> {
        self.point.filter(Point::is_valid)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Leg {
    pub from: Place,
    pub to: Place,
}

/// A border crossing on a route ("Bazargan / Gürbulak").
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Crossing {
    pub name: String,
    pub point: Option<Point>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Route {
    /// The routes module's letter (Plan A, B, C…); closed routes have none.
    pub letter: Option<char>,
    /// "Plan B — road via Bazargan".
    pub name: String,
    /// `#rgb` or `#rrggbb`; anything else (or none) takes the letter's colour from the map's own palette.
    pub colour: Option<String>,
    pub closed: bool,
    pub legs: Vec<Leg>,
    pub crossings: Vec<Crossing>,
}

/// A country shaded by its highest advisory level (1–4); other levels are not shaded.
#[derive(Debug, Clone, PartialEq)]
pub struct ShadedCountry {
    /// ISO 3166-1 alpha-2, as the countries crate spells it.
    pub code: String,
    pub level: u8,
}

/// The words the map prints, in the reader's language (the caller takes them from the Fluent catalogue).
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    /// The SVG's accessible title.
    pub title: String,
    /// Printed after a closed route's name in the legend.
    pub closed: String,
    /// The scale bar's unit.
    pub km: String,
    pub attribution: String,
}

impl Default for Labels {
    fn default() -> Self {
        Labels {
            title: "Routes out".into(),
            closed: "closed".into(),
            km: "km".into(),
            attribution: "Borders: Natural Earth".into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapInput {
    /// In the order of preference; Plan A is drawn on top.
    pub routes: Vec<Route>,
    pub shaded: Vec<ShadedCountry>,
    pub labels: Labels,
}
