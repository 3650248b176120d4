//! What the State Department's RSS and JSON share: titles, FIPS tags, and the text rules.

use chrono::{DateTime, Utc};

use crate::countries::{self, Tag};
use crate::level::Level;
use crate::model::{Advisory, MatchedBy, SkipReason, Skipped, TimePrecision};
use crate::source_id::SourceId;
use crate::wording;

pub struct Title {
    pub country: String,
    /// "Level 3: Reconsider Travel", or `None` when the title carries no level ("No Level Assigned").
    pub label: Option<(Level, String)>,
}

/// `<name> - Level N: <label>`; the name may contain hyphens ("Guinea-Bissau") and a " Travel Advisory"
/// suffix ("Mexico Travel Advisory - Level 2: …"), and spacing varies ("Japan  - Level 1").
///
/// Reads the title as `(?i)^\s*(.*?)\s*[-–—]\s*(level\s*([1-4])\s*:\s*.*?)\s*$` would (the shortest
/// name before a dash that is followed by "Level N:"), by hand: a regex with captures costs microseconds
/// per title, which adds up over a feed.
pub fn split_title(title: &str) -> Title {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some((name_end, label_start, level)) = level_after_dash(&title) {
        return Title {
            country: strip_suffix(&title[..name_end]),
            label: Level::new(level).map(|l| (l, title[label_start..].trim_end().to_owned())),
        };
    }
    let name = title.split(" - ").next().unwrap_or(&title);
    Title {
        country: strip_suffix(name),
        label: None,
    }
}

/// For the first dash (`-`, `–`, `—`) followed by optional spaces, "level" (any case), optional spaces, a
/// digit 1–4, optional spaces and `:`: where the name ends (before the spaces preceding the dash), where
/// the label starts ("level") and the digit. `title` has its whitespace already collapsed to single spaces.
fn level_after_dash(title: &str) -> Option<(usize, usize, u8)> {
    let skip_spaces = |s: &str, i: usize| i + s[i..].len() - s[i..].trim_start().len();
    for (dash, c) in title.char_indices() {
        if !matches!(c, '-' | '–' | '—') {
            continue;
        }
        let label_start = skip_spaces(title, dash + c.len_utf8());
        let rest = &title[label_start..];
        if !rest
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("level"))
        {
            continue;
        }
        let at = skip_spaces(title, label_start + 5);
        let Some(digit @ b'1'..=b'4') = title.as_bytes().get(at).copied() else {
            continue;
        };
        let colon = skip_spaces(title, at + 1);
        if title.as_bytes().get(colon) != Some(&b':') {
            continue;
        }
        let name_end = title[..dash].trim_end().len();
        return Some((name_end, label_start, digit - b'0'));
    }
    None
}

fn strip_suffix(name: &str) -> String {
    let name = name.trim();
    for suffix in [" Travel Advisory", " travel advisory", " Travel Alert"] {
        if let Some(n) = name.strip_suffix(suffix) {
            return n.trim().to_owned();
        }
    }
    name.to_owned()
}

/// "Level 3: Reconsider Travel" (the RSS `Threat-Level` category) → level.
pub fn level_from_label(label: &str) -> Option<Level> {
    split_title(&format!("x - {label}")).label.map(|(l, _)| l)
}

/// Which ISO codes a record stands for. The title's name wins over the tag; the tag is only used when the
/// name is unknown; a multi-territory region expands to its territories.
pub fn resolve(
    name: &str,
    tag: Option<&str>,
) -> Result<Vec<(&'static str, MatchedBy)>, SkipReason> {
    let tag_meaning = tag.map(countries::us_tag);
    if let Some(iso) = countries::lookup(name) {
        let matched = match (tag, tag_meaning) {
            (Some(_), Some(Tag::Country(t))) if t == iso => MatchedBy::Name,
            (None, _) => MatchedBy::Name,
            (Some(t), meaning) => MatchedBy::NameOverTag {
                tag: t.to_owned(),
                tag_iso: match meaning {
                    Some(Tag::Country(c)) => Some(c.to_owned()),
                    _ => None,
                },
            },
        };
        return Ok(vec![(iso, matched)]);
    }
    let region = countries::region(name).or(match tag_meaning {
        Some(Tag::Region(r, codes)) => Some((r, codes)),
        _ => None,
    });
    if let Some((region, codes)) = region {
        return Ok(codes
            .iter()
            .map(|c| {
                (
                    *c,
                    MatchedBy::Region {
                        region: region.to_owned(),
                    },
                )
            })
            .collect());
    }
    match (tag, tag_meaning) {
        (Some(t), Some(Tag::Country(iso))) => Ok(vec![(iso, MatchedBy::Tag { tag: t.to_owned() })]),
        (Some(t), Some(Tag::NotACountry)) => Err(SkipReason::NotACountry { tag: t.to_owned() }),
        _ => Err(SkipReason::UnknownCountry),
    }
}

