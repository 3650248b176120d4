//! `lifeboat embassies --nationality US --country IR [--json] [--refresh]`: who helps a nationality in a
//! country, from the directory kept in the store (asking for the passphrase) or, without a store, from
//! Lifeboat's own protecting-powers table; `--refresh` fetches the governments' data first and, with a store,
//! keeps it there.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use lifeboat_directory::{missions_for, refresh, DirectoryState};
use lifeboat_i18n::plain_for as plain;
use lifeboat_i18n::{format_date, t};
use lifeboat_plan::countries::name_in;
use lifeboat_plan::missions::{Assistance, Help, MissionKind};
use lifeboat_store::secrecy::ExposeSecret;
use lifeboat_store::{SideDoc, Unlocked, Vault, VaultOptions};

use super::vault_access;

#[derive(Debug, Args)]
pub struct EmbassiesArgs {
    /// The nationality, as an ISO code (US, CA, GB, DE…)
    #[arg(long, value_name = "CC", value_parser = country)]
    nationality: String,
    /// The country, as an ISO code (IR…)
    #[arg(long, value_name = "CC", value_parser = country)]
    country: String,
    /// Prints JSON instead of a table
    #[arg(long)]
    json: bool,
    /// Fetches the governments' data first (otherwise the kept copy is read)
    #[arg(long)]
    refresh: bool,
    /// Reads the store in DIR (default: the app's), asking for the passphrase
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
}

fn country(spec: &str) -> Result<String, String> {
    let code = spec.trim().to_ascii_uppercase();
    if lifeboat_plan::countries::is_valid(&code) {
        Ok(code)
    } else {
        let locale = super::locale();
        Err(plain(
            locale,
            t!(locale, "cli-not-a-country", code = code.as_str()),
        ))
    }
}

/// The store, when there is one to read (a folder with a vault in it).
fn open_store(dir: Option<PathBuf>) -> Result<Option<Unlocked>, String> {
    let ui = super::locale();
    let Some(dir) = dir.or_else(vault_access::default_data_dir) else {
        return Ok(None);
    };
    let vault = Vault::new(dir, VaultOptions::default());
    match vault.state() {
        Ok(lifeboat_store::VaultState::Locked) => {}
        _ => return Ok(None),
    }
    let pass = vault_access::read_passphrase(&vault_access::passphrase_prompt())
        .map_err(|e| t!(ui, "cli-passphrase-unreadable", error = e.to_string()))?;
    let (store, _plan) = vault.unlock(&pass).map_err(|e| {
        serde_json::to_string(&lifeboat_error::ErrorPayload::of(&e))
            .unwrap_or_else(|_| e.to_string())
    })?;
    Ok(Some(store))
}

pub fn run(a: EmbassiesArgs, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let ui = super::locale();
    let store = match open_store(a.data_dir.clone()) {
        Ok(s) => s,
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(1);
        }
    };
    let mut state = store
        .as_ref()
        .and_then(|s| s.read_side(SideDoc::Directory).ok().flatten())
        .and_then(|b| DirectoryState::from_json(b.expose_secret()).ok())
        .unwrap_or_default();
    if a.refresh {
        let (endpoints, loopback) = crate::directory::endpoints_from_env();
        let fetcher = match crate::directory::DirectoryService::fetcher(loopback) {
            Ok(f) => f,
            Err(e) => {
                super::write_error(err, &e)?;
                return Ok(1);
            }
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let pairs = [(a.nationality.clone(), a.country.clone())];
        let report = runtime.block_on(refresh(
            &fetcher,
            &endpoints,
            &mut state,
            &pairs,
            true,
            chrono::Utc::now(),
        ));
        for (source, country, code) in &report.failed {
            let text = t!(
                ui,
                "directory-cli-failed",
                source = source.as_str(),
                country = country.as_str(),
                code = code.as_str(),
            );
            writeln!(err, "{}", plain(ui, text))?;
        }
        let text = t!(
            ui,
            "directory-cli-refreshed",
            updated = report.updated.len(),
            unchanged = report.unchanged.len(),
            failed = report.failed.len(),
        );
        writeln!(err, "{}", plain(ui, text))?;
        if let Some(store) = &store {
            if !report.is_empty() {
                if let Err(e) = store.sealer().write(SideDoc::Directory, &state.to_json()) {
                    super::write_error(err, &e)?;
                    return Ok(1);
                }
            }
        }
    }
    let help = missions_for(&state, &a.nationality, &a.country);
    if a.json {
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&help).unwrap_or_default()
        )?;
    } else {
        write_table(&help, ui, out)?;
    }
    Ok(0)
}

/// A kind of office in `locale`.
pub fn kind_label(kind: MissionKind, locale: &str) -> String {
    match kind {
        MissionKind::Embassy => t!(locale, "directory-kind-embassy"),
        MissionKind::Consulate => t!(locale, "directory-kind-consulate"),
        MissionKind::HonoraryConsul => t!(locale, "directory-kind-honorary-consul"),
        MissionKind::InterestsSection => t!(locale, "directory-kind-interests-section"),
        MissionKind::ProtectingPower => t!(locale, "directory-kind-protecting-power"),
        MissionKind::PartnerMission => t!(locale, "directory-kind-partner-mission"),
        MissionKind::EuMemberState => t!(locale, "directory-kind-eu-member-state"),
    }
}

