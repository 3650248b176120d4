//! `lifeboat export-map`: the plan's route map as an SVG file, the same picture the Routes section and the
//! family PDF show, from an exported plan or from the store, without a window.

use std::io::Write;
use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::Args;
use lifeboat_i18n::plain_for as plain;
use lifeboat_i18n::t;

use super::vault_access;

#[derive(Debug, Args)]
pub struct MapArgs {
    /// Where to write the SVG
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    #[command(flatten)]
    source: vault_access::PlanSource,
    /// The map's language (default: the plan's, else the system's)
    #[arg(
        long,
        value_name = "LANG",
        value_parser = PossibleValuesParser::new(lifeboat_i18n::LOCALES.iter().map(|l| l.code))
    )]
    lang: Option<String>,
}

pub fn run(a: MapArgs, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    // What this command says is in the terminal's language; the map's own words may differ (`--lang`).
    let ui = super::locale();
    let plan = match a.source.plan(ui) {
        Ok(p) => p,
        Err(e) => {
            writeln!(err, "{e}")?;
            return Ok(1);
        }
    };
    let lang = a
        .lang
        .as_deref()
        .or(plan.settings.language.as_deref())
        .map_or(ui, lifeboat_i18n::negotiate);
    // No watch runs here, so no country is shaded (as `export-pdf` prints no levels): an unknown level is not drawn
    // as a safe one.
    let map = match lifeboat_map::plan::render_plan(&plan, lang, Vec::new()) {
        Ok(m) => m,
        Err(e) => {
            let line = t!(ui, "map-cli-failed", error = e.to_string());
            writeln!(err, "{}", plain(ui, line))?;
            return Ok(1);
        }
    };
    for u in &map.unplaced {
        let line = match &u.crossing {
            Some(crossing) => t!(
                ui,
                "map-cli-unplaced-crossing",
                route = u.route.as_str(),
                crossing = crossing.as_str()
            ),
            None => t!(
                ui,
                "map-cli-unplaced-leg",
                route = u.route.as_str(),
                from = u.from.as_str(),
                to = u.to.as_str()
            ),
        };
        writeln!(err, "{}", plain(ui, line))?;
    }
    let written = atomicwrites::AtomicFile::new(&a.out, atomicwrites::AllowOverwrite)
        .write(|f| f.write_all(map.svg.as_bytes()));
    let path = a.out.display().to_string();
    if let Err(e) = written {
        let error = e.to_string();
        let line = t!(ui, "map-cli-cannot-write", path = path, error = error);
        writeln!(err, "{}", plain(ui, line))?;
        return Ok(1);
    }
    writeln!(out, "{}", plain(ui, t!(ui, "map-cli-written", path = path)))?;
    Ok(0)
}
