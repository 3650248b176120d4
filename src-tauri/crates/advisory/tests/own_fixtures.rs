//! Our own small payloads (tests/fixtures/): the traps, hostile summaries and broken input.

mod common;

use common::{level, local, parse_ok};
use lifeboat_advisory::{parse, MatchedBy, SkipReason, SourceId};

#[test]
fn us_rss_traps_and_duplicate() {
    let p = parse_ok(SourceId::UsStateRss, &local("us-state-rss_small.xml"));
    let order: Vec<&str> = p.advisories.iter().map(|a| a.country.as_str()).collect();
    assert_eq!(order, ["GW", "RU", "CH"]);
    assert_eq!(level(&p, "GW"), 3, "Guinea-Bissau - Level 3");
    assert_eq!(p.get("GW").unwrap().source_country, "Guinea-Bissau [PU]");
    assert_eq!(p.get("CH").unwrap().source_country, "Switzerland [SZ]");
    // Russia twice during the URL migration: the newer record (2026-10-02, L3, new URL) is kept.
    let ru = p.get("RU").unwrap();
    assert_eq!(ru.level.get(), 3);
    assert!(ru.url.as_deref().unwrap().ends_with("destination.rus.html"));
    assert!(
        !ru.leave_now,
        "the dropped old record said 'leave immediately'; the kept one does not"
    );
    let dup = p
        .skipped
        .iter()
        .find(|s| matches!(s.reason, SkipReason::Duplicate { .. }))
        .unwrap();
    match &dup.reason {
        SkipReason::Duplicate {
            country,
            kept_url,
            rule,
        } => {
            assert_eq!(country, "RU");
            assert_eq!(kept_url.as_deref(), ru.url.as_deref());
            assert_eq!(rule, "newest updated time kept");
        }
        _ => unreachable!(),
    }
    assert!(dup.raw.contains("russia-travel-advisory.html"));
    assert!(p
        .skipped
        .iter()
        .any(|s| s.reason == SkipReason::NotACountry { tag: "ZZ".into() }));
    // Relative link resolved, fragment-only link dropped.
    let gw = &p.get("GW").unwrap().summary_html();
    assert!(gw.contains(r#"<a href="https://travel.state.gov/en/international-travel/crime.html" rel="noopener noreferrer">crime</a>"#), "{gw}");
    assert!(
        gw.contains(r#"<a rel="noopener noreferrer">civil unrest</a>"#),
        "{gw}"
    );
}

#[test]
fn us_json_traps_and_same_time_duplicate() {
    let p = parse_ok(SourceId::UsStateJson, &local("us-state-json_small.json"));
    assert_eq!(p.get("MX").unwrap().source_country, "Mexico [MX]");
    assert_eq!(p.get("MX").unwrap().regional_max.map(|l| l.get()), Some(4));
    // Japan twice with the same Updated: the more severe (L2) is kept and the rule says so.
    assert_eq!(level(&p, "JP"), 2);
    assert!(p.skipped.iter().any(|s| matches!(&s.reason,
        SkipReason::Duplicate { country, rule, .. } if country == "JP" && rule.contains("most severe"))));
    for iso in ["GP", "MQ", "BL", "MF"] {
        assert!(
            matches!(&p.get(iso).unwrap().matched_by, MatchedBy::Region { .. }),
            "{iso}"
        );
    }
    assert!(p
        .skipped
        .iter()
        .any(|s| s.raw.starts_with("Narnia") && s.reason == SkipReason::UnknownCountry));
    assert!(p.skipped.iter().any(|s| s.raw.starts_with("Atlantis")));
    assert_eq!(p.advisories.len(), 6);
}

#[test]
fn hostile_summary_comes_out_inert() {
    let p = parse_ok(
        SourceId::UsStateJson,
        &local("us-state-json_hostile-summary.json"),
    );
    let html = &p.get("IR").unwrap().summary_html();
    for bad in [
        "<script",
        "alert(",
        "<img",
        "onerror",
        "<iframe",
        "javascript:",
        "http://",
        "data:",
        "style",
        "onclick",
        "<svg",
        "onload",
        "<form",
        "<input",
        "target=",
        "#frag",
        "display:none",
    ] {
        assert!(!html.to_lowercase().contains(bad), "{bad} survived: {html}");
    }
    assert!(
        html.contains(r#"<a href="https://ok.example/y" rel="noopener noreferrer">ok</a>"#),
        "{html}"
    );
    assert!(html.contains(
        r#"<a href="https://travel.state.gov/en/rel.html" rel="noopener noreferrer">rel</a>"#
    ));
    assert!(html.contains("<p>Do not travel.</p>"));
    let text = &p.get("IR").unwrap().summary_text;
    assert!(
        !text.contains("alert"),
        "script content is not text either: {text}"
    );
}

#[test]
fn uk_parts_and_missing_alert_status() {
    let p = parse_ok(SourceId::UkFcdo, &local("uk-fcdo_parts.json"));
    let ml = p.get("ML").unwrap();
    assert_eq!(
        (ml.level.get(), ml.regional_max.map(|l| l.get())),
        (3, Some(4))
    );
    assert!(ml.leave_now, "you should leave as soon as possible");
    assert_eq!(
        ml.native_label,
        "FCDO advises against all but essential travel to the rest of Mali"
    );

    let p = parse_ok(SourceId::UkFcdo, &local("uk-fcdo_no-alert-status.json"));
    let mm = p.get("MM").unwrap();
    assert_eq!(
        (mm.level.get(), mm.regional_max.map(|l| l.get())),
        (3, Some(4)),
        "wording alone"
    );
    assert_eq!(mm.source_country, "Myanmar (Burma)");
}

#[test]
fn ca_state_mapping_and_wording_fallback() {
    let p = parse_ok(SourceId::CaTravel, &local("ca-travel_index-small.json"));
    assert_eq!(level(&p, "HT"), 4);
    assert_eq!(level(&p, "ML"), 3);
    assert_eq!(level(&p, "JP"), 1, "no advisory-state: the wording decides");
    assert!(p.skipped.iter().any(|s| s.reason
        == SkipReason::Subdivision {
            parent: "PT".into()
        }));
    assert!(p
        .skipped
        .iter()
        .any(|s| s.raw == "XQ Nowhere" && s.reason == SkipReason::UnknownCountry));
}

#[test]
fn au_entities_drift_and_placeholder() {
    let p = parse_ok(
        SourceId::AuSmartraveller,
        &local("au-smartraveller_small.json"),
    );
    let ci = p.get("CI").unwrap();
    assert_eq!(ci.source_country, "Côte d'Ivoire (Ivory Coast)");
    assert_eq!(
        (ci.level.get(), ci.regional_max.map(|l| l.get())),
        (2, Some(3))
    );
    assert_eq!(ci.summary_text, "We've reviewed our advice.");
    let mm = p.get("MM").unwrap();
    assert_eq!(mm.level.get(), 4, "unknown wording, SEO colour RED");
    assert_eq!(mm.native_label, "Extremely dangerous (new wording)");
    assert!(mm.leave_now);
    assert_eq!(
        mm.updated,
        Some("2026-10-09T22:00:00Z".parse().unwrap()),
        "AEDT from October"
    );
    assert!(p
        .skipped
        .iter()
        .any(|s| s.reason == SkipReason::Placeholder));
    assert!(p
        .skipped
        .iter()
        .any(|s| s.raw == "Atlantis" && s.reason == SkipReason::UnknownCountry));
}

#[test]
fn de_text_is_read() {
    let p = parse_ok(SourceId::DeAa, &local("de-aa_detail.json"));
    assert_eq!(
        p.advisories.len(),
        1,
        "contentList is envelope, not an entry"
    );
    let ne = p.get("NE").unwrap();
    assert_eq!(
        (ne.level.get(), ne.regional_max.map(|l| l.get())),
        (3, Some(4)),
        "abgeraten + Teilreisewarnung"
    );
    assert_eq!(
        ne.native_label,
        "Von Reisen nach Niger wird abgeraten; Teilreisewarnung"
    );
    assert!(ne.leave_now, "aufgefordert, das Land zu verlassen");
    assert!(ne
        .summary_html()
        .contains(r#"href="https://www.auswaertiges-amt.de/de/service/krisenvorsorgeliste""#));
}

#[test]
fn broken_input_is_an_error_never_an_empty_success() {
    let rss = local("us-state-rss_small.xml");
    let json = local("us-state-json_small.json");
    let cases: Vec<(SourceId, Vec<u8>, &str)> = vec![
        (
            SourceId::UsStateRss,
            rss[..rss.len() / 2].to_vec(),
            "invalid_xml",
        ),
        (
            SourceId::UsStateRss,
            b"<rss><channel></channel></rss>".to_vec(),
            "no_advisories",
        ),
        (
            SourceId::UsStateRss,
            b"<?xml version=\"1.0\"?><feed></feed>".to_vec(),
            "unexpected_shape",
        ),
        (
            SourceId::UsStateJson,
            json[..json.len() / 2].to_vec(),
            "invalid_json",
        ),
        (SourceId::UsStateJson, b"[]".to_vec(), "no_advisories"),
        (
            SourceId::UsStateJson,
            b"{\"error\":\"rate limited\"}".to_vec(),
            "unexpected_shape",
        ),
        (SourceId::UsStateJson, b"".to_vec(), "empty"),
        (
            SourceId::UsStateJson,
            b"\x00\xff\xfe garbage".to_vec(),
            "invalid_json",
        ),
        (
            SourceId::UkFcdo,
            b"{\"details\":{}}".to_vec(),
            "unexpected_shape",
        ),
        (
            SourceId::CaTravel,
            b"{\"data\":{}}".to_vec(),
            "no_advisories",
        ),
        (
            SourceId::AuSmartraveller,
            b"[{\"title\":\"No travel advice\"}]".to_vec(),
            "no_advisories",
        ),
        (
            SourceId::DeAa,
            b"{\"response\":{\"lastModified\":1}}".to_vec(),
            "no_advisories",
        ),
        (
            SourceId::DeAa,
            b"<!DOCTYPE html><html><title>Just a moment...</title><body>cf-chl</body></html>"
                .to_vec(),
            "challenge_page",
        ),
    ];
    for (source, bytes, code) in cases {
        match parse(source, &bytes) {
            Ok(p) => panic!(
                "{source} {code}: parsed {} advisories from broken input",
                p.advisories.len()
            ),
            Err(e) => assert_eq!(e.code(), code, "{source}: {e}"),
        }
    }
}

#[test]
fn errors_serialise_as_code_and_message() {
    let e = parse(SourceId::CaTravel, b"{").unwrap_err();
    let v = serde_json::to_value(&e).unwrap();
    assert_eq!(v["code"], "invalid_json");
    assert!(v["message"]
        .as_str()
        .unwrap()
        .starts_with("the ca-travel payload is not valid JSON"));
    assert_eq!(
        "nope".parse::<SourceId>().unwrap_err().code(),
        "unknown_source"
    );
    for s in SourceId::ALL {
        assert_eq!(s.as_str().parse::<SourceId>().unwrap(), s);
        assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
    }
}
