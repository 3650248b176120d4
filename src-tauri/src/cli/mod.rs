//! The headless side of the binary: answers on stdout without starting a window or needing a display.
//!
//! `lifeboat --version`
//! `lifeboat advisories sources`                       the source names `parse` accepts
//! `lifeboat advisories parse --source SOURCE FILE`    normalised records of a saved payload, as JSON
//! `lifeboat advisories check [...]`                  one poll of the enabled governments for the watched countries
//! `lifeboat export-pdf --out FILE [...]`             the family PDF from an exported plan or the store

use std::io::Write;

mod check;
mod pdf;
pub mod vault_access;

use lifeboat_advisory::{parse, Advisory, SourceId};
use serde::Serialize;

/// What `main` should do with the arguments.
pub enum Outcome {
    /// Not a command-line call: start the app.
    StartApp,
    /// Handled; exit with this code.
    Exit(i32),
}

pub(crate) const USAGE: &str = concat!(
    "usage:\n  lifeboat --version\n  lifeboat advisories sources\n  lifeboat advisories parse --source SOURCE FILE\n",
    "  lifeboat advisories check [--countries IR,TR | --plan EXPORT.json | --data-dir DIR]\n",
    "                            [--governments us,uk,ca,au,de] [--feed-urls SOURCE=URL,...] [--json]\n",
    "  lifeboat export-pdf --out FILE [--plan EXPORT.json | --data-dir DIR] [--redaction full|last4|hidden]\n",
    "                      [--paper a4|letter] [--medical] [--sections cover,instructions,contacts,routes,documents,checklists]\n",
);

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

fn parse_command(
    args: &[String],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<i32> {
    let mut source = None;
    let mut file = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--source" => source = rest.next(),
            other if file.is_none() && !other.starts_with("--") => file = Some(other),
            other => {
                write!(err, "unexpected argument {other}\n{USAGE}")?;
                return Ok(2);
            }
        }
    }
    let (Some(source), Some(file)) = (source, file) else {
        write!(err, "{USAGE}")?;
        return Ok(2);
    };
    let source: SourceId = match source.parse() {
        Ok(s) => s,
        Err(_) => {
            let names: Vec<&str> = SourceId::ALL.iter().map(|s| s.as_str()).collect();
            writeln!(
                err,
                "unknown source {source:?}; one of: {}",
                names.join(", ")
            )?;
            return Ok(2);
        }
    };
    let bytes = match std::fs::metadata(file) {
        Ok(m) if m.len() > MAX_PAYLOAD_BYTES => {
            writeln!(
                err,
                "{file}: {} bytes is larger than any feed ({MAX_PAYLOAD_BYTES} at most)",
                m.len()
            )?;
            return Ok(1);
        }
        Ok(_) => std::fs::read(file),
        Err(e) => Err(e),
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            writeln!(err, "cannot read {file}: {e}")?;
            return Ok(1);
        }
    };
    match parse(source, &bytes) {
        Ok(parsed) => {
            let records: Vec<Record> = parsed.advisories.iter().map(Record::from).collect();
            serde_json::to_writer_pretty(&mut *out, &records).map_err(std::io::Error::other)?;
            writeln!(out)?;
            if !parsed.skipped.is_empty() {
                writeln!(
                    err,
                    "{} row(s) not read as countries:",
                    parsed.skipped.len()
                )?;
                for s in &parsed.skipped {
                    writeln!(err, "  {s:?}")?;
                }
            }
            Ok(0)
        }
        Err(e) => {
            // The same {code, message} shape the UI gets, so scripts can match on the code.
            writeln!(
                err,
                "{}",
                serde_json::to_string(&e).unwrap_or_else(|_| e.to_string())
            )?;
            Ok(1)
        }
    }
}

/// Runs a command-line call if `args` (without the program name) is one.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<Outcome> {
    let code = match args.first().map(String::as_str) {
        None => return Ok(Outcome::StartApp),
        Some("--version") => {
            writeln!(out, "lifeboat {}", env!("CARGO_PKG_VERSION"))?;
            0
        }
        Some("--help" | "-h") => {
            write!(out, "{USAGE}")?;
            0
        }
        Some("export-pdf") => pdf::run(&args[1..], out, err)?,
        Some("advisories") => match args.get(1).map(String::as_str) {
            Some("sources") => {
                for s in SourceId::ALL {
                    writeln!(out, "{s}")?;
                }
                0
            }
            Some("parse") => parse_command(&args[2..], out, err)?,
            Some("check") => check::run(&args[2..], out, err)?,
            _ => {
                write!(err, "{USAGE}")?;
                2
            }
        },
        // Anything else (for example arguments a desktop launcher passes) starts the app as usual.
        Some(_) => return Ok(Outcome::StartApp),
    };
    Ok(Outcome::Exit(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(args: &[&str]) -> (i32, String, String) {
        let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = match run(&args, &mut out, &mut err).expect("writes to memory") {
            Outcome::Exit(c) => c,
            Outcome::StartApp => -1,
        };
        (
            code,
            String::from_utf8_lossy(&out).into_owned(),
            String::from_utf8_lossy(&err).into_owned(),
        )
    }

    fn shared(relative: &str) -> Option<String> {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/fixtures/advisories")
            .join(relative);
        if p.exists() {
            Some(p.display().to_string())
        } else {
            eprintln!("skipped: ../shared not present ({})", p.display());
            None
        }
    }

    #[test]
    fn no_arguments_start_the_app_and_version_does_not() {
        assert_eq!(call(&[]).0, -1);
        let (code, out, _) = call(&["--version"]);
        assert_eq!(code, 0);
        assert_eq!(
            out.trim(),
            format!("lifeboat {}", env!("CARGO_PKG_VERSION"))
        );
    }

    #[test]
    fn the_source_names_are_listed() {
        let (code, out, _) = call(&["advisories", "sources"]);
        assert_eq!(code, 0);
        assert_eq!(
            out.lines().collect::<Vec<_>>(),
            [
                "us-state-rss",
                "us-state-json",
                "uk-fcdo",
                "ca-travel",
                "au-smartraveller",
                "de-aa"
            ]
        );
    }

    #[test]
    fn given_the_us_rss_capture_parse_prints_saudi_arabia_at_level_3() {
        let Some(file) = shared("us-state-rss/2026-10-07_TAsTWs_jyatesbrown_first9items.xml")
        else {
            return;
        };
        let (code, out, err) = call(&["advisories", "parse", "--source", "us-state-rss", &file]);
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
        let (code, out, err) = call(&[
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
    fn wrong_calls_print_usage_and_exit_2() {
        assert_eq!(
            call(&["advisories", "parse", "--source", "nowhere", "f"]).0,
            2
        );
        assert_eq!(call(&["advisories", "parse", "--source", "uk-fcdo"]).0, 2);
        assert_eq!(call(&["advisories", "bogus"]).0, 2);
        let (code, _, err) = call(&[
            "advisories",
            "parse",
            "--source",
            "uk-fcdo",
            "/no/such/file",
        ]);
        assert_eq!(code, 1);
        assert!(err.contains("cannot read"));
    }
}
