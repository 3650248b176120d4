//! The family PDF read back with poppler: what a relative at home would see.

mod common;

use chrono::{TimeZone, Utc};
use common::{in_language, opts, pdffonts, pdfinfo, render, sample_plan, text};
use lifeboat_pdf::{AdvisoryLine, Paper, PdfOptions, Redaction, Sections};
use lifeboat_plan::contacts::Contact;
use lifeboat_plan::phases::{AdvisoryTripwire, Phase};
use lifeboat_plan::Plan;

const SECTION_TITLES: [&str; 7] = [
    "Who this plan is for",
    "Travel advisories",
    "If you cannot reach us",
    "Contacts",
    "Routes out",
    "Documents",
    "Checklists",
];

#[test]
fn sample_plan_prints_names_in_every_script_sections_header_and_footer() {
    let r = render(&sample_plan(), &opts());
    assert!(r.pdf.starts_with(b"%PDF-"));
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let t = text(&r.pdf);

    // Persian in logical order, whole; in a table cell (household), a contact row and a document holder.
    assert!(t.matches("علی رضایی").count() >= 3, "{t}");
    for name in [
        "رضا رضایی",
        "سارا رضایی",
        "Léa Martin",
        "Mireille Martin",
        "Hossein (driver)",
        "Maître Nasrin Ahmadi",
        "خیابان امام",
    ] {
        assert!(t.contains(name), "{name} missing from:\n{t}");
    }
    for title in SECTION_TITLES {
        assert!(t.contains(title), "section {title} missing");
    }
    // Header (plan name, date) and footer (confidential, page x of n) on every page.
    assert!(r.pages >= 2, "{} pages", r.pages);
    assert_eq!(t.matches("Confidential: family copy").count(), r.pages);
    assert_eq!(t.matches("Made 21 November 2026").count(), r.pages);
    assert!(t.matches("Rezaei–Martin family plan").count() > r.pages);
    for page in 1..=r.pages {
        assert!(t.contains(&format!("Page {page} of {}", r.pages)));
    }
    // Cover facts.
    assert!(t.contains("Prepare") && t.contains("since 2 October 2026"));
    assert!(t.contains("No advisory data yet"));
    // Contacts in full, with their messengers; 24/7 marked.
    for s in [
        "+33 1 40 00 12 00",
        "Signal: +33 6 12 00 00 01",
        "Telegram: @reza_rz",
        "24/7",
    ] {
        assert!(t.contains(s), "{s} missing");
    }
    // Routes: lettering, legs, crossings, rally points, status, verification.
    for s in [
        "Plan A — air via IKA",
        "Plan B — road via Bazargan",
        "Bazargan / Gürbulak",
        "Razi / Kapıköy",
        "Rally points",
        "Reza's house",
        "Uncertain",
        "last verified 10 November 2026",
        "last verified never",
        "1 h 15 min",
    ] {
        assert!(t.contains(s), "{s} missing");
    }
    // Documents: expiry, where things are; checklists with their state.
    for s in [
        "9 August 2026",
        "expired",
        "Fire safe, study",
        "With Mireille Martin in Lyon",
        "72-hour go-bag",
        "(2 of 4 done)",
        "☑",
        "☐",
    ] {
        assert!(t.contains(s), "{s} missing");
    }
}

#[test]
fn persian_inside_an_english_sentence_stays_in_logical_order() {
    let mut plan = sample_plan();
    plan.family_instructions =
        "If the phones are down, go to علی رضایی at his office and wait there. ما به ترکیه می\u{200c}رویم."
            .into();
    let r = render(&plan, &opts());
    // The zero-width non-joiner in می‌رویم is part of Persian spelling, not a missing glyph.
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let t = text(&r.pdf);
    assert!(t.contains("ما به ترکیه"), "{t}");
    assert!(t.contains("علی رضایی"), "{t}");
    assert!(t.contains("If the phones are down, go to"), "{t}");
    assert!(t.contains("at his office and wait there."), "{t}");
}

