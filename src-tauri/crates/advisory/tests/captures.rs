//! Every real capture in ../shared, parsed in place, with concrete values from SOURCES.md and the files.

mod common;

use common::{capture, level, parse_ok};
use lifeboat_advisory::sources::uk_fcdo;
use lifeboat_advisory::{MatchedBy, SkipReason, SourceId, TimePrecision};

fn utc(s: &str) -> chrono::DateTime<chrono::Utc> {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

#[test]
fn us_rss_first9items() {
    let Some(b) = capture("us-state-rss/2026-10-07_TAsTWs_jyatesbrown_first9items.xml") else {
        return;
    };
    let p = parse_ok(SourceId::UsStateRss, &b);
    assert_eq!(p.advisories.len(), 9);
    assert!(p.skipped.is_empty());
    assert_eq!(p.feed_time, Some(utc("2026-10-07T21:02:01Z")));
    let order: Vec<&str> = p.advisories.iter().map(|a| a.country.as_str()).collect();
    assert_eq!(
        order,
        ["SA", "KH", "IT", "MK", "CW", "GB", "SR", "HK", "ST"]
    );
    for (iso, l) in [
        ("SA", 3),
        ("KH", 2),
        ("IT", 2),
        ("MK", 1),
        ("CW", 1),
        ("GB", 2),
        ("SR", 1),
        ("HK", 2),
        ("ST", 2),
    ] {
        assert_eq!(level(&p, iso), l, "{iso}");
    }
    let sa = p.get("SA").unwrap();
    assert_eq!(sa.native_label, "Level 3: Reconsider Travel");
    assert_eq!(
        sa.regional_max.map(|l| l.get()),
        Some(4),
        "Do Not Travel to the Yemen border"
    );
    assert!(!sa.leave_now);
    assert_eq!(sa.updated, Some(utc("2026-09-15T00:00:00Z")));
    assert_eq!(sa.time_precision, TimePrecision::DateOnlyMidnightUtc);
    assert_eq!(
        sa.url.as_deref(),
        Some("https://travel.state.gov/content/tsg_aem/us/en/home/international-travel/travel-advisories/destination.sau.html")
    );
    assert!(
        sa.summary_text
            .starts_with("Reconsider travel\nto Saudi Arabia due to risk of"),
        "{}",
        &sa.summary_text[..80]
    );
    assert!(!sa.summary_html().contains("style="));
    assert!(sa.summary_html().contains(r#"<a href="https://www.state.gov/country-reports-on-terrorism/" rel="noopener noreferrer">"#));
    // FIPS tags that are not ISO: the title names the country and the tag agrees once translated.
    for (iso, tag) in [("CW", "UC"), ("GB", "UK"), ("SR", "NS"), ("ST", "TP")] {
        let a = p.get(iso).unwrap();
        assert_eq!(a.matched_by, MatchedBy::Name, "{iso}");
        assert!(
            a.source_country.ends_with(&format!("[{tag}]")),
            "{}",
            a.source_country
        );
    }
    assert_eq!(
        p.get("ST").unwrap().source_country,
        "São Tomé and Príncipe [TP]"
    );
    assert_eq!(
        p.get("HK").unwrap().updated,
        Some(utc("2026-09-04T00:00:00Z"))
    );
}

#[test]
fn us_json_trimmed() {
    let Some(b) =
        capture("us-state-json/2026-08-14_cadataapi_TravelAdvisories_wtg-weather_trimmed.json")
    else {
        return;
    };
    let p = parse_ok(SourceId::UsStateJson, &b);
    // 15 real records, French West Indies expanded to its 4 territories, Atlantis reported.
    assert_eq!(p.advisories.len(), 18);
    assert_eq!(
        p.skipped,
        vec![lifeboat_advisory::Skipped {
            raw: "Atlantis - No Level Assigned".into(),
            reason: SkipReason::NotACountry { tag: "ZZ".into() }
        }]
    );
    assert!(p
        .advisories
        .iter()
        .all(|a| a.country != "ZZ" && !a.source_country.contains("Atlantis")));
    for (iso, l) in [
        ("AF", 4),
        ("CO", 3),
        ("JP", 1),
        ("MX", 2),
        ("FR", 2),
        ("RU", 4),
        ("MN", 1),
        ("RS", 2),
        ("CH", 1),
        ("UA", 4),
        ("NZ", 1),
        ("TH", 1),
        ("GT", 3),
        ("PE", 2),
        ("GP", 1),
        ("MQ", 1),
    ] {
        assert_eq!(level(&p, iso), l, "{iso}");
    }
    // GEC tags: RS is Russia, MG Mongolia, RI Serbia, UP Ukraine, JA Japan, SR Switzerland.
    assert!(
        p.get("MG").is_none(),
        "MG is Mongolia's tag, not Madagascar"
    );
    assert_eq!(p.get("RU").unwrap().source_country, "Russia [RS]");
    assert_eq!(p.get("RS").unwrap().source_country, "Serbia [RI]");
    assert_eq!(p.get("CH").unwrap().source_country, "Switzerland [SR]");
    assert!(
        p.get("SR").is_none(),
        "SR is Switzerland here, not Suriname"
    );
    let af = p.get("AF").unwrap();
    assert_eq!(af.native_label, "Level 4: Do Not Travel");
    assert!(
        af.leave_now,
        "We urge American citizens in Afghanistan to leave immediately"
    );
    assert_eq!(
        af.published,
        Some(utc("2026-02-20T00:00:00Z")),
        "2026-02-19T19:00:00-05:00"
    );
    assert_eq!(af.updated, af.published);
    assert!(!af.summary_html().contains("_rte_temp_br"));
    assert!(
        !af.summary_html().contains("mailto:"),
        "only https links survive"
    );
    assert!(
        p.get("RU").unwrap().leave_now,
        "U.S. citizens in Russia should leave immediately"
    );
    assert!(!p.get("UA").unwrap().leave_now);
    let mx = p.get("MX").unwrap();
    assert_eq!(
        mx.source_country, "Mexico [MX]",
        "'Mexico Travel Advisory - Level 2' splits cleanly"
    );
    assert_eq!(mx.regional_max.map(|l| l.get()), Some(4));
    assert_eq!(
        p.get("GT").unwrap().regional_max.map(|l| l.get()),
        Some(4),
        "San Marcos - Level 4"
    );
    assert_eq!(p.get("CO").unwrap().regional_max.map(|l| l.get()), Some(4));
    assert!(
        matches!(&p.get("GP").unwrap().matched_by, MatchedBy::Region { region } if region == "French West Indies")
    );
}

#[test]
fn uk_haiti_whole_country() {
    let Some(b) = capture("uk-fcdo-content/2026-10-07_haiti_jyatesbrown_trimmed.json") else {
        return;
    };
    let p = parse_ok(SourceId::UkFcdo, &b);
    assert_eq!(p.advisories.len(), 1);
    let ht = p.get("HT").unwrap();
    assert_eq!(ht.level.get(), 4, "avoid_all_travel_to_whole_country");
    assert_eq!(ht.regional_max, None);
    assert_eq!(ht.native_label, "FCDO advises against all travel to Haiti");
    assert!(
        !ht.leave_now,
        "avoid-all-travel is level 4; no departure instruction in the text"
    );
    assert_eq!(
        ht.updated,
        Some(utc("2025-12-10T13:57:03Z")),
        "public_updated_at"
    );
    assert_eq!(ht.published, Some(utc("2013-03-19T00:00:00Z")));
    assert_eq!(
        p.feed_time,
        Some(utc("2026-10-07T10:56:44Z")),
        "updated_at 11:56:44+01:00"
    );
    assert_eq!(
        ht.url.as_deref(),
        Some("https://www.gov.uk/foreign-travel-advice/haiti")
    );
    assert!(ht
        .summary_text
        .contains("Your travel insurance could be invalidated"));
    assert!(!ht.summary_html().contains("class="));
    assert!(ht
        .summary_html()
        .contains(r#"<abbr title="Foreign, Commonwealth &amp; Development Office">FCDO</abbr>"#));
}

#[test]
fn uk_schema_examples() {
    let Some(b) =
        capture("uk-fcdo-content/2017-02-14_albania_publishing-api-example_full-country.json")
    else {
        return;
    };
    let p = parse_ok(SourceId::UkFcdo, &b);
    let al = p.get("AL").unwrap();
    assert_eq!(al.level.get(), 1, "alert_status []");
    assert_eq!(al.updated, Some(utc("2017-02-14T15:42:21Z")));
    // Relative links resolved against GOV.UK's https origin.
    assert!(al.summary_html().contains(
        r#"href="https://www.gov.uk/foreign-travel-advice/albania/safety-and-security""#
    ));

    let Some(b) =
        capture("uk-fcdo-content/2015-04-28_antarctica_publishing-api-example_no-parts.json")
    else {
        return;
    };
    let p = parse_ok(SourceId::UkFcdo, &b);
    let aq = p.get("AQ").unwrap();
    assert_eq!(aq.level.get(), 1);
    assert_eq!(
        aq.updated,
        Some(utc("2015-04-28T16:11:23Z")),
        "17:11:23+01:00"
    );
    assert!(
        aq.summary_text
            .starts_with("Latest travel advice for Antarctica"),
        "no parts: description"
    );

    let Some(b) = capture(
        "uk-fcdo-content/2015-04-28_foreign-travel-advice-index_publishing-api-example.json",
    ) else {
        return;
    };
    let err = lifeboat_advisory::parse(SourceId::UkFcdo, &b).unwrap_err();
    assert_eq!(
        err.code(),
        "unexpected_shape",
        "the index has no levels: {err}"
    );
    let idx = uk_fcdo::parse_index(&b).unwrap();
    assert_eq!(idx.len(), 7);
    let slugs: Vec<(&str, Option<&str>)> = idx
        .iter()
        .map(|e| (e.slug.as_str(), e.country.as_deref()))
        .collect();
    assert_eq!(
        slugs,
        [
            ("afghanistan", Some("AF")),
            ("austria", Some("AT")),
            ("finland", Some("FI")),
            ("india", Some("IN")),
            ("malaysia", Some("MY")),
            ("sao-tome-and-principe", Some("ST")),
            ("spain", Some("ES")),
        ]
    );
    assert_eq!(idx[5].public_updated_at, Some(utc("2015-12-08T17:02:23Z")));
    assert_eq!(
        idx[0].api_path,
        "/api/content/foreign-travel-advice/afghanistan"
    );
}

#[test]
fn ca_index_2014() {
    let Some(b) = capture("ca-travel-json/2014-03-02_index-alpha-eng.json") else {
        return;
    };
    let p = parse_ok(SourceId::CaTravel, &b);
    // 229 keys: 227 countries plus the Azores (PT-20) and Canary Islands (IC), reported as subdivisions.
    assert_eq!(p.advisories.len(), 227);
    assert_eq!(p.skipped.len(), 2);
    assert!(p.skipped.contains(&lifeboat_advisory::Skipped {
        raw: "PT-20 Azores".into(),
        reason: SkipReason::Subdivision {
            parent: "PT".into()
        }
    }));
    assert_eq!(
        p.feed_time,
        Some(utc("2014-03-02T03:53:08Z")),
        "metadata.generated.timestamp 1393732388"
    );
    // advisory-state 0..3 → 1..4; counts from the file: 104 / 100 / 14 / 11 (minus the two regions at 0).
    let count = |l: u8| p.advisories.iter().filter(|a| a.level.get() == l).count();
    assert_eq!((count(1), count(2), count(3), count(4)), (102, 100, 14, 11));
    let af = p.get("AF").unwrap();
    assert_eq!(af.level.get(), 4);
    assert_eq!(
        af.native_label, "AVOID ALL TRAVEL",
        "2014 wording, upper case"
    );
    assert_eq!(
        af.updated,
        Some(utc("2014-02-26T13:25:38Z")),
        "epoch 1393421138, not the local 'date'"
    );
    assert_eq!(
        af.url.as_deref(),
        Some("https://travel.gc.ca/destinations/afghanistan")
    );
    for (iso, l) in [
        ("IQ", 3),
        ("LY", 3),
        ("SD", 4),
        ("BS", 1),
        ("GE", 2),
        ("MS", 2),
    ] {
        assert_eq!(level(&p, iso), l, "{iso}");
    }
}

#[test]
fn ca_2026_shapes() {
    let Some(b) = capture("ca-travel-json/2026-07-17_index-alpha-eng_voyalier_trimmed.json") else {
        return;
    };
    let p = parse_ok(SourceId::CaTravel, &b);
    assert_eq!(p.advisories.len(), 2);
    assert_eq!(level(&p, "JP"), 1);
    assert_eq!(level(&p, "FR"), 2);
    assert_eq!(
        p.get("JP").unwrap().native_label,
        "Exercise normal security precautions"
    );
    assert_eq!(
        p.get("JP").unwrap().updated,
        Some(utc("2026-07-16T16:53:48.9258584Z")),
        "7-digit fraction, -04:00"
    );

    let Some(b) = capture("ca-travel-json/2026-09-24_cta-cap-ht_jyatesbrown_trimmed.json") else {
        return;
    };
    let p = parse_ok(SourceId::CaTravel, &b);
    let ht = p.get("HT").unwrap();
    assert_eq!(ht.level.get(), 4, "advisory-state 3");
    assert_eq!(
        ht.native_label, "Avoid all travel",
        "2026 wording, sentence case"
    );
    assert_eq!(
        ht.updated,
        Some(utc("2026-09-24T12:53:00Z")),
        "friendly-date 08:53 EDT"
    );
    assert_eq!(p.feed_time, Some(utc("2026-09-24T13:14:13Z")));
    assert!(ht.summary_text.starts_with("HAITI - AVOID ALL TRAVEL"));
    assert!(
        !ht.summary_html().contains("#levels"),
        "fragment links dropped"
    );
}

#[test]
fn au_names_only() {
    let Some(b) = capture("au-smartraveller/2026-04-08_destinations-export_vibe-travel.json")
    else {
        return;
    };
    let p = parse_ok(SourceId::AuSmartraveller, &b);
    // 180 rows: the "No travel advice" placeholder is reported, every other name maps to ISO.
    assert_eq!(p.advisories.len(), 179);
    assert_eq!(
        p.skipped,
        vec![lifeboat_advisory::Skipped {
            raw: "No travel advice".into(),
            reason: SkipReason::Placeholder
        }]
    );
    let count = |l: u8| p.advisories.iter().filter(|a| a.level.get() == l).count();
    assert_eq!((count(1), count(2), count(3), count(4)), (65, 74, 11, 29));
    for (iso, name) in [
        ("CI", "Côte d'Ivoire (Ivory Coast)"),
        ("KP", "North Korea (Democratic People's Republic of Korea)"),
        ("KR", "South Korea (Republic of Korea)"),
        ("CZ", "Czech Republic"),
        ("CD", "Democratic Republic of the Congo"),
        ("TR", "Türkiye"),
        ("MO", "Macau"),
        ("HK", "Hong Kong"),
        ("CN", "China"),
        ("MM", "Myanmar"),
        ("FM", "Federated States of Micronesia"),
        ("KG", "Kyrgyz Republic"),
        ("BS", "The Bahamas"),
        ("US", "United States of America"),
        ("PS", "Palestine"),
    ] {
        assert_eq!(
            p.get(iso).map(|a| a.source_country.as_str()),
            Some(name),
            "{iso}"
        );
    }
    for (iso, l) in [
        ("AF", 4),
        ("IR", 4),
        ("BD", 3),
        ("FR", 2),
        ("JP", 1),
        ("TR", 2),
        ("MM", 4),
    ] {
        assert_eq!(level(&p, iso), l, "{iso}");
    }
    let th = p.get("TH").unwrap();
    assert_eq!(th.native_label, "Exercise a high degree of caution");
    assert_eq!(
        th.regional_max.map(|l| l.get()),
        Some(4),
        "border areas: Do not travel"
    );
    assert_eq!(p.get("PK").unwrap().regional_max.map(|l| l.get()), Some(4));
    assert_eq!(p.get("IR").unwrap().regional_max, None);
    let af = p.get("AF").unwrap();
    assert_eq!(
        af.updated,
        Some(utc("2026-02-28T23:29:00Z")),
        "Sun, 2026-03-01 10:29 Canberra (AEDT)"
    );
    assert_eq!(af.time_precision, TimePrecision::LocalZoneAssumed);
    assert!(
        p.get("LY").unwrap().leave_now,
        "you should leave as soon as possible"
    );
    assert!(p.get("BY").unwrap().leave_now, "leave immediately");
    assert!(
        !p.get("SA").unwrap().leave_now,
        "want to leave, make plans: not an instruction"
    );
    assert!(
        !af.summary_text.contains("&**"),
        "mangled apostrophes repaired"
    );
}

#[test]
fn de_flags_and_epochs() {
    let Some(b) =
        capture("de-aa-opendata/2026-08-06_opendata_travelwarning_wtg-weather_EDITED.json")
    else {
        return;
    };
    let p = parse_ok(SourceId::DeAa, &b);
    assert_eq!(p.advisories.len(), 12);
    assert_eq!(
        p.skipped.len(),
        1,
        "Atlantis has no countryCode and an unknown name"
    );
    assert_eq!(p.skipped[0].reason, SkipReason::UnknownCountry);
    assert_eq!(
        p.feed_time,
        Some(utc("2025-09-05T09:08:08Z")),
        "envelope lastModified 1757063288 (stale)"
    );
    for (iso, l, r) in [
        ("AF", 4, None),
        ("UA", 4, None),
        ("JP", 1, Some(4)),
        ("IN", 1, Some(4)),
        ("TH", 1, Some(4)),
        ("EG", 1, Some(4)),
        ("CO", 1, Some(4)),
        ("FR", 1, None),
        ("IT", 1, None),
        ("NZ", 1, None),
        ("MX", 3, None),
        ("GH", 1, Some(3)),
    ] {
        let a = p.get(iso).unwrap_or_else(|| panic!("{iso}"));
        assert_eq!(
            (a.level.get(), a.regional_max.map(|l| l.get())),
            (l, r),
            "{iso}"
        );
    }
    assert_eq!(p.get("AF").unwrap().native_label, "Reisewarnung");
    assert_eq!(p.get("JP").unwrap().native_label, "Teilreisewarnung");
    assert_eq!(p.get("FR").unwrap().native_label, "Keine Reisewarnung");
    assert_eq!(
        p.get("MX").unwrap().source_country,
        "Mexiko",
        "lower-case 'mx' accepted"
    );
    let fr = p.get("FR").unwrap();
    assert_eq!(
        fr.updated,
        Some(utc("2026-08-05T10:23:24Z")),
        "lastModified 1785925404 (seconds)"
    );
    assert_eq!(
        fr.published,
        Some(utc("2026-08-05T10:15:00Z")),
        "effective 1785924900"
    );
}
