//! Advisory updates at the same level: a new edition is an update worth telling, once; the first edition seen
//! is a baseline; a level change stays one notification; an empty item and a low-priority note are quiet.

mod common;

use chrono::{DateTime, Duration, Utc};
use common::{local, parse_ok};
use lifeboat_advisory::{
    apply, Advisory, HistoryEntry, HistoryKind, Priority, Rule, SourceId, Update, UpdateNote,
    WatchState,
};

fn t(minutes: i64) -> DateTime<Utc> {
    "2026-08-14T08:00:00Z"
        .parse::<DateTime<Utc>>()
        .expect("literal")
        + Duration::minutes(minutes)
}

fn iran(name: &str) -> Vec<Advisory> {
    parse_ok(SourceId::UkFcdo, &local(name)).advisories
}

#[test]
fn given_iran_at_level_4_when_the_fcdo_publishes_a_new_edition_then_one_update_is_queued_once() {
    let mut state = WatchState::default();
    let july = iran("uk-fcdo_iran_2026-07-22.json");
    let august = iran("uk-fcdo_iran_2026-08-13.json");
    assert!(apply(&mut state, SourceId::UkFcdo, &july, &["IR"], t(0)).is_empty());

    let found = apply(&mut state, SourceId::UkFcdo, &august, &["IR"], t(60));
    assert!(found.changes.is_empty(), "the level did not move");
    assert_eq!(found.updates.len(), 1, "{found:#?}");
    let u = &found.updates[0];
    assert_eq!((u.country.as_str(), u.source), ("IR", SourceId::UkFcdo));
    assert_eq!(u.level.map(|l| l.get()), Some(4));
    assert_eq!(u.priority, Priority::Normal);
    assert_eq!(u.id, "2026-08-13T14:40:00Z", "the edition");
    assert!(u
        .title
        .starts_with("Removal of information on temporary withdrawal"));
    assert!(u
        .url
        .as_deref()
        .is_some_and(|l| l.starts_with("https://www.gov.uk/")));
    let entry = state.history.last().expect("an entry");
    assert_eq!(entry.kind, HistoryKind::Update);
    assert_eq!(entry.title.as_deref(), Some(u.title.as_str()));
    assert_eq!(entry.priority, Some(Priority::Normal));

    assert!(
        apply(&mut state, SourceId::UkFcdo, &august, &["IR"], t(120)).is_empty(),
        "the same edition again is nothing"
    );
}

#[test]
fn the_first_edition_seen_after_upgrading_is_a_baseline() {
    let mut state = WatchState::default();
    let mut july = iran("uk-fcdo_iran_2026-07-22.json");
    // A state written before editions were read: the same advice, no edition remembered.
    let note = july[0].update.take();
    apply(&mut state, SourceId::UkFcdo, &july, &["IR"], t(0));
    july[0].update = note;
    let found = apply(&mut state, SourceId::UkFcdo, &july, &["IR"], t(60));
    assert!(found.is_empty(), "{found:#?}");
    assert!(state
        .seen(SourceId::UkFcdo, "IR")
        .is_some_and(|s| s.edition.is_some()));
}

fn advisory(level: u8, edition: &str, note: &str, text: &str) -> Advisory {
    let mut a = iran("uk-fcdo_iran_2026-07-22.json").remove(0);
    a.level = lifeboat_advisory::Level::new(level).expect("1-4");
    a.summary_text = text.to_owned();
    a.leave_now = false;
    a.update = Some(UpdateNote {
        edition: edition.to_owned(),
        note: note.to_owned(),
        published: None,
    });
    a
}

#[test]
fn a_level_change_with_a_new_edition_is_one_notification() {
    let mut state = WatchState::default();
    apply(
        &mut state,
        SourceId::UkFcdo,
        &[advisory(3, "e1", "Updated information.", "Avoid travel.")],
        &["IR"],
        t(0),
    );
    let found = apply(
        &mut state,
        SourceId::UkFcdo,
        &[advisory(
            4,
            "e2",
            "FCDO now advises against all travel.",
            "Avoid all travel.",
        )],
        &["IR"],
        t(60),
    );
    assert_eq!(found.changes.len(), 1);
    assert!(found.updates.is_empty(), "not a second notification");
    let e = state.history.last().expect("an entry");
    assert_eq!(
        e.kind,
        HistoryKind::Changed {
            from: lifeboat_advisory::Level::RECONSIDER
        }
    );
    assert_eq!(
        e.title.as_deref(),
        Some("FCDO now advises against all travel.")
    );
    assert_eq!(e.priority, Some(Priority::High), "the level rose");
}

