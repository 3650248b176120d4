//! Property tests of every feed parser on hostile input (the fuzz targets in `fuzz/` run the same entry
//! points for longer; these run in every `cargo test`).
//!
//! - arbitrary bytes and arbitrary JSON documents never panic, and an `Ok` is never empty, holds each
//!   country once by a valid ISO code, on 1–4, with summary markup inside the one allow-list
//!   (`summary_policy::violation`, the fuzz targets' check too);
//! - our own fixtures with bits flipped, cut short, or one JSON value replaced, the same;
//! - summaries built from hostile HTML (script, event handlers, `javascript:` links, mXSS tricks), whether
//!   sanitised directly or carried inside each feed, never keep `<script`, an `on…=` attribute or a
//!   non-https link.

use lifeboat_advisory::countries::is_iso2;
use lifeboat_advisory::sources::uk_fcdo;
use lifeboat_advisory::summary_policy::{sanitize, violation};
use lifeboat_advisory::{parse, SourceId};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::Value;

/// The contract of `parse`, checked on whatever it returned.
fn check_feed(source: SourceId, bytes: &[u8]) -> Result<(), TestCaseError> {
    let Ok(parsed) = parse(source, bytes) else {
        return Ok(());
    };
    prop_assert_eq!(parsed.source, source);
    prop_assert!(!parsed.advisories.is_empty(), "{source}: an empty Ok");
    let mut seen = std::collections::HashSet::new();
    for a in &parsed.advisories {
        prop_assert!(is_iso2(&a.country), "{source}: country {:?}", a.country);
        prop_assert!(
            seen.insert(a.country.clone()),
            "{source}: {} twice",
            a.country
        );
        prop_assert!((1..=4).contains(&a.level.get()));
        if let Some(r) = a.regional_max {
            prop_assert!(
                r > a.level,
                "{source}: regional_max {r} not above {}",
                a.level
            );
        }
        let html = a.summary_html();
        if let Some(v) = violation(&html) {
            return Err(TestCaseError::fail(format!(
                "{source}: unsafe summary ({v}): {html}"
            )));
        }
    }
    Ok(())
}

fn check_index(bytes: &[u8]) -> Result<(), TestCaseError> {
    if let Ok(entries) = uk_fcdo::parse_index(bytes) {
        prop_assert!(!entries.is_empty(), "uk index: an empty Ok");
        for e in &entries {
            if let Some(c) = &e.country {
                prop_assert!(is_iso2(c), "uk index: country {c:?}");
            }
        }
    }
    Ok(())
}

/// Our own fixtures (tests/fixtures), each with the source that reads it.
const FIXTURES: &[(&str, SourceId)] = &[
    ("us-state-rss_small.xml", SourceId::UsStateRss),
    (
        "us-state-rss_2026-10-07_first9items_derived-levels-changed.xml",
        SourceId::UsStateRss,
    ),
    ("us-state-json_small.json", SourceId::UsStateJson),
    ("us-state-json_hostile-summary.json", SourceId::UsStateJson),
    ("uk-fcdo_parts.json", SourceId::UkFcdo),
    ("uk-fcdo_no-alert-status.json", SourceId::UkFcdo),
    ("uk-fcdo_haiti.json", SourceId::UkFcdo),
    ("ca-travel_index-small.json", SourceId::CaTravel),
    ("au-smartraveller_small.json", SourceId::AuSmartraveller),
    ("de-aa_detail.json", SourceId::DeAa),
    (
        "de-aa-opendata_2026-08-06_EDITED_derived-levels-changed.json",
        SourceId::DeAa,
    ),
];
const INDEX_FIXTURE: &str = "uk-fcdo_index-small.json";

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_fixture_parses_before_mutation() {
    for (name, source) in FIXTURES {
        assert!(parse(*source, &fixture(name)).is_ok(), "{name}");
    }
    assert!(uk_fcdo::parse_index(&fixture(INDEX_FIXTURE)).is_ok());
}

fn any_source() -> impl Strategy<Value = SourceId> {
    select(SourceId::ALL.to_vec())
}

