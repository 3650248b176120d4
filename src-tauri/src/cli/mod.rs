//! The command line. A bare `lifeboat`, or only the launch flags, starts the window; the commands answer on
//! stdout without a window or a display. Anything else is a usage error (exit 2) that never starts the window.
//!
//! Exit codes: 0 done, 1 failed, 2 usage error, 3 `advisories check` heard from only some governments.
//!
//! Language: our own words (tables, errors on stderr, the passphrase prompt) follow the terminal's locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`; `locales/*/cli.ftl`). The help and usage text that clap generates stays
//! English, and so does everything a script reads: JSON on stdout and the `{"code", "message"}` error lines,
//! whose codes are the stable part and whose messages are the same ones the app logs.

use std::cell::Cell;
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

mod check;
mod diff;
mod embassies;
mod map;
mod parse;
mod pdf;
pub mod vault_access;

/// Exit code of a call the command line refuses.
pub const USAGE_ERROR: i32 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "lifeboat",
    version,
    about = "Lifeboat: a departure plan kept encrypted on this computer.",
    long_about = "Lifeboat: a departure plan kept encrypted on this computer.\n\n\
                  Without a command it opens the window. The commands below need no window or display.",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    launch: Launch,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// The governments' travel advisories, read without the window
    #[command(subcommand)]
    Advisories(Advisories),
    /// Writes the family PDF from an exported plan or from the store
    ExportPdf(pdf::PdfArgs),
    /// Writes the plan's route map as an SVG file from an exported plan or from the store
    ExportMap(map::MapArgs),
    /// Who helps a nationality in a country: embassies, consulates, protecting powers
    Embassies(embassies::EmbassiesArgs),
}

#[derive(Debug, Subcommand)]
enum Advisories {
    /// Lists the source names `parse` accepts
    Sources,
    /// Prints a saved feed as normalised JSON, one object per country (per alert for us-embassy-alerts)
    Parse(parse::ParseArgs),
    /// Prints, as one JSON array, what a watch would record going from payload OLD to payload NEW
    Diff(diff::DiffArgs),
    /// Polls once and prints the watched countries; writes nothing
    Check(check::CheckArgs),
}

/// How the window starts. The background watch (`lifeboat-watch`) relaunches the app with the same
/// `--data-dir` and `--feed-urls` it was given.
#[derive(Debug, Clone, Default, Args)]
pub struct Launch {
    /// Keeps the plan in DIR instead of the app's data folder (an encrypted USB stick, say)
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Polls these feeds instead of the official ones (also LIFEBOAT_FEED_URLS); plain http only to loopback
    #[arg(long, value_name = "SOURCE=URL,...")]
    pub feed_urls: Option<String>,
    /// Takes the watch back from `lifeboat-watch`, which writes it to standard input
    #[arg(long, hide = true)]
    pub resume_watch: bool,
    /// Opens the Advisories section on this country (a notification was clicked while the app was closed)
    #[arg(long, hide = true, value_name = "CC")]
    pub open_country: Option<String>,
    #[cfg(feature = "bench")]
    #[command(flatten)]
    pub bench: BenchFlags,
}

/// The benchmark's flags, in a build with the `bench` feature only (what they do: `crate::bench`).
#[cfg(feature = "bench")]
#[derive(Debug, Clone, Default, Args)]
pub struct BenchFlags {
    /// (bench) Prints the start-up figures on stdout and quits
    #[arg(long)]
    pub measure_startup: bool,
    /// (bench) Reads the passphrase on stdin and unlocks through the unlock screen once it shows
    #[arg(long)]
    pub unlock_stdin: bool,
    /// (bench) Closes the window after SECS seconds, as a person would
    #[arg(long, value_name = "SECS")]
    pub close_after: Option<u64>,
}

/// What `main` should do with the arguments.
#[derive(Debug)]
pub enum Outcome {
    /// Start the window, as these flags say.
    StartApp(Launch),
    /// Handled; exit with this code.
    Exit(i32),
}

thread_local! {
    /// The language of the call being run. clap calls the value parsers (`--countries`, `--source`, …) as plain
    /// functions, so this is how their messages learn it; [`run_in`] sets it for the call's duration.
    static LOCALE: Cell<&'static str> = const { Cell::new(lifeboat_i18n::DEFAULT_LOCALE) };
}

/// The language the running command writes its own words in.
pub(crate) fn locale() -> &'static str {
    LOCALE.with(Cell::get)
}

/// Puts the previous language back when the call ends, however it ends.
struct LocaleGuard(&'static str);

impl Drop for LocaleGuard {
    fn drop(&mut self) {
        LOCALE.with(|l| l.set(self.0));
    }
}

/// Reads the command line (`args` without the program name) and runs a command if it names one, in the
/// terminal's language.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<Outcome>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_in(lifeboat_i18n::system_locale(), args, out, err)
}

