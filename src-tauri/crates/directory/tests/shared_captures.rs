//! The captures in `../shared/fixtures/embassies/`, read in place (skipped when absent).

use lifeboat_directory::protecting::table;
use lifeboat_directory::sources::uk_govuk;
use lifeboat_plan::missions::Assistance;
use lifeboat_test_support::shared;

#[test]
fn govuk_publishing_api_example_index() {
    let Some(bytes) = shared("embassies/govuk_publishing-api_embassies_index_example.json") else {
        return;
    };
    let (locations, unplaced) =
        uk_govuk::parse_index(&bytes).expect("the publisher's own example parses");
    assert_eq!(unplaced, 0);
    let by = |c: &str| locations.iter().find(|l| l.country == c).expect(c);
    assert_eq!(by("AF").assistance, Assistance::Remote);
    assert_eq!(by("AF").remote_country, "QA");
    assert_eq!(by("AI").assistance, Assistance::None);
    assert_eq!(
        by("AR").offices,
        ["/world/organisations/british-embassy-buenos-aires"],
        "the science network is not a consular office"
    );
}

/// Every protecting state in the table has an embassy in that country in the Wikidata-derived list (which,
/// as SOURCES.md says, does not mark it as a protecting power: that is why the table exists).
#[test]
fn each_protecting_state_has_an_embassy_there_in_the_wikidata_capture() {
    let Some(bytes) = shared(
        "embassies/wikidata-database-of-embassies_2022-11-16_iran-and-interests-sections.csv",
    ) else {
        return;
    };
    let text = String::from_utf8(bytes).expect("UTF-8");
    let rows: Vec<Vec<&str>> = text
        .lines()
        .skip(1)
        .map(|l| l.split(';').collect())
        .collect();
    for row in &table().arrangements {
        let operator = lifeboat_countries::name(&row.protecting_state).expect("a known code");
        let host = lifeboat_countries::name(&row.country).expect("a known code");
        assert!(
            rows.iter().any(|r| r.first() == Some(&operator)
                && r.get(4) == Some(&host)
                && r.get(21) == Some(&"embassy")),
            "no {operator} embassy in {host} in the capture"
        );
    }
}