/// Hostile and benign HTML fragments; concatenated at random they also make unbalanced, nested markup.
const HOSTILE_HTML: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x onerror=alert(1)>",
    "<img src=x onerror=\"alert(1)\"/>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<iframe src=\"https://evil.example\"></iframe>",
    "<a href=\"javascript:alert(1)\">js</a>",
    "<a href=\"JaVaScRiPt:alert(1)\">js</a>",
    "<a href=\" javascript:alert(1)\">js</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">js</a>",
    "<a href=\"&#106;avascript:alert(1)\">js</a>",
    "<a href=\"data:text/html,<script>alert(1)</script>\">d</a>",
    "<a href=\"vbscript:x\">v</a>",
    "<a href=\"//evil.example/x\">pr</a>",
    "<a href=\"/\\evil.example\">bs</a>",
    "<a href=\"https://ok.example/\" onclick=\"steal()\">ok</a>",
    "<a href='https://ok.example/' onmouseover=x>ok</a>",
    "<abbr title=\"x\" onmouseover=\"y\">t</abbr>",
    "<p style=\"background:url(javascript:x)\" onclick=\"x\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<template><script>alert(1)</script></template>",
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<details open ontoggle=alert(1)>",
    "<form action=\"https://evil\"><button formaction=javascript:x>b</button></form>",
    "<object data=\"javascript:x\"></object>",
    "<base href=\"javascript:/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:x\">",
    "<style>@import 'javascript:x'</style>",
    "<a href=\"https://ok.example/\"",
    "<p",
    "\"><script>alert(1)</script>",
    "'><img src=x onerror=alert(1)>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(1)&#62;",
    "\u{0}<script>",
    "<a href=\"https://ok.example/a b\">sp</a>",
    "<a href=\"\u{7}https://www.faa.gov/air_traffic\">faa</a>",
    "<a href=\"\u{7}javascript:alert(1)\">c0</a>",
    "<a href=\"\u{1f} \tjavascript:alert(1)\">c0</a>",
];
const BENIGN_HTML: &[&str] = &[
    "<p>",
    "</p>",
    "<b>",
    "</b>",
    "<ul><li>",
    "</li></ul>",
    "<br>",
    "<h3>Safety</h3>",
    "<a href=\"/en/crime.html\">crime</a>",
    "<a href=\"#requirements\">frag</a>",
    "<a href=\"https://travel.state.gov/x\">ok</a>",
    "<abbr title=\"Foreign Office\">FCDO</abbr>",
    "Do not travel. ",
    "Level 4: Do Not Travel",
    "leave immediately",
    "&amp; &nbsp; &eacute;",
    "Côte d’Ivoire ",
];

fn hostile_html() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => select(HOSTILE_HTML).prop_map(str::to_owned),
            2 => select(BENIGN_HTML).prop_map(str::to_owned),
            1 => "\\PC{0,12}",
        ],
        0..10,
    )
    .prop_map(|parts| parts.concat())
}

/// Leaves for generated JSON: the words the parsers look for, and noise.
const WORDS: &[&str] = &[
    "Iran",
    "IR",
    "Mali",
    "ML",
    "Narnia",
    "ZZ",
    "XK",
    "Kosovo",
    "Myanmar (Burma)",
    "Korea, South",
    "Level 4: Do Not Travel",
    "Iran - Level 4: Do Not Travel",
    "Level 1: Exercise Normal Precautions",
    "Do not travel",
    "Reconsider your need to travel",
    "Avoid all travel",
    "Avoid non-essential travel",
    "avoid_all_travel_to_whole_country",
    "avoid_all_but_essential_travel_to_parts",
    "Von Reisen nach Iran wird abgeraten.",
    "wird gewarnt",
    "2026-10-07T21:02:01Z",
    "2026-09-24T08:53:00-04:00",
    "Thu, 08 Oct 2026 00:00:00 GMT",
    "Tue, 2026-01-20 16:00",
    "https://travel.state.gov/x",
    "",
];
const KEYS: &[&str] = &[
    "Title",
    "Link",
    "Summary",
    "Category",
    "Published",
    "Updated",
    "id",
    "details",
    "country",
    "name",
    "slug",
    "alert_status",
    "parts",
    "body",
    "title",
    "public_updated_at",
    "updated_at",
    "links",
    "children",
    "api_path",
    "data",
    "metadata",
    "generated",
    "timestamp",
    "country-iso",
    "country-eng",
    "advisory-state",
    "has-regional-advisory",
    "eng",
    "advisory-text",
    "advisories",
    "recent-updates",
    "date-published",
    "asp",
    "url-slug",
    "field_overall_advice_level",
    "field_advice_levels",
    "field_last_update",
    "field_url",
    "changed",
    "response",
    "contentList",
    "lastModified",
    "countryCode",
    "countryName",
    "warning",
    "partialWarning",
    "situationWarning",
    "content",
    "IR",
];

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (0u64..5).prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        select(WORDS).prop_map(Value::from),
        hostile_html().prop_map(Value::from),
        "\\PC{0,16}".prop_map(Value::from),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    json_leaf().prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((select(KEYS), inner), 0..8).prop_map(|kv| Value::Object(
                kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
            )),
        ]
    })
}

