//! The priority rules ([`lifeboat_advisory::priority`]) on every capture in `../shared/fixtures/alerts/`: the
//! notes governments really wrote, read for what they are (a person in Tehran needs "UK staff temporarily
//! withdrawn" to be critical, and "Removal of information on temporary withdrawal…" not to be). Several captures
//! are DERIVED (another project's re-serialisation): only their words are used, never their format. Each test
//! prints "skipped: …" and passes when the captures are absent.

use std::collections::HashSet;

use lifeboat_advisory::priority::{assess, Priority};

fn alerts_capture(rel: &str) -> Option<Vec<u8>> {
    lifeboat_test_support::shared(&format!("alerts/{rel}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The change notes of a GOV.UK change history as gavinmorrison/fcdo-travel-advice renders it: one
/// `**<date>** <br />note` per entry, newest first.
fn fcdo_notes(markdown: &str) -> Vec<(String, String)> {
    let mut notes = Vec::new();
    let mut date: Option<String> = None;
    for line in markdown.lines() {
        let line = line.trim();
        if let Some(d) = line.strip_prefix("**").and_then(|l| l.strip_suffix("**")) {
            date = Some(d.to_owned());
        } else if let Some(note) = line.strip_prefix("<br />") {
            if let Some(d) = date.take() {
                notes.push((d, note.trim().to_owned()));
            }
        }
    }
    notes
}

fn new_notes(older: &str, newer: &str) -> Vec<(String, String)> {
    let before: HashSet<(String, String)> = fcdo_notes(older).into_iter().collect();
    fcdo_notes(newer)
        .into_iter()
        .filter(|n| !before.contains(n))
        .collect()
}

#[test]
fn iran_four_new_fcdo_notes_at_an_unchanged_level_one_of_them_high() {
    let (Some(march), Some(august)) = (
        alerts_capture("uk-fcdo-derived/2026-03-15_iran_change-history_gavinmorrison.md"),
        alerts_capture("uk-fcdo-derived/2026-08-14_iran_change-history_gavinmorrison.md"),
    ) else {
        return;
    };
    let new = new_notes(&text(&march), &text(&august));
    assert_eq!(new.len(), 4, "{new:#?}");
    let high: Vec<&str> = new
        .iter()
        .filter(|(_, note)| assess(note, "").priority == Priority::High)
        .map(|(d, _)| d.as_str())
        .collect();
    assert_eq!(high, ["22 July 2026"], "UK staff temporarily withdrawn");
    let withdrawn = &new
        .iter()
        .find(|(d, _)| d == "22 July 2026")
        .expect("22 July")
        .1;
    assert_eq!(assess(withdrawn, "").reason, "reports staff withdrawn");
    let removal = &new
        .iter()
        .find(|(d, _)| d == "13 August 2026")
        .expect("13 August")
        .1;
    assert_eq!(assess(removal, "").priority, Priority::Normal, "{removal}");
}

#[test]
fn every_fcdo_change_note_reads_sensibly() {
    let files = [
        "uk-fcdo-derived/2026-08-14_iran_change-history_gavinmorrison.md",
        "uk-fcdo-derived/2026-07-23_israel_change-history_gavinmorrison.md",
        "uk-fcdo-derived/2026-08-11_lebanon_change-history_gavinmorrison.md",
        "uk-fcdo-derived/2026-03-15_iran_change-history_gavinmorrison.md",
        "uk-fcdo-derived/2026-03-15_israel_change-history_gavinmorrison.md",
        "uk-fcdo-derived/2026-03-15_lebanon_change-history_gavinmorrison.md",
    ];
    let mut read = 0;
    for file in files {
        let Some(bytes) = alerts_capture(file) else {
            return;
        };
        for (date, note) in fcdo_notes(&text(&bytes)) {
            read += 1;
            let a = assess(&note, "");
            let lower = note.to_lowercase();
            // What the FCDO calls nothing of substance is never a notification.
            if lower.contains("without amendment") || lower.contains("editorial") {
                assert_eq!(a.priority, Priority::Low, "{file} {date}: {note}");
            }
            // Taking information about a withdrawal or closure away is not news of one.
            if lower.starts_with("removal of information")
                || lower.starts_with("removed information")
            {
                assert_ne!(a.priority, Priority::High, "{file} {date}: {note}");
            }
            // Staff withdrawn and closed airspace, reported as news, are critical.
            if lower.contains("staff have been temporarily withdrawn")
                && !lower.starts_with("removal")
            {
                assert_eq!(a.priority, Priority::High, "{file} {date}: {note}");
            }
            if a.priority == Priority::High {
                println!("{file} {date}: HIGH ({}) {note}", a.reason);
            }
        }
    }
    assert!(read > 100, "{read} notes");
}

#[test]
fn gov_uk_index_latest_updates_reissued_without_amendment_are_low() {
    let mut without_amendment = 0;
    for file in [
        "uk-fcdo-atom/2014-07-04_foreign-travel-advice.atom_as-json_kuteteen-XmlToJson.json",
        "uk-fcdo-atom/2014-07-07_foreign-travel-advice.atom_as-json_kuteteen-XmlToJson.json",
    ] {
        let Some(bytes) = alerts_capture(file) else {
            return;
        };
        let feed: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
        for entry in feed["entry"].as_array().expect("entries") {
            let note = entry["summary"]["div"]["p"].as_str().unwrap_or_default();
            let a = assess(note, "");
            if note.to_lowercase().contains("without amendment") {
                without_amendment += 1;
                assert_eq!(a.priority, Priority::Low, "{note}");
            }
            println!("{:?} {}: {note}", a.priority, entry["title"]);
        }
    }
    assert_eq!(
        without_amendment, 6,
        "1 in the older capture, 5 in the newer"
    );
}

/// The State Department's change note: the item's first paragraph, markdown emphasis removed.
fn us_note(content_md: &str) -> String {
    let first = content_md.split("\n\n").next().unwrap_or_default();
    first.replace(['*', '_'], "").trim().to_owned()
}

#[test]
fn state_department_items_ordered_departure_and_leave_are_high_lifting_is_not() {
    let cases = [
        // Iran's items tell U.S. citizens to leave immediately.
        (
            "2025-12-12_iran_new-url_johnmarkschofield.json",
            Some(Priority::High),
        ),
        (
            "2026-03-13_iran_new-url_johnmarkschofield.json",
            Some(Priority::High),
        ),
        (
            "2025-12-15_iran_legacy-url_johnmarkschofield.json",
            Some(Priority::High),
        ),
        // Ordered departure of embassy staff, and "Leave now if you are there", under a no-change note.
        (
            "2026-03-03_iraq_johnmarkschofield.json",
            Some(Priority::High),
        ),
        (
            "2026-05-07_lebanon_johnmarkschofield.json",
            Some(Priority::High),
        ),
        // The lifting of an ordered departure is not one.
        ("2025-12-12_iraq_johnmarkschofield.json", None),
        ("2025-12-12_lebanon_johnmarkschofield.json", None),
        // The empty item: never assessed as an update (no text, no note), and nothing in it is high.
        (
            "2026-01-25_iran_legacy-url-empty_johnmarkschofield.json",
            Some(Priority::Normal),
        ),
    ];
    for (file, expected) in cases {
        let Some(bytes) = alerts_capture(&format!("us-state-rss-derived/{file}")) else {
            return;
        };
        let item: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
        let content = item["content_md"].as_str().unwrap_or_default();
        let note = us_note(content);
        let a = assess(&note, content);
        println!("{file}: {:?} ({}) — {note}", a.priority, a.reason);
        match expected {
            Some(p) => assert_eq!(a.priority, p, "{file}: {note} ({})", a.reason),
            None => assert_ne!(
                assess(&note, "").priority,
                Priority::High,
                "{file}: the note alone ({note})"
            ),
        }
    }
}

#[test]
fn canada_bulk_editorial_republish_is_low() {
    let Some(bytes) =
        alerts_capture("ca-travel-json/2026-09-24_cta-cap-ua_jyatesbrown_trimmed.json")
    else {
        return;
    };
    let file: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
    let kind = file["data"]["update-metadata"].as_str().unwrap_or_default();
    let recent = file["data"]["eng"]["recent-updates"]
        .as_str()
        .unwrap_or_default();
    assert_eq!(assess(kind, "").priority, Priority::Low, "{kind}");
    assert_eq!(assess(recent, "").priority, Priority::Low, "{recent}");
}
