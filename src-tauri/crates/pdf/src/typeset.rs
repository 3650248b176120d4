//! Typesetting the family PDF with Typst: the plan's data and the template in, the PDF out. Only the
//! `lifeboat-pdf` process has it (the `typeset` feature); the app starts that process for each export.

use std::collections::BTreeSet;
use std::path::PathBuf;

use chrono::{DateTime, Datelike, Timelike, Utc};
use serde::Serialize;
use serde_json::{Map, Value};
use typst::foundations::{Datetime, Smart};
use typst::text::FontBook;
use typst::utils::LazyHash;
use typst_layout::PagedDocument;

use crate::{
    data, fonts, lang, map_page, world, AdvisoryLine, PdfError, PdfOptions, Rendered,
    NO_CJK_FONT_WARNING,
};

/// Typesets the plan. Pure apart from reading a system CJK font when the plan contains CJK text.
pub fn render(
    plan: &lifeboat_plan::Plan,
    advisories: &[AdvisoryLine],
    opts: &PdfOptions,
) -> Result<Rendered, PdfError> {
    render_with_font_dirs(plan, advisories, opts, &fonts::system_font_dirs())
}

/// `render` with the directories searched for a CJK font given explicitly (tests use an empty list to see the
/// "no CJK font" path on a machine that has one).
#[doc(hidden)]
pub fn render_with_font_dirs(
    plan: &lifeboat_plan::Plan,
    advisories: &[AdvisoryLine],
    opts: &PdfOptions,
    cjk_dirs: &[PathBuf],
) -> Result<Rendered, PdfError> {
    let embedded = fonts::embedded()?;
    let mut warnings = Vec::new();
    for a in advisories.iter().filter(|a| !(1..=4).contains(&a.level)) {
        warnings.push(format!(
            "advisory for {} has level {}, outside 1–4; printed as unknown",
            a.country, a.level
        ));
    }

    let lang = lang::Lang::new(
        opts.language
            .as_deref()
            .or(plan.settings.language.as_deref())
            .unwrap_or(lifeboat_i18n::DEFAULT_LOCALE),
    );
    let map = map_page::build(plan, advisories, opts, &lang, &mut warnings);
    let (map_out, map_svg) = match map {
        Some(page) => (Some(page.out), Some(page.svg)),
        None => (None, None),
    };
    let (mut value, chars) = prepare(plan, advisories, opts, &lang, map_out)?;

    let cjk_needed: Vec<char> = chars
        .iter()
        .copied()
        .filter(|&c| fonts::is_cjk(c))
        .collect();
    let cjk = if cjk_needed.is_empty() {
        None
    } else {
        let found = fonts::cjk_font(cjk_dirs, &cjk_needed);
        match (&found, value["meta"]["fonts"].as_array_mut()) {
            (Some(font), Some(list)) => list.push(Value::from(font.info().family.clone())),
            (Some(_), None) => {}
            (None, _) => warnings.push(NO_CJK_FONT_WARNING.to_owned()),
        }
        found
    };
    let json = serde_json::to_vec(&value)?;

    let mut all_fonts = embedded.to_vec();
    all_fonts.extend(cjk.clone());
    let uncovered: String = chars
        .iter()
        .copied()
        .filter(|&c| !c.is_whitespace() && !is_format_char(c))
        .filter(|&c| cjk.is_some() || !fonts::is_cjk(c))
        .filter(|&c| {
            !all_fonts
                .iter()
                .any(|f| f.info().coverage.contains(c as u32))
        })
        .take(20)
        .collect();
    if !uncovered.is_empty() {
        warnings.push(format!(
            "no font covers these characters; they will show as boxes: {uncovered}"
        ));
    }

    let own_book;
    let book: &LazyHash<FontBook> = if cjk.is_some() {
        own_book = LazyHash::new(FontBook::from_fonts(&all_fonts));
        &own_book
    } else {
        fonts::embedded_book()
    };
    let world = world::FamilyWorld::new(
        book,
        &all_fonts,
        json,
        map_svg,
        opts.generated_at.date_naive(),
    );

    // Typst is a large engine fed with arbitrary user text; a panic in it must fail this export, not the app.
    let typeset = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        typeset(&world, opts.generated_at)
    }));
    let (pdf, pages, typst_warnings) = match typeset {
        Ok(result) => result?,
        Err(panic) => {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_owned());
            return Err(PdfError::Internal(why));
        }
    };
    warnings.extend(typst_warnings);
    Ok(Rendered {
        pdf,
        pages,
        warnings,
    })
}