fn write_table(help: &Help, ui: &str, out: &mut dyn Write) -> std::io::Result<()> {
    let name = |code: &str| name_in(code, ui).unwrap_or_else(|| code.to_owned());
    let line = |text: String| plain(ui, text);
    let (nationality, country) = (name(&help.nationality), name(&help.country));
    writeln!(
        out,
        "{}",
        line(t!(
            ui,
            "directory-for",
            nationality = nationality.as_str(),
            country = country.as_str()
        ))
    )?;
    match help.assistance {
        Assistance::None => writeln!(
            out,
            "{}",
            line(t!(
                ui,
                "directory-assistance-none",
                nationality = nationality.as_str(),
                country = country.as_str()
            ))
        )?,
        Assistance::Remote => writeln!(out, "{}", line(t!(ui, "directory-assistance-remote")))?,
        Assistance::Local | Assistance::Unknown => {}
    }
    if help.missions.is_empty() {
        writeln!(
            out,
            "{}",
            line(t!(
                ui,
                "directory-none-known",
                nationality = nationality.as_str(),
                country = country.as_str()
            ))
        )?;
    }
    for m in &help.missions {
        writeln!(out)?;
        writeln!(out, "{} — {}", kind_label(m.kind, ui), m.name)?;
        if !m.operated_by.is_empty() {
            writeln!(
                out,
                "  {}",
                line(t!(
                    ui,
                    "directory-operated-by",
                    state = name(&m.operated_by)
                ))
            )?;
        }
        if !m.located_in.is_empty() {
            writeln!(
                out,
                "  {}",
                line(t!(
                    ui,
                    "directory-located-in",
                    country = name(&m.located_in)
                ))
            )?;
        }
        let field = |id: &str, value: &str| -> Option<String> {
            (!value.trim().is_empty()).then(|| format!("  {}: {value}", line(t!(ui, id))))
        };
        let phones = m.phones.join(", ");
        for row in [
            field("directory-address", &m.address),
            field("directory-phone", &phones),
            field("directory-emergency", &m.emergency_phone),
            field("directory-email", &m.email),
            field("directory-website", &m.website),
            field("directory-hours", &m.hours),
        ]
        .into_iter()
        .flatten()
        {
            writeln!(out, "{row}")?;
        }
        writeln!(
            out,
            "  {}",
            line(t!(
                ui,
                "directory-source",
                source = m.source.as_str(),
                date = format_date(ui, m.data_date),
            ))
        )?;
    }
    for a in &help.arrangements {
        writeln!(out)?;
        let text = if a.kind == MissionKind::EuMemberState {
            t!(ui, "directory-eu-rule", nationality = nationality.as_str())
        } else {
            t!(
                ui,
                "directory-arrangement",
                state = name(&a.protecting_state),
                nationality = nationality.as_str(),
                country = country.as_str(),
                since = a.since.as_str(),
            )
        };
        writeln!(out, "{}", line(text))?;
        writeln!(
            out,
            "  {} · {}",
            line(t!(
                ui,
                "directory-checked",
                date = format_date(ui, a.checked)
            )),
            a.source_url
        )?;
    }
    if help.refresh_failed {
        writeln!(out)?;
        writeln!(out, "{}", line(t!(ui, "directory-refresh-failed")))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::cli::tests::{call, call_in};

    fn empty_dir() -> tempfile::TempDir {
        tempfile::tempdir().expect("a scratch folder")
    }

    #[test]
    fn without_a_store_the_protecting_powers_table_answers() {
        let dir = empty_dir();
        let d = dir.path().to_str().expect("utf-8 path");
        let (_, code, out, err) = call(&[
            "embassies",
            "--nationality",
            "us",
            "--country",
            "IR",
            "--data-dir",
            d,
        ]);
        assert_eq!(code, 0, "{err}");
        assert!(
            out.starts_with("Citizens of United States in Iran\n"),
            "{out}"
        );
        assert!(
            out.contains("Interests section — Embassy of Switzerland, Foreign Interests Section"),
            "{out}"
        );
        assert!(out.contains("Run by Switzerland"), "{out}");
        assert!(
            out.contains("Switzerland acts for citizens of United States in Iran (protecting power) since 1980."),
            "{out}"
        );

        let (_, code, out, _) = call(&[
            "embassies",
            "--nationality",
            "CA",
            "--country",
            "IR",
            "--data-dir",
            d,
            "--json",
        ]);
        assert_eq!(code, 0);
        let help: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        assert_eq!(help["missions"][0]["kind"], "protecting_power");
        assert_eq!(help["missions"][0]["operated_by"], "IT");
        assert_eq!(help["arrangements"][0]["since"], "2012");
    }

    #[test]
    fn nobody_known_and_a_bad_code() {
        let dir = empty_dir();
        let d = dir.path().to_str().expect("utf-8 path");
        let (_, code, out, _) = call_in(
            "fa",
            &[
                "embassies",
                "--nationality",
                "GB",
                "--country",
                "IR",
                "--data-dir",
                d,
            ],
        );
        assert_eq!(code, 0);
        assert!(out.contains("کسی برای کمک به شهروندان"), "{out}");
        let (_, code, _, err) = call(&[
            "embassies",
            "--nationality",
            "XX",
            "--country",
            "IR",
            "--data-dir",
            d,
        ]);
        assert_eq!(code, super::super::USAGE_ERROR);
        assert!(
            err.contains("“XX” is not an ISO 3166 country code"),
            "{err}"
        );
    }
}
