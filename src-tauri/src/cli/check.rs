//! `lifeboat advisories check`: one poll of the enabled governments, printed for the watched countries. Reads
//! the plan (or a country list) and the network; writes nothing, so it never disturbs the app's watch state.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;
use lifeboat_advisory::fetch::user_agent;
use lifeboat_advisory::{run_round, Endpoints, FetchConfig, Fetcher, Outcome, Round, WatchFile};
use lifeboat_error::ErrorPayload;
use lifeboat_i18n::plain_for as plain;
use lifeboat_i18n::{format_date, t};
use lifeboat_plan::settings::Government;
use lifeboat_plan::watchlist::{watched_countries, WatchReason, WatchedCountry};
use serde::Serialize;

use super::vault_access;
use crate::watch::context::{country_name, country_name_in, government_of, source_of};

#[derive(Serialize)]
struct LevelOut {
    government: Government,
    source: &'static str,
    level: u8,
    native: String,
    regional_max: Option<u8>,
    leave_now: bool,
    updated: Option<String>,
}

#[derive(Serialize)]
struct CountryOut {
    iso2: String,
    name: String,
    reasons: Vec<WatchReason>,
    levels: Vec<LevelOut>,
}

#[derive(Serialize)]
struct ErrorOut {
    government: Government,
    #[serde(flatten)]
    error: ErrorPayload,
}

#[derive(Serialize)]
struct Report {
    countries: Vec<CountryOut>,
    errors: Vec<ErrorOut>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Watches these countries (ISO 3166 codes) instead of a plan's list
    #[arg(long, value_name = "IR,TR", value_parser = countries)]
    countries: Option<Countries>,
    /// Reads the watch list from an exported plan
    #[arg(long, value_name = "EXPORT.json")]
    plan: Option<PathBuf>,
    /// Reads the watch list from the store in DIR (default: the app's), asking for the passphrase
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Asks these governments (default: the plan's choice, or all five)
    #[arg(long, value_name = "us,uk,ca,au,de", value_parser = governments)]
    governments: Option<Governments>,
    /// Polls these feeds instead of the official ones; plain http only to loopback
    #[arg(long, value_name = "SOURCE=URL,...", value_parser = Endpoints::parse_overrides)]
    feed_urls: Option<Endpoints>,
    /// Prints JSON instead of a table
    #[arg(long)]
    json: bool,
}

/// `--countries`: upper-cased, each a known code.
#[derive(Debug, Clone)]
struct Countries(Vec<String>);

/// `--governments`, in the order given.
#[derive(Debug, Clone)]
struct Governments(Vec<Government>);

fn countries(spec: &str) -> Result<Countries, String> {
    let list: Vec<String> = spec
        .split(',')
        .map(|c| c.trim().to_ascii_uppercase())
        .filter(|c| !c.is_empty())
        .collect();
    let locale = super::locale();
    match list.iter().find(|c| !lifeboat_plan::countries::is_valid(c)) {
        Some(bad) => Err(plain(
            locale,
            t!(locale, "cli-not-a-country", code = bad.as_str()),
        )),
        None => Ok(Countries(list)),
    }
}

fn governments(spec: &str) -> Result<Governments, String> {
    let locale = super::locale();
    spec.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            serde_json::from_value::<Government>(serde_json::Value::String(s.to_ascii_lowercase()))
                .map_err(|_| {
                    let text = t!(
                        locale,
                        "cli-unknown-government",
                        name = s,
                        list = "us, uk, ca, au, de"
                    );
                    plain(locale, text)
                })
        })
        .collect::<Result<_, _>>()
        .map(Governments)
}