/// The template's data as JSON, with the two lookup tables the template uses instead of regular expressions:
/// `meta.rtl` (strings whose first letter is right-to-left) and `meta.long` (strings holding a token long enough
/// to overflow a narrow column). Also returns every character in it, for the font checks.
fn prepare(
    plan: &lifeboat_plan::Plan,
    advisories: &[AdvisoryLine],
    opts: &PdfOptions,
    lang: &lang::Lang,
    map: Option<map_page::MapOut>,
) -> Result<(Value, BTreeSet<char>), PdfError> {
    let data = data::build(plan, advisories, opts, lang, base_fonts(lang), map);
    let mut value = serde_json::to_value(data)?;
    let mut strings = Vec::new();
    collect_strings(&value, &mut strings);
    let mut rtl = Map::new();
    let mut long = Map::new();
    let mut iso = Map::new();
    let mut chars = BTreeSet::new();
    for s in strings {
        chars.extend(s.chars().filter(|c| !c.is_control()));
        let pieces = isolates(s);
        // A message from the catalogue is in the PDF's language even when it starts with a value ("{ $kind }: …").
        let is_rtl = match first_strong_rtl(s) {
            Some(r) => r,
            None => pieces.is_some() && lang.rtl,
        };
        if is_rtl {
            rtl.insert(s.to_owned(), Value::Bool(true));
        }
        if has_long_token(s) {
            long.insert(s.to_owned(), Value::Bool(true));
        }
        if let Some(pieces) = pieces {
            iso.insert(s.to_owned(), serde_json::to_value(pieces)?);
        }
    }
    if let Some(meta) = value.get_mut("meta").and_then(Value::as_object_mut) {
        meta.insert("rtl".into(), Value::Object(rtl));
        meta.insert("long".into(), Value::Object(long));
        meta.insert("iso".into(), Value::Object(iso));
    }
    Ok((value, chars))
}

fn has_long_token(s: &str) -> bool {
    s.split_whitespace()
        .any(|w| w.chars().count() >= LONG_TOKEN)
}

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// One run of a sentence the catalogue wrote: its own words, or a value Fluent isolated (FSI … PDI).
#[derive(Debug, PartialEq, Serialize)]
struct Piece {
    text: String,
    /// `rtl` or `ltr` for an isolated value (by its first strong letter, left to right when it has none: a
    /// number), None for the sentence's own words.
    dir: Option<&'static str>,
    long: bool,
}

/// A string holding Fluent's bidi isolates, cut into [`Piece`]s for the template, which makes each value in the
/// other direction an isolate again with marks of its own, shaped apart from the letters (`mark` in the template).
/// Fluent's marks themselves never reach Typst: shaped with the letters beside them, they would be copied into the
/// PDF's text, where they break searching and copying ("Made 21 November" with two invisible marks). Nested
/// isolates (a date inside a sentence inside a sentence) are flattened into the outermost one. None when `s` has no
/// isolate.
fn isolates(s: &str) -> Option<Vec<Piece>> {
    if !s.contains(FSI) {
        return None;
    }
    let mut pieces = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    let mut push = |text: &mut String, isolated: bool| {
        if !text.is_empty() {
            let dir = isolated.then(|| {
                if first_strong_rtl(text) == Some(true) {
                    "rtl"
                } else {
                    "ltr"
                }
            });
            pieces.push(Piece {
                long: has_long_token(text),
                text: std::mem::take(text),
                dir,
            });
        }
    };
    for c in s.chars() {
        match c {
            FSI | '\u{2066}' | '\u{2067}' => {
                if depth == 0 {
                    push(&mut current, false);
                }
                depth += 1;
            }
            PDI => match depth {
                0 => {}
                1 => {
                    push(&mut current, true);
                    depth = 0;
                }
                _ => depth -= 1,
            },
            c => current.push(c),
        }
    }
    push(&mut current, depth > 0);
    Some(pieces)
}

/// Characters from which a token may overflow the narrowest column (about 70 pt at 9 pt); the template's
/// `long-token` pattern uses the same number.
const LONG_TOKEN: usize = 14;

fn collect_strings<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}

/// HTML's `dir="auto"`: the direction of the first letter, digits and punctuation being neutral.
#[cfg(test)]
fn starts_rtl(s: &str) -> bool {
    first_strong_rtl(s) == Some(true)
}

/// Whether the first letter is right-to-left, skipping what sits inside bidi isolates as Unicode's rule P2 does
/// (a sentence's direction is its own words', not an inserted name's); None when there is no letter.
fn first_strong_rtl(s: &str) -> Option<bool> {
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            FSI | '\u{2066}' | '\u{2067}' => depth += 1,
            PDI => depth = depth.saturating_sub(1),
            c if depth == 0 && c.is_alphabetic() => return Some(is_rtl_letter(c)),
            _ => {}
        }
    }
    None
}

