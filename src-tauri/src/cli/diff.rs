//! `lifeboat advisories diff --source SOURCE OLD NEW`: every history entry a watch would record going from payload
//! OLD (its baseline) to payload NEW, as if every country in them were watched, as one JSON array. The work is
//! `lifeboat_advisory::diff`, the same change detection the watch runs.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;
use lifeboat_advisory::sources::us_embassy_alerts;
use lifeboat_advisory::{diff, AdvisoryError, SourceId};
use lifeboat_error::ErrorPayload;

use super::parse::{read_payload, source};

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Which feed both files are (see `lifeboat advisories sources`)
    #[arg(long, value_name = "SOURCE", value_parser = source)]
    source: SourceId,
    /// The earlier payload: the baseline
    #[arg(value_name = "OLD")]
    old: PathBuf,
    /// The later payload
    #[arg(value_name = "NEW")]
    new: PathBuf,
}

fn check(source: SourceId, bytes: &[u8]) -> Result<(), AdvisoryError> {
    if source == SourceId::UsEmbassyAlerts {
        us_embassy_alerts::parse(bytes).map(|_| ())
    } else {
        lifeboat_advisory::parse(source, bytes).map(|_| ())
    }
}

/// A payload's parse error as `{code, message}`, the message naming the file that did not parse.
#[derive(serde::Serialize)]
#[serde(transparent)]
struct FileError(ErrorPayload);

impl FileError {
    fn new(path: &Path, e: &AdvisoryError) -> Self {
        let mut payload = ErrorPayload::of(e);
        payload.message = format!("{}: {}", path.display(), payload.message);
        FileError(payload)
    }
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.message)
    }
}

pub fn run(a: DiffArgs, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let (Some(old), Some(new)) = (read_payload(&a.old, err)?, read_payload(&a.new, err)?) else {
        return Ok(1);
    };
    // Each on its own first, so the error says which file it was.
    for (path, bytes) in [(&a.old, &old), (&a.new, &new)] {
        if let Err(e) = check(a.source, bytes) {
            super::write_error(err, &FileError::new(path, &e))?;
            return Ok(1);
        }
    }
    match diff(a.source, &old, &new) {
        Ok(entries) => {
            serde_json::to_writer_pretty(&mut *out, &entries).map_err(std::io::Error::other)?;
            writeln!(out)?;
            Ok(0)
        }
        Err(e) => {
            super::write_error(err, &e)?;
            Ok(1)
        }
    }
}
