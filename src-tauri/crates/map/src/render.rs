//! The map from [`MapInput`] to SVG: sea, land and the shaded countries, borders, the routes (Plan A on top),
//! crossings and places with their names, the legend, a scale bar and the attribution.

use std::collections::HashSet;

use crate::borders::{BBox, Borders};
use crate::clip::{clip_polyline, clip_ring, Rect};
use crate::error::MapError;
use crate::input::{MapInput, Point, Route};
use crate::labels::{LabelBox, Placer};
use crate::legend::{draw_legend, draw_scale_bar, legend_rows, scale_bar};
use crate::projection::{seam_for, unwrap_lon, View};
use crate::style::{self, line_style};
use crate::svg::{fmt_num, path_data, SvgWriter};

/// Map units across; the SVG scales to any size, this only sets the proportion of text and lines to the map.
const WIDTH: f64 = 1000.0;
/// The faces the family PDF embeds (Noto Sans, Vazirmatn; Typst resolves these names against them), in the UI's
/// order: Persian and Arabic in Vazirmatn or Noto Sans Arabic before DejaVu Sans, whose Arabic a webview would
/// otherwise pick first on Linux.
const FONT: &str = "'Noto Sans', Vazirmatn, 'Noto Sans Arabic', 'DejaVu Sans', sans-serif";

#[derive(Debug, Clone, PartialEq)]
pub struct RenderedMap {
    pub svg: String,
    /// What had no point to be drawn at, for the caller to list under the map.
    pub skipped: Vec<Skipped>,
    pub view: View,
}

/// Something of the input left off the map, by its position in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skipped {
    /// A leg without a point at both ends (a point at one end alone is still marked there).
    Leg {
        route: usize,
        leg: usize,
    },
    Crossing {
        route: usize,
        crossing: usize,
    },
}

