//! `lifeboat export-pdf`: the family PDF from an exported plan file or from the store, without a window.

use std::io::Write;

use lifeboat_plan::pdf_options::{Paper, PdfChoices, Redaction, Sections};

use super::vault_access;

struct Args {
    plan: Option<String>,
    data_dir: Option<String>,
    out: String,
    choices: PdfChoices,
}

fn sections(spec: &str) -> Result<Sections, String> {
    let mut s = Sections {
        cover: false,
        family_instructions: false,
        contacts: false,
        routes: false,
        documents: false,
        checklists: false,
    };
    for name in spec.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        match name {
            "cover" => s.cover = true,
            "instructions" | "family_instructions" => s.family_instructions = true,
            "contacts" => s.contacts = true,
            "routes" => s.routes = true,
            "documents" => s.documents = true,
            "checklists" => s.checklists = true,
            other => {
                return Err(format!(
                    "unknown section {other:?}; any of: cover, instructions, contacts, routes, documents, checklists"
                ))
            }
        }
    }
    Ok(s)
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut plan = None;
    let mut data_dir = None;
    let mut out = None;
    let mut choices = PdfChoices::default();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = || {
            rest.next()
                .cloned()
                .ok_or_else(|| format!("{arg} needs a value"))
        };
        match arg.as_str() {
            "--plan" => plan = Some(value()?),
            "--data-dir" => data_dir = Some(value()?),
            "--out" => out = Some(value()?),
            "--redaction" => {
                choices.redaction = match value()?.as_str() {
                    "full" => Redaction::Full,
                    "last4" => Redaction::Last4,
                    "hidden" => Redaction::Hidden,
                    other => return Err(format!("--redaction {other}: full, last4 or hidden")),
                }
            }
            "--paper" => {
                choices.paper = match value()?.as_str() {
                    "a4" => Paper::A4,
                    "letter" | "us-letter" | "us_letter" => Paper::UsLetter,
                    other => return Err(format!("--paper {other}: a4 or letter")),
                }
            }
            "--medical" => choices.include_medical = true,
            "--sections" => choices.sections = sections(&value()?)?,
            other => return Err(format!("unexpected argument {other}")),
        }
    }
    let out = out.ok_or("--out FILE is required")?;
    Ok(Args {
        plan,
        data_dir,
        out,
        choices,
    })
}

pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let a = match parse(args) {
        Ok(a) => a,
        Err(e) => {
            write!(err, "{e}\n{}", super::USAGE)?;
            return Ok(2);
        }
    };
    let plan = match &a.plan {
        Some(path) => vault_access::plan_file(path),
        None => a
            .data_dir
            .clone()
            .map(std::path::PathBuf::from)
            .or_else(vault_access::default_data_dir)
            .ok_or_else(|| "no data folder: pass --data-dir or --plan".to_owned())
            .and_then(|dir| {
                let pass = vault_access::read_passphrase("Lifeboat passphrase: ")
                    .map_err(|e| format!("cannot read the passphrase: {e}"))?;
                vault_access::open_plan(dir, &pass)
            }),
    };
    let plan = match plan {
        Ok(p) => p,
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(1);
        }
    };
    let opts = lifeboat_pdf::PdfOptions::from_choices(a.choices, chrono::Utc::now());
    // No watch runs here, so the cover says there is no advisory data rather than guessing.
    let rendered = match lifeboat_pdf::render(&plan, &[], &opts) {
        Ok(r) => r,
        Err(e) => {
            writeln!(
                err,
                "{}",
                serde_json::to_string(&e).unwrap_or_else(|_| e.to_string())
            )?;
            return Ok(1);
        }
    };
    for w in &rendered.warnings {
        writeln!(err, "warning: {w}")?;
    }
    let written = atomicwrites::AtomicFile::new(&a.out, atomicwrites::AllowOverwrite)
        .write(|f| f.write_all(&rendered.pdf));
    if let Err(e) = written {
        writeln!(err, "cannot write {}: {e}", a.out)?;
        return Ok(1);
    }
    writeln!(
        out,
        "{}: {} pages, {} bytes",
        a.out,
        rendered.pages,
        rendered.pdf.len()
    )?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    fn call(args: &[String]) -> (i32, String, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = super::run(args, &mut out, &mut err).expect("in memory");
        (
            code,
            String::from_utf8_lossy(&out).into_owned(),
            String::from_utf8_lossy(&err).into_owned(),
        )
    }

    #[test]
    fn the_sample_plan_becomes_a_pdf_with_numbers_redacted_unless_asked() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let sample = root.join("tests/fixtures/sample-plan.json");
        let dir = tempfile::tempdir().expect("tempdir");
        let pdf = dir.path().join("family.pdf");
        let (code, out, err) = call(&[
            "--plan".into(),
            sample.display().to_string(),
            "--out".into(),
            pdf.display().to_string(),
            "--paper".into(),
            "letter".into(),
        ]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("pages"), "{out}");
        let bytes = std::fs::read(&pdf).expect("written");
        assert!(bytes.starts_with(b"%PDF-"));
        assert_eq!(call(&["--out".into()]).0, 2);
        assert_eq!(
            call(&["--plan".into(), "x".into()]).0,
            2,
            "--out is required"
        );
        assert_eq!(
            call(&[
                "--plan".into(),
                sample.display().to_string(),
                "--out".into(),
                "x.pdf".into(),
                "--redaction".into(),
                "some".into()
            ])
            .0,
            2
        );
        let (code, _, err) = call(&[
            "--plan".into(),
            "/no/such/plan.json".into(),
            "--out".into(),
            pdf.display().to_string(),
        ]);
        assert_eq!(code, 1);
        assert!(err.contains("cannot read"), "{err}");
    }
}
