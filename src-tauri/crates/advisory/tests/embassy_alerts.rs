//! The U.S. embassy alert feeds, as the person in Tehran meets them: the U.S. Virtual Embassy Iran's WordPress
//! feed with two alerts, then a third whose title repeats an older one and whose text says "Leave Iran now", then
//! an edit; and the ways a fetch fails.

mod common;

use chrono::{DateTime, Utc};
use common::local;
use lifeboat_advisory::sources::us_embassy_alerts::{self, AlertFeed};
use lifeboat_advisory::summary_policy::violation;
use lifeboat_advisory::{apply_alerts, HistoryKind, Priority, Rule, SourceId, WatchState};

fn t(minutes: i64) -> DateTime<Utc> {
    "2026-01-16T14:00:00Z"
        .parse::<DateTime<Utc>>()
        .expect("literal")
        + chrono::Duration::minutes(minutes)
}

fn feed(name: &str) -> AlertFeed {
    us_embassy_alerts::parse(&local(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

const TWO: &str = "us-embassy-alerts_ir_two-alerts.xml";
const LEAVE: &str = "us-embassy-alerts_ir_leave-now.xml";
const EDITED: &str = "us-embassy-alerts_ir_edited.xml";

#[test]
fn the_iran_feed_reads_as_two_alerts_of_the_virtual_embassy() {
    let f = feed(TWO);
    assert_eq!(f.country, "IR", "from the channel link's host");
    assert_eq!(f.host, "ir.usembassy.gov");
    assert_eq!(f.title, "Alert – U.S. Virtual Embassy Iran");
    let guids: Vec<&str> = f.alerts.iter().map(|a| a.guid.as_str()).collect();
    assert_eq!(
        guids,
        [
            "https://ir.usembassy.gov/?p=2101",
            "https://ir.usembassy.gov/?p=2088"
        ]
    );
    let security = &f.alerts[0];
    assert_eq!(security.title, "Security Alert – U.S. Virtual Embassy Iran");
    assert_eq!(
        security.published.map(|d| d.to_rfc3339()).as_deref(),
        Some("2026-01-13T09:15:03+00:00"),
        "the zone as published"
    );
    assert_eq!(
        security.url.as_deref(),
        Some("https://ir.usembassy.gov/security-alert-u-s-virtual-embassy-iran-11/")
    );
    assert!(security.text.starts_with("Location: Iran, countrywide"));
    assert!(security.text.contains("Türkiye"), "entities decoded");
    assert!(!security.text.contains('<'), "plain text");
    assert_eq!(violation(&security.html), None, "{}", security.html);
    assert!(security.html.contains("https://travel.state.gov/"));
    assert!(!security.leave_now);
    assert_eq!(security.priority, Priority::Normal);
    assert_eq!(
        f.alerts[1].title,
        "Demonstration Alert – U.S. Virtual Embassy Iran"
    );
}

#[test]
fn leave_iran_now_is_high_priority_and_leave_now() {
    let f = feed(LEAVE);
    let leave = &f.alerts[0];
    assert_eq!(leave.guid, "https://ir.usembassy.gov/?p=2140");
    assert_eq!(
        leave.title, f.alerts[1].title,
        "the same title as an older alert"
    );
    assert!(leave.leave_now);
    assert_eq!(leave.priority, Priority::High);
    assert_eq!(leave.reason, "tells people to leave");
    assert_eq!(leave.reason_code, Rule::LeaveNow);
}

#[test]
fn given_two_alerts_when_a_third_repeats_a_title_and_says_leave_then_exactly_one_high_update() {
    let mut state = WatchState::default();
    let first = apply_alerts(&mut state, &feed(TWO), true, t(0));
    assert!(first.is_empty(), "the first fetch is a baseline");
    let baseline: Vec<_> = state
        .history
        .iter()
        .filter(|h| h.source == SourceId::UsEmbassyAlerts)
        .collect();
    assert_eq!(baseline.len(), 2, "both alerts are on the timeline");
    assert!(baseline.iter().all(|h| h.kind == HistoryKind::Baseline
        && h.level.is_none()
        && h.title.is_some()
        && h.priority == Some(Priority::Normal)));
    assert_eq!(
        baseline[0].title.as_deref(),
        Some("Demonstration Alert – U.S. Virtual Embassy Iran"),
        "oldest first"
    );

    let updates = apply_alerts(&mut state, &feed(LEAVE), true, t(15));
    assert_eq!(updates.len(), 1, "{updates:#?}");
    let u = &updates[0];
    assert_eq!(u.source, SourceId::UsEmbassyAlerts);
    assert_eq!(u.country, "IR");
    assert_eq!(u.id, "https://ir.usembassy.gov/?p=2140");
    assert_eq!(u.priority, Priority::High);
    assert_eq!(u.reason, "tells people to leave");
    assert_eq!(u.reason_code, Some(Rule::LeaveNow));
    assert!(u.leave_now);
    assert_eq!(u.level, None);
    assert!(
        u.text
            .starts_with("Location: Iran, countrywide Event: Leave Iran now."),
        "{}",
        u.text
    );
    assert_eq!(
        u.published.map(|d| d.to_rfc3339()).as_deref(),
        Some("2026-01-16T14:05:12+00:00")
    );
    let last = state.history.last().expect("an entry");
    assert_eq!(last.kind, HistoryKind::Update);
    assert_eq!(last.id.as_deref(), Some("https://ir.usembassy.gov/?p=2140"));

    let again = apply_alerts(&mut state, &feed(LEAVE), true, t(30));
    assert!(
        again.is_empty(),
        "a second apply of the same payload queues nothing"
    );
    assert_eq!(state.history.len(), 3);

    // Across a restart: the state is saved and read back, and the same feed is still nothing new.
    let saved = serde_json::to_string(&state).expect("serialises");
    let mut restored: WatchState = serde_json::from_str(&saved).expect("reads back");
    assert!(apply_alerts(&mut restored, &feed(LEAVE), true, t(45)).is_empty());
}

#[test]
fn an_alert_edited_under_the_same_guid_is_a_quiet_edit_not_a_second_alert() {
    let mut state = WatchState::default();
    apply_alerts(&mut state, &feed(TWO), true, t(0));
    apply_alerts(&mut state, &feed(LEAVE), true, t(15));
    let before = state.history.len();
    let updates = apply_alerts(&mut state, &feed(EDITED), true, t(30));
    assert!(updates.is_empty());
    let new: Vec<_> = state.history[before..].iter().collect();
    assert_eq!(new.len(), 1);
    assert_eq!(new[0].kind, HistoryKind::Edited);
    assert_eq!(
        new[0].id.as_deref(),
        Some("https://ir.usembassy.gov/?p=2101")
    );
    assert!(apply_alerts(&mut state, &feed(EDITED), true, t(45)).is_empty());
    assert_eq!(state.history.len(), before + 1, "the edit is recorded once");
}

#[test]
fn an_unwatched_country_records_alerts_but_queues_nothing() {
    let mut state = WatchState::default();
    apply_alerts(&mut state, &feed(TWO), false, t(0));
    assert!(apply_alerts(&mut state, &feed(LEAVE), false, t(15)).is_empty());
    assert_eq!(
        state.history.last().map(|h| &h.kind),
        Some(&HistoryKind::Update)
    );
}

#[test]
fn an_old_alert_scrolling_back_into_the_feed_is_not_news() {
    let mut state = WatchState::default();
    apply_alerts(&mut state, &feed(LEAVE), true, t(0));
    let older = String::from_utf8(local(TWO))
        .expect("utf-8")
        .replace("?p=2088", "?p=1999")
        .replace("Mon, 05 Jan 2026", "Mon, 08 Dec 2025");
    let f = us_embassy_alerts::parse(older.as_bytes()).expect("parses");
    assert!(apply_alerts(&mut state, &f, true, t(15)).is_empty());
    assert_eq!(
        state.history.last().map(|h| &h.kind),
        Some(&HistoryKind::Baseline)
    );
}

fn code(bytes: &[u8]) -> &'static str {
    match us_embassy_alerts::parse(bytes) {
        Ok(f) => panic!("parsed: {f:?}"),
        Err(e) => e.code(),
    }
}

#[test]
fn failures_are_errors_never_no_new_alerts() {
    assert_eq!(code(b""), "empty");
    assert_eq!(code(b"  \n"), "empty");
    assert_eq!(
        code(&local("us-embassy-alerts_challenge-403.html")),
        "challenge_page"
    );
    let full = String::from_utf8(local(TWO)).expect("utf-8");
    assert_eq!(code(&full.as_bytes()[..full.len() / 2]), "invalid_xml");
    let start = full.find("\t<item>").expect("an item");
    let end = full.rfind("</item>").expect("an item") + "</item>".len();
    let no_items = format!("{}{}", &full[..start], &full[end..]);
    assert_eq!(code(no_items.as_bytes()), "no_advisories");
    assert_eq!(code(br#"{"items":[]}"#), "unexpected_shape");
}

#[test]
fn the_country_comes_from_the_table_never_from_the_text() {
    let full = String::from_utf8(local(TWO)).expect("utf-8");
    let elsewhere = full.replace(
        "<link>https://ir.usembassy.gov</link>",
        "<link>https://iran-news.example.com</link>",
    );
    assert_eq!(code(elsewhere.as_bytes()), "unknown_embassy");
    let armenia = full.replace(
        "<link>https://ir.usembassy.gov</link>",
        "<link>https://am.usembassy.gov</link>",
    );
    let f = us_embassy_alerts::parse(armenia.as_bytes()).expect("parses");
    assert_eq!(
        f.country, "AM",
        "an alert about Iran from Yerevan is Armenia's feed"
    );
}

#[test]
fn links_are_https_on_official_hosts_only_and_an_item_without_guid_is_skipped() {
    let full = String::from_utf8(local(TWO)).expect("utf-8");
    let odd = full
        .replacen(
            "<link>https://ir.usembassy.gov/security-alert-u-s-virtual-embassy-iran-11/</link>",
            "<link>http://ir.usembassy.gov/security-alert-u-s-virtual-embassy-iran-11/</link>",
            1,
        )
        .replacen(
            "<link>https://ir.usembassy.gov/demonstration-alert-u-s-virtual-embassy-iran-5/</link>",
            "<link>https://ir.usembassy.gov.example.net/x/</link>",
            1,
        );
    let f = us_embassy_alerts::parse(odd.as_bytes()).expect("parses");
    assert!(f.alerts.iter().all(|a| a.url.is_none()), "{:?}", f.alerts);

    let no_guid = full.replacen(
        "<guid isPermaLink=\"false\">https://ir.usembassy.gov/?p=2088</guid>",
        "",
        1,
    );
    let f = us_embassy_alerts::parse(no_guid.as_bytes()).expect("parses");
    assert_eq!(f.alerts.len(), 1);
    assert_eq!(f.skipped.len(), 1);
}

#[test]
fn the_level_parser_refuses_the_alert_feed_by_name() {
    let e =
        lifeboat_advisory::parse(SourceId::UsEmbassyAlerts, &local(TWO)).expect_err("not levels");
    assert_eq!(e.code(), "not_a_level_feed");
    assert_eq!(
        "us-embassy-alerts".parse::<SourceId>(),
        Ok(SourceId::UsEmbassyAlerts)
    );
    assert_eq!(SourceId::UsEmbassyAlerts.government(), "US");
}