#[test]
fn document_numbers_follow_the_redaction_option() {
    let plan = sample_plan();
    let numbers: Vec<&str> = plan
        .documents
        .iter()
        .map(|d| d.number.as_str())
        .filter(|n| !n.is_empty())
        .collect();

    let default = text(&render(&plan, &opts()).pdf);
    for n in &numbers {
        assert!(!default.contains(n), "{n} printed in full by default");
    }
    assert!(default.contains("•••••3251"), "{default}");
    assert!(default.contains("Numbers show only their last characters"));

    let full = text(
        &render(
            &plan,
            &PdfOptions {
                redaction: Redaction::Full,
                ..opts()
            },
        )
        .pdf,
    );
    for n in &numbers {
        assert!(full.contains(n), "{n} missing under full");
    }

    let hidden = text(
        &render(
            &plan,
            &PdfOptions {
                redaction: Redaction::Hidden,
                ..opts()
            },
        )
        .pdf,
    );
    assert!(hidden.contains("Document numbers are not printed"));
    assert!(!hidden.contains('•'));
    for n in &numbers {
        let tail: String = n
            .chars()
            .rev()
            .take(4)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        assert!(!hidden.contains(n) && !hidden.contains(&tail), "{n} leaked");
    }
}

#[test]
fn medical_notes_only_when_asked_for() {
    let plan = sample_plan();
    let secret = ["salbutamol", "Peanut allergy", "Rabies vaccine"];
    let default = text(&render(&plan, &opts()).pdf);
    for s in secret {
        assert!(!default.contains(s), "{s} printed without consent");
    }
    assert!(!default.contains("Blood type"));

    let with = text(
        &render(
            &plan,
            &PdfOptions {
                include_medical: true,
                ..opts()
            },
        )
        .pdf,
    );
    for s in secret {
        assert!(with.contains(s), "{s} missing with include_medical");
    }
    assert!(with.contains("Blood type A+"));
}

#[test]
fn hostile_names_print_as_themselves() {
    let hostile = [
        "#sys.exit()",
        "]",
        "#set text(size: 100pt)",
        "$x$",
        "*bold* _em_",
        "#panic(\"boom\")",
        "\"); #read(\"/etc/passwd\")",
        "<label> @ref",
        "// not a comment",
        "#json(\"/plan.json\")",
    ];
    let mut plan = sample_plan();
    plan.contacts = hostile
        .iter()
        .enumerate()
        .map(|(i, name)| Contact {
            id: format!("h{i}"),
            name: (*name).into(),
            notes: (*name).into(),
            priority: u8::try_from(i + 1).unwrap_or(1),
            ..Contact::default()
        })
        .collect();
    plan.name = "#set page(width: 1cm)".into();
    let r = render(&plan, &opts());
    let t = text(&r.pdf);
    for name in hostile {
        assert!(t.contains(name), "{name} did not print literally:\n{t}");
    }
    assert!(t.contains("#set page(width: 1cm)"));
    // Had any of it been evaluated, 100pt text or 1cm pages would have multiplied the page count.
    assert!(r.pages <= 6, "{} pages", r.pages);
    assert!(pdfinfo(&r.pdf).contains("(A4)"));
}

#[test]
fn every_font_is_embedded_and_none_is_type3() {
    for plan in [sample_plan(), lifeboat_plan::sample::large_plan()] {
        let r = render(&plan, &opts());
        let fonts = pdffonts(&r.pdf);
        let rows: Vec<&str> = fonts
            .lines()
            .skip(2)
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert!(rows.len() >= 4, "{fonts}");
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            // name, type…, encoding, emb, sub, uni, object, generation
            let emb = cols.len().checked_sub(5).and_then(|i| cols.get(i));
            assert_eq!(emb, Some(&"yes"), "not embedded: {row}");
            assert!(!row.contains("Type 3"), "Type 3 font: {row}");
        }
        for family in [
            "NotoSans-Regular",
            "NotoSans-Bold",
            "Vazirmatn-Regular",
            "DejaVuSans",
        ] {
            assert!(fonts.contains(family), "{family} missing:\n{fonts}");
        }
    }
}

#[test]
fn large_plan_has_a_sane_page_count_and_size() {
    let plan = lifeboat_plan::sample::large_plan();
    let r = render(&plan, &opts());
    let info = pdfinfo(&r.pdf);
    assert!(
        info.contains(&format!("Pages:           {}", r.pages)),
        "{info}"
    );
    // 100 contacts, 50 documents, 10 routes × 5 legs, 200 items: about twenty A4 pages.
    assert!((10..=40).contains(&r.pages), "{} pages", r.pages);
    assert!(r.pdf.len() <= 300 * 1024, "{} bytes", r.pdf.len());
    let t = text(&r.pdf);
    assert_eq!(t.matches("Confidential: family copy").count(), r.pages);
    // Every contact made it, in priority order (priority 1 first).
    assert_eq!(t.matches("person").count(), 100, "e-mail addresses");
    let first = t.find("Sara Rezaei 0").unwrap_or(usize::MAX);
    let last = t.find("Nika Beridze 99").unwrap_or(0);
    assert!(first < last);
}

