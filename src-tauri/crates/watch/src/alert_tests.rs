//! Embassy alerts through the whole watch, with the same real parts as `tests.rs` (loopback server, encrypted
//! store, recording notifier). Given Iran's embassy feed with two alerts, when a third appears whose title repeats
//! an older one and whose text says "Leave Iran now", then exactly one critical notification, the timeline and the
//! suggestion show it, and neither a restart nor a handover repeats it; a refusal from the embassy's host is a
//! failing feed, never "no new alerts".

use lifeboat_plan::phases::Phase;
use lifeboat_plan::settings::Government;
use lifeboat_plan::watch_view::{HistoryKind, Priority, ReachState};

use crate::notifier::RecordingNotifier;
use crate::test_server::status;
use crate::tests::{etagged, feed, loopback, World, EMBASSY_LEAVE};
use crate::Handover;

const LEAVE_TITLE: &str = "Security Alert – U.S. Virtual Embassy Iran";

#[tokio::test]
async fn a_new_alert_telling_people_to_leave_is_told_once_and_shown_in_the_timeline() {
    let world = World::new().await;
    let notifier = RecordingNotifier::default();
    let service = world.service(&notifier, loopback());
    service.round().await;
    assert!(
        notifier.alerts().is_empty(),
        "two alerts seen first: a baseline"
    );
    let view = service.view().expect("view");
    let iran = &view.countries[0];
    let embassy: Vec<_> = iran
        .history
        .iter()
        .filter(|h| h.source == "us-embassy-alerts")
        .collect();
    assert_eq!(embassy.len(), 2, "{:?}", iran.history);
    assert!(embassy
        .iter()
        .all(|h| h.level.is_none() && h.kind == HistoryKind::Baseline));
    assert_eq!(
        view.suggestion.as_ref().map(|s| s.phase),
        Some(Phase::Prepare),
        "Iran at level 3, nothing telling people to leave yet"
    );

    world.serve_embassy(etagged(feed(EMBASSY_LEAVE)));
    service.round().await;
    service.round().await;
    let alerts = notifier.alerts();
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(
        alerts[0].summary,
        format!("Iran — U.S. Embassy: {LEAVE_TITLE}")
    );
    assert!(alerts[0].critical);
    assert!(
        alerts[0]
            .body
            .starts_with("Leave Iran now.\nSuggested: Leave now (US: "),
        "{}",
        alerts[0].body
    );
    assert!(alerts[0]
        .url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://ir.usembassy.gov/")));

    let view = service.view().expect("view");
    let newest = &view.countries[0].history[0];
    assert_eq!(newest.kind, HistoryKind::Update);
    assert_eq!(newest.title.as_deref(), Some(LEAVE_TITLE));
    assert_eq!(newest.priority, Some(Priority::High));
    assert!(newest.leave_now);
    assert_eq!(newest.government, Government::Us);
    let latest = view
        .latest_high
        .expect("the dashboard's newest high-priority item");
    assert_eq!(
        (latest.country.as_str(), latest.item.title.as_deref()),
        ("IR", Some(LEAVE_TITLE))
    );
    let suggestion = view.suggestion.expect("a suggestion");
    assert_eq!(suggestion.phase, Phase::LeaveNow);
    assert_eq!(suggestion.alert_title.as_deref(), Some(LEAVE_TITLE));
    assert_eq!(suggestion.tripwire_id, None);

    drop(service);
    let restarted = RecordingNotifier::default();
    let service = world.service(&restarted, loopback());
    service.round().await;
    assert!(
        restarted.alerts().is_empty(),
        "a restart never repeats an alert"
    );
}

#[tokio::test]
async fn an_alert_found_before_a_handover_is_told_by_one_process_only() {
    let world = World::new().await;
    let app = RecordingNotifier::default();
    let service = world.service(&app, loopback());
    service.round().await;
    world.serve_embassy(etagged(feed(EMBASSY_LEAVE)));
    service.round().await;
    assert_eq!(app.alerts().len(), 1);

    let json = service
        .handover()
        .await
        .expect("state")
        .to_json()
        .expect("json");
    let handover = Handover::from_json(&json).expect("parse");
    assert!(
        handover.file.updates.is_empty(),
        "told and cleared before the handover"
    );
    let background = RecordingNotifier::default();
    let watch = world.bare_service(&background, loopback());
    watch.resume(handover).expect("resume");
    watch.round().await;
    assert!(background.alerts().is_empty());
}

#[tokio::test]
async fn a_refusal_from_the_embassy_host_is_a_failing_feed_and_no_notification() {
    let world = World::new().await;
    let notifier = RecordingNotifier::default();
    let service = world.service(&notifier, loopback());
    service.round().await;

    world.serve_embassy(status(403));
    service.round().await;
    assert!(notifier.alerts().is_empty());
    let view = service.view().expect("view");
    let embassy = view.countries[0]
        .feeds
        .iter()
        .find(|f| f.source == "us-embassy-alerts")
        .expect("Iran's embassy feed");
    assert!(embassy.failing);
    assert!(embassy.failing_since.is_some() && embassy.last_success.is_some());
    assert!(embassy.error.is_some());
    let us = view.countries[0]
        .feeds
        .iter()
        .find(|f| f.source == "us-state-json")
        .expect("the US advisory feed");
    assert!(!us.failing, "the advisory feed still answers");
    assert_eq!(view.reach.state, ReachState::Some);
    // The US's levels answered: it is the embassy's feed that is named as failing, not the US.
    assert!(view.reach.failed.is_empty(), "{:?}", view.reach.failed);
    assert!(view.reach.embassy_alerts_failed);

    // The embassy comes back with the new alert: told then, once.
    world.serve_embassy(etagged(feed(EMBASSY_LEAVE)));
    service.round().await;
    assert_eq!(notifier.alerts().len(), 1);
    assert_eq!(service.view().expect("view").reach.state, ReachState::All);
}
