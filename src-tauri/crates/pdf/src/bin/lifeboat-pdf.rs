//! `lifeboat-pdf`: typesets one family PDF and exits, so that Typst never sits in the app's memory. The protocol is
//! in `lifeboat_pdf::child`: a request as JSON on stdin; a header line and the PDF, or `{code, message}` and exit 1.

use std::io::Write;
use std::process::ExitCode;

use lifeboat_pdf::child::{Header, Request};
use lifeboat_pdf::{PdfError, Rendered};

fn main() -> ExitCode {
    match std::env::args().nth(1).as_deref() {
        None => {}
        Some("--version") => {
            println!("lifeboat-pdf {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Some(_) => {
            eprintln!(
                "usage: lifeboat-pdf < request.json\n\
                 Typesets Lifeboat's family PDF for the app; it takes no arguments but --version."
            );
            return ExitCode::from(2);
        }
    }
    let rendered = serde_json::from_reader::<_, Request>(std::io::stdin().lock())
        .map_err(PdfError::from)
        .and_then(|r| lifeboat_pdf::render(&r.plan, &r.advisories, &r.options));
    let mut out = std::io::stdout().lock();
    let (written, code) = match rendered {
        Ok(r) => (answer(&mut out, &r), ExitCode::SUCCESS),
        Err(e) => (
            serde_json::to_writer(&mut out, &e)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out)),
            ExitCode::FAILURE,
        ),
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => code,
        Err(e) => {
            eprintln!("lifeboat-pdf: cannot write the answer: {e}");
            ExitCode::FAILURE
        }
    }
}

fn answer(out: &mut impl Write, r: &Rendered) -> std::io::Result<()> {
    serde_json::to_writer(
        &mut *out,
        &Header {
            pages: r.pages,
            warnings: r.warnings.clone(),
        },
    )?;
    writeln!(out)?;
    out.write_all(&r.pdf)
}