#[derive(Clone, Copy)]
pub struct Record<'a> {
    pub source: SourceId,
    pub title: &'a str,
    pub threat_level: Option<&'a str>,
    pub tag: Option<&'a str>,
    pub url: Option<&'a str>,
    pub summary: &'a str,
    pub published: Option<DateTime<Utc>>,
    pub updated: Option<DateTime<Utc>>,
    pub precision: TimePrecision,
}

/// [`build`] over every record, in feed order.
pub fn build_all(records: &[Record<'_>]) -> (Vec<Advisory>, Vec<Skipped>) {
    let mut out = Vec::with_capacity(records.len());
    let mut skipped = Vec::new();
    for r in records {
        build(*r, &mut out, &mut skipped);
    }
    (out, skipped)
}

/// Turns one State Department record into advisories (several for a region) or a reported skip.
pub fn build(r: Record<'_>, out: &mut Vec<Advisory>, skipped: &mut Vec<Skipped>) {
    let title = split_title(r.title);
    let countries = match resolve(&title.country, r.tag) {
        Ok(c) => c,
        Err(reason) => {
            skipped.push(Skipped {
                raw: r.title.to_owned(),
                reason,
            });
            return;
        }
    };
    // The structured category is preferred; the title is the fallback (the JSON API has only the title).
    let labelled = r
        .threat_level
        .and_then(|t| level_from_label(t).map(|l| (l, t.trim().to_owned())))
        .or(title.label);
    let Some((level, native_label)) = labelled else {
        skipped.push(Skipped {
            raw: r.title.to_owned(),
            reason: SkipReason::UnknownLevel {
                wording: r.title.to_owned(),
            },
        });
        return;
    };
    let summary_text = wording::plain_text(r.summary);
    let regional_max = wording::highest_level_named(&summary_text)
        .and_then(Level::new)
        .filter(|l| *l > level);
    let leave_now = wording::says_leave_now(&summary_text);
    let last = countries.len().saturating_sub(1);
    let mut summary_text = Some(summary_text);
    for (k, (iso, matched_by)) in countries.into_iter().enumerate() {
        // A region expands to several countries sharing one summary: copies for all but the last.
        let text = if k == last {
            summary_text.take()
        } else {
            summary_text.clone()
        };
        out.push(Advisory {
            source: r.source,
            country: iso.to_owned(),
            source_country: match r.tag {
                Some(t) => format!("{} [{t}]", title.country),
                None => title.country.clone(),
            },
            matched_by,
            native_label: native_label.clone(),
            level,
            regional_max,
            leave_now,
            published: r.published,
            updated: r.updated,
            time_precision: r.precision,
            url: r.url.map(str::to_owned),
            summary_raw: r.summary.to_owned(),
            summary_text: text.unwrap_or_default(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_that_break_naive_splitting() {
        let t = split_title("Guinea-Bissau - Level 3: Reconsider Travel");
        assert_eq!(t.country, "Guinea-Bissau");
        assert_eq!(
            t.label.map(|(l, s)| (l.get(), s)),
            Some((3, "Level 3: Reconsider Travel".into()))
        );
        let t = split_title("Mexico Travel Advisory - Level 2: Exercise Increased Caution");
        assert_eq!(t.country, "Mexico");
        let t = split_title("Japan  -  Level 1:  Exercise Normal Precautions");
        assert_eq!(t.country, "Japan");
        assert_eq!(t.label.map(|(l, _)| l.get()), Some(1));
        let t = split_title("Atlantis - No Level Assigned");
        assert_eq!(t.country, "Atlantis");
        assert!(t.label.is_none());
        let t = split_title("Timor-Leste - Level 2: Exercise Increased Caution");
        assert_eq!(t.country, "Timor-Leste");
    }

    /// The regex `split_title` used to run; the hand-written reader must agree with it everywhere.
    fn reference_split_title(re: &regex::Regex, title: &str) -> (String, Option<(u8, String)>) {
        let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(c) = re.captures(&title) {
            let name = strip_suffix(c.get(1).map_or("", |m| m.as_str()));
            let label = c.get(2).map_or("", |m| m.as_str()).to_owned();
            let level = c.get(3).and_then(|m| m.as_str().parse::<u8>().ok());
            return (name, level.map(|l| (l, label)));
        }
        let name = title.split(" - ").next().unwrap_or(&title);
        (strip_suffix(name), None)
    }

    #[test]
    fn split_title_agrees_with_its_regex() {
        let pieces = [
            "Guinea",
            "-",
            "Bissau",
            " ",
            "  ",
            " - ",
            "–",
            "—",
            "Level",
            "level",
            "LEVEL",
            "Levels",
            "lev",
            "1",
            "2",
            "4",
            "5",
            "0",
            ":",
            " :",
            ": ",
            "Do Not Travel",
            "Travel Advisory",
            "x",
            "\t",
            "\n",
            "é",
            "\u{a0}",
            "\u{2003}",
            "Mexico",
            "No Level Assigned",
            "Level 3: Reconsider Travel",
        ];
        let mut titles: Vec<String> = vec![
            "Guinea-Bissau - Level 3: Reconsider Travel".into(),
            "Mexico Travel Advisory - Level 2: Exercise Increased Caution".into(),
            "Japan  -  Level 1:  Exercise Normal Precautions".into(),
            "Atlantis - No Level Assigned".into(),
            "- Level 3: x".into(),
            "A -Level4:".into(),
            "A - Level 4 - Level 2: x".into(),
            "A - level 9: x - Level 1: y".into(),
        ];
        let mut state: u64 = 0x853c_49e6_748f_ea9b;
        for _ in 0..30_000 {
            let mut t = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut r = state;
            for _ in 0..(r % 9) {
                r /= 9;
                t.push_str(pieces[(r % pieces.len() as u64) as usize]);
                r = r.rotate_left(11) ^ state;
            }
            titles.push(t);
        }
        let re =
            regex::Regex::new(r"(?i)^\s*(.*?)\s*[-–—]\s*(level\s*([1-4])\s*:\s*.*?)\s*$").unwrap();
        for t in &titles {
            let got = split_title(t);
            assert_eq!(
                (got.country, got.label.map(|(l, s)| (l.get(), s))),
                reference_split_title(&re, t),
                "{t:?}"
            );
        }
    }

    #[test]
    fn name_wins_over_tag() {
        assert_eq!(
            resolve("Suriname", Some("NS")).unwrap(),
            vec![("SR", MatchedBy::Name)]
        );
        assert_eq!(
            resolve("Switzerland", Some("SR")).unwrap(),
            vec![("CH", MatchedBy::Name)],
            "SR is Switzerland in the US data"
        );
        let r = resolve("Serbia", Some("RS")).unwrap();
        assert_eq!(r[0].0, "RS");
        assert!(matches!(&r[0].1, MatchedBy::NameOverTag { tag_iso: Some(t), .. } if t == "RU"));
        assert_eq!(
            resolve("Narnia", Some("UC")).unwrap(),
            vec![("CW", MatchedBy::Tag { tag: "UC".into() })]
        );
        assert_eq!(
            resolve("Atlantis", Some("ZZ")),
            Err(SkipReason::NotACountry { tag: "ZZ".into() })
        );
        assert_eq!(resolve("Atlantis", None), Err(SkipReason::UnknownCountry));
    }
}
