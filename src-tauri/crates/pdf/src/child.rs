//! The family PDF typeset in its own process, `lifeboat-pdf`, started for one export and gone after it.
//!
//! Typst is most of the app's code and keeps tables and caches resident once it has run; an export is taken now and
//! then. So the app links none of it: it calls [`render_in_child`], which never reaches [`crate::render`], and the
//! linker drops Typst from its binary.
//!
//! The protocol: the child reads one [`Request`] as JSON on stdin (never argv: the plan holds secrets). On success it
//! exits 0 after writing a one-line JSON [`Header`] and then the PDF's bytes; on failure it exits 1 after writing
//! the error as one line of `{code, message}` (`lifeboat_error::ErrorPayload`).

use std::borrow::Cow;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};

use lifeboat_error::ErrorPayload;
use lifeboat_plan::Plan;
use serde::{Deserialize, Serialize};

use crate::{AdvisoryLine, PdfError, PdfOptions, Rendered};

/// The typesetter's file name, next to the app's (`/usr/bin` in the package, `target/*/` in a build).
pub const BINARY_NAME: &str = "lifeboat-pdf";

/// Names another typesetter than the one next to the running executable (tests, whose executable is elsewhere).
pub const OVERRIDE_ENV: &str = "LIFEBOAT_PDF_TYPESETTER";

/// What the app asks the child to typeset.
#[derive(Debug, Serialize, Deserialize)]
pub struct Request<'a> {
    pub plan: Cow<'a, Plan>,
    pub advisories: Cow<'a, [AdvisoryLine]>,
    pub options: Cow<'a, PdfOptions>,
}

/// The first line of a successful answer; the PDF's bytes follow it.
#[derive(Debug, Serialize, Deserialize)]
pub struct Header {
    pub pages: usize,
    pub warnings: Vec<String>,
}

/// `lifeboat-pdf` next to the running executable, or where [`OVERRIDE_ENV`] says.
pub fn typesetter() -> Result<PathBuf, PdfError> {
    if let Some(path) = std::env::var_os(OVERRIDE_ENV) {
        return Ok(PathBuf::from(path));
    }
    let exe = std::env::current_exe().map_err(|e| PdfError::TypesetterMissing(e.to_string()))?;
    let dir = exe
        .parent()
        .ok_or_else(|| PdfError::TypesetterMissing(exe.display().to_string()))?;
    Ok(dir.join(BINARY_NAME))
}

/// Typesets the plan in a `lifeboat-pdf` process started from `exe`, as [`crate::render`] would in this one.
pub fn render_in_child(
    exe: &Path,
    plan: &Plan,
    advisories: &[AdvisoryLine],
    options: &PdfOptions,
) -> Result<Rendered, PdfError> {
    let request = serde_json::to_vec(&Request {
        plan: Cow::Borrowed(plan),
        advisories: Cow::Borrowed(advisories),
        options: Cow::Borrowed(options),
    })?;
    let mut child = Command::new(exe)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| PdfError::TypesetterMissing(format!("{}: {e}", exe.display())))?;
    // The child reads all of its input before it writes anything, so writing it whole first cannot deadlock. A
    // child that stops reading early says why on stdout; the broken pipe that leaves here is not the story.
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(&request);
    }
    let output = child
        .wait_with_output()
        .map_err(|e| PdfError::Internal(format!("{BINARY_NAME}: {e}")))?;
    answer(output.status, &output.stdout)
}

/// The child's answer read back: its header and PDF, or the error it sent.
fn answer(status: ExitStatus, stdout: &[u8]) -> Result<Rendered, PdfError> {
    let (line, pdf) = match stdout.iter().position(|&b| b == b'\n') {
        Some(end) => (&stdout[..end], &stdout[end + 1..]),
        None => (stdout, &[][..]),
    };
    if status.success() {
        let header: Header = serde_json::from_slice(line).map_err(|e| {
            PdfError::Internal(format!("{BINARY_NAME} answered without its header: {e}"))
        })?;
        return Ok(Rendered {
            pdf: pdf.to_vec(),
            pages: header.pages,
            warnings: header.warnings,
        });
    }
    match (status.code(), serde_json::from_slice::<ErrorPayload>(line)) {
        (Some(1), Ok(payload)) => Err(PdfError::from_child(payload)),
        _ => Err(PdfError::Internal(format!("{BINARY_NAME} {status}"))),
    }
}
