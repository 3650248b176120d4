//! What the State Department's RSS and JSON share: titles, FIPS tags, and the text rules.

use std::collections::HashSet;
use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use regex::Regex;
use sha2::{Digest, Sha256};

use crate::countries::{self, Tag};
use crate::level::Level;
use crate::model::{Advisory, MatchedBy, SkipReason, Skipped, TimePrecision, UpdateNote};
use crate::source_id::SourceId;
use crate::wording;

pub struct Title {
    pub country: String,
    /// "Level 3: Reconsider Travel", or `None` when the title carries no level ("No Level Assigned").
    pub label: Option<(Level, String)>,
}

/// `<name> - Level N: <label>`; the name may contain hyphens ("Guinea-Bissau") and a " Travel Advisory"
/// suffix ("Mexico Travel Advisory - Level 2: …"), and spacing varies ("Japan  - Level 1"): the name is the
/// shortest text before a dash that is followed by "Level N:".
pub fn split_title(title: &str) -> Title {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)^\s*(.*?)\s*[-–—]\s*(level\s*([1-4])\s*:\s*.*?)\s*$")
            .unwrap_or_else(|e| panic!("static regex: {e}"))
    });
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(c) = re.captures(&title) {
        let level = c.get(3).and_then(|m| m.as_str().parse::<u8>().ok());
        return Title {
            country: strip_suffix(c.get(1).map_or("", |m| m.as_str())),
            label: level
                .and_then(Level::new)
                .map(|l| (l, c.get(2).map_or("", |m| m.as_str()).to_owned())),
        };
    }
    let name = title.split(" - ").next().unwrap_or(&title);
    Title {
        country: strip_suffix(name),
        label: None,
    }
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
    let update = update_note(&summary_text, r.updated.or(r.published));
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
            update: update.clone(),
        });
    }
}

/// How the State Department opens the note on what changed in an edition ("There were no changes to the
/// advisory level or risk indicators. …", "Reissued with updates to …", "Updated to reflect …", "The advisory
/// level was decreased to 1. …"). An advisory that opens with its level ("Do not travel to …") has no note.
fn change_note_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)^(?:there\s+(?:was|were|has\s+been|have\s+been)\s+no\s+change|no\s+changes?\s+(?:to|in|were|was)\b|re-?issued\b|updated?\b|revised\b|(?:the\s+)?(?:travel\s+)?advisory\s+(?:level|summary)\s+(?:was|has\s+been)\b|(?:the\s+)?level\s+(?:was\s+|has\s+been\s+)?(?:increased|decreased|raised|lowered)\b|(?:added|removed)\s+(?:information|an?\b|the\b))",
        )
        .unwrap_or_else(|e| panic!("static regex: {e}"))
    })
}

/// The change note that opens an advisory's plain text: its first paragraph, when it reads as one.
pub fn change_note(summary_text: &str) -> &str {
    let first = summary_text.lines().next().unwrap_or_default().trim();
    if change_note_re().is_match(first) {
        first
    } else {
        ""
    }
}

/// The US edition: a digest of the note and the text, because the State Department can change an item's text
/// under the same date. An item with no text (one arrives empty, dated today) is no edition at all.
fn update_note(summary_text: &str, published: Option<DateTime<Utc>>) -> Option<UpdateNote> {
    if summary_text.trim().is_empty() {
        return None;
    }
    let note = change_note(summary_text);
    let mut digest = Sha256::new();
    digest.update(note.as_bytes());
    // A separator no plain text holds, so the note and the text cannot run into each other.
    digest.update([0u8]);
    digest.update(summary_text.as_bytes());
    let edition = digest
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Some(UpdateNote {
        edition,
        note: note.to_owned(),
        published,
    })
}

/// One advisory per country, as [`crate::sources::dedupe`] keeps them, except that a record with no text never
/// displaces one with text: the feed carries a second, empty item for some countries, dated the day it is
/// fetched, which the newest-date rule would otherwise keep, losing the advisory's text, its leave-now
/// instruction and its edition. The dropped record is reported as a duplicate.
pub fn dedupe(advisories: Vec<Advisory>, skipped: &mut Vec<Skipped>) -> Vec<Advisory> {
    let empty = |a: &Advisory| a.summary_text.trim().is_empty();
    let with_text: HashSet<String> = advisories
        .iter()
        .filter(|a| !empty(a))
        .map(|a| a.country.clone())
        .collect();
    let (empty_twins, rest): (Vec<Advisory>, Vec<Advisory>) = advisories
        .into_iter()
        .partition(|a| empty(a) && with_text.contains(&a.country));
    let kept = crate::sources::dedupe(rest, skipped);
    for a in empty_twins {
        let kept_url = kept
            .iter()
            .find(|k| k.country == a.country)
            .and_then(|k| k.url.clone());
        skipped.push(Skipped {
            raw: format!(
                "{} ({})",
                a.source_country,
                a.url.as_deref().unwrap_or("no url")
            ),
            reason: SkipReason::Duplicate {
                country: a.country,
                kept_url,
                rule: "empty item; the item with text kept".to_owned(),
            },
        });
    }
    kept
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