/// Every leaf's JSON pointer, so one can be replaced.
fn leaf_pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                leaf_pointers(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                let k = k.replace('~', "~0").replace('/', "~1");
                leaf_pointers(item, format!("{at}/{k}"), out);
            }
        }
        _ => out.push(at),
    }
}

/// `cases` per property, unless `PROPTEST_CASES` asks for a longer run.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_bytes_never_panic(source in any_source(), bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check_feed(source, &bytes)?;
        check_index(&bytes)?;
    }

    #[test]
    fn arbitrary_text_that_looks_like_a_feed_never_panics(
        source in any_source(),
        text in prop_oneof![
            "[\\[\\]{}\",:0-9a-zA-Z <>/=&;-]{0,200}",
            "<\\?xml[ -~]{0,20}\\?><rss><channel>(<item>(<title>[ -~]{0,40}</title>)?(<description>[ -~]{0,60}</description>)?</item>){0,3}",
        ],
    ) {
        check_feed(source, text.as_bytes())?;
        check_index(text.as_bytes())?;
    }
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn arbitrary_json_documents_never_panic(source in any_source(), doc in json_value()) {
        let bytes = serde_json::to_vec(&doc).expect("serialise");
        check_feed(source, &bytes)?;
        check_index(&bytes)?;
    }

    #[test]
    fn fixtures_with_bits_flipped_or_cut_never_panic(
        which in any::<Index>(),
        flips in prop::collection::vec((any::<Index>(), 0u8..8), 0..8),
        cut in prop::option::of(any::<Index>()),
    ) {
        let (name, source) = *which.get(FIXTURES);
        let mut bytes = fixture(name);
        for (at, bit) in &flips {
            let i = at.index(bytes.len());
            bytes[i] ^= 1 << bit;
        }
        if let Some(cut) = cut {
            bytes.truncate(cut.index(bytes.len() + 1));
        }
        check_feed(source, &bytes)?;
        let mut index = fixture(INDEX_FIXTURE);
        for (at, bit) in &flips {
            let i = at.index(index.len());
            index[i] ^= 1 << bit;
        }
        check_index(&index)?;
    }

    #[test]
    fn fixtures_with_a_value_replaced_never_panic(
        which in any::<Index>(),
        at in prop::collection::vec(any::<Index>(), 1..4),
        with in prop::collection::vec(json_value(), 1..4),
    ) {
        let json_fixtures: Vec<_> = FIXTURES.iter().filter(|(n, _)| n.ends_with(".json")).collect();
        let (name, source) = **which.get(&json_fixtures);
        let mut doc: Value = serde_json::from_slice(&fixture(name)).expect("fixture is JSON");
        for (at, with) in at.iter().zip(with) {
            let mut pointers = Vec::new();
            leaf_pointers(&doc, String::new(), &mut pointers);
            let pointer = at.get(&pointers).clone();
            if let Some(slot) = doc.pointer_mut(&pointer) {
                *slot = with;
            }
        }
        check_feed(source, &serde_json::to_vec(&doc).expect("serialise"))?;
    }

    #[test]
    fn sanitised_summaries_keep_no_script_handler_or_unsafe_link(
        html in hostile_html(),
        source in any_source(),
    ) {
        let clean = sanitize(&html, source.origin());
        if let Some(v) = violation(&clean) {
            return Err(TestCaseError::fail(format!("{v}\ninput: {html}\noutput: {clean}")));
        }
    }

    #[test]
    fn hostile_summaries_inside_each_feed_come_out_safe(html in hostile_html()) {
        for (source, doc) in with_summary(&html) {
            check_feed(source, &doc)?;
        }
    }
}

