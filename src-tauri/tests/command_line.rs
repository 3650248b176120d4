//! The built `lifeboat` binary on a machine with no display: a command answers, and anything it does not know is
//! a usage error (exit 2) that names it, never an attempt to open the window.

use std::process::{Command, Output};

fn lifeboat(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lifeboat"))
        .args(args)
        // No display at all: opening the window would fail (GTK cannot start), so a call that tried shows here.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("RUST_BACKTRACE", "0")
        .output()
        .expect("the binary runs")
}

mod terminal;
use terminal::{lifeboat_in, text};

#[test]
fn an_unknown_command_or_flag_is_a_usage_error_and_never_opens_the_window() {
    for (args, named) in [
        (&["embassies"][..], "embassies"),
        (&["--embassies"][..], "--embassies"),
        (&["advisories", "embassies"][..], "embassies"),
        (&["--data-dir"][..], "--data-dir"),
    ] {
        let out = lifeboat(args);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(named), "{args:?} names what is wrong: {err}");
        assert!(
            !err.contains("gtk"),
            "{args:?} tried to open the window: {err}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn the_commands_answer_without_a_display() {
    let out = lifeboat(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout).trim(),
        format!("lifeboat {}", env!("CARGO_PKG_VERSION"))
    );

    let out = lifeboat(&["advisories", "sources"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).lines().any(|l| l == "uk-fcdo"));

    let out = lifeboat(&["export-pdf", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("--redaction"));
}

#[test]
fn our_own_words_follow_the_terminals_language_and_clap_s_usage_stays_english() {
    let missing = [
        "advisories",
        "parse",
        "--source",
        "uk-fcdo",
        "/no/such/file",
    ];
    let out = lifeboat_in("fa_IR.UTF-8", &missing);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("\u{2068}/no/such/file\u{2069} خوانده نشد"),
        "Persian, the path isolated: {err}"
    );
    let out = lifeboat_in("C.UTF-8", &missing);
    assert!(
        text(&out.stderr).starts_with("cannot read /no/such/file: "),
        "{}",
        text(&out.stderr)
    );

    // The generated help and usage are clap's: English in every terminal.
    let out = lifeboat_in("fa_IR.UTF-8", &["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("Usage: lifeboat"));
}

/// A user's build knows nothing of the benchmark's flags; `bench/run` builds with `--features bench`.
#[cfg(not(feature = "bench"))]
#[test]
fn a_users_build_refuses_the_benchmark_flags() {
    for flag in ["--measure-startup", "--unlock-stdin", "--close-after"] {
        let out = lifeboat(&[flag]);
        assert_eq!(out.status.code(), Some(2), "{flag}");
        assert!(text(&out.stderr).contains(flag));
    }
    assert!(!text(&lifeboat(&["--help"]).stdout).contains("--measure-startup"));
}

#[cfg(feature = "bench")]
#[test]
fn the_benchmark_build_lists_its_flags() {
    let help = text(&lifeboat(&["--help"]).stdout);
    for flag in ["--measure-startup", "--unlock-stdin", "--close-after"] {
        assert!(help.contains(flag), "{flag}: {help}");
    }
}

/// `lifeboat-pdf`, built once for these tests: the app looks for it beside itself, and Cargo builds a dependency's
/// binaries only when asked. Its path goes to the app through `LIFEBOAT_PDF_TYPESETTER`.
fn typesetter() -> std::path::PathBuf {
    static BUILT: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            let app = std::path::PathBuf::from(env!("CARGO_BIN_EXE_lifeboat"));
            let profile_dir = app.parent().expect("target/<profile>");
            lifeboat_test_support::build_binary(profile_dir, "lifeboat-pdf", "lifeboat-pdf")
        })
        .clone()
}

/// What a relative reads in `pdf`: pdftotext's reading order, whitespace runs as one space.
fn pdf_words(pdf: &std::path::Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils, scripts/install-deps) runs");
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn export_pdf_writes_the_family_pdf_in_the_language_asked_for() {
    let sample = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/sample-plan.json"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let export = |lang: &str, extra: &[&str], name: &str| {
        let pdf = dir.path().join(name);
        let path = pdf.display().to_string();
        let mut args = vec!["export-pdf", "--plan", sample, "--out", path.as_str()];
        args.extend(extra);
        let out = Command::new(env!("CARGO_BIN_EXE_lifeboat"))
            .args(&args)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANGUAGE")
            .env("LANG", lang)
            .env("LIFEBOAT_PDF_TYPESETTER", typesetter())
            .output()
            .expect("the binary runs");
        (out, pdf)
    };

    // An English terminal, a Persian PDF: the command speaks English, the PDF Persian, right to left.
    let (out, pdf) = export("en_US.UTF-8", &["--lang", "fa"], "fa.pdf");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("pages"), "{}", text(&out.stdout));
    let words = pdf_words(&pdf);
    assert!(words.contains("این برنامه برای چه کسانی است"), "{words}");
    assert!(!words.contains("Who this plan is for"), "{words}");

    // No --lang and a plan without a language of its own: the terminal's.
    let (out, pdf) = export("fr_FR.UTF-8", &[], "fr.pdf");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(pdf_words(&pdf).contains("Pour qui est ce plan"));
    // ... and the command's own line is French too.
    assert!(
        text(&out.stdout).contains("pages, "),
        "{}",
        text(&out.stdout)
    );
    assert!(
        text(&out.stdout).contains("octets"),
        "{}",
        text(&out.stdout)
    );

    // A language Lifeboat is not translated into is a usage error naming the ones it is.
    let (out, _) = export("en_US.UTF-8", &["--lang", "klingon"], "x.pdf");
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("--lang") && err.contains("fa") && err.contains("tr"),
        "{err}"
    );
}
