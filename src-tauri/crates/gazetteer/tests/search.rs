//! Finding a leg's place as the user types it, in their own script.

use std::sync::OnceLock;

use lifeboat_gazetteer::Gazetteer;

/// One load for all the tests (the app, too, loads it once per picker session).
fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::load)
}

fn first(query: &str) -> (String, &'static str, f64, f64) {
    let hits = gazetteer().search(query, 5);
    let hit = hits
        .first()
        .unwrap_or_else(|| panic!("nothing found for {query}"));
    (
        hit.place.name.to_owned(),
        hit.place.country,
        hit.place.lat,
        hit.place.lon,
    )
}

#[test]
fn tehran_is_found_in_every_script_its_users_type() {
    for query in [
        "Tehran",
        "tehr",
        "TEHRAN",
        "Teheran",
        "Téhéran",
        "تهران",
        "طهران",
        "Тегеран",
    ] {
        let (name, country, lat, lon) = first(query);
        assert_eq!((name.as_str(), country), ("Tehran", "IR"), "{query}");
        assert!(
            (lat - 35.69).abs() < 0.05 && (lon - 51.41).abs() < 0.05,
            "{query}"
        );
    }
}

#[test]
fn the_name_that_matched_is_the_one_given_back() {
    let hits = gazetteer().search("تبريز", 3);
    assert_eq!(hits[0].place.name, "Tabriz");
    assert_eq!(hits[0].matched, "تبريز");
    // The Persian spelling (ی, not ي) finds the same city.
    assert_eq!(gazetteer().search("تبریز", 3)[0].place.id, hits[0].place.id);
}

#[test]
fn the_sample_routes_towns_are_there() {
    let (name, country, lat, lon) = first("dogubayazit");
    assert_eq!((name.as_str(), country), ("Doğubayazıt", "TR"));
    assert!((lat - 39.5469).abs() < 0.01 && (lon - 44.0842).abs() < 0.01);
    assert_eq!(first("Urmia").0, "Orūmīyeh");
    assert_eq!(first("ارومیه").0, "Orūmīyeh");
    assert_eq!(first("Istanbul").1, "TR");
    assert_eq!(first("Maku").1, "IR");
}

#[test]
fn an_exact_name_comes_before_a_larger_town_it_begins() {
    let hits = gazetteer().search("Van", 10);
    assert_eq!((hits[0].place.name, hits[0].place.country), ("Van", "TR"));
    assert_eq!(hits[1].place.code, "VAN", "its airport next");
    assert!(hits.iter().any(|h| h.place.name == "Vancouver"));
}

#[test]
fn empty_or_hostile_queries_find_nothing_and_break_nothing() {
    let g = gazetteer();
    assert!(g.search("", 10).is_empty());
    assert!(g.search("  / <> ", 10).is_empty());
    assert!(g.search("<script>alert(1)</script>", 10).is_empty());
    assert!(g.search("Tehran", 0).is_empty());
    assert!(g.search("a", 7).len() <= 7);
    assert!(g.len() > 100_000);
}

#[test]
fn a_click_on_the_map_is_named_by_the_nearest_town() {
    let g = gazetteer();
    let near_tabriz = g.nearest(38.08, 46.30, 25.0).unwrap();
    assert_eq!(near_tabriz.name, "Tabriz");
    assert!(g.nearest(0.0, -140.0, 25.0).is_none(), "mid-Pacific");
    assert!(g.nearest(f64::NAN, 0.0, 25.0).is_none());
}

#[test]
fn an_airport_is_found_by_its_code_its_name_and_every_name_of_its_town() {
    let g = gazetteer();
    for query in ["IKA", "OIIE", "Imam Khomeini", "khomeini"] {
        let hits = g.search(query, 5);
        assert_eq!(hits[0].place.code, "IKA", "{query}");
        assert!((hits[0].place.lat - 35.4161).abs() < 0.001);
        assert!((hits[0].place.lon - 51.1522).abs() < 0.001);
    }
    // «تهران» is the city first, then its airports.
    let hits = g.search("تهران", 5);
    assert_eq!(hits[0].place.name, "Tehran");
    assert_eq!(hits.len(), 3, "Tehran, IKA and Mehrabad: {hits:?}");
    assert!(hits.iter().any(|h| h.place.code == "IKA"));
    // Each is given back under the spelling typed, not a vowelled variant of it (تِهران).
    assert!(hits.iter().all(|h| h.matched == "تهران"), "{hits:?}");
    assert_eq!(hits[0].place.source(), "geonames:112931");
    let ika = hits.iter().find(|h| h.place.code == "IKA").unwrap();
    assert_eq!(ika.place.source(), "ourairports:OIIE");
    // Istanbul's new airport serves Istanbul, not the district it stands in.
    let ist = g.search("IST", 3);
    assert_eq!(ist[0].place.code, "IST");
    // GeoNames spells it the Arabic way (اسطنبول); the Persian استانبول is not among its alternates.
    assert!(g
        .search("اسطنبول", 10)
        .iter()
        .any(|h| h.place.code == "IST"));
}

#[test]
fn border_crossings_are_found_by_either_side_s_name() {
    let g = gazetteer();
    for query in ["Bazargan", "Gürbulak", "gurbulak", "بازرگان"] {
        let hits = g.search(query, 5);
        assert_eq!(
            hits[0].place.source(),
            "crossing:bazargan-gurbulak",
            "{query}"
        );
        assert_eq!(hits[0].place.country, "IR TR");
    }
    assert_eq!(g.search("Kapikoy", 3)[0].place.id, "razi-kapikoy");
}