#[test]
fn cjk_uses_a_system_font_or_warns() {
    let plan = lifeboat_plan::sample::large_plan();

    let none = lifeboat_pdf::render_with_font_dirs(&plan, &[], &opts(), &[])
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        none.warnings
            .iter()
            .any(|w| w == lifeboat_pdf::NO_CJK_FONT_WARNING),
        "{:?}",
        none.warnings
    );

    // scripts/install-deps installs fonts-droid-fallback, so a CJK face exists on every machine that runs the
    // tests; the PDF must then carry the text and no warning.
    let found = render(&plan, &opts());
    assert!(found.warnings.is_empty(), "{:?}", found.warnings);
    let t = text(&found.pdf);
    assert!(t.contains("李明"), "CJK text missing");
    assert!(t.contains("Мария Иванова") && t.contains("مریم رضایی"));
}

#[test]
fn paper_size_follows_the_option() {
    let plan = sample_plan();
    let a4 = pdfinfo(&render(&plan, &opts()).pdf);
    assert!(a4.contains("595.276 x 841.89 pts (A4)"), "{a4}");
    let letter = pdfinfo(
        &render(
            &plan,
            &PdfOptions {
                paper: Paper::UsLetter,
                ..opts()
            },
        )
        .pdf,
    );
    assert!(letter.contains("612 x 792 pts (letter)"), "{letter}");
}

#[test]
fn sections_can_be_left_out() {
    let plan = sample_plan();
    let only_contacts = PdfOptions {
        sections: Sections {
            cover: false,
            family_instructions: false,
            contacts: true,
            routes: false,
            documents: false,
            checklists: false,
        },
        ..opts()
    };
    let r = render(&plan, &only_contacts);
    let t = text(&r.pdf);
    assert!(t.contains("Contacts") && t.contains("Mireille Martin"));
    for title in SECTION_TITLES.iter().filter(|s| **s != "Contacts") {
        assert!(!t.contains(title), "{title} printed although left out");
    }
    assert!(!t.contains("Fire safe"));
    assert!(t.contains("Confidential: family copy"));
}

#[test]
fn advisories_print_worst_first_with_the_governments_wording() {
    let line = |country: &str, name: &str, level| AdvisoryLine {
        country: country.into(),
        country_name: name.into(),
        level,
        government: "UK FCDO".into(),
        native_label: format!("wording for {name}"),
        updated: Utc.with_ymd_and_hms(2026, 11, 19, 8, 0, 0).single(),
    };
    let advisories = [line("TR", "Türkiye", 2), line("IR", "Iran", 4)];
    let mut plan = sample_plan();
    plan.phases.advisory_tripwires.push(AdvisoryTripwire {
        id: "a1".into(),
        country: "IR".into(),
        min_level: 3,
        government: None,
        phase: Phase::Prepare,
    });
    let r = lifeboat_pdf::render(&plan, &advisories, &opts()).unwrap_or_else(|e| panic!("{e}"));
    let t = text(&r.pdf);
    assert!(
        t.contains("any government's travel advice for Iran reaches level 3 or higher Prepare"),
        "{t}"
    );
    assert!(!t.contains("No advisory data yet"));
    for s in [
        "Do not travel",
        "Increased caution",
        "UK FCDO",
        "wording for Iran",
        "19 November 2026",
    ] {
        assert!(t.contains(s), "{s} missing");
    }
    assert!(t.find("wording for Iran") < t.find("wording for Türkiye"));

    let odd = lifeboat_pdf::render(&sample_plan(), &[line("FR", "France", 9)], &opts())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(odd.warnings.iter().any(|w| w.contains("outside 1–4")));
}

#[test]
fn output_is_deterministic_for_the_same_input() {
    let plan = sample_plan();
    let a = render(&plan, &opts());
    lifeboat_pdf::evict_caches();
    let b = render(&plan, &opts());
    assert_eq!(a.pdf, b.pdf);
}

#[test]
fn an_empty_plan_still_prints() {
    let r = render(&Plan::default(), &opts());
    let t = text(&r.pdf);
    assert!(t.contains("Family plan"));
    assert!(t.contains("No contacts in the plan") && t.contains("No routes in the plan"));
    assert_eq!(r.pages, 1);
}