/// Draws `input` to an SVG document. Never fails on the input: legs and crossings without a (valid) point are
/// skipped and reported; only damaged compiled-in border data is an error.
pub fn render(input: &MapInput) -> Result<RenderedMap, MapError> {
    let borders = Borders::get()?;
    let mut skipped = Vec::new();
    let mut points = Vec::new();
    for (ri, route) in input.routes.iter().enumerate() {
        for (li, leg) in route.legs.iter().enumerate() {
            let (from, to) = (leg.from.valid_point(), leg.to.valid_point());
            if from.is_none() || to.is_none() {
                skipped.push(Skipped::Leg { route: ri, leg: li });
            }
            points.extend(from.into_iter().chain(to));
        }
        for (ci, crossing) in route.crossings.iter().enumerate() {
            match crossing.point.filter(Point::is_valid) {
                Some(p) => points.push(p),
                None => skipped.push(Skipped::Crossing {
                    route: ri,
                    crossing: ci,
                }),
            }
        }
    }
    let lons: Vec<f64> = points.iter().map(|p| p.lon).collect();
    let seam = seam_for(&lons);
    let mut bbox = BBox::EMPTY;
    for p in &points {
        bbox.add(Point::new(p.lat, unwrap_lon(p.lon, seam)));
    }
    if bbox.is_empty() {
        // Nothing placed yet: show the shaded countries, or the inhabited world.
        for country in borders.countries() {
            if country
                .code()
                .is_some_and(|c| input.shaded.iter().any(|s| s.code == c))
            {
                bbox.union(&country.bbox());
            }
        }
    }
    if bbox.is_empty() {
        bbox = BBox {
            west: -170.0,
            south: -50.0,
            east: 170.0,
            north: 72.0,
        };
    }
    let view = View::fit_wrapped(bbox, WIDTH, seam);
    let mut w = SvgWriter::new();
    let (width, height) = (fmt_num(view.width), fmt_num(view.height));
    let view_box = format!("0 0 {width} {height}");
    w.open(
        "svg",
        &[
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", &view_box),
            ("width", &width),
            ("height", &height),
            ("role", "img"),
            ("font-family", FONT),
            // Every label is placed for a left-to-right anchor ("start" = its left end). Inline in a right-to-left
            // page, the SVG would inherit `direction: rtl`, turning each anchor round and pushing the legend, the
            // scale bar's label and the credit out of the frame. A Persian name still reads right to left.
            ("direction", "ltr"),
        ],
    );
    w.text("title", &[], &input.labels.title);
    w.text("desc", &[], &describe(input));
    w.open("defs", &[]);
    w.open("clipPath", &[("id", "lifeboat-map-frame")]);
    w.empty(
        "rect",
        &[
            ("x", "0"),
            ("y", "0"),
            ("width", &width),
            ("height", &height),
        ],
    );
    w.close("clipPath");
    w.close("defs");
    w.empty(
        "rect",
        &[
            ("x", "0"),
            ("y", "0"),
            ("width", &width),
            ("height", &height),
            ("fill", style::SEA),
        ],
    );
    w.open("g", &[("clip-path", "url(#lifeboat-map-frame)")]);
    draw_countries(&mut w, borders, input, &view);
    draw_borders(&mut w, borders, &view);
    // Plan A last, so the preferred route is never hidden under another.
    w.open("g", &[("class", "routes")]);
    for (ri, route) in input.routes.iter().enumerate().rev() {
        draw_route(&mut w, route, ri, &view);
    }
    w.close("g");
    let legend = legend_rows(input);
    let scale = scale_bar(&view);
    let mut placer = Placer::new(view.width, view.height);
    if let Some(rows) = &legend {
        placer.reserve(rows.bounds());
    }
    placer.reserve(scale.bounds());
    placer.reserve(LabelBox {
        x0: view.width - 8.0 - input.labels.attribution.chars().count() as f64 * 6.5,
        y0: view.height - 22.0,
        x1: view.width,
        y1: view.height,
    });
    draw_places(&mut w, input, &view, &mut placer);
    w.close("g");
    if let Some(rows) = legend {
        draw_legend(&mut w, input, &rows);
    }
    draw_scale_bar(&mut w, &scale, &input.labels.km);
    w.text(
        "text",
        &[
            ("class", "attribution"),
            ("x", &fmt_num(view.width - 8.0)),
            ("y", &fmt_num(view.height - 8.0)),
            ("text-anchor", "end"),
            ("font-size", "11"),
            ("fill", style::INK),
            ("stroke", "#ffffff"),
            ("stroke-width", "3"),
            ("paint-order", "stroke"),
        ],
        &input.labels.attribution,
    );
    w.empty(
        "rect",
        &[
            ("x", "0.5"),
            ("y", "0.5"),
            ("width", &fmt_num(view.width - 1.0)),
            ("height", &fmt_num(view.height - 1.0)),
            ("fill", "none"),
            ("stroke", style::BORDER),
        ],
    );
    w.close("svg");
    Ok(RenderedMap {
        svg: w.finish(),
        skipped,
        view,
    })
}

