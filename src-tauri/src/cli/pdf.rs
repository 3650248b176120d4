//! `lifeboat export-pdf`: the family PDF from an exported plan file or from the store, without a window.

use std::io::Write;
use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::{Args, ValueEnum};
use lifeboat_i18n::plain_for as plain;
use lifeboat_i18n::t;
use lifeboat_plan::pdf_options::{pdf_languages, Paper, PdfChoices, Redaction, Sections};

use super::vault_access;

#[derive(Debug, Args)]
pub struct PdfArgs {
    /// Where to write the PDF
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    #[command(flatten)]
    source: vault_access::PlanSource,
    /// How document numbers are printed (default: last4)
    #[arg(long, value_enum)]
    redaction: Option<RedactionArg>,
    /// Paper size (default: a4)
    #[arg(long, value_enum)]
    paper: Option<PaperArg>,
    /// Includes the household's medical notes
    #[arg(long)]
    medical: bool,
    /// Only these sections (default: all)
    #[arg(
        long,
        value_name = "cover,instructions,contacts,routes,documents,checklists",
        value_parser = sections
    )]
    sections: Option<Sections>,
    /// The PDF's language (default: the plan's, else the system's)
    #[arg(long, value_name = "LANG", value_parser = PossibleValuesParser::new(pdf_languages()))]
    lang: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum RedactionArg {
    /// The whole number
    Full,
    /// The last four characters
    Last4,
    /// No number column
    Hidden,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PaperArg {
    A4,
    #[value(alias = "us-letter", alias = "us_letter")]
    Letter,
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

impl PdfArgs {
    fn choices(&self) -> PdfChoices {
        let mut choices = PdfChoices::default();
        if let Some(r) = self.redaction {
            choices.redaction = match r {
                RedactionArg::Full => Redaction::Full,
                RedactionArg::Last4 => Redaction::Last4,
                RedactionArg::Hidden => Redaction::Hidden,
            };
        }
        if let Some(p) = self.paper {
            choices.paper = match p {
                PaperArg::A4 => Paper::A4,
                PaperArg::Letter => Paper::UsLetter,
            };
        }
        if let Some(s) = self.sections {
            choices.sections = s;
        }
        choices.include_medical = self.medical;
        choices.language = self.lang.clone();
        choices
    }
}

pub fn run(a: PdfArgs, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    // What this command says is in the terminal's language; the PDF's own language may differ (`--lang`).
    let ui = super::locale();
    let (plan, directory) = match a.source.plan_and_directory(ui) {
        Ok(p) => p,
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(1);
        }
    };
    let mut choices = a.choices();
    // Without --lang, the language the plan's owner chose for the app, else the terminal's: the command line's
    // stand-in for "the UI's language".
    if choices.language.is_none() && plan.settings.language.is_none() {
        choices.language = Some(ui.to_owned());
    }
    let mut opts = lifeboat_pdf::PdfOptions::from_choices(choices, chrono::Utc::now());
    if let Some(directory) = directory {
        opts.directory = lifeboat_directory::wanted_pairs(&plan)
            .iter()
            .map(|(n, c)| lifeboat_directory::missions_for(&directory, n, c))
            .collect();
    }
    // No watch runs here, so the cover says there is no advisory data rather than guessing.
    let rendered = lifeboat_pdf::child::typesetter()
        .and_then(|exe| lifeboat_pdf::child::render_in_child(&exe, &plan, &[], &opts));
    let rendered = match rendered {
        Ok(r) => r,
        Err(e) => {
            super::write_error(err, &e)?;
            return Ok(1);
        }
    };
    for w in &rendered.warnings {
        writeln!(
            err,
            "{}",
            plain(ui, t!(ui, "pdf-cli-warning", warning = w.as_str()))
        )?;
    }
    let written = atomicwrites::AtomicFile::new(&a.out, atomicwrites::AllowOverwrite)
        .write(|f| f.write_all(&rendered.pdf));
    let path = a.out.display().to_string();
    if let Err(e) = written {
        let error = e.to_string();
        let line = t!(ui, "pdf-cli-cannot-write", path = path, error = error);
        writeln!(err, "{}", plain(ui, line))?;
        return Ok(1);
    }
    // The byte count is an identifier-like figure a script may read: a string, never re-digited.
    let line = t!(
        ui,
        "pdf-cli-written",
        path = path,
        pages = rendered.pages,
        bytes = rendered.pdf.len().to_string(),
    );
    writeln!(out, "{}", plain(ui, line))?;
    Ok(0)
}

#[cfg(test)]
pub(crate) mod tests {
    /// Builds `lifeboat-pdf` once per test run and points the app at it: a test's executable lives in
    /// `target/*/deps`, not beside the typesetter as the app does.
    pub(crate) fn use_built_typesetter() {
        static BUILT: std::sync::Once = std::sync::Once::new();
        BUILT.call_once(|| {
            let exe = std::env::current_exe().expect("the test's own path");
            let profile_dir = exe
                .parent()
                .and_then(std::path::Path::parent)
                .expect("target/<profile>/deps");
            let built = lifeboat_test_support::build_binary(
                profile_dir,
                "lifeboat-pdf",
                lifeboat_pdf::child::BINARY_NAME,
            );
            std::env::set_var(lifeboat_pdf::child::OVERRIDE_ENV, built);
        });
    }

    /// `lifeboat export-pdf ARGS…`
    fn call(args: &[String]) -> (i32, String, String) {
        let mut argv = vec!["export-pdf"];
        argv.extend(args.iter().map(String::as_str));
        let (launch, code, out, err) = crate::cli::tests::call(&argv);
        assert!(launch.is_none(), "a command never starts the window");
        (code, out, err)
    }

    #[test]
    fn the_sample_plan_becomes_a_pdf_with_numbers_redacted_unless_asked() {
        use_built_typesetter();
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
        let (code, _, err) = call(&[
            "--plan".into(),
            sample.display().to_string(),
            "--out".into(),
            "x.pdf".into(),
            "--redaction".into(),
            "some".into(),
        ]);
        assert_eq!(code, 2);
        assert!(
            err.contains("--redaction") && err.contains("last4"),
            "{err}"
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