/// What to watch and through which governments: the flags, else the plan's own settings.
fn watch_list(o: &CheckArgs) -> Result<(Vec<WatchedCountry>, Vec<Government>), String> {
    let chosen = o.governments.as_ref().map(|g| g.0.clone());
    if let Some(Countries(list)) = &o.countries {
        let watched = list
            .iter()
            .map(|c| WatchedCountry {
                country: c.clone(),
                reasons: vec![WatchReason::Added],
            })
            .collect();
        return Ok((watched, chosen.unwrap_or(Government::ALL.to_vec())));
    }
    let plan = match &o.plan {
        Some(path) => vault_access::plan_file(path)?,
        None => {
            let locale = super::locale();
            let dir = o
                .data_dir
                .clone()
                .or_else(vault_access::default_data_dir)
                .ok_or_else(|| t!(locale, "cli-no-data-folder"))?;
            let pass =
                vault_access::read_passphrase(&vault_access::passphrase_prompt()).map_err(|e| {
                    let text = t!(locale, "cli-passphrase-unreadable", error = e.to_string());
                    plain(locale, text)
                })?;
            vault_access::open_plan(dir, &pass)?
        }
    };
    let governments = chosen.unwrap_or_else(|| plan.settings.watch.governments.clone());
    Ok((watched_countries(&plan), governments))
}

pub fn run(o: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let endpoints = o.feed_urls.clone().unwrap_or_else(Endpoints::official);
    let (watched, governments) = match watch_list(&o) {
        Ok(w) => w,
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(1);
        }
    };
    let config = FetchConfig {
        user_agent: user_agent(env!("CARGO_PKG_VERSION")),
        allow_plain_http_to_loopback_only: endpoints.is_overridden(),
        ..FetchConfig::default()
    };
    let fetcher = match Fetcher::new(config) {
        Ok(f) => f,
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(1);
        }
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let codes: Vec<String> = watched.iter().map(|w| w.country.clone()).collect();
    let sources: Vec<_> = governments.iter().map(|g| source_of(*g)).collect();
    let mut file = WatchFile::default();
    let report = runtime.block_on(run_round(
        &fetcher,
        &endpoints,
        &sources,
        &codes,
        &mut file,
        Round {
            now: chrono::Utc::now(),
            jitter: 0.5,
            // A fresh state: every feed is due anyway; said outright so a later cadence change cannot skip one.
            force: true,
            phase_above_normal: false,
        },
    ));
    let errors: Vec<ErrorOut> = report
        .outcomes
        .iter()
        .filter_map(|(s, o)| match o {
            Outcome::Failed(e) => Some(ErrorOut {
                government: government_of(*s),
                error: ErrorPayload::of(e),
            }),
            _ => None,
        })
        .collect();
    let countries: Vec<CountryOut> = watched
        .into_iter()
        .map(|w| {
            let levels = Government::ALL
                .into_iter()
                .filter(|g| governments.contains(g))
                .filter_map(|g| {
                    let source = source_of(g);
                    let seen = file.state.seen(source, &w.country)?;
                    Some(LevelOut {
                        government: g,
                        source: source.as_str(),
                        level: seen.level.get(),
                        native: seen.native_label.clone(),
                        regional_max: seen.regional_max.map(|l| l.get()),
                        leave_now: seen.leave_now,
                        updated: seen.updated.map(|t| t.to_rfc3339()),
                    })
                })
                .collect();
            CountryOut {
                name: country_name(&w.country),
                iso2: w.country,
                reasons: w.reasons,
                levels,
            }
        })
        .collect();
    let report = Report { countries, errors };
    let locale = super::locale();
    if o.json {
        serde_json::to_writer_pretty(&mut *out, &report).map_err(std::io::Error::other)?;
        writeln!(out)?;
    } else {
        print_table(locale, &report, out)?;
    }
    for e in &report.errors {
        let line = t!(
            locale,
            "cli-check-failed",
            government = e.government.label(locale),
            message = e.error.message.as_str(),
            code = e.error.code.as_str(),
        );
        writeln!(err, "{}", plain(locale, line))?;
    }
    Ok(match (report.errors.len(), governments.len()) {
        (0, _) => 0,
        (failed, all) if failed >= all => 1,
        // Some governments answered: the output is useful, the exit code says it is partial.
        _ => 3,
    })
}

