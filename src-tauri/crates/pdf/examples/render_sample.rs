//! Renders a plan JSON (default: the sample plan) to a PDF, for looking at the output by eye.
//!
//! `cargo run -p lifeboat-pdf --example render_sample -- PLAN.json|--large OUT.pdf [full|last4|hidden] [letter]
//! [medical] [runs=N]`; with `runs=N` it then exports N more times in the same process (evicting the caches after
//! each, as the app does) and prints the median, for bench/pdf-vs-chromium.sh.

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
    let mut runs = 0usize;
    // `nocjk` skips the system CJK font search, to see what it costs.
    let mut font_dirs = None;
    for a in &args[2..] {
        if a == "nocjk" {
            font_dirs = Some(Vec::new());
            continue;
        }
        if let Some(n) = a.strip_prefix("runs=") {
            runs = n.parse().unwrap_or(0);
            continue;
        }
        match a.as_str() {
            "full" => opts.redaction = lifeboat_pdf::Redaction::Full,
            "last4" => opts.redaction = lifeboat_pdf::Redaction::Last4,
            "hidden" => opts.redaction = lifeboat_pdf::Redaction::Hidden,
            "letter" => opts.paper = lifeboat_pdf::Paper::UsLetter,
            "medical" => opts.include_medical = true,
            other => eprintln!("ignoring {other}"),
        }
    }
    let export = |plan: &lifeboat_plan::Plan| match &font_dirs {
        Some(dirs) => lifeboat_pdf::render_with_font_dirs(plan, &[], &opts, dirs),
        None => lifeboat_pdf::render(plan, &[], &opts),
    };
    let started = std::time::Instant::now();
    match export(&plan) {
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
            lifeboat_pdf::evict_caches();
            let mut times = Vec::with_capacity(runs);
            for _ in 0..runs {
                let t = std::time::Instant::now();
                if export(&plan).is_err() {
                    return ExitCode::FAILURE;
                }
                lifeboat_pdf::evict_caches();
                times.push(t.elapsed().as_secs_f64() * 1000.0);
            }
            times.sort_by(f64::total_cmp);
            if let Some(median) = times.get(times.len() / 2) {
                println!(
                    "warm_median_ms={median:.2} size_bytes={} pages={}",
                    r.pdf.len(),
                    r.pages
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{} ({})", e, e.code());
            ExitCode::FAILURE
        }
    }
}