#[test]
fn long_unbroken_tokens_stay_inside_their_column() {
    let mut plan = sample_plan();
    plan.contacts[0].email =
        "a.very.long.address.for.the.crisis.cell.of.the.embassy@diplomatie.example.gouv.fr".into();
    plan.documents[0].number = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".into();
    plan.documents[0].copies[0].location = "Xx".repeat(40);
    let r = render(
        &plan,
        &PdfOptions {
            redaction: Redaction::Full,
            ..opts()
        },
    );
    // Overflowing text would run past the right margin: look at every word's box in the page's coordinates.
    let f = common::write(&r.pdf);
    let out = std::process::Command::new("pdftotext")
        .arg("-bbox")
        .arg(&f.path)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext -bbox: {e}; run scripts/install-deps"));
    let html = String::from_utf8_lossy(&out.stdout);
    let page_width = 595.276;
    let margin = 15.0 * 72.0 / 25.4;
    let mut words = 0;
    for line in html.lines().filter(|l| l.contains("<word ")) {
        let xmax = line
            .split("xMax=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .and_then(|s| s.parse::<f64>().ok())
            .unwrap_or(f64::MAX);
        assert!(
            xmax <= page_width - margin + 1.0,
            "runs past the margin: {line}"
        );
        words += 1;
    }
    assert!(words > 500);
}

/// pdftotext's reading order with the embedding marks it puts around right-to-left runs (U+202A–U+202E) taken out.
fn words(pdf: &[u8]) -> String {
    text(pdf)
        .chars()
        .filter(|c| !('\u{202A}'..='\u{202E}').contains(c))
        .collect()
}

#[test]
fn the_sample_plan_in_persian_reads_right_to_left_with_its_headings_in_logical_order() {
    let r = render(
        &sample_plan(),
        &PdfOptions {
            redaction: Redaction::Full,
            ..in_language("fa")
        },
    );
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let t = words(&r.pdf);

    // Every heading in Persian, whole and in logical order (pdftotext gives right-to-left runs in reading order),
    // and in the order of the document.
    let headings = [
        "این برنامه برای چه کسانی است",
        "اگر به ما دسترسی ندارید",
        "مخاطبان",
        "مسیرهای خروج",
        "مدارک",
    ];
    let at: Vec<usize> = headings
        .iter()
        .map(|h| {
            t.find(h)
                .unwrap_or_else(|| panic!("{h} missing from:\n{t}"))
        })
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "out of order: {at:?}");
    // (The plan's own text is English here and says "If you cannot reach us" too: only the PDF's words count.)
    for english in [
        "Who this plan is for",
        "Travel advisories",
        "Routes out",
        "Rally points",
        "last verified",
        "Confidential: family copy",
        "Made 21",
        "Page 1 of",
    ] {
        assert!(!t.contains(english), "{english} left in English");
    }
    // The footer on every page, in Persian.
    assert_eq!(t.matches("محرمانه").count(), r.pages);
    // Passport and phone numbers stay left to right and whole; Latin names too.
    for s in [
        "E48213377",
        "19FR83251",
        "+98 21 6409 4000",
        "+33 1 40 00 12 00",
        "Plan A — air via IKA",
        "Mireille Martin",
    ] {
        assert!(t.contains(s), "{s} broken or missing:\n{t}");
    }
    // Persian names as before, and the enum labels from the catalogue (phase, route status).
    assert!(t.matches("علی رضایی").count() >= 3, "{t}");
    assert!(t.contains("آماده شوید"), "the phase in Persian:\n{t}");
    // Countries and languages named in Persian (CLDR's names, as the UI's Intl gives them).
    for s in ["ایران", "فرانسه", "فارسی"] {
        assert!(t.contains(s), "{s} missing:\n{t}");
    }
    // Fluent's isolation marks and the template's slots never reach the page.
    assert!(
        !t.contains(['\u{2068}', '\u{2069}', '\u{E000}', '\u{E001}']),
        "{t:?}"
    );
    assert!(pdffonts(&r.pdf).contains("Vazirmatn"));
}

#[test]
fn persian_dates_and_counts_use_the_solar_calendar_and_persian_digits() {
    let r = render(&sample_plan(), &in_language("fa"));
    let t = words(&r.pdf);
    // 21 November 2026 is 30 Aban 1405. pdftotext orders the digit runs of a line visually, so look for the
    // parts: the month, the year and the day in Persian digits.
    assert!(
        t.contains("آبان") && t.contains("۱۴۰۵") && t.contains("۳۰"),
        "{t}"
    );
    assert!(!t.contains("November"), "{t}");
    // "(2 of 4 done)" with Persian digits.
    assert!(t.contains("انجام شده"), "{t}");
    assert!(t.contains('۲') && t.contains('۴'));

    // An advisory's level in words, and the government's own wording as it came.
    let advisory = AdvisoryLine {
        country: "IR".into(),
        country_name: "Iran".into(),
        level: 4,
        government: "UK FCDO".into(),
        native_label: "Advise against all travel".into(),
        updated: None,
    };
    let r = lifeboat_pdf::render(&sample_plan(), &[advisory], &in_language("fa"))
        .unwrap_or_else(|e| panic!("{e}"));
    let t = words(&r.pdf);
    assert!(t.contains("سفر نکنید"), "{t}");
    assert!(t.contains("Advise against all travel"), "{t}");
    assert!(!t.contains("Do not travel"), "{t}");
}

