//! The route map as the family will read it: lines where the places are, nothing drawn (and nothing failing)
//! for legs without points, the user's words never turned into markup, and a document the SVG readers accept.

mod common;

use common::sample::*;
use lifeboat_map::{render, Borders, Crossing, MapInput, Point, Route, ShadedCountry, Skipped};

/// The points of a leg's path ("M x y x y").
fn points_of(d: &str) -> Vec<(f64, f64)> {
    let numbers: Vec<f64> = d
        .trim_start_matches('M')
        .split_whitespace()
        .map(|n| n.parse().expect("path data holds numbers"))
        .collect();
    numbers.chunks(2).map(|c| (c[0], c[1])).collect()
}

fn leg_path(doc: &roxmltree::Document, route: usize, leg: usize) -> Option<Vec<(f64, f64)>> {
    doc.descendants()
        .filter(|n| n.attribute("data-route") == Some(&route.to_string()))
        .flat_map(|g| g.children())
        .find(|n| n.attribute("data-leg") == Some(&leg.to_string()))
        .map(|n| points_of(n.attribute("d").expect("a leg has path data")))
}

fn distance_to_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    };
    (p.0 - (a.0 + t * dx)).hypot(p.1 - (a.1 + t * dy))
}

fn near(a: (f64, f64), b: (f64, f64)) -> bool {
    (a.0 - b.0).abs() <= 0.1 && (a.1 - b.1).abs() <= 0.1
}

#[test]
fn each_leg_is_a_line_between_its_places_as_projected() {
    let map = render(&sample()).unwrap();
    let doc = roxmltree::Document::parse(&map.svg).unwrap();
    let v = map.view;
    let tehran_tabriz = leg_path(&doc, 1, 0).expect("Plan B's first leg is drawn");
    assert_eq!(tehran_tabriz.len(), 2);
    assert!(near(tehran_tabriz[0], v.project(TEHRAN)));
    assert!(near(tehran_tabriz[1], v.project(TABRIZ)));
    // Tehran is east of Tabriz, and south of it.
    assert!(tehran_tabriz[0].0 > tehran_tabriz[1].0);
    assert!(tehran_tabriz[0].1 > tehran_tabriz[1].1);
    let to_istanbul = leg_path(&doc, 0, 1).expect("Plan A's flight is drawn");
    assert!(near(to_istanbul[1], v.project(ISTANBUL)));
    assert!(
        to_istanbul[1].0 < v.project(VAN).0,
        "Istanbul is west of Van"
    );
    let to_kapikoy = leg_path(&doc, 2, 1).unwrap();
    assert!(near(to_kapikoy[1], v.project(RAZI_KAPIKOY)));
}

#[test]
fn bazargan_lies_on_the_iran_turkey_border_as_drawn() {
    let map = render(&sample()).unwrap();
    let v = map.view;
    let border = Borders::get().unwrap().shared_border("IR", "TR");
    assert!(!border.is_empty());
    let b = v.project(BAZARGAN);
    // The border runs east–west just north of the town, so it is the distance to the line that counts, not to
    // where the line passes the town's latitude.
    let nearest = border
        .iter()
        .flat_map(|line| line.windows(2))
        .map(|s| distance_to_segment(b, v.project(s[0]), v.project(s[1])))
        .fold(f64::INFINITY, f64::min);
    let km = nearest * v.km_per_unit();
    // Bazargan is a town of the frontier, about 3 km from the line; 1:50m borders are good to a few km.
    assert!(km < 6.0, "Bazargan is {km:.1} km from the drawn border");
    // And far from Van, which is 100 km inside Turkey.
    let van = v.project(VAN);
    assert!(((van.0 - b.0).hypot(van.1 - b.1)) * v.km_per_unit() > 90.0);
    // Gürbulak is on the Turkish side: west of Bazargan.
    assert!(v.project(GURBULAK).0 < b.0);
}

