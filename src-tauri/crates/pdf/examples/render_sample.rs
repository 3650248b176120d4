//! Renders a plan JSON (default: the sample plan) to a PDF, for looking at the output by eye.
//!
//! `cargo run -p lifeboat-pdf --example render_sample -- PLAN.json|--large OUT.pdf [full|last4|hidden] [letter]
//! [medical] [nocjk]`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (input, out) = match args.as_slice() {
        [input, out, ..] => (input.as_str(), out.as_str()),
        _ => {
            eprintln!("usage: render_sample PLAN.json|--large OUT.pdf [full|last4|hidden] [letter] [medical]");
            return ExitCode::FAILURE;
        }
    };
    let plan = if input == "--large" {
        lifeboat_plan::sample::large_plan()
    } else {
        let bytes = match std::fs::read(input) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{input}: {e}");
                return ExitCode::FAILURE;
            }
        };
        match lifeboat_plan::migrate::parse_plan(&bytes) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{input}: {e}");
                return ExitCode::FAILURE;
            }
        }
    };
    let mut opts = lifeboat_pdf::PdfOptions::default();
    // `nocjk` skips the system CJK font search, to see what it costs.
    let mut font_dirs = None;
    for a in &args[2..] {
        match a.as_str() {
            "nocjk" => font_dirs = Some(Vec::new()),
            "full" => opts.redaction = lifeboat_pdf::Redaction::Full,
            "last4" => opts.redaction = lifeboat_pdf::Redaction::Last4,
            "hidden" => opts.redaction = lifeboat_pdf::Redaction::Hidden,
            "letter" => opts.paper = lifeboat_pdf::Paper::UsLetter,
            "medical" => opts.include_medical = true,
            other => eprintln!("ignoring {other}"),
        }
    }
    let started = std::time::Instant::now();
    let rendered = match &font_dirs {
        Some(dirs) => lifeboat_pdf::render_with_font_dirs(&plan, &[], &opts, dirs),
        None => lifeboat_pdf::render(&plan, &[], &opts),
    };
    match rendered {
        Ok(r) => {
            eprintln!(
                "{} pages, {} bytes, {:?}",
                r.pages,
                r.pdf.len(),
                started.elapsed()
            );
            for w in &r.warnings {
                eprintln!("warning: {w}");
            }
            if let Err(e) = std::fs::write(out, &r.pdf) {
                eprintln!("{out}: {e}");
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{} ({})", e, e.code());
            ExitCode::FAILURE
        }
    }
}