/// The map as text, for a screen reader and for anyone the picture fails: each route's legs in order, drawn or
/// not ("Plan B — road via Bazargan: Tehran → Tabriz; Tabriz → Bazargan…"). Names only, so no word needs
/// translating here.
fn describe(input: &MapInput) -> String {
    input
        .routes
        .iter()
        .map(|r| {
            let legs: Vec<String> = r
                .legs
                .iter()
                .map(|l| format!("{} \u{2192} {}", l.from.name, l.to.name))
                .collect();
            let closed = if r.closed {
                format!(" ({})", input.labels.closed)
            } else {
                String::new()
            };
            format!("{}{closed}: {}.", r.name, legs.join("; "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The frame with some room, so fills cut at the frame never show their cut edge.
fn frame(view: &View) -> Rect {
    Rect {
        x0: -4.0,
        y0: -4.0,
        x1: view.width + 4.0,
        y1: view.height + 4.0,
    }
}

fn draw_countries(w: &mut SvgWriter, borders: &Borders, input: &MapInput, view: &View) {
    let level_of = |code: Option<&str>| {
        code.and_then(|c| {
            input
                .shaded
                .iter()
                .filter(|s| s.code.eq_ignore_ascii_case(c))
                .filter_map(|s| style::level_fill(s.level).map(|_| s.level))
                .max()
        })
    };
    w.open("g", &[("class", "countries"), ("stroke", "none")]);
    for country in borders.countries() {
        if !view.may_show(&country.bbox()) {
            continue;
        }
        let rings: Vec<Vec<(f64, f64)>> = borders
            .rings(country)
            .map(|ring| clip_ring(&view.project_line(&ring), frame(view)))
            .filter(|r| r.len() > 2)
            .collect();
        if rings.is_empty() {
            continue;
        }
        let level = level_of(country.code());
        let fill = level.and_then(style::level_fill).unwrap_or(style::LAND);
        let d = path_data(rings.iter().map(Vec::as_slice), true);
        let level_text = level.map(|l| l.to_string()).unwrap_or_default();
        let mut attrs = vec![("d", d.as_str()), ("fill", fill), ("fill-rule", "evenodd")];
        if let Some(code) = country.code() {
            attrs.push(("data-country", code));
        }
        if level.is_some() {
            attrs.push(("data-level", &level_text));
        }
        w.empty("path", &attrs);
    }
    w.close("g");
}

fn draw_borders(w: &mut SvgWriter, borders: &Borders, view: &View) {
    let mut land = Vec::new();
    let mut coast = Vec::new();
    for arc in borders.arcs.iter().filter(|a| view.may_show(&a.bbox)) {
        let runs = clip_polyline(&view.project_line(&arc.points), frame(view));
        if arc.uses >= 2 {
            land.extend(runs);
        } else {
            coast.extend(runs);
        }
    }
    let coast_d = path_data(coast.iter().map(Vec::as_slice), false);
    let land_d = path_data(land.iter().map(Vec::as_slice), false);
    w.open(
        "g",
        &[
            ("fill", "none"),
            ("stroke-linejoin", "round"),
            ("stroke-linecap", "round"),
        ],
    );
    w.empty(
        "path",
        &[
            ("class", "coast"),
            ("d", &coast_d),
            ("stroke", style::COAST),
            ("stroke-width", "1"),
        ],
    );
    w.empty(
        "path",
        &[
            ("class", "borders"),
            ("d", &land_d),
            ("stroke", style::BORDER),
            ("stroke-width", "1.3"),
        ],
    );
    w.close("g");
}

fn draw_route(w: &mut SvgWriter, route: &Route, index: usize, view: &View) {
    let line = line_style(route, index);
    let route_attr = index.to_string();
    let letter = route.letter.map(String::from).unwrap_or_default();
    w.open(
        "g",
        &[
            (
                "class",
                if route.closed {
                    "route closed"
                } else {
                    "route"
                },
            ),
            ("data-route", &route_attr),
            ("data-letter", &letter),
            ("fill", "none"),
            ("stroke-linecap", "round"),
            ("stroke-linejoin", "round"),
        ],
    );
    let width = fmt_num(line.width);
    let casing = fmt_num(line.width + 3.0);
    let opacity = fmt_num(line.opacity);
    // The letter goes on the longest drawn leg, where it has room and sits on no town.
    let mut badge_at: Option<(f64, (f64, f64))> = None;
    for (li, leg) in route.legs.iter().enumerate() {
        let (Some(from), Some(to)) = (leg.from.valid_point(), leg.to.valid_point()) else {
            continue;
        };
        let (a, b) = (view.project(from), view.project(to));
        let length = (b.0 - a.0).hypot(b.1 - a.1);
        if badge_at.is_none_or(|(longest, _)| length > longest) {
            badge_at = Some((length, ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)));
        }
        let d = path_data([[a, b].as_slice()], false);
        let leg_attr = li.to_string();
        // A pale casing under the line keeps it readable over borders and shading.
        w.empty(
            "path",
            &[
                ("d", &d),
                ("stroke", "#ffffff"),
                ("stroke-width", &casing),
                ("stroke-opacity", "0.85"),
            ],
        );
        let mut attrs = vec![
            ("class", "leg"),
            ("data-leg", leg_attr.as_str()),
            ("d", d.as_str()),
            ("stroke", line.colour.as_str()),
            ("stroke-width", width.as_str()),
            ("stroke-opacity", opacity.as_str()),
        ];
        if let Some(dashes) = line.dashes {
            attrs.push(("stroke-dasharray", dashes));
        }
        w.empty("path", &attrs);
    }
    if let Some((_, (x, y))) = badge_at {
        badge(w, x, y, &line.colour, route.letter, route.closed);
    }
    w.close("g");
}

/// The route's letter in a disc on its line: the letter, not the colour, names the route.
fn badge(w: &mut SvgWriter, x: f64, y: f64, colour: &str, letter: Option<char>, closed: bool) {
    let (cx, cy) = (fmt_num(x), fmt_num(y));
    w.empty(
        "circle",
        &[
            ("class", "badge"),
            ("cx", &cx),
            ("cy", &cy),
            ("r", "10"),
            ("fill", colour),
            ("stroke", "#ffffff"),
            ("stroke-width", "2"),
        ],
    );
    let text = match letter {
        Some(c) => c.to_string(),
        None if closed => "\u{2715}".to_owned(),
        None => String::new(),
    };
    w.text(
        "text",
        &[
            ("x", &cx),
            ("y", &fmt_num(y + 4.5)),
            ("text-anchor", "middle"),
            ("font-size", "13"),
            ("font-weight", "bold"),
            ("fill", "#ffffff"),
            ("stroke", "none"),
        ],
        &text,
    );
}

/// Places and crossings, each point once with its name (the first name given for it). Crossings are named
/// first: they are what the map is read for.
fn draw_places(w: &mut SvgWriter, input: &MapInput, view: &View, placer: &mut Placer) {
    // Keyed by the point to ~1 m, so a place shared by legs of several routes is marked once.
    let key = |p: Point| ((p.lat * 1e5).round() as i64, (p.lon * 1e5).round() as i64);
    let mut crossings: Vec<((f64, f64), &str)> = Vec::new();
    let mut places: Vec<((f64, f64), &str)> = Vec::new();
    let mut seen = HashSet::new();
    for route in &input.routes {
        for crossing in &route.crossings {
            if let Some(p) = crossing.point.filter(Point::is_valid) {
                if seen.insert(key(p)) {
                    crossings.push((view.project(p), &crossing.name));
                }
            }
        }
    }
    for route in &input.routes {
        for place in route.legs.iter().flat_map(|l| [&l.from, &l.to]) {
            if let Some(p) = place.valid_point() {
                if seen.insert(key(p)) {
                    places.push((view.project(p), &place.name));
                }
            }
        }
    }
    // Marks first, so no name is written over another place's mark.
    for &((x, y), _) in crossings.iter().chain(&places) {
        placer.reserve(LabelBox {
            x0: x - 6.0,
            y0: y - 6.0,
            x1: x + 6.0,
            y1: y + 6.0,
        });
    }
    // Crossings over towns: at a frontier the crossing is what must stay visible.
    w.open("g", &[("class", "places")]);
    for &((x, y), _) in &places {
        w.empty(
            "circle",
            &[
                ("cx", &fmt_num(x)),
                ("cy", &fmt_num(y)),
                ("r", "4"),
                ("fill", "#ffffff"),
                ("stroke", style::INK),
                ("stroke-width", "1.5"),
            ],
        );
    }
    w.close("g");
    w.open("g", &[("class", "crossings")]);
    for &((x, y), _) in &crossings {
        // A diamond: a crossing reads apart from a town even in grey.
        let d = format!(
            "M{} {} L{} {} L{} {} L{} {}Z",
            fmt_num(x),
            fmt_num(y - 7.0),
            fmt_num(x + 7.0),
            fmt_num(y),
            fmt_num(x),
            fmt_num(y + 7.0),
            fmt_num(x - 7.0),
            fmt_num(y)
        );
        w.empty(
            "path",
            &[
                ("class", "crossing"),
                ("d", &d),
                ("fill", style::INK),
                ("stroke", "#ffffff"),
                ("stroke-width", "1.5"),
            ],
        );
    }
    w.close("g");
    w.open(
        "g",
        &[
            ("class", "names"),
            ("font-size", "13"),
            ("fill", style::INK),
            ("stroke", "#ffffff"),
            ("stroke-width", "3.5"),
            ("stroke-linejoin", "round"),
            ("paint-order", "stroke"),
        ],
    );
    let named = crossings
        .iter()
        .map(|c| (c, 7.0, "bold"))
        .chain(places.iter().map(|p| (p, 4.0, "normal")));
    for (&((x, y), name), radius, weight) in named {
        let at = placer.place(x, y, radius, name, 13.0);
        w.text(
            "text",
            &[
                ("x", &fmt_num(at.x)),
                ("y", &fmt_num(at.y)),
                ("text-anchor", at.anchor),
                ("font-weight", weight),
            ],
            name,
        );
    }
    w.close("g");
}
