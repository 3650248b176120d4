//! The map page after the cover: the routes as the Routes section draws them, read back with poppler.

mod common;

use common::{opts, page_text, render, sample_plan, text};
use lifeboat_pdf::{AdvisoryLine, PdfOptions, Sections};
use lifeboat_plan::routes::{Leg, Point, Route, RouteStatus};
use lifeboat_plan::Plan;

const HEADING: &str = "Map of the routes";
const SOURCES: &str = "borders from Natural Earth (public domain); places from GeoNames (CC BY 4.0); airports from OurAirports (public domain)";

fn without_points(mut plan: Plan) -> Plan {
    for leg in plan.routes.iter_mut().flat_map(|r| &mut r.legs) {
        leg.from_point = None;
        leg.to_point = None;
        leg.crossing_point = None;
    }
    plan
}

fn at(lat: f64, lon: f64) -> Option<Point> {
    Some(Point { lat, lon })
}

#[test]
fn the_sample_plans_map_is_the_page_after_the_cover_with_its_crossings_as_text() {
    let r = render(&sample_plan(), &opts());
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let cover = page_text(&r.pdf, 1);
    let map = page_text(&r.pdf, 2);
    let next = page_text(&r.pdf, 3);
    assert!(cover.contains("Who this plan is for") && !cover.contains(HEADING));
    assert!(map.contains(HEADING), "{map}");
    // The map's own labels, kept as text by Typst: the crossings, the towns, the legend's route names.
    for name in [
        "Bazargan / Gürbulak",
        "Razi / Kapıköy",
        "Doğubayazıt",
        "Plan A — air via IKA",
        "Plan B — road via Bazargan",
        "Plan C — road via Kapıköy",
    ] {
        assert!(map.contains(name), "{name} not on the map page:\n{map}");
    }
    // Paris has no point in the sample: listed under the map, not drawn.
    assert!(
        map.contains("Not on the map")
            && map.contains(
                "Plan A — air via IKA: leg from Istanbul (IST) to Paris (CDG), no place on the map yet"
            ),
        "{map}"
    );
    assert!(map.contains(SOURCES), "{map}");
    // Nothing else shares the page: the next section starts on the next one.
    assert!(!map.contains("If you cannot reach us"), "{map}");
    assert!(next.contains("If you cannot reach us"), "{next}");
    assert_eq!(text(&r.pdf).matches(HEADING).count(), 1);
}

#[test]
fn a_plan_without_points_prints_no_map_page_and_fails_nothing() {
    let with = render(&sample_plan(), &opts());
    let r = render(&without_points(sample_plan()), &opts());
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let t = text(&r.pdf);
    assert!(!t.contains(HEADING) && !t.contains("Natural Earth"), "{t}");
    assert!(t.contains("Bazargan / Gürbulak"), "the routes still print");
    assert_eq!(r.pages + 1, with.pages);
    // An empty plan has no routes at all.
    let empty = render(&Plan::default(), &opts());
    assert!(!text(&empty.pdf).contains(HEADING));
}

#[test]
fn no_map_page_when_the_routes_are_left_out() {
    let r = render(
        &sample_plan(),
        &PdfOptions {
            sections: Sections {
                routes: false,
                ..Sections::default()
            },
            ..opts()
        },
    );
    let t = text(&r.pdf);
    assert!(!t.contains(HEADING) && !t.contains("Gürbulak"), "{t}");
}

#[test]
fn without_a_cover_the_map_opens_the_copy() {
    let r = render(
        &sample_plan(),
        &PdfOptions {
            sections: Sections {
                cover: false,
                ..Sections::default()
            },
            ..opts()
        },
    );
    let first = page_text(&r.pdf, 1);
    assert!(
        first.contains(HEADING) && first.contains("Bazargan"),
        "{first}"
    );
    assert!(page_text(&r.pdf, 2).contains("If you cannot reach us"));
}

#[test]
fn hostile_route_and_crossing_names_print_as_themselves() {
    let hostile = [
        "<script>alert(1)</script>",
        "#sys.exit()",
        "]]>",
        "</svg><text>x",
        "#image(\"/plan.json\")",
    ];
    let mut plan = sample_plan();
    plan.routes = vec![Route {
        id: "h".into(),
        name: hostile[0].into(),
        status: RouteStatus::Open,
        legs: vec![
            Leg {
                id: "h1".into(),
                from: hostile[2].into(),
                from_point: at(38.08, 46.2919),
                to: hostile[3].into(),
                to_point: at(39.5469, 44.0842),
                border_crossing: hostile[1].into(),
                crossing_point: at(39.3997, 44.3697),
                ..Leg::default()
            },
            Leg {
                id: "h2".into(),
                from: hostile[3].into(),
                to: hostile[4].into(),
                ..Leg::default()
            },
        ],
        ..Route::default()
    }];
    let r = render(&plan, &opts());
    // A long token inside a sentence (the list under the map) gets invisible break opportunities.
    let map = page_text(&r.pdf, 2).replace('\u{200B}', "");
    assert!(map.contains(HEADING), "{map}");
    for name in hostile {
        assert!(map.contains(name), "{name} did not print literally:\n{map}");
    }
    assert!(map.contains(SOURCES), "the page went on to its end:\n{map}");
}

