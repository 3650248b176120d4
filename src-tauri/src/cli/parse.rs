//! `lifeboat advisories parse`: a saved feed payload as the watch reads it, one JSON object per country (per
//! alert for an embassy's alert feed).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;
use lifeboat_advisory::sources::us_embassy_alerts::{self, AlertFeed, EmbassyAlert};
use lifeboat_advisory::{parse, Advisory, SourceId};
use lifeboat_i18n::plain_for as plain;
use lifeboat_i18n::t;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Which government's feed the file is (see `lifeboat advisories sources`)
    #[arg(long, value_name = "SOURCE", value_parser = source)]
    source: SourceId,
    /// The saved payload
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

pub(super) fn source(name: &str) -> Result<SourceId, String> {
    name.parse().map_err(|_| {
        let names: Vec<&str> = SourceId::ALL.iter().map(|s| s.as_str()).collect();
        let locale = super::locale();
        plain(locale, t!(locale, "cli-one-of", list = names.join(", ")))
    })
}

/// Largest saved payload `parse` reads; official feeds are well under a megabyte.
const MAX_PAYLOAD_BYTES: u64 = 32 * 1024 * 1024;

/// One country as the issue defines the output: ISO code, normalised level, the government's own wording.
#[derive(Serialize)]
struct Record<'a> {
    iso2: &'a str,
    level: u8,
    native: &'a str,
    regional_max: Option<u8>,
    leave_now: bool,
    updated: Option<String>,
    source: &'a str,
}

impl<'a> From<&'a Advisory> for Record<'a> {
    fn from(a: &'a Advisory) -> Self {
        Record {
            iso2: &a.country,
            level: a.level.get(),
            native: &a.native_label,
            regional_max: a.regional_max.map(|l| l.get()),
            leave_now: a.leave_now,
            updated: a.updated.map(|t| t.to_rfc3339()),
            source: a.source.as_str(),
        }
    }
}

/// One embassy alert as the issue defines the output; `published` keeps the zone the embassy wrote.
#[derive(Serialize)]
struct AlertRecord<'a> {
    iso2: &'a str,
    guid: &'a str,
    title: &'a str,
    published: Option<String>,
    url: Option<&'a str>,
    leave_now: bool,
    priority: &'static str,
    text: &'a str,
}

impl<'a> AlertRecord<'a> {
    fn of(feed: &'a AlertFeed, a: &'a EmbassyAlert) -> Self {
        AlertRecord {
            iso2: &feed.country,
            guid: &a.guid,
            title: &a.title,
            published: a.published.map(|t| t.to_rfc3339()),
            url: a.url.as_deref(),
            leave_now: a.leave_now,
            priority: a.priority.as_str(),
            text: &a.text,
        }
    }
}

/// A saved payload, at most [`MAX_PAYLOAD_BYTES`]; `None` once the reason it could not be read is on `err`.
pub(super) fn read_payload(path: &Path, err: &mut dyn Write) -> std::io::Result<Option<Vec<u8>>> {
    let locale = super::locale();
    let file = path.display().to_string();
    let bytes = match std::fs::metadata(path) {
        Ok(m) if m.len() > MAX_PAYLOAD_BYTES => {
            // Sizes are identifiers of a file here, not counts to pluralise: passed as they print.
            let text = t!(
                locale,
                "cli-too-large",
                file = file,
                bytes = m.len().to_string(),
                max = MAX_PAYLOAD_BYTES.to_string(),
            );
            writeln!(err, "{}", plain(locale, text))?;
            return Ok(None);
        }
        Ok(_) => std::fs::read(path),
        Err(e) => Err(e),
    };
    match bytes {
        Ok(b) => Ok(Some(b)),
        Err(e) => {
            let text = t!(
                locale,
                "cli-cannot-read",
                file = file,
                error = e.to_string()
            );
            writeln!(err, "{}", plain(locale, text))?;
            Ok(None)
        }
    }
}

/// An embassy's alert feed: one object per alert.
fn run_alerts(bytes: &[u8], out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    match us_embassy_alerts::parse(bytes) {
        Ok(feed) => {
            let records: Vec<AlertRecord> = feed
                .alerts
                .iter()
                .map(|a| AlertRecord::of(&feed, a))
                .collect();
            serde_json::to_writer_pretty(&mut *out, &records).map_err(std::io::Error::other)?;
            writeln!(out)?;
            let locale = super::locale();
            for s in &feed.skipped {
                let text = t!(locale, "cli-not-an-alert", item = format!("{s:?}"));
                writeln!(err, "{}", plain(locale, text))?;
            }
            Ok(0)
        }
        Err(e) => {
            super::write_error(err, &e)?;
            Ok(1)
        }
    }
}