#[test]
fn a_route_without_points_draws_nothing_and_fails_nothing() {
    let input = MapInput {
        routes: vec![Route {
            letter: Some('A'),
            name: "Plan A".into(),
            legs: vec![
                leg("Tehran", None, "Tabriz", None),
                leg("Tabriz", Some(TABRIZ), "Bazargan", None),
                leg(
                    "Nowhere",
                    Some(Point::new(f64::NAN, 200.0)),
                    "Van",
                    Some(Point::new(95.0, 43.0)),
                ),
            ],
            crossings: vec![Crossing {
                name: "Bazargan".into(),
                point: None,
            }],
            ..Route::default()
        }],
        ..MapInput::default()
    };
    let map = render(&input).unwrap();
    assert_eq!(
        map.skipped,
        [
            Skipped::Leg { route: 0, leg: 0 },
            Skipped::Leg { route: 0, leg: 1 },
            Skipped::Leg { route: 0, leg: 2 },
            Skipped::Crossing {
                route: 0,
                crossing: 0
            },
        ]
    );
    let doc = roxmltree::Document::parse(&map.svg).unwrap();
    assert_eq!(
        doc.descendants()
            .filter(|n| n.attribute("class") == Some("leg"))
            .count(),
        0
    );
    assert_eq!(
        doc.descendants()
            .filter(|n| n.attribute("class") == Some("badge"))
            .count(),
        0
    );
    // Tabriz, the one valid point, is still marked where it is.
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    assert!(texts.contains(&"Tabriz"));
    usvg::Tree::from_str(&map.svg, &usvg::Options::default()).unwrap();

    // And a map with no point at all is still a map.
    let empty = render(&MapInput::default()).unwrap();
    assert!(empty.skipped.is_empty());
    usvg::Tree::from_str(&empty.svg, &usvg::Options::default()).unwrap();
}

#[test]
fn hostile_names_stay_text() {
    let hostile = [
        "<script>alert(1)</script>",
        "\"/><svg onload=\"alert(2)\">",
        "]]><image href=\"http://example.invalid/x.png\"/>",
        "&amp; &lt; literal",
        "تهران <b>",
    ];
    let mut input = sample();
    input.routes[1].name = hostile[0].into();
    input.routes[1].colour = Some("red\" onclick=\"alert(3)".into());
    // Bazargan and Gürbulak: places no other route names first (a shared point keeps its first name).
    input.routes[1].legs[1].to.name = hostile[1].into();
    input.routes[1].legs[2].from.name = hostile[2].into();
    input.routes[1].crossings[0].name = hostile[3].into();
    input.routes[2].legs[0].to.name = format!("{}\u{0}", hostile[4]);
    input.labels.attribution = "</text><script>x</script>".into();
    let map = render(&input).unwrap();
    let doc = roxmltree::Document::parse(&map.svg).unwrap();
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        assert!(
            !["script", "image", "foreignObject", "a"].contains(&name),
            "{name} element"
        );
        for attr in node.attributes() {
            assert!(!attr.name().starts_with("on"), "{} attribute", attr.name());
        }
    }
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    for name in &hostile[1..4] {
        assert!(texts.contains(name), "{name} is not printed as written");
    }
    assert!(texts.contains(&"تهران <b>\u{FFFD}"));
    assert!(texts.contains(&"</text><script>x</script>"));
    assert!(texts.iter().any(|t| t.starts_with("<script>alert(1)")));
    usvg::Tree::from_str(&map.svg, &usvg::Options::default()).unwrap();
}

#[test]
fn the_svg_is_one_the_readers_accept_at_the_size_it_says() {
    let map = render(&sample()).unwrap();
    let tree = usvg::Tree::from_str(&map.svg, &usvg::Options::default()).unwrap();
    assert!((f64::from(tree.size().width()) - map.view.width).abs() < 0.5);
    assert!((f64::from(tree.size().height()) - map.view.height).abs() < 0.5);
    // Only the region's borders travel: no Chile, no Australia in a map of the Iran–Turkey frontier.
    assert!(!map.svg.contains("data-country=\"CL\""));
    assert!(!map.svg.contains("data-country=\"AU\""));
    assert!(map.svg.len() < 400_000, "{} bytes", map.svg.len());
}

#[test]
fn countries_are_shaded_by_their_highest_level() {
    let mut input = sample();
    input.shaded.push(ShadedCountry {
        code: "IR".into(),
        level: 3,
    });
    input.shaded.push(ShadedCountry {
        code: "IQ".into(),
        level: 0,
    });
    let map = render(&input).unwrap();
    let doc = roxmltree::Document::parse(&map.svg).unwrap();
    let country = |code: &str| {
        doc.descendants()
            .find(|n| n.attribute("data-country") == Some(code))
            .unwrap_or_else(|| panic!("{code} not drawn"))
    };
    assert_eq!(country("IR").attribute("data-level"), Some("4"));
    assert_eq!(country("TR").attribute("data-level"), Some("2"));
    assert_eq!(country("IQ").attribute("data-level"), None);
    assert_eq!(country("AM").attribute("data-level"), None);
    assert_ne!(
        country("IR").attribute("fill"),
        country("AM").attribute("fill")
    );
}

