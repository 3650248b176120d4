//! Whatever a plan holds (damaged coordinates, names made of control characters, nonsense colours and levels),
//! the map is drawn and is a well-formed document: a plan can hide a line, never the map.

use lifeboat_map::{render, Crossing, Labels, Leg, MapInput, Place, Point, Route, ShadedCountry};
use lifeboat_test_support::Rng;

/// What a hostile plan is made of, drawn from the seeded generator, so a failure names its seed and replays.
trait Hostile {
    fn coordinate(&mut self, range: f64) -> f64;
    fn point(&mut self) -> Option<Point>;
    fn text(&mut self) -> String;
}

impl Hostile for Rng {
    fn coordinate(&mut self, range: f64) -> f64 {
        match self.below(12) {
            0 => f64::NAN,
            1 => f64::INFINITY,
            2 => -range * 3.0,
            3 => range,
            _ => (self.next_u64() as f64 / u64::MAX as f64 * 2.0 - 1.0) * range,
        }
    }

    fn point(&mut self) -> Option<Point> {
        (self.below(5) != 0).then(|| Point::new(self.coordinate(90.0), self.coordinate(180.0)))
    }

    fn text(&mut self) -> String {
        const PIECES: [&str; 12] = [
            "Tehran",
            "تهران",
            "<",
            "&",
            "\"",
            "'",
            "]]>",
            "\u{0}",
            "\u{1b}",
            "\u{FFFF}",
            "\u{202E}",
            " ",
        ];
        (0..self.below(8))
            .map(|_| PIECES[self.below(PIECES.len() as u64) as usize])
            .collect()
    }
}

#[test]
fn any_input_gives_a_well_formed_map() {
    for seed in 1..=40u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let routes = (0..rng.below(4))
            .map(|i| Route {
                letter: (rng.below(3) != 0).then(|| char::from(b'A' + rng.below(30) as u8)),
                name: rng.text(),
                colour: match rng.below(3) {
                    0 => None,
                    1 => Some("#12ab3c".into()),
                    _ => Some(rng.text()),
                },
                closed: i % 2 == 1,
                legs: (0..rng.below(4))
                    .map(|_| {
                        let from = Place::new(rng.text(), rng.point());
                        Leg {
                            from,
                            to: Place::new(rng.text(), rng.point()),
                        }
                    })
                    .collect(),
                crossings: (0..rng.below(3))
                    .map(|_| Crossing {
                        name: rng.text(),
                        point: rng.point(),
                    })
                    .collect(),
            })
            .collect();
        let input = MapInput {
            routes,
            shaded: (0..rng.below(4))
                .map(|_| ShadedCountry {
                    code: ["IR", "TR", "ir", "", "ZZ", "<x>"][rng.below(6) as usize].into(),
                    level: rng.below(7) as u8,
                })
                .collect(),
            labels: Labels {
                title: rng.text(),
                closed: rng.text(),
                km: rng.text(),
                attribution: rng.text(),
            },
        };
        let map = render(&input).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        roxmltree::Document::parse(&map.svg).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        assert!(
            map.view.width.is_finite() && map.view.height.is_finite(),
            "seed {seed}"
        );
        assert!(
            !map.svg.contains("NaN") && !map.svg.contains("inf"),
            "seed {seed}"
        );
    }
}