/// [`run`] in `locale` (a shipped code).
pub fn run_in<I, T>(
    locale: &'static str,
    args: I,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Outcome>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let _restore = LocaleGuard(LOCALE.with(|l| l.replace(locale)));
    let argv = std::iter::once(OsString::from("lifeboat")).chain(args.into_iter().map(Into::into));
    let cli = match Cli::try_parse_from(argv) {
        Ok(cli) => cli,
        Err(e) => {
            // `--help` and `--version` are answers on stdout (exit 0); anything else is a usage error on stderr.
            let text = e.render();
            if e.use_stderr() {
                write!(err, "{text}")?;
            } else {
                write!(out, "{text}")?;
            }
            return Ok(Outcome::Exit(e.exit_code()));
        }
    };
    let code = match cli.command {
        None => return Ok(Outcome::StartApp(cli.launch)),
        Some(Command::ExportPdf(a)) => pdf::run(a, out, err)?,
        Some(Command::ExportMap(a)) => map::run(a, out, err)?,
        Some(Command::Embassies(a)) => embassies::run(a, out, err)?,
        Some(Command::Advisories(Advisories::Sources)) => {
            for s in lifeboat_advisory::SourceId::ALL {
                writeln!(out, "{s}")?;
            }
            0
        }
        Some(Command::Advisories(Advisories::Parse(a))) => parse::run(a, out, err)?,
        Some(Command::Advisories(Advisories::Check(a))) => check::run(a, out, err)?,
        Some(Command::Advisories(Advisories::Diff(a))) => diff::run(a, out, err)?,
    };
    Ok(Outcome::Exit(code))
}

/// A command's failure on stderr as one line of `{code, message}`, the shape the UI gets, so scripts can match on
/// the code.
fn write_error<E>(err: &mut dyn Write, e: &E) -> std::io::Result<()>
where
    E: serde::Serialize + std::fmt::Display,
{
    writeln!(
        err,
        "{}",
        serde_json::to_string(e).unwrap_or_else(|_| e.to_string())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A call in English, whatever the machine running the tests speaks.
    pub(super) fn call(args: &[&str]) -> (Option<Launch>, i32, String, String) {
        call_in("en", args)
    }

    pub(super) fn call_in(
        locale: &'static str,
        args: &[&str],
    ) -> (Option<Launch>, i32, String, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let (launch, code) =
            match run_in(locale, args, &mut out, &mut err).expect("writes to memory") {
                Outcome::StartApp(l) => (Some(l), 0),
                Outcome::Exit(c) => (None, c),
            };
        (
            launch,
            code,
            String::from_utf8_lossy(&out).into_owned(),
            String::from_utf8_lossy(&err).into_owned(),
        )
    }

    #[test]
    fn a_bare_call_starts_the_app_and_version_does_not() {
        let (launch, ..) = call(&[]);
        assert!(launch.is_some_and(|l| l.data_dir.is_none() && !l.resume_watch));
        let (launch, code, out, _) = call(&["--version"]);
        assert!(launch.is_none());
        assert_eq!(code, 0);
        assert_eq!(
            out.trim(),
            format!("lifeboat {}", env!("CARGO_PKG_VERSION"))
        );
    }

    #[test]
    fn the_relaunch_from_the_background_watch_starts_the_app_with_its_flags() {
        let background = lifeboat_watch::background::Args {
            app: PathBuf::from("/usr/bin/lifeboat"),
            feed_urls: None,
            gui_args: [
                "--data-dir",
                "/media/usb/plan dir",
                "--feed-urls",
                "us-state-json=http://127.0.0.1:9/x",
            ]
            .map(str::to_owned)
            .to_vec(),
        };
        let argv = background.relaunch_argv(Some("IR"));
        let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
        let (launch, code, _, err) = call(&argv);
        let launch = launch.unwrap_or_else(|| panic!("exit {code}: {err}"));
        assert!(launch.resume_watch);
        assert_eq!(launch.open_country.as_deref(), Some("IR"));
        assert_eq!(launch.data_dir, Some(PathBuf::from("/media/usb/plan dir")));
        assert_eq!(
            launch.feed_urls.as_deref(),
            Some("us-state-json=http://127.0.0.1:9/x")
        );
    }

    #[test]
    fn an_unknown_command_or_flag_is_a_usage_error_that_names_it_and_starts_nothing() {
        for (argv, named) in [
            (&["embassies"][..], "embassies"),
            (&["--embassies"][..], "--embassies"),
            (&["--data-dir"][..], "--data-dir"),
            (&["advisories", "bogus"][..], "bogus"),
            (&["export-pdf", "--out", "x.pdf", "--nope"][..], "--nope"),
            (
                &["--data-dir", "/tmp", "advisories", "sources"][..],
                "--data-dir",
            ),
        ] {
            let (launch, code, out, err) = call(argv);
            assert!(launch.is_none(), "{argv:?} must not start the window");
            assert_eq!(code, USAGE_ERROR, "{argv:?}");
            assert!(out.is_empty(), "{argv:?}: {out}");
            assert!(err.contains(named), "{argv:?}: {err}");
        }
    }

    #[test]
    fn every_command_answers_help_on_stdout() {
        for argv in [
            &["--help"][..],
            &["advisories", "--help"],
            &["advisories", "sources", "--help"],
            &["advisories", "parse", "--help"],
            &["advisories", "check", "--help"],
            &["advisories", "diff", "--help"],
            &["export-pdf", "--help"],
            &["help", "export-pdf"],
            &["export-map", "--help"],
        ] {
            let (launch, code, out, err) = call(argv);
            assert!(launch.is_none(), "{argv:?}");
            assert_eq!(code, 0, "{argv:?}: {err}");
            assert!(out.contains("Usage: lifeboat"), "{argv:?}: {out}");
        }
        let (.., out, _) = call(&["advisories", "check", "--help"]);
        assert!(out.contains("--governments"), "{out}");
    }

    #[test]
    fn the_source_names_are_listed() {
        let (_, code, out, _) = call(&["advisories", "sources"]);
        assert_eq!(code, 0);
        assert_eq!(
            out.lines().collect::<Vec<_>>(),
            [
                "us-state-rss",
                "us-state-json",
                "uk-fcdo",
                "ca-travel",
                "au-smartraveller",
                "de-aa",
                "us-embassy-alerts"
            ]
        );
    }
}