#[test]
fn lines_differ_by_pattern_and_closed_routes_are_dashed() {
    let mut input = sample();
    input.routes[2].closed = true;
    input.routes[2].letter = None;
    let map = render(&input).unwrap();
    let doc = roxmltree::Document::parse(&map.svg).unwrap();
    let dashes = |route: usize| {
        doc.descendants()
            .filter(|n| n.attribute("data-route") == Some(&route.to_string()))
            .flat_map(|g| g.children())
            .find(|n| n.attribute("class") == Some("leg"))
            .map(|n| n.attribute("stroke-dasharray").map(str::to_owned))
            .expect("a drawn leg")
    };
    let (a, b, closed) = (dashes(0), dashes(1), dashes(2));
    assert_eq!(a, None, "Plan A is solid");
    assert!(b.is_some() && closed.is_some() && b != closed);
    let legend: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    assert!(legend.contains(&"Plan C — road via Kapıköy (closed)"));
}

#[test]
fn the_map_says_its_routes_in_words_too() {
    let mut input = sample();
    input.routes[2].closed = true;
    let map = render(&input).unwrap();
    let doc = roxmltree::Document::parse(&map.svg).unwrap();
    let desc = doc
        .descendants()
        .find(|n| n.tag_name().name() == "desc")
        .and_then(|n| n.text())
        .expect("a description");
    let lines: Vec<&str> = desc.lines().collect();
    assert_eq!(
        lines,
        [
            "Plan A — air via IKA: Home, Tehran → IKA; IKA → Istanbul (IST); Istanbul (IST) → Paris (CDG).",
            "Plan B — road via Bazargan: Tehran → Tabriz; Tabriz → Bazargan; Gürbulak → Doğubayazıt; Doğubayazıt → Van.",
            "Plan C — road via Kapıköy (closed): Tehran → Urmia; Urmia → Razi / Kapıköy; Razi / Kapıköy → Van.",
        ]
    );
}

#[test]
fn the_labels_keep_their_anchors_inside_a_right_to_left_page() {
    let map = render(&sample()).unwrap();
    let doc = roxmltree::Document::parse(&map.svg).unwrap();
    // Placed for left-to-right anchors, so the drawing says so rather than inherit an RTL page's direction.
    assert_eq!(doc.root_element().attribute("direction"), Some("ltr"));
}

#[test]
fn the_map_carries_a_scale_bar_and_its_attribution() {
    let map = render(&sample()).unwrap();
    let doc = roxmltree::Document::parse(&map.svg).unwrap();
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    assert!(texts.contains(&"Borders: Natural Earth"));
    let scale = texts
        .iter()
        .find(|t| t.ends_with(" km"))
        .expect("a scale bar label");
    let km: f64 = scale.trim_end_matches(" km").parse().unwrap();
    let bar = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("scale"))
        .and_then(|g| g.children().find(|n| n.tag_name().name() == "path"))
        .unwrap();
    let points = points_of(&bar.attribute("d").unwrap().replace('L', " "));
    let length = points[2].0 - points[1].0;
    assert!(
        (length * map.view.km_per_unit() - km).abs() < 0.5,
        "{km} km bar is {length} units"
    );
}

#[test]
fn a_route_across_the_antimeridian_is_drawn_across_it_not_round_the_world() {
    let suva = Point::new(-18.1416, 178.4419);
    let apia = Point::new(-13.8333, -171.7667);
    let input = MapInput {
        routes: vec![Route {
            letter: Some('A'),
            name: "Plan A — Suva to Apia".into(),
            legs: vec![leg("Suva", Some(suva), "Apia", Some(apia))],
            ..Route::default()
        }],
        ..MapInput::default()
    };
    let map = render(&input).unwrap();
    let v = map.view;
    assert!(
        v.east - v.west < 30.0,
        "the view spans {}°",
        v.east - v.west
    );
    let doc = roxmltree::Document::parse(&map.svg).unwrap();
    let line = leg_path(&doc, 0, 0).unwrap();
    assert!(line[0].0 < line[1].0, "Apia is drawn east of Suva");
    assert!(line[0].0 > 0.0 && line[1].0 < v.width);
    for code in ["FJ", "WS"] {
        assert!(
            map.svg.contains(&format!("data-country=\"{code}\"")),
            "{code}"
        );
    }
    // No fill or border jumps across the frame from one side of the seam to the other.
    for node in doc
        .descendants()
        .filter(|n| n.has_attribute("data-country"))
    {
        let d = node.attribute("d").unwrap();
        for ring in d.split('M').filter(|r| !r.is_empty()) {
            let xs: Vec<f64> = ring
                .trim_end_matches('Z')
                .split_whitespace()
                .step_by(2)
                .map(|x| x.parse().unwrap())
                .collect();
            let jump = xs
                .windows(2)
                .map(|w| (w[1] - w[0]).abs())
                .fold(0.0, f64::max);
            assert!(jump < v.width * 0.5, "a ring jumps {jump} units");
        }
    }
    usvg::Tree::from_str(&map.svg, &usvg::Options::default()).unwrap();
}