/// `ammonia::Builder::empty()` only empties the tag list; its generic attributes (`lang`, `title`) would stay
/// allowed on every tag unless the builder empties them too, as the policy says.
#[test]
fn only_the_documented_attributes_survive() {
    for html in [
        r#"<p title="t" lang="fa">x</p>"#,
        r#"<a href="https://travel.state.gov/x" title="t">x</a>"#,
    ] {
        let clean = sanitize(html, SourceId::UsStateRss.origin());
        assert!(
            !clean.contains("title=") && !clean.contains("lang="),
            "{clean}"
        );
    }
}

/// Our fixtures with `html` put where each parser reads the summary from.
fn with_summary(html: &str) -> Vec<(SourceId, Vec<u8>)> {
    let mut out = Vec::new();
    for (name, source, pointer) in [
        (
            "us-state-json_small.json",
            SourceId::UsStateJson,
            "/0/Summary",
        ),
        (
            "uk-fcdo_parts.json",
            SourceId::UkFcdo,
            "/details/parts/0/body",
        ),
        (
            "ca-travel_index-small.json",
            SourceId::CaTravel,
            "/data/HT/eng/advisories",
        ),
        (
            "au-smartraveller_small.json",
            SourceId::AuSmartraveller,
            "/0/field_last_update",
        ),
        (
            "de-aa_detail.json",
            SourceId::DeAa,
            "/response/212345/content",
        ),
    ] {
        let mut doc: Value = serde_json::from_slice(&fixture(name)).expect("fixture is JSON");
        let (parent, key) = pointer.rsplit_once('/').expect("pointer");
        match doc.pointer_mut(parent) {
            Some(Value::Object(map)) => {
                map.insert(key.to_owned(), Value::from(html));
            }
            Some(Value::Array(items)) => {
                items[key.parse::<usize>().expect("index")] = Value::from(html)
            }
            _ => panic!("{name} has no {parent}"),
        }
        out.push((source, serde_json::to_vec(&doc).expect("serialise")));
    }
    // RSS: the first description, as escaped XML text (a CDATA section could not hold "]]>").
    let rss = String::from_utf8(fixture("us-state-rss_small.xml")).expect("utf-8");
    let (start, end) = (
        rss.find("<description>").expect("description") + "<description>".len(),
        rss.find("</description>").expect("description end"),
    );
    let escaped = html
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    out.push((
        SourceId::UsStateRss,
        format!("{}{escaped}{}", &rss[..start], &rss[end..]).into_bytes(),
    ));
    out
}

/// A payload naming one country twice (found by the `feed_au_smartraveller` and `feed_de_aa` fuzz targets when
/// only the US parsers ran `dedupe`) is one advisory: two would be compared with each other by the watch, and
/// at two levels every poll of an unchanged feed would alert "lowered" and then "raised" again.
#[test]
fn a_country_listed_twice_is_one_advisory_and_does_not_alert_on_every_poll() {
    let row = |level: &str| {
        serde_json::json!({
            "title": "Mali", "field_overall_advice_level": level, "field_last_update": "Reviewed.",
            "field_last_update_notes": "", "field_advice_levels": "", "field_region": "Africa",
            "field_url": "https://www.smartraveller.gov.au/destinations/africa/mali",
            "field_seo_description": "", "changed": "Tue, 2026-01-20 16:00"
        })
    };
    let feed = serde_json::to_vec(&serde_json::json!([
        row("Exercise a high degree of caution"),
        row("Do not travel")
    ]))
    .expect("serialise");
    let parsed = parse(SourceId::AuSmartraveller, &feed).expect("parses");
    assert_eq!(parsed.advisories.len(), 1, "Mali once");
    let mut state = lifeboat_advisory::WatchState::default();
    let now = chrono::Utc::now();
    lifeboat_advisory::apply(
        &mut state,
        SourceId::AuSmartraveller,
        &parsed.advisories,
        &["ML"],
        now,
    );
    let again = lifeboat_advisory::apply(
        &mut state,
        SourceId::AuSmartraveller,
        &parsed.advisories,
        &["ML"],
        now + chrono::Duration::hours(1),
    );
    assert!(again.is_empty(), "the same payload twice is no change");
}
