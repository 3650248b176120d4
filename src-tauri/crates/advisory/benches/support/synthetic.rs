//! Synthetic full-size feeds for the "~200 countries" figures (shared by `benches/parse.rs` and
//! `examples/parse_timing.rs` through `#[path]`).
//!
//! The shared US captures are trimmed (JSON: 16 records, RSS: 9 items) and the German one is a 13-row slice,
//! while the live feeds carry ~219 records. These builders repeat the capture's own records, cycling through
//! them, and give every copy a distinct real country (ISO name in the title and summary, ISO code as the tag),
//! so no two summaries are identical and every record resolves to a country like a real one does. Everything
//! built here is SYNTHETIC: callers must label it so.

#![allow(dead_code)]

use lifeboat_advisory::countries::{self, COUNTRIES};
use serde_json::Value;

/// Records in the live US State Department API (its own count, quoted in SOURCES.md).
pub const FULL_SIZE: usize = 219;

/// ISO countries whose table name resolves back to the same code, in table order, cycled to `n`.
fn countries_for(n: usize) -> Vec<(&'static str, &'static str)> {
    let usable: Vec<(&str, &str)> = COUNTRIES
        .iter()
        .copied()
        .filter(|(code, name)| countries::lookup(name) == Some(*code))
        .collect();
    (0..n).map(|i| usable[i % usable.len()]).collect()
}

fn replace_name(s: &str, old: &str, new: &str) -> String {
    if old.is_empty() {
        s.to_owned()
    } else {
        s.replace(old, new)
    }
}

/// The US JSON capture's real records (titles with a level, not the synthetic `ZZ` row) repeated to `n`.
pub fn us_json(capture: &[u8], n: usize) -> Vec<u8> {
    let doc: Value = serde_json::from_slice(capture).expect("US JSON capture parses");
    let templates: Vec<&Value> = doc
        .as_array()
        .expect("top-level array")
        .iter()
        .filter(|r| {
            let title = r["Title"].as_str().unwrap_or_default();
            title.contains("Level") && r["Category"][0].as_str() != Some("ZZ")
        })
        .collect();
    let rows: Vec<Value> = countries_for(n)
        .into_iter()
        .enumerate()
        .map(|(i, (code, name))| {
            let t = templates[i % templates.len()];
            let title = t["Title"].as_str().unwrap_or_default();
            let (old_name, rest) = title.split_once(" - ").unwrap_or((title, ""));
            let old_name = old_name.trim_end_matches(" Travel Advisory").trim();
            let mut row = t.clone();
            row["Title"] = Value::from(format!("{name} - {rest}"));
            row["Category"] = Value::from(vec![code]);
            let link = format!(
                "https://travel.state.gov/synthetic/{}.html",
                code.to_lowercase()
            );
            row["Link"] = Value::from(link.clone());
            row["id"] = Value::from(link);
            let summary = t["Summary"].as_str().unwrap_or_default();
            row["Summary"] = Value::from(replace_name(summary, old_name, name));
            row
        })
        .collect();
    serde_json::to_vec_pretty(&rows).expect("serialises")
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;")
}

/// The US RSS capture's items repeated to `n` inside its own channel header.
pub fn us_rss(capture: &[u8], n: usize) -> Vec<u8> {
    let text = std::str::from_utf8(capture).expect("RSS capture is UTF-8");
    let first = text.find("<item>").expect("an <item>");
    let last_end = text.rfind("</item>").expect("an </item>") + "</item>".len();
    let (head, tail) = (&text[..first], &text[last_end..]);
    let items: Vec<&str> = text[first..last_end]
        .split_inclusive("</item>")
        .map(|s| s.trim_start_matches(|c: char| c.is_whitespace()))
        .filter(|s| s.starts_with("<item>"))
        .collect();
    let mut out = String::from(head);
    for (i, (code, name)) in countries_for(n).into_iter().enumerate() {
        let item = items[i % items.len()];
        let title_start = item.find("<title>").expect("item title") + "<title>".len();
        let title_end = item.find("</title>").expect("item title end");
        let title = &item[title_start..title_end];
        let (old_name, rest) = title.split_once(" - ").unwrap_or((title, ""));
        debug_assert!(rest.contains("Level"), "{title}");
        let mut new = replace_name(item, old_name.trim(), &xml_escape(name));
        if let (Some(a), Some(b)) = (
            new.find("<category domain=\"Country-Tag\">"),
            new.find("<category domain=\"Keyword\">"),
        ) {
            let tag_at = a + "<category domain=\"Country-Tag\">".len();
            if let Some(close) = new[tag_at..b].find("</category>") {
                new.replace_range(tag_at..tag_at + close, code);
            }
        }
        out.push_str(&new);
        out.push_str("\r\n    ");
    }
    out.push_str(tail.trim_start());
    out.into_bytes()
}

/// The German list (flags only, no `content`, as the real list endpoint) with one row per country.
pub fn de_list(capture: &[u8], n: usize) -> Vec<u8> {
    let doc: Value = serde_json::from_slice(capture).expect("DE capture parses");
    let response = doc["response"].as_object().expect("response object");
    let templates: Vec<&Value> = response
        .iter()
        .filter(|(k, v)| k.as_str() != "lastModified" && v.is_object())
        .map(|(_, v)| v)
        .filter(|v| v["countryCode"].as_str().is_some_and(|c| c.len() == 2))
        .collect();
    let mut out = serde_json::Map::new();
    for (i, (code, name)) in countries_for(n).into_iter().enumerate() {
        let mut row = templates[i % templates.len()].clone();
        row["countryCode"] = Value::from(code);
        row["countryName"] = Value::from(name);
        row["title"] = Value::from(format!("{name}: Reise- und Sicherheitshinweise"));
        out.insert(format!("{}", 100_000 + i), row);
    }
    out.insert("lastModified".into(), response["lastModified"].clone());
    serde_json::to_vec(&serde_json::json!({ "response": out })).expect("serialises")
}
