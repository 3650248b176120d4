//! Change detection: baseline, derived captures with changed levels, re-issues, absences, restarts.

mod common;

use chrono::{DateTime, Duration, Utc};
use common::{capture, local, parse_ok};
use lifeboat_advisory::{apply, Change, HistoryKind, SourceId, WatchState};

/// Each alert as (country, from, to, rose): what a person reads in the notification.
fn summary(alerts: &[Change]) -> Vec<(&str, u8, u8, bool)> {
    alerts
        .iter()
        .map(|c| (c.country.as_str(), c.from.get(), c.to.get(), c.rose))
        .collect()
}

fn t0() -> DateTime<Utc> {
    "2026-10-08T12:00:00Z".parse().expect("literal")
}

#[test]
fn us_rss_baseline_then_derived_then_same_again() {
    let Some(original) = capture("us-state-rss/2026-10-07_TAsTWs_jyatesbrown_first9items.xml")
    else {
        return;
    };
    let derived = local("us-state-rss_2026-10-07_first9items_derived-levels-changed.xml");
    let watched = ["SA", "KH", "HK", "IT", "GB"];
    let mut state = WatchState::default();

    let first = parse_ok(SourceId::UsStateRss, &original);
    let alerts = apply(
        &mut state,
        SourceId::UsStateRss,
        &first.advisories,
        &watched,
        t0(),
    )
    .changes;
    assert!(alerts.is_empty(), "baseline never alerts");
    assert_eq!(
        state.seen(SourceId::UsStateRss, "SA").unwrap().level.get(),
        3,
        "but shows current levels"
    );
    assert_eq!(
        state.seen(SourceId::UsStateRss, "ST").unwrap().level.get(),
        2,
        "unwatched countries too"
    );
    assert_eq!(state.last_count(SourceId::UsStateRss), 9);
    assert_eq!(
        state
            .history
            .iter()
            .filter(|h| h.kind == HistoryKind::Baseline)
            .count(),
        5
    );

    let second = parse_ok(SourceId::UsStateRss, &derived);
    assert!(lifeboat_advisory::plausible(
        state.last_count(SourceId::UsStateRss),
        second.advisories.len()
    ));
    let alerts = apply(
        &mut state,
        SourceId::UsStateRss,
        &second.advisories,
        &watched,
        t0() + Duration::hours(1),
    )
    .changes;
    let got = summary(&alerts);
    assert_eq!(
        got,
        [("SA", 3, 4, true), ("KH", 2, 1, false), ("HK", 2, 3, true)]
    );
    assert_eq!(alerts[0].native_label, "Level 4: Do Not Travel");
    assert_eq!(
        alerts[0].updated,
        Some("2026-10-08T00:00:00Z".parse().unwrap())
    );
    let changed: Vec<&str> = state
        .history
        .iter()
        .filter(|h| matches!(h.kind, HistoryKind::Changed { .. }))
        .map(|h| h.country.as_str())
        .collect();
    assert_eq!(changed, ["SA", "KH", "HK"]);

    // The same payload again (and after a restart through serde) is not news.
    let alerts = apply(
        &mut state,
        SourceId::UsStateRss,
        &second.advisories,
        &watched,
        t0() + Duration::hours(2),
    )
    .changes;
    assert!(alerts.is_empty());
    let json = serde_json::to_string(&state).unwrap();
    let mut restored: WatchState = serde_json::from_str(&json).unwrap();
    assert_eq!(restored, state);
    assert!(apply(
        &mut restored,
        SourceId::UsStateRss,
        &second.advisories,
        &watched,
        t0() + Duration::hours(3)
    )
    .changes
    .is_empty());
}

#[test]
fn unwatched_changes_are_history_not_alerts() {
    let Some(original) = capture("us-state-rss/2026-10-07_TAsTWs_jyatesbrown_first9items.xml")
    else {
        return;
    };
    let derived = parse_ok(
        SourceId::UsStateRss,
        &local("us-state-rss_2026-10-07_first9items_derived-levels-changed.xml"),
    );
    let mut state = WatchState::default();
    apply(
        &mut state,
        SourceId::UsStateRss,
        &parse_ok(SourceId::UsStateRss, &original).advisories,
        &["IT"],
        t0(),
    );
    let alerts = apply(
        &mut state,
        SourceId::UsStateRss,
        &derived.advisories,
        &["IT"],
        t0() + Duration::hours(1),
    )
    .changes;
    assert!(alerts.is_empty());
    assert_eq!(
        state.seen(SourceId::UsStateRss, "SA").unwrap().level.get(),
        4
    );
    assert_eq!(
        state
            .history
            .iter()
            .filter(|h| matches!(h.kind, HistoryKind::Changed { .. }))
            .count(),
        3
    );
}

#[test]
fn de_reissue_raise_and_missing_country() {
    let Some(original) =
        capture("de-aa-opendata/2026-08-06_opendata_travelwarning_wtg-weather_EDITED.json")
    else {
        return;
    };
    let derived = parse_ok(
        SourceId::DeAa,
        &local("de-aa-opendata_2026-08-06_EDITED_derived-levels-changed.json"),
    );
    let watched = ["JP", "FR", "UA", "AF"];
    let mut state = WatchState::default();
    let first = parse_ok(SourceId::DeAa, &original);
    assert!(apply(
        &mut state,
        SourceId::DeAa,
        &first.advisories,
        &watched,
        t0()
    )
    .changes
    .is_empty());

    let alerts = apply(
        &mut state,
        SourceId::DeAa,
        &derived.advisories,
        &watched,
        t0() + Duration::hours(1),
    )
    .changes;
    let got = summary(&alerts);
    assert_eq!(
        got,
        [("JP", 1, 4, true)],
        "FR re-published without a change and UA missing are not alerts"
    );
    let fr: Vec<&HistoryKind> = state
        .history
        .iter()
        .filter(|h| h.country == "FR")
        .map(|h| &h.kind)
        .collect();
    assert_eq!(fr, [&HistoryKind::Baseline, &HistoryKind::Reissued]);
    assert_eq!(
        state.seen(SourceId::DeAa, "UA").unwrap().level.get(),
        4,
        "missing keeps last seen"
    );
    assert!(state
        .history
        .iter()
        .all(|h| h.country != "UA" || h.kind == HistoryKind::Baseline));
}