/// The table: a country per line, then a line per government, its columns in `locale`'s words.
fn print_table(locale: &str, report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let say = |text: String| plain(locale, text);
    for c in &report.countries {
        // The JSON keeps the English name scripts match on; a person reads the country in the terminal's language.
        writeln!(out, "{} ({})", country_name_in(&c.iso2, locale), c.iso2)?;
        if c.levels.is_empty() {
            writeln!(out, "  {}", t!(locale, "cli-check-no-advice"))?;
        }
        for l in &c.levels {
            let mut columns = vec![
                say(t!(locale, "cli-check-level", level = l.level)),
                l.native.clone(),
            ];
            if let Some(r) = l.regional_max {
                columns.push(say(t!(locale, "cli-check-parts", level = r)));
            }
            if l.leave_now {
                columns.push(t!(locale, "cli-check-leave-now"));
            }
            if let Some(u) = &l.updated {
                // The day the government last updated its advice (UTC, as the JSON's instant), written as the
                // app writes a date in this language: "Nov 2, 2026", "۱۱ آبان ۱۴۰۵".
                let day = u.get(..10).unwrap_or(u);
                let date = NaiveDate::parse_from_str(day, "%Y-%m-%d")
                    .map_or_else(|_| day.to_owned(), |d| format_date(locale, d));
                columns.push(say(t!(locale, "cli-check-updated", date = date)));
            }
            let government = l.government.label(locale);
            writeln!(out, "  {government:<10} {}", columns.join("  "))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::test_server as server;

    fn feed(name: &str) -> Vec<u8> {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/feeds")
            .join(name);
        std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    /// The command builds its own runtime, so the fixture server runs on another thread's.
    fn with_server(f: impl FnOnce(String) -> (i32, String, String)) -> (i32, String, String) {
        let (tx, rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let body = feed("us-state-json_iran-level-3.json");
                let s = server::Server::start(move |req| match req.path.as_str() {
                    "/us.json" => server::ok(body.clone(), "application/json"),
                    _ => server::status(503),
                })
                .await;
                tx.send(s.url("")).expect("send");
                let _ = stop_rx.await;
            });
        });
        let base = rx.recv().expect("server up");
        let result = f(base);
        let _ = stop_tx.send(());
        thread.join().expect("server thread");
        result
    }

    /// `lifeboat advisories check ARGS…`
    fn call(args: &[String]) -> (i32, String, String) {
        call_in("en", args)
    }

    /// The same in a terminal speaking `locale`.
    fn call_in(locale: &'static str, args: &[String]) -> (i32, String, String) {
        let mut argv = vec!["advisories", "check"];
        argv.extend(args.iter().map(String::as_str));
        let (launch, code, out, err) = crate::cli::tests::call_in(locale, &argv);
        assert!(launch.is_none(), "a command never starts the window");
        (code, out, err)
    }

    #[test]
    fn check_prints_the_watched_countries_levels_and_says_which_governments_failed() {
        let (code, out, err) = with_server(|base| {
            call(&[
                "--countries".into(),
                "IR,iq".into(),
                "--governments".into(),
                "us,de".into(),
                "--feed-urls".into(),
                format!("us-state-json={base}/us.json,de-aa={base}/de"),
                "--json".into(),
            ])
        });
        assert_eq!(code, 3, "partial: the US answered, Germany did not; {err}");
        let report: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        let iran = &report["countries"][0];
        assert_eq!(iran["iso2"], "IR");
        assert_eq!(iran["levels"][0]["government"], "us");
        assert_eq!(iran["levels"][0]["level"], 3);
        assert_eq!(iran["levels"][0]["native"], "Level 3: Reconsider Travel");
        assert_eq!(report["countries"][1]["levels"][0]["level"], 4, "Iraq");
        assert_eq!(report["errors"][0]["government"], "de");
        assert_eq!(report["errors"][0]["code"], "server_error");
        assert!(err.contains("Germany"), "{err}");
    }

    #[test]
    fn in_a_persian_terminal_the_table_and_the_failures_are_in_persian_and_the_json_is_not() {
        let (fsi, pdi) = ('\u{2068}', '\u{2069}');
        let args = |base: String, json: bool| {
            let mut a = vec![
                "--countries".to_owned(),
                "IR".to_owned(),
                "--governments".to_owned(),
                "us,de".to_owned(),
                "--feed-urls".to_owned(),
                format!("us-state-json={base}/us.json,de-aa={base}/de"),
            ];
            if json {
                a.push("--json".to_owned());
            }
            a
        };
        let (code, out, err) = with_server(|base| call_in("fa", &args(base, false)));
        assert_eq!(code, 3, "{err}");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[0], "ایران (IR)",
            "the country in Persian, its code as it is"
        );
        let us = lifeboat_plan::settings::Government::Us.label("fa");
        assert!(lines[1].trim_start().starts_with(&us), "{}", lines[1]);
        assert!(
            lines[1].contains(&format!("سطح {fsi}۳{pdi}"))
                && lines[1].contains("Level 3: Reconsider Travel")
                && lines[1].contains(&format!("به‌روزشده در {fsi}۱۱ آبان ۱۴۰۵{pdi}")),
            "the level and the day in Persian (2 November 2026 in the Solar Hijri calendar), the government's \
             own words as it wrote them: {}",
            lines[1]
        );
        let germany = lifeboat_plan::settings::Government::De.label("fa");
        assert!(
            err.starts_with(&format!("{fsi}{germany}{pdi}: ")) && err.contains("server_error"),
            "{err}"
        );

        // What scripts read does not change with the terminal's language.
        let (_, json, _) = with_server(|base| call_in("fa", &args(base, true)));
        let report: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        assert_eq!(report["countries"][0]["name"], "Iran");
        assert_eq!(report["errors"][0]["government"], "de");
        assert_eq!(report["errors"][0]["code"], "server_error");
    }

    #[test]
    fn a_bad_flag_value_is_explained_in_the_terminals_language() {
        let (code, _, err) = call_in("de", &["--countries".into(), "Narnia".into()]);
        assert_eq!(code, crate::cli::USAGE_ERROR);
        assert!(
            err.contains("„NARNIA“ ist kein Ländercode nach ISO 3166"),
            "{err}"
        );
        let (code, _, err) = call_in("tr", &["--governments".into(), "fr".into()]);
        assert_eq!(code, crate::cli::USAGE_ERROR);
        assert!(err.contains("bilinmeyen hükümet “fr”"), "{err}");
    }

    #[test]
    fn check_reads_the_watch_list_from_an_exported_plan_and_refuses_bad_flags() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut plan = lifeboat_plan::Plan::default();
        plan.profile.residence_country = "IR".into();
        plan.settings.watch.governments = vec![lifeboat_plan::settings::Government::Us];
        let path = dir.path().join("plan.json");
        std::fs::write(
            &path,
            lifeboat_plan::migrate::to_json_pretty(&plan).expect("json"),
        )
        .expect("write");
        let (code, out, err) = with_server(|base| {
            call(&[
                "--plan".into(),
                path.display().to_string(),
                "--feed-urls".into(),
                format!("us-state-json={base}/us.json"),
            ])
        });
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            out.lines().collect::<Vec<_>>(),
            [
                "Iran (IR)",
                "  US         Level 3  Level 3: Reconsider Travel  updated Nov 2, 2026"
            ]
        );
        for (bad, named) in [
            (&["--countries", "Narnia"][..], "--countries"),
            (&["--governments", "fr"][..], "--governments"),
            (&["--feed-urls", "nonsense"][..], "--feed-urls"),
            (&["--bogus"][..], "--bogus"),
        ] {
            let bad_args: Vec<String> = bad.iter().map(|s| (*s).to_owned()).collect();
            let (code, _, err) = call(&bad_args);
            assert_eq!(code, crate::cli::USAGE_ERROR, "{bad:?}");
            assert!(err.contains(named), "{bad:?}: {err}");
        }
    }
}