#[test]
fn every_language_titles_its_sections_in_its_own_words() {
    for (code, heading) in [
        ("ar", "لمن هذه الخطة"),
        ("fr", "Pour qui est ce plan"),
        ("de", "Für wen dieser Plan ist"),
        ("es", "Para quién es este plan"),
        ("ru", "Для кого этот план"),
        ("tr", "Bu plan kimler için"),
    ] {
        let r = render(&sample_plan(), &in_language(code));
        let t = words(&r.pdf);
        assert!(t.contains(heading), "{code}: {heading} missing from:\n{t}");
        assert!(!t.contains("Who this plan is for"), "{code}");
    }
    // No language asked for: the plan's own, else English.
    let mut plan = sample_plan();
    plan.settings.language = Some("fr".into());
    assert!(text(&render(&plan, &opts()).pdf).contains("Pour qui est ce plan"));
    assert!(text(&render(&sample_plan(), &opts()).pdf).contains("Who this plan is for"));
}

/// Two words printed on top of each other: their boxes share more than a sliver across, and more than half a
/// line down (pdftotext's boxes run from ascender to descender, so the lines of a paragraph touch).
fn overprint(a: &common::WordBox, b: &common::WordBox) -> bool {
    let across = a.x_max.min(b.x_max) - a.x_min.max(b.x_min);
    let down = a.y_max.min(b.y_max) - a.y_min.max(b.y_min);
    across > 1.0 && down > 0.5 * (a.y_max - a.y_min).min(b.y_max - b.y_min)
}

#[test]
fn every_table_fits_the_page_and_no_word_prints_over_another_in_either_direction() {
    let advisories = [AdvisoryLine {
        country: "IR".into(),
        country_name: "Iran".into(),
        level: 4,
        government: "UK FCDO".into(),
        native_label: "Advise against all travel".into(),
        updated: Utc.with_ymd_and_hms(2026, 11, 19, 8, 0, 0).single(),
    }];
    // A number, an address and a copy's place too long for their columns, in a right-to-left table.
    let mut long = sample_plan();
    long.documents[0].number = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".into();
    long.documents[0].copies[0].location = "Xx".repeat(40);
    long.contacts[0].email =
        "a.very.long.address.for.the.crisis.cell.of.the.embassy@diplomatie.example.gouv.fr".into();
    // The household's six columns, the advisories, and the documents table with and without its number column.
    for (code, redaction, plan) in [
        ("fa", Redaction::Last4, sample_plan()),
        ("fa", Redaction::Full, sample_plan()),
        ("fa", Redaction::Hidden, sample_plan()),
        ("fa", Redaction::Full, long),
        ("ar", Redaction::Last4, sample_plan()),
        ("en", Redaction::Full, sample_plan()),
    ] {
        let options = PdfOptions {
            redaction,
            include_medical: true,
            ..in_language(code)
        };
        let r = lifeboat_pdf::render(&plan, &advisories, &options)
            .unwrap_or_else(|e| panic!("{code}: {e}"));
        let margin = 15.0 * 72.0 / 25.4;
        let pages = common::word_boxes(&r.pdf);
        assert_eq!(pages.len(), r.pages);
        for (n, page) in pages.iter().enumerate() {
            let at = format!("{code} {redaction:?}, page {}", n + 1);
            for word in &page.words {
                assert!(
                    word.x_min >= margin - 1.0 && word.x_max <= page.width - margin + 1.0,
                    "{at}: {word:?} outside the text area"
                );
            }
            for (i, a) in page.words.iter().enumerate() {
                if let Some(b) = page.words[i + 1..].iter().find(|b| overprint(a, b)) {
                    panic!("{at}: {a:?} prints over {b:?}");
                }
            }
        }
        // The documents table is there, with its passport numbers whole and left to right when printed in full.
        let t = words(&r.pdf);
        assert!(t.contains("Fire safe"), "{code}:\n{t}");
        assert_eq!(
            t.contains("E48213377"),
            redaction == Redaction::Full,
            "{code} {redaction:?}:\n{t}"
        );
    }
}
