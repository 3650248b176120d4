//! How the advisories shade the map: the same for the PDF's map page and the app's Routes section, so paper and
//! screen agree. Built without the `typeset` feature too (the app calls it as `lifeboat_pdf::map_shading`).

use std::collections::BTreeMap;

use lifeboat_map::ShadedCountry;

use crate::AdvisoryLine;

/// Each country's highest level among the advisories, as the cover lists them; a level outside 1–4 (printed as
/// unknown on the cover) shades nothing. The Routes section shades its map with the same lines, so app and paper
/// agree (`lifeboat_pdf::map_shading`).
pub fn shaded(advisories: &[AdvisoryLine]) -> Vec<ShadedCountry> {
    let mut highest: BTreeMap<&str, u8> = BTreeMap::new();
    for a in advisories.iter().filter(|a| (1..=4).contains(&a.level)) {
        let level = highest.entry(a.country.trim()).or_default();
        *level = (*level).max(a.level);
    }
    highest
        .into_iter()
        .map(|(code, level)| ShadedCountry {
            code: code.to_owned(),
            level,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(country: &str, level: u8) -> AdvisoryLine {
        AdvisoryLine {
            country: country.into(),
            country_name: String::new(),
            level,
            government: "UK FCDO".into(),
            native_label: String::new(),
            updated: None,
        }
    }

    #[test]
    fn each_country_is_shaded_by_its_highest_level_and_unknown_levels_shade_nothing() {
        let got = shaded(&[
            line("IR", 3),
            line("TR", 2),
            line("IR", 4),
            line("IR", 9),
            line("AM", 0),
        ]);
        assert_eq!(
            got,
            [
                ShadedCountry {
                    code: "IR".into(),
                    level: 4
                },
                ShadedCountry {
                    code: "TR".into(),
                    level: 2
                }
            ]
        );
    }
}