pub fn run(a: ParseArgs, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let Some(bytes) = read_payload(&a.file, err)? else {
        return Ok(1);
    };
    if a.source == SourceId::UsEmbassyAlerts {
        return run_alerts(&bytes, out, err);
    }
    match parse(a.source, &bytes) {
        Ok(parsed) => {
            let records: Vec<Record> = parsed.advisories.iter().map(Record::from).collect();
            serde_json::to_writer_pretty(&mut *out, &records).map_err(std::io::Error::other)?;
            writeln!(out)?;
            if !parsed.skipped.is_empty() {
                let locale = super::locale();
                let text = t!(locale, "cli-rows-skipped", count = parsed.skipped.len());
                writeln!(err, "{}", plain(locale, text))?;
                for s in &parsed.skipped {
                    writeln!(err, "  {s:?}")?;
                }
            }
            Ok(0)
        }
        Err(e) => {
            super::write_error(err, &e)?;
            Ok(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::cli::tests::call;
    use crate::cli::USAGE_ERROR;

    #[test]
    fn given_the_us_rss_capture_parse_prints_saudi_arabia_at_level_3() {
        let Some(file) = lifeboat_test_support::shared_path(
            "advisories/us-state-rss/2026-10-07_TAsTWs_jyatesbrown_first9items.xml",
        ) else {
            return;
        };
        let file = file.display().to_string();
        let (_, code, out, err) = call(&["advisories", "parse", "--source", "us-state-rss", &file]);
        assert_eq!(code, 0, "{err}");
        let records: serde_json::Value = serde_json::from_str(&out).expect("JSON on stdout");
        let list = records.as_array().expect("an array");
        assert_eq!(list.len(), 9);
        let sa = list
            .iter()
            .find(|r| r["iso2"] == "SA")
            .expect("Saudi Arabia");
        assert_eq!(sa["level"], 3);
        assert_eq!(sa["native"], "Level 3: Reconsider Travel");
        assert_eq!(sa["leave_now"], false);
        assert!(
            list.iter().any(|r| r["iso2"] == "GB"),
            "the US tag UK is Great Britain"
        );
    }

    #[test]
    fn a_payload_that_does_not_parse_is_an_error_with_a_code_not_an_empty_list() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("challenge.html");
        std::fs::write(
            &file,
            "<html><title>Just a moment...</title><body>cf-challenge</body></html>",
        )
        .expect("write");
        let (_, code, out, err) = call(&[
            "advisories",
            "parse",
            "--source",
            "us-state-json",
            &file.display().to_string(),
        ]);
        assert_eq!(code, 1);
        assert!(out.is_empty());
        let e: serde_json::Value = serde_json::from_str(err.trim()).expect("{code, message}");
        assert!(e["code"].is_string() && e["message"].is_string(), "{err}");
    }

    #[test]
    fn in_an_arabic_terminal_a_missing_file_is_said_in_arabic_and_a_bad_feed_keeps_its_json_line() {
        use crate::cli::tests::call_in;
        let (_, code, _, err) = call_in(
            "ar",
            &[
                "advisories",
                "parse",
                "--source",
                "uk-fcdo",
                "/no/such/file",
            ],
        );
        assert_eq!(code, 1);
        assert!(
            err.starts_with("تعذّرت قراءة \u{2068}/no/such/file\u{2069}: "),
            "{err}"
        );
        let (_, code, _, err) = call_in("ar", &["advisories", "parse", "--source", "nowhere", "f"]);
        assert_eq!(code, USAGE_ERROR);
        assert!(err.contains("القيم المقبولة:"), "{err}");

        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("challenge.html");
        std::fs::write(&file, "<html><title>Just a moment...</title></html>").expect("write");
        let (_, code, _, err) = call_in(
            "ar",
            &[
                "advisories",
                "parse",
                "--source",
                "us-state-json",
                &file.display().to_string(),
            ],
        );
        assert_eq!(code, 1);
        let e: serde_json::Value = serde_json::from_str(err.trim()).expect("{code, message}");
        assert!(e["code"].is_string(), "{err}");
    }

    #[test]
    fn wrong_calls_name_what_is_wrong_and_exit_2_and_a_missing_file_exits_1() {
        let (_, code, _, err) = call(&["advisories", "parse", "--source", "nowhere", "f"]);
        assert_eq!(code, USAGE_ERROR);
        assert!(
            err.contains("--source") && err.contains("us-state-json"),
            "{err}"
        );
        let (_, code, _, err) = call(&["advisories", "parse", "--source", "uk-fcdo"]);
        assert_eq!(code, USAGE_ERROR);
        assert!(err.contains("<FILE>"), "{err}");
        let (_, code, _, err) = call(&[
            "advisories",
            "parse",
            "--source",
            "uk-fcdo",
            "/no/such/file",
        ]);
        assert_eq!(code, 1);
        assert!(err.contains("cannot read"), "{err}");
    }
}
