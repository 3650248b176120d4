//! The sample plan's three routes (tests/fixtures/sample-plan.json) with the points the issue names, as the
//! caller will hand them to the map. Plan A's last leg (Istanbul → Paris) has no point yet: listed, not drawn.

use lifeboat_map::{Crossing, Labels, Leg, MapInput, Place, Point, Route, ShadedCountry};

pub const TEHRAN: Point = Point::new(35.6892, 51.3890);
pub const IKA: Point = Point::new(35.4161, 51.1522);
pub const ISTANBUL: Point = Point::new(41.0082, 28.9784);
pub const TABRIZ: Point = Point::new(38.0800, 46.2919);
pub const BAZARGAN: Point = Point::new(39.3925, 44.3869);
pub const GURBULAK: Point = Point::new(39.4069, 44.3525);
pub const DOGUBAYAZIT: Point = Point::new(39.5469, 44.0842);
pub const VAN: Point = Point::new(38.4946, 43.3832);
pub const URMIA: Point = Point::new(37.5527, 45.0761);
pub const RAZI_KAPIKOY: Point = Point::new(38.2736, 44.2330);

pub fn leg(from: &str, a: Option<Point>, to: &str, b: Option<Point>) -> Leg {
    Leg {
        from: Place::new(from, a),
        to: Place::new(to, b),
    }
}

pub fn sample() -> MapInput {
    MapInput {
        routes: vec![
            Route {
                letter: Some('A'),
                name: "Plan A — air via IKA".into(),
                colour: None,
                closed: false,
                legs: vec![
                    leg("Home, Tehran", Some(TEHRAN), "IKA", Some(IKA)),
                    leg("IKA", Some(IKA), "Istanbul (IST)", Some(ISTANBUL)),
                    leg("Istanbul (IST)", None, "Paris (CDG)", None),
                ],
                crossings: vec![],
            },
            Route {
                letter: Some('B'),
                name: "Plan B — road via Bazargan".into(),
                colour: None,
                closed: false,
                legs: vec![
                    leg("Tehran", Some(TEHRAN), "Tabriz", Some(TABRIZ)),
                    leg("Tabriz", Some(TABRIZ), "Bazargan", Some(BAZARGAN)),
                    leg("Gürbulak", Some(GURBULAK), "Doğubayazıt", Some(DOGUBAYAZIT)),
                    leg("Doğubayazıt", Some(DOGUBAYAZIT), "Van", Some(VAN)),
                ],
                crossings: vec![Crossing {
                    name: "Bazargan / Gürbulak".into(),
                    point: Some(Point::new(39.40, 44.37)),
                }],
            },
            Route {
                letter: Some('C'),
                name: "Plan C — road via Kapıköy".into(),
                colour: None,
                closed: false,
                legs: vec![
                    leg("Tehran", Some(TEHRAN), "Urmia", Some(URMIA)),
                    leg("Urmia", Some(URMIA), "Razi / Kapıköy", Some(RAZI_KAPIKOY)),
                    leg("Razi / Kapıköy", Some(RAZI_KAPIKOY), "Van", Some(VAN)),
                ],
                crossings: vec![Crossing {
                    name: "Razi / Kapıköy".into(),
                    point: Some(RAZI_KAPIKOY),
                }],
            },
        ],
        shaded: vec![
            ShadedCountry {
                code: "IR".into(),
                level: 4,
            },
            ShadedCountry {
                code: "TR".into(),
                level: 2,
            },
        ],
        labels: Labels::default(),
    }
}