#[test]
fn missing_source_or_country_is_not_a_change_and_new_country_is_a_baseline() {
    let rss = parse_ok(SourceId::UsStateRss, &local("us-state-rss_small.xml"));
    let json = parse_ok(SourceId::UsStateJson, &local("us-state-json_small.json"));
    let watched = ["RU", "GW", "CH", "JP", "MX"];
    let mut state = WatchState::default();
    apply(
        &mut state,
        SourceId::UsStateRss,
        &rss.advisories,
        &watched,
        t0(),
    );
    // A poll where only the JSON source answered: the RSS state is untouched and nothing alerts.
    let before = state.sources[&SourceId::UsStateRss].clone();
    assert!(apply(
        &mut state,
        SourceId::UsStateJson,
        &json.advisories,
        &watched,
        t0()
    )
    .changes
    .is_empty());
    assert_eq!(state.sources[&SourceId::UsStateRss], before);
    // A payload holding only some countries (e.g. one UK item) changes nothing for the rest.
    let only_gw: Vec<_> = rss
        .advisories
        .iter()
        .filter(|a| a.country == "GW")
        .cloned()
        .collect();
    assert!(apply(
        &mut state,
        SourceId::UsStateRss,
        &only_gw,
        &watched,
        t0() + Duration::hours(1)
    )
    .changes
    .is_empty());
    assert_eq!(
        state.seen(SourceId::UsStateRss, "RU").unwrap().level.get(),
        3
    );
    // Records of another source are ignored.
    assert!(apply(
        &mut state,
        SourceId::UsStateRss,
        &json.advisories,
        &watched,
        t0()
    )
    .changes
    .is_empty());
    assert!(state.seen(SourceId::UsStateRss, "MX").is_none());
}

#[test]
fn stale_copy_does_not_flip_back_and_leave_now_alerts() {
    let rss = parse_ok(SourceId::UsStateRss, &local("us-state-rss_small.xml"));
    let mut state = WatchState::default();
    apply(
        &mut state,
        SourceId::UsStateRss,
        &rss.advisories,
        &["RU"],
        t0(),
    );
    // An older record (the feed's 2026-10-01 L4) arriving later, e.g. from a stale mirror, is ignored.
    let mut old = rss.get("RU").unwrap().clone();
    old.level = lifeboat_advisory::Level::DO_NOT_TRAVEL;
    old.updated = Some("2026-10-01T00:00:00Z".parse().unwrap());
    assert!(apply(
        &mut state,
        SourceId::UsStateRss,
        &[old],
        &["RU"],
        t0() + Duration::hours(1)
    )
    .changes
    .is_empty());
    assert_eq!(
        state.seen(SourceId::UsStateRss, "RU").unwrap().level.get(),
        3
    );
    // Leave-now wording appearing at the same level is an alert.
    let mut urgent = rss.get("RU").unwrap().clone();
    urgent.leave_now = true;
    urgent.updated = Some("2026-10-03T00:00:00Z".parse().unwrap());
    let alerts = apply(
        &mut state,
        SourceId::UsStateRss,
        &[urgent],
        &["ru"],
        t0() + Duration::hours(2),
    )
    .changes;
    assert_eq!(alerts.len(), 1);
    assert!(alerts[0].leave_now_added && !alerts[0].rose && alerts[0].from == alerts[0].to);
}

#[test]
fn only_watched_countries_keep_a_summary_and_it_is_kept_sanitised() {
    let hostile = parse_ok(
        SourceId::UsStateJson,
        &local("us-state-json_hostile-summary.json"),
    );
    assert!(hostile.advisories[0].summary_raw.contains("<script"));
    let mut state = WatchState::default();
    apply(
        &mut state,
        SourceId::UsStateJson,
        &hostile.advisories,
        &["IR"],
        t0(),
    );
    let kept = state.seen(SourceId::UsStateJson, "IR").unwrap();
    let html = kept.summary_html.as_deref().unwrap();
    assert_eq!(html, hostile.advisories[0].summary_html());
    assert!(
        !html.contains("<script") && html.contains("<p>Do not travel.</p>"),
        "{html}"
    );

    let small = parse_ok(SourceId::UsStateJson, &local("us-state-json_small.json"));
    apply(
        &mut state,
        SourceId::UsStateJson,
        &small.advisories,
        &["IR"],
        t0(),
    );
    let mexico = state.seen(SourceId::UsStateJson, "MX").unwrap();
    assert_eq!(
        mexico.level.get(),
        2,
        "an unwatched country keeps its level"
    );
    assert_eq!(mexico.summary_html, None, "but not its summary");
    assert!(
        !state.misses_a_summary(SourceId::UsStateJson, &["IR"]),
        "Iran, absent from this payload, keeps the summary it had"
    );
    assert!(state.misses_a_summary(SourceId::UsStateJson, &["IR", "MX"]));
}
