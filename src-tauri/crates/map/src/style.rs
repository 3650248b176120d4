//! How routes and countries look. Every distinction is made twice, once in colour and once in a form that
//! survives black-and-white printing: each plan letter has its own line pattern, a closed route is short-dashed
//! and faded, and the advisory levels darken in step so they still read as steps in grey.

use crate::input::Route;

/// The line for one route.
pub(crate) struct LineStyle {
    pub colour: String,
    /// SVG `stroke-dasharray`, in map units; `None` is a solid line.
    pub dashes: Option<&'static str>,
    pub width: f64,
    pub opacity: f64,
}

/// A colour per letter when the plan gives none: distinct for common colour blindness (Okabe–Ito) and each of
/// a different darkness.
const PALETTE: [&str; 6] = [
    "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#56b4e9", "#e69f00",
];
const CLOSED_COLOUR: &str = "#6b6b6b";

/// A: solid, B: dashed, C: dotted, D: dash-dot, E: long dashes, F: dash-dot-dot; then again.
const PATTERNS: [Option<&str>; 6] = [
    None,
    Some("14 7"),
    Some("0.1 7"),
    Some("14 6 0.1 6"),
    Some("26 8"),
    Some("14 5 0.1 5 0.1 5"),
];
const CLOSED_PATTERN: &str = "5 7";

pub(crate) fn line_style(route: &Route, index: usize) -> LineStyle {
    let slot = route
        .letter
        .filter(char::is_ascii_uppercase)
        .map(|c| usize::from(c as u8 - b'A'))
        .unwrap_or(index)
        % PATTERNS.len();
    let own = route.colour.as_deref().filter(|c| is_hex_colour(c));
    if route.closed {
        return LineStyle {
            colour: own.unwrap_or(CLOSED_COLOUR).to_owned(),
            dashes: Some(CLOSED_PATTERN),
            width: 3.0,
            opacity: 0.7,
        };
    }
    LineStyle {
        colour: own.unwrap_or(PALETTE[slot]).to_owned(),
        dashes: PATTERNS[slot],
        width: 4.0,
        opacity: 1.0,
    }
}

/// `#rgb` or `#rrggbb`: the only colours written into the SVG from the plan.
pub(crate) fn is_hex_colour(c: &str) -> bool {
    let hex = c.strip_prefix('#').unwrap_or("");
    matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

pub(crate) const SEA: &str = "#dde9f2";
pub(crate) const LAND: &str = "#f7f5f0";
pub(crate) const BORDER: &str = "#8a8580";
pub(crate) const COAST: &str = "#9db4c6";
pub(crate) const INK: &str = "#1f1f1f";

/// Level 1–4 fills, each darker than the last (the luminance steps survive a grey print).
pub(crate) fn level_fill(level: u8) -> Option<&'static str> {
    match level {
        1 => Some("#e6efdc"),
        2 => Some("#f3dc98"),
        3 => Some("#f3c08f"),
        4 => Some("#e89a8f"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(letter: Option<char>, closed: bool) -> Route {
        Route {
            letter,
            closed,
            ..Route::default()
        }
    }

    #[test]
    fn each_letter_has_its_own_pattern_and_closed_routes_are_dashed() {
        let a = line_style(&route(Some('A'), false), 0);
        let b = line_style(&route(Some('B'), false), 1);
        let c = line_style(&route(Some('C'), false), 2);
        assert_eq!(a.dashes, None);
        assert!(b.dashes.is_some() && c.dashes.is_some() && b.dashes != c.dashes);
        assert_ne!(a.colour, b.colour);
        let closed = line_style(&route(None, true), 3);
        assert_eq!(closed.dashes, Some(CLOSED_PATTERN));
        assert!(PATTERNS.iter().all(|p| *p != Some(CLOSED_PATTERN)));
    }

    #[test]
    fn only_hex_colours_from_the_plan_are_used() {
        let mut r = route(Some('A'), false);
        r.colour = Some("#C0FFEE".into());
        assert_eq!(line_style(&r, 0).colour, "#C0FFEE");
        r.colour = Some("red\" onload=\"alert(1)".into());
        assert_eq!(line_style(&r, 0).colour, PALETTE[0]);
        assert!(is_hex_colour("#abc") && !is_hex_colour("abc") && !is_hex_colour("#abcd"));
    }

    #[test]
    fn levels_darken_in_step() {
        let luminance = |hex: &str| {
            let v = u32::from_str_radix(&hex[1..], 16).unwrap();
            let (r, g, b) = ((v >> 16) & 255, (v >> 8) & 255, v & 255);
            0.2126 * r as f64 + 0.7152 * g as f64 + 0.0722 * b as f64
        };
        let steps: Vec<f64> = (1..=4).map(|l| luminance(level_fill(l).unwrap())).collect();
        assert!(steps.windows(2).all(|w| w[0] > w[1] + 10.0), "{steps:?}");
        assert!(luminance(LAND) > steps[0]);
        assert_eq!(level_fill(0), None);
        assert_eq!(level_fill(5), None);
    }
}
