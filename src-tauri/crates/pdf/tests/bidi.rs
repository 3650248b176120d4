//! Values that read in their own direction, inside a line that reads in the document's: a leg's two places and its
//! arrow, a route's heading, a place in a sentence. Each such value is a bidi isolate of its own, so a Persian copy
//! prints the leg Tehran → Urmia as "Urmia ← Tehran" (read from the right: Tehran, then Urmia) and never runs two
//! Latin names and the arrow between them into one left-to-right run that a reader would take backwards.
//!
//! The checks read the page's geometry (`pdftotext -bbox`: each word where it is printed), which is what a reader
//! sees, rather than an extractor's guess at reading order: `pdftotext -raw` gives content-stream order and the
//! default mode reorders a line by the direction most of its letters have.

mod common;

use common::{in_language, render, sample_plan, word_boxes, WordBox};
use lifeboat_plan::routes::{Leg, Route, RouteStatus};
use lifeboat_plan::Plan;

/// Characters a reader cannot see but a copy would carry along: zero-width spaces, bidi embeddings and overrides,
/// bidi isolates. (The zero-width non-joiner of Persian words is a letter's business and stays.)
fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A word as a reader reads it: invisible characters out, the XML escapes of `pdftotext -bbox` undone, and a
/// Persian or Arabic word's letters put back in logical order (`-bbox` gives a word's glyphs left to right).
fn bare(s: &str) -> String {
    let visible = s.chars().filter(|&c| !invisible(c));
    let word: String = if s
        .chars()
        .any(|c| c.is_alphabetic() && ('\u{0600}'..='\u{06FF}').contains(&c))
    {
        visible.rev().collect()
    } else {
        visible.collect()
    };
    word.replace("&apos;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn centre(w: &WordBox) -> f64 {
    (w.y_min + w.y_max) / 2.0
}

/// Every printed line holding the word `mark`, as its words from left to right on the page (whatever direction
/// they read in) joined by spaces, invisible characters taken out. A table row's cells share a line.
fn lines_with(pdf: &[u8], mark: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for page in word_boxes(pdf) {
        for m in page.words.iter().filter(|w| bare(&w.text) == mark) {
            let mut on_line: Vec<&WordBox> = page
                .words
                .iter()
                .filter(|w| (centre(w) - centre(m)).abs() < 3.0)
                .collect();
            on_line.sort_by(|a, b| a.x_min.total_cmp(&b.x_min));
            let words: Vec<String> = on_line.iter().map(|w| bare(&w.text)).collect();
            lines.push(words.join(" "));
        }
    }
    lines
}

#[test]
fn a_leg_between_two_latin_places_reads_from_the_right_in_persian_and_arabic() {
    for code in ["fa", "ar"] {
        let r = render(&sample_plan(), &in_language(code));
        let legs = lines_with(&r.pdf, "←");
        let printed = |s: &str| legs.iter().any(|l| l.contains(s));
        // Left to right on paper, so the start of each leg is at the right, where a right-to-left reader begins,
        // and the arrow points from it to the end.
        for leg in [
            "Urmia ← Tehran",
            "Tabriz (Reza's house) ← Tehran",
            "Istanbul (IST) (TR) ← IKA (IR)",
            "Doğubayazıt (TR) ← Tabriz (IR)",
            "Van ← Doğubayazıt",
        ] {
            assert!(
                printed(leg),
                "{code}: {leg} not printed that way round; lines with an arrow:\n{}",
                legs.join("\n")
            );
        }
        // "Home, Tehran → Imam Khomeini Airport (IKA)" wraps in its cell; its first line starts at the right too.
        assert!(printed("← Home, Tehran"), "{code}:\n{}", legs.join("\n"));
        for backwards in [
            "Tehran ← Urmia",
            "Tehran ← Tabriz",
            "Home, Tehran ←",
            "IKA (IR) ←",
            "Doğubayazıt ← Van",
        ] {
            assert!(
                !printed(backwards),
                "{code}: printed backwards: {backwards}\n{}",
                legs.join("\n")
            );
        }
    }
}

fn plan_with_leg(from: &str, to: &str) -> Plan {
    Plan {
        routes: vec![Route {
            id: "r".into(),
            name: "Plan A".into(),
            status: RouteStatus::Open,
            legs: vec![Leg {
                id: "l".into(),
                from: from.into(),
                to: to.into(),
                from_country: "IR".into(),
                to_country: "IR".into(),
                ..Leg::default()
            }],
            ..Route::default()
        }],
        ..Plan::default()
    }
}

#[test]
fn a_leg_between_two_persian_places_reads_from_the_left_in_english() {
    let r = render(&plan_with_leg("تهران", "تبریز"), &in_language("en"));
    let legs = lines_with(&r.pdf, "→");
    assert!(
        legs.iter().any(|l| l.contains("تهران → تبریز")),
        "Tehran must stand left of the arrow, Tabriz right of it:\n{}",
        legs.join("\n")
    );
    // And the mirror image in Persian: two Latin places, the start at the right.
    let r = render(&plan_with_leg("Tehran", "Tabriz"), &in_language("fa"));
    let legs = lines_with(&r.pdf, "←");
    assert!(
        legs.iter().any(|l| l.contains("Tabriz ← Tehran")),
        "{}",
        legs.join("\n")
    );
}

#[test]
fn english_legs_are_printed_as_before() {
    let r = render(&sample_plan(), &in_language("en"));
    let legs = lines_with(&r.pdf, "→");
    for leg in [
        "Tehran → Urmia",
        "Tehran → Tabriz (Reza's house)",
        "IKA (IR) → Istanbul (IST) (TR)",
        "Doğubayazıt → Van",
    ] {
        assert!(
            legs.iter().any(|l| l.contains(leg)),
            "{leg}:\n{}",
            legs.join("\n")
        );
    }
}

#[test]
fn a_route_heading_keeps_its_letter_beside_the_word_plan_in_persian() {
    let r = render(&sample_plan(), &in_language("fa"));
    // "Plan B: Plan B — road via Bazargan" with Persian's "Plan B" first: read from the right, «برنامه‌ی B», then
    // the name. Run into one left-to-right run with the name, the letter would print at the far left, after
    // "Bazargan", and the right end would read «برنامه‌ی Bazargan».
    let pages = word_boxes(&r.pdf);
    let (page, heading) = pages
        .iter()
        .find_map(|p| {
            let heading = p
                .words
                .iter()
                .filter(|w| bare(&w.text).contains("برنامه"))
                .find(|h| {
                    p.words
                        .iter()
                        .any(|w| bare(&w.text) == "Bazargan" && (centre(w) - centre(h)).abs() < 3.0)
                })?;
            Some((&p.words, heading))
        })
        .unwrap_or_else(|| panic!("no heading for Plan B"));
    let mut line: Vec<&WordBox> = page
        .iter()
        .filter(|w| (centre(w) - centre(heading)).abs() < 3.0)
        .collect();
    line.sort_by(|a, b| a.x_min.total_cmp(&b.x_min));
    let words: Vec<String> = line.iter().map(|w| bare(&w.text)).collect();
    let at = line
        .iter()
        .position(|w| std::ptr::eq(*w, heading))
        .unwrap_or_default();
    assert!(at > 0, "{words:?}");
    assert_eq!(
        words[at - 1].trim_matches(':'),
        "B",
        "the letter must print beside «برنامه‌ی»: {words:?}"
    );
}

#[test]
fn a_checklist_title_comes_before_its_progress_in_persian() {
    let r = render(&sample_plan(), &in_language("fa"));
    // "Money (1 of 3 done)": read from the right, the title and then the count in brackets, not the title inside
    // them.
    for title in ["Money", "Departure"] {
        let line = lines_with(&r.pdf, title)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no checklist {title}"));
        assert!(
            line.ends_with(title) || line.ends_with(&format!("{title} day")),
            "{title} must stand at the right end of its heading: {line}"
        );
    }
}

#[test]
fn a_rally_points_address_follows_its_name_after_the_languages_comma() {
    // Plan B's rally point: "Reza's house", in Tabriz. Persian and Arabic write the comma «،».
    for (code, comma, not) in [("fa", "،", ","), ("ar", "،", ","), ("en", ",", "،")] {
        let r = render(&sample_plan(), &in_language(code));
        let line = lines_with(&r.pdf, "Reza's")
            .into_iter()
            .find(|l| l.contains("Tabriz"))
            .unwrap_or_else(|| panic!("{code}: no rally point line"));
        assert!(
            line.contains(comma) && !line.contains(not),
            "{code}: the rally point's line is {line:?}"
        );
    }
}

#[test]
fn copied_text_carries_no_invisible_marks() {
    let mut plan = sample_plan();
    // In sentences from the catalogue ("Fuel: …", in the needs column): a reference long enough to be given break
    // opportunities yet short enough to fit the column whole, and one that must be broken to stay inside it.
    let fits = "TK1234567890XY";
    let too_long = "SIGNAL-GROUP-REZAEI-MARTIN-FAMILY-EVACUATION-2026-BACKUP";
    plan.routes[0].legs[0].needs[0].detail = format!("Ref {fits}");
    plan.routes[0].legs[1].needs[0].detail = too_long.into();
    // And inside a line of the template's (a rally point's address), where nothing measures the column.
    plan.routes[0].rally_points[0].address = too_long.into();
    for code in ["en", "fa", "ar"] {
        let r = render(&plan, &in_language(code));
        let words: Vec<String> = word_boxes(&r.pdf)
            .into_iter()
            .flat_map(|p| p.words)
            .map(|w| w.text)
            .collect();
        if let Some(w) = words.iter().find(|w| w.contains(invisible)) {
            panic!(
                "{code}: a copy of {:?} would carry invisible marks: {:?}",
                bare(w),
                w.chars().filter(|&c| invisible(c)).collect::<String>()
            );
        }
        assert!(
            words.iter().any(|w| w == fits),
            "{code}: {fits} is not one word"
        );
        assert!(
            words
                .iter()
                .any(|w| too_long.starts_with(w.as_str()) && w.len() < too_long.len()),
            "{code}: {too_long} was not broken in its column"
        );
    }
}