#[test]
fn shaded_countries_are_explained_under_the_map() {
    let line = |country: &str, level: u8| AdvisoryLine {
        country: country.into(),
        country_name: String::new(),
        level,
        government: "UK FCDO".into(),
        native_label: "Advise against all travel".into(),
        updated: None,
    };
    let shaded = lifeboat_pdf::render(
        &sample_plan(),
        &[line("IR", 4), line("TR", 2), line("IR", 3)],
        &opts(),
    )
    .unwrap_or_else(|e| panic!("render failed: {e}"));
    let note = "Countries are shaded by their highest travel advisory level";
    assert!(page_text(&shaded.pdf, 2).contains(note));
    // Levels outside 1–4 shade nothing, so nothing is explained.
    let unknown = lifeboat_pdf::render(&sample_plan(), &[line("IR", 7)], &opts())
        .unwrap_or_else(|e| panic!("render failed: {e}"));
    assert!(!text(&unknown.pdf).contains(note));
    assert!(!page_text(&render(&sample_plan(), &opts()).pdf, 2).contains(note));
}

#[test]
fn persian_names_on_the_map_are_text_set_in_the_pdfs_persian_font() {
    let mut plan = sample_plan();
    plan.routes[1].legs[1].border_crossing = "بازرگان / گوربولاک".into();
    plan.routes[1].legs[0].to = "تبریز".into();
    plan.routes[2].legs[0].to = "Урмия".into();
    let routes_only = Sections {
        cover: false,
        family_instructions: false,
        contacts: false,
        routes: true,
        documents: false,
        checklists: false,
    };
    // In an English copy the map asks for Noto Sans first; the Persian names must still come out in Vazirmatn
    // (the face the rest of the PDF shapes Persian with), not in DejaVu Sans's plainer Arabic.
    let r = render(
        &plan,
        &PdfOptions {
            sections: routes_only,
            ..opts()
        },
    );
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let map = page_text(&r.pdf, 1);
    for name in ["بازرگان", "تبریز", "Урмия", "Doğubayazıt"] {
        assert!(map.contains(name), "{name} not on the map page:\n{map}");
    }
    let arabic_script = |s: &str| s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let persian: Vec<(String, String)> = common::runs_with_fonts(&r.pdf, 1)
        .into_iter()
        .filter(|(_, run)| arabic_script(run))
        .collect();
    assert!(persian.len() >= 2, "{persian:?}");
    for (family, run) in &persian {
        assert!(family.ends_with("+Vazirmatn"), "{run} set in {family}");
    }

    // A Persian copy: the page's own words in Persian too.
    let r = render(
        &plan,
        &PdfOptions {
            language: Some("fa".into()),
            ..opts()
        },
    );
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let map = page_text(&r.pdf, 2);
    // pdftotext moves the zero-width non-joiner of «نقشه‌ی», so the heading is matched by its second word.
    for s in ["مسیرها", "روی نقشه نیست", "بازرگان", "تبریز"] {
        assert!(map.contains(s), "{s} not on the map page:\n{map}");
    }
    // The leg not drawn reads right to left from Istanbul to Paris: Istanbul stands to the right of Paris on its
    // line, however the Latin names' own direction pulls.
    let page = &common::word_boxes(&r.pdf)[1];
    // pdftotext marks the embeddings it finds (U+202A…U+202E) on the words themselves.
    let word = |w: &common::WordBox| {
        w.text
            .trim_matches(|c| ('\u{202A}'..='\u{202E}').contains(&c))
            .to_owned()
    };
    let paris = page
        .words
        .iter()
        .find(|w| word(w) == "Paris")
        .unwrap_or_else(|| panic!("Paris not listed: {:?}", page.words));
    let istanbul = page
        .words
        .iter()
        .find(|w| word(w) == "Istanbul" && (w.y_min - paris.y_min).abs() < 2.0)
        .unwrap_or_else(|| panic!("Istanbul not on Paris's line: {:?}", page.words));
    assert!(istanbul.x_min > paris.x_max, "{istanbul:?} {paris:?}");
}
