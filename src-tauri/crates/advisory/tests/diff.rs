//! `diff(source, old, new)`: what a watch would record between two payloads, every country watched, through
//! the real change detection.

mod common;

use common::local;
use lifeboat_advisory::{diff, DiffKind, Priority, SourceId};

#[test]
fn the_embassy_feed_gains_one_high_alert_with_no_level() {
    let entries = diff(
        SourceId::UsEmbassyAlerts,
        &local("us-embassy-alerts_ir_two-alerts.xml"),
        &local("us-embassy-alerts_ir_leave-now.xml"),
    )
    .expect("both parse");
    assert_eq!(entries.len(), 1, "{entries:#?}");
    let e = &entries[0];
    assert_eq!((e.iso2.as_str(), e.kind), ("IR", DiffKind::Update));
    assert_eq!((e.level, e.from), (None, None));
    assert_eq!(e.priority, Priority::High);
    assert!(e.leave_now);
    let json = serde_json::to_value(e).expect("serialises");
    assert_eq!(json["kind"], "update");
    assert_eq!(json["priority"], "high");
    assert!(json["level"].is_null());
    assert!(json.get("from").is_none(), "from only for level changes");
    assert_eq!(json["published"], "2026-01-16T14:05:12Z");
    assert_eq!(
        json["url"],
        "https://ir.usembassy.gov/security-alert-u-s-virtual-embassy-iran-12/"
    );
}

#[test]
fn an_edit_and_the_same_payload_twice_are_no_entries() {
    let same = local("us-embassy-alerts_ir_leave-now.xml");
    assert_eq!(diff(SourceId::UsEmbassyAlerts, &same, &same), Ok(vec![]));
    let edited = local("us-embassy-alerts_ir_edited.xml");
    assert_eq!(diff(SourceId::UsEmbassyAlerts, &same, &edited), Ok(vec![]));
}

#[test]
fn uk_iran_new_edition_at_the_same_level_is_one_update_with_its_note() {
    let entries = diff(
        SourceId::UkFcdo,
        &local("uk-fcdo_iran_2026-07-22.json"),
        &local("uk-fcdo_iran_2026-08-13.json"),
    )
    .expect("both parse");
    assert_eq!(entries.len(), 1, "{entries:#?}");
    let e = &entries[0];
    assert_eq!(
        (e.iso2.as_str(), e.kind, e.level),
        ("IR", DiffKind::Update, Some(4))
    );
    assert!(e
        .title
        .starts_with("Removal of information on temporary withdrawal of UK staff"));
    assert_eq!(
        e.priority,
        Priority::Normal,
        "taking the withdrawal notice down is not news of one"
    );
    assert_eq!(
        e.published.map(|d| d.to_rfc3339()).as_deref(),
        Some("2026-08-13T14:40:00+00:00")
    );
}

#[test]
fn uk_staff_withdrawn_at_an_unchanged_level_is_high() {
    // The 22 July page against an earlier edition of itself: its note is the news.
    let july = local("uk-fcdo_iran_2026-07-22.json");
    let mut earlier: serde_json::Value = serde_json::from_slice(&july).expect("json");
    earlier["public_updated_at"] = "2026-06-18T10:00:00.000+01:00".into();
    earlier["details"]["change_description"] =
        "Updated information about regional tensions and conflict affecting Iran ('Warnings and insurance' page)."
            .into();
    let entries = diff(
        SourceId::UkFcdo,
        &serde_json::to_vec(&earlier).expect("json"),
        &july,
    )
    .expect("both parse");
    assert_eq!(entries.len(), 1, "{entries:#?}");
    assert_eq!(entries[0].kind, DiffKind::Update);
    assert_eq!(entries[0].priority, Priority::High);
    assert!(entries[0]
        .title
        .contains("UK staff have been temporarily withdrawn"));
}

#[test]
fn us_text_changed_under_the_same_date_and_leave_now_appearing_under_a_no_change_note() {
    let entries = diff(
        SourceId::UsStateRss,
        &local("us-state-rss_2025-12-12_iran-iraq.xml"),
        &local("us-state-rss_2026-03-13_iran-iraq.xml"),
    )
    .expect("both parse");
    let by = |iso: &str| entries.iter().find(|e| e.iso2 == iso);
    let iq = by("IQ").unwrap_or_else(|| panic!("Iraq: {entries:#?}"));
    // "Leave now if you are there" appeared at the same level: one leave-now change (one notification), which
    // carries the edition's note, not a second entry for the update.
    assert_eq!((iq.kind, iq.level), (DiffKind::LeaveNowChanged, Some(4)));
    assert!(iq.leave_now);
    assert_eq!(iq.priority, Priority::High, "{iq:?}");
    assert!(iq
        .title
        .starts_with("There were no changes to the advisory level"));
    assert_eq!(entries.iter().filter(|e| e.iso2 == "IQ").count(), 1);
    let ir = by("IR").unwrap_or_else(|| panic!("Iran: {entries:#?}"));
    assert_eq!(ir.kind, DiffKind::Update, "same date, new text");
}

#[test]
fn an_empty_us_item_is_never_an_update() {
    let entries = diff(
        SourceId::UsStateRss,
        &local("us-state-rss_2025-12-12_iran-iraq.xml"),
        &local("us-state-rss_2026-01-25_iran-empty-item.xml"),
    )
    .expect("both parse");
    assert!(
        entries
            .iter()
            .all(|e| e.iso2 != "IR" || e.kind != DiffKind::Update),
        "{entries:#?}"
    );
}

#[test]
fn a_level_change_is_one_entry_with_from() {
    let entries = diff(
        SourceId::UsStateRss,
        &local("us-state-rss_small.xml"),
        &local("us-state-rss_2026-10-07_first9items_derived-levels-changed.xml"),
    );
    // The two small fixtures may not share countries; what matters is the shape of a level change when there is one.
    for e in entries.expect("both parse") {
        if e.kind == DiffKind::LevelChanged {
            assert!(
                e.from.is_some() && e.level.is_some() && e.from != e.level,
                "{e:?}"
            );
            let json = serde_json::to_value(&e).expect("serialises");
            assert_eq!(json["kind"], "level_changed");
        }
    }
}

#[test]
fn a_payload_that_does_not_parse_is_the_error() {
    let good = local("us-embassy-alerts_ir_two-alerts.xml");
    let e = diff(
        SourceId::UsEmbassyAlerts,
        &good,
        b"<html><body>Access Denied</body></html>",
    )
    .expect_err("a challenge page");
    assert_eq!(e.code(), "challenge_page");
    let e = diff(SourceId::UkFcdo, b"", &good).expect_err("empty");
    assert_eq!(e.code(), "empty");
}