fn is_rtl_letter(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF       // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic extensions
        | 0xFB1D..=0xFDFF     // Hebrew and Arabic presentation forms A
        | 0xFE70..=0xFEFF     // Arabic presentation forms B
        | 0x10800..=0x10FFF   // historic right-to-left scripts
        | 0x1E800..=0x1EFFF) // Mende Kikakui, Adlam, Arabic mathematical symbols
}

/// The template's fallback order: Latin, Cyrillic and Greek from Noto Sans; Arabic script from Vazirmatn (Noto
/// Sans has none, so Typst falls through to it per character); check boxes and other scripts from DejaVu Sans.
/// A PDF in Persian or Arabic starts with Vazirmatn, so that its punctuation, digits and spaces match its letters
/// (Vazirmatn's Latin is then used too; Cyrillic and Greek still come from Noto Sans).
fn base_fonts(lang: &lang::Lang) -> Vec<String> {
    let mut fonts = vec![fonts::LATIN.to_owned(), fonts::ARABIC.to_owned()];
    if lang.rtl {
        fonts.swap(0, 1);
    }
    fonts.push(fonts::SYMBOLS.to_owned());
    fonts
}

/// Zero-width joiners, direction marks and the like: they have no glyph of their own to miss. Also the template's
/// slots (`U+E000`…, see `data/labels.rs`), which it replaces before anything is drawn.
fn is_format_char(c: char) -> bool {
    matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFE00..=0xFE0F | 0xFEFF | 0xE000..=0xE00F)
}

fn typeset(
    world: &world::FamilyWorld<'_>,
    generated_at: DateTime<Utc>,
) -> Result<(Vec<u8>, usize, Vec<String>), PdfError> {
    let warned = typst::compile::<PagedDocument>(world);
    let warnings = warned
        .warnings
        .iter()
        .map(|w| format!("typesetting: {}", w.message))
        .collect();
    let document = warned
        .output
        .map_err(|errors| PdfError::Template(messages(&errors)))?;

    let timestamp = u8::try_from(generated_at.month())
        .ok()
        .zip(u8::try_from(generated_at.day()).ok())
        .and_then(|(mo, d)| {
            Datetime::from_ymd_hms(
                generated_at.year(),
                mo,
                d,
                u8::try_from(generated_at.hour()).ok()?,
                u8::try_from(generated_at.minute()).ok()?,
                u8::try_from(generated_at.second()).ok()?,
            )
        })
        .map(typst_pdf::Timestamp::new_utc);
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom("lifeboat-family-plan".to_owned()),
        creator: Smart::Custom(Some("Lifeboat".to_owned())),
        timestamp,
        tagged: false,
        ..typst_pdf::PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &options)
        .map_err(|errors| PdfError::Export(messages(&errors)))?;
    Ok((pdf, document.pages().len(), warnings))
}

/// Typst's diagnostics as one line.
fn messages(errors: &[typst::diag::SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|e| e.message.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Frees Typst's memoisation cache. The app never needs it (each export runs in its own `lifeboat-pdf` process, see
/// `child`); benchmarks and tests use it to time or check an export without the previous one's layout.
pub fn evict_caches() {
    typst::comemo::evict(0);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_follows_the_first_letter() {
        assert!(starts_rtl("علی رضایی"));
        assert!(starts_rtl("  (۱) سارا رضایی (Sara)"));
        assert!(starts_rtl("שלום"));
        assert!(!starts_rtl("Tabriz, خیابان امام"));
        assert!(!starts_rtl("+98 912 555 0101"));
        assert!(!starts_rtl("Мария"));
        assert!(!starts_rtl(""));
    }

    #[test]
    fn fluents_isolates_become_pieces_with_their_own_direction() {
        let s = "Made \u{2068}21 November 2026\u{2069}";
        let pieces = isolates(s).unwrap_or_default();
        let got: Vec<_> = pieces.iter().map(|p| (p.text.as_str(), p.dir)).collect();
        assert_eq!(got, [("Made ", None), ("21 November 2026", Some("ltr"))]);
        // A date inside a time inside a sentence: one isolate, its marks gone.
        let nested = "از \u{2068}\u{2068}۳۰ آبان\u{2069} UTC\u{2069}.";
        let got: Vec<_> = isolates(nested)
            .unwrap_or_default()
            .into_iter()
            .map(|p| (p.text, p.dir))
            .collect();
        assert_eq!(
            got,
            [
                ("از ".to_owned(), None),
                ("۳۰ آبان UTC".to_owned(), Some("rtl")),
                (".".to_owned(), None)
            ]
        );
        assert_eq!(isolates("plain"), None);
        // The sentence's direction is its own words', not the inserted name's.
        assert_eq!(
            first_strong_rtl("\u{2068}Léa\u{2069} (حیوان خانگی)"),
            Some(true)
        );
        assert_eq!(
            first_strong_rtl("\u{2068}گذرنامه\u{2069}: \u{2068}x\u{2069}"),
            None
        );
    }
}
