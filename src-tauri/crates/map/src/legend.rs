//! The map's legend (one row per route: its line as drawn, and its name) and its scale bar, each a box the
//! place names keep clear of.

use crate::input::MapInput;
use crate::labels::LabelBox;
use crate::projection::View;
use crate::style::{self, line_style};
use crate::svg::{fmt_num, SvgWriter};

/// Legend names longer than this are cut (with an ellipsis); the Routes section and the PDF carry them whole.
const LEGEND_NAME_CHARS: usize = 42;

/// The legend's lines of text and its box.
pub(crate) struct Legend {
    rows: Vec<String>,
    width: f64,
}

const LEGEND_ROW: f64 = 20.0;

impl Legend {
    pub(crate) fn bounds(&self) -> LabelBox {
        LabelBox {
            x0: 8.0,
            y0: 8.0,
            x1: 8.0 + self.width,
            y1: 8.0 + LEGEND_ROW * self.rows.len() as f64 + 10.0,
        }
    }
}

pub(crate) fn legend_rows(input: &MapInput) -> Option<Legend> {
    if input.routes.is_empty() {
        return None;
    }
    let rows: Vec<String> = input
        .routes
        .iter()
        .map(|r| {
            let mut name: String = r.name.chars().take(LEGEND_NAME_CHARS).collect();
            if r.name.chars().count() > LEGEND_NAME_CHARS {
                name.push('…');
            }
            if r.closed {
                format!("{name} ({})", input.labels.closed)
            } else {
                name
            }
        })
        .collect();
    // Text is not measured here (no fonts): generous for Latin, about right for Persian.
    let longest = rows.iter().map(|r| r.chars().count()).max().unwrap_or(0) as f64;
    Some(Legend {
        rows,
        width: 60.0 + longest * 7.2,
    })
}

/// One row per route: its line as drawn, and its name.
pub(crate) fn draw_legend(w: &mut SvgWriter, input: &MapInput, legend: &Legend) {
    let b = legend.bounds();
    w.open("g", &[("class", "legend")]);
    backing(w, &b, "0.9", Some(style::BORDER));
    for (i, (route, text)) in input.routes.iter().zip(&legend.rows).enumerate() {
        let line = line_style(route, i);
        let y = b.y0 + 5.0 + LEGEND_ROW * i as f64 + LEGEND_ROW / 2.0;
        let d = format!("M18 {} L48 {}", fmt_num(y), fmt_num(y));
        let width = fmt_num(line.width);
        let opacity = fmt_num(line.opacity);
        let mut attrs = vec![
            ("d", d.as_str()),
            ("stroke", line.colour.as_str()),
            ("stroke-width", width.as_str()),
            ("stroke-opacity", opacity.as_str()),
            ("stroke-linecap", "round"),
            ("fill", "none"),
        ];
        if let Some(dashes) = line.dashes {
            attrs.push(("stroke-dasharray", dashes));
        }
        w.empty("path", &attrs);
        w.text(
            "text",
            &[
                ("x", "56"),
                ("y", &fmt_num(y + 4.5)),
                ("font-size", "13"),
                ("fill", style::INK),
            ],
            text,
        );
    }
    w.close("g");
}

/// A bar of a round length (1, 2 or 5 × 10ⁿ km) near a fifth of the map's width, at the bottom left.
pub(crate) struct ScaleBar {
    km: f64,
    length: f64,
    x: f64,
    y: f64,
}

impl ScaleBar {
    pub(crate) fn bounds(&self) -> LabelBox {
        LabelBox {
            x0: self.x - 6.0,
            y0: self.y - 24.0,
            x1: self.x + self.length + 6.0,
            y1: self.y + 8.0,
        }
    }
}

pub(crate) fn scale_bar(view: &View) -> ScaleBar {
    let km_per_unit = view.km_per_unit();
    let target = view.width / 5.0 * km_per_unit;
    let magnitude = 10f64.powf(target.log10().floor());
    let km = [5.0, 2.0, 1.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|&k| k <= target)
        .unwrap_or(magnitude);
    ScaleBar {
        km,
        length: km / km_per_unit,
        x: 16.0,
        y: view.height - 16.0,
    }
}

pub(crate) fn draw_scale_bar(w: &mut SvgWriter, bar: &ScaleBar, unit: &str) {
    let b = bar.bounds();
    let (x, y, length) = (bar.x, bar.y, bar.length);
    let label = format!("{} {unit}", fmt_num(bar.km));
    w.open("g", &[("class", "scale")]);
    backing(w, &b, "0.85", None);
    let d = format!(
        "M{} {} L{} {} L{} {} L{} {}",
        fmt_num(x),
        fmt_num(y - 5.0),
        fmt_num(x),
        fmt_num(y),
        fmt_num(x + length),
        fmt_num(y),
        fmt_num(x + length),
        fmt_num(y - 5.0)
    );
    w.empty(
        "path",
        &[
            ("d", &d),
            ("fill", "none"),
            ("stroke", style::INK),
            ("stroke-width", "2"),
        ],
    );
    w.text(
        "text",
        &[
            ("x", &fmt_num(x)),
            ("y", &fmt_num(y - 9.0)),
            ("font-size", "12"),
            ("fill", style::INK),
        ],
        &label,
    );
    w.close("g");
}

/// The white box under the legend or the scale bar: the map shows through, the words still read.
fn backing(w: &mut SvgWriter, b: &LabelBox, opacity: &str, stroke: Option<&str>) {
    let (x, y) = (fmt_num(b.x0), fmt_num(b.y0));
    let (width, height) = (fmt_num(b.x1 - b.x0), fmt_num(b.y1 - b.y0));
    let mut attrs = vec![
        ("x", x.as_str()),
        ("y", y.as_str()),
        ("width", width.as_str()),
        ("height", height.as_str()),
        ("fill", "#ffffff"),
        ("fill-opacity", opacity),
    ];
    if let Some(stroke) = stroke {
        attrs.push(("stroke", stroke));
    }
    w.empty("rect", &attrs);
}