#[test]
fn a_low_priority_note_is_a_quiet_history_entry() {
    let mut state = WatchState::default();
    let a = |e: &str, n: &str| advisory(4, e, n, "Avoid all travel.");
    apply(
        &mut state,
        SourceId::UkFcdo,
        &[a("e1", "Updated.")],
        &["IR"],
        t(0),
    );
    let found = apply(
        &mut state,
        SourceId::UkFcdo,
        &[a(
            "e2",
            "Latest update: reviewed and reissued without amendment",
        )],
        &["IR"],
        t(60),
    );
    assert!(found.updates.is_empty());
    let e = state.history.last().expect("an entry");
    assert_eq!(
        (e.kind.clone(), e.priority),
        (HistoryKind::Update, Some(Priority::Low))
    );
    assert_eq!(
        e.reason.as_deref(),
        Some("reviewed and reissued without amendment")
    );
    assert_eq!(e.reason_code, Some(Rule::ReissuedWithoutAmendment));
}

#[test]
fn an_empty_item_is_never_an_update_and_the_text_coming_back_is_not_one_either() {
    let mut state = WatchState::default();
    let full = advisory(4, "e1", "", "Do not travel to Iran.");
    apply(
        &mut state,
        SourceId::UkFcdo,
        std::slice::from_ref(&full),
        &["IR"],
        t(0),
    );
    let mut empty = advisory(4, "e-empty", "", "");
    empty.update.as_mut().expect("note").note.clear();
    assert!(
        apply(&mut state, SourceId::UkFcdo, &[empty], &["IR"], t(60))
            .updates
            .is_empty()
    );
    assert!(
        apply(&mut state, SourceId::UkFcdo, &[full], &["IR"], t(120))
            .updates
            .is_empty()
    );
}

#[test]
fn an_unwatched_country_queues_nothing() {
    let mut state = WatchState::default();
    apply(
        &mut state,
        SourceId::UkFcdo,
        &iran("uk-fcdo_iran_2026-07-22.json"),
        &["FR"],
        t(0),
    );
    let found = apply(
        &mut state,
        SourceId::UkFcdo,
        &iran("uk-fcdo_iran_2026-08-13.json"),
        &["FR"],
        t(60),
    );
    assert!(found.is_empty());
}

#[test]
fn entries_and_updates_written_before_the_rule_code_load_with_their_words_only() {
    let entry: HistoryEntry = serde_json::from_str(
        r#"{"at":"2026-03-02T10:00:00Z","source":"uk-fcdo","country":"IR","kind":{"kind":"update"},
            "level":4,"native_label":"Advise against all travel","updated":null,"title":"Curfew",
            "priority":"high","reason":"reports a curfew","leave_now":false}"#,
    )
    .expect("an entry without reason_code loads");
    assert_eq!(
        (entry.reason.as_deref(), entry.reason_code),
        (Some("reports a curfew"), None)
    );
    let update: Update = serde_json::from_str(
        r#"{"source":"uk-fcdo","country":"IR","id":"e2","title":"Curfew","text":"A curfew.",
            "published":null,"url":null,"leave_now":false,"priority":"high","reason":"reports a curfew",
            "level":4}"#,
    )
    .expect("an update without reason_code loads");
    assert_eq!(update.reason_code, None);
    let again: HistoryEntry = serde_json::from_str(
        &serde_json::to_string(&HistoryEntry {
            reason_code: Some(Rule::Curfew),
            ..entry
        })
        .expect("json"),
    )
    .expect("reads back");
    assert_eq!(again.reason_code, Some(Rule::Curfew));
}
