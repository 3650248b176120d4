//! Times `parse` on every captured feed in ../shared (and synthetic full-size US/DE feeds built from them),
//! median of N runs after a warm-up, and prints one table. Used by `bench/advisory-parse-vs-python.sh`.
//!
//! ```text
//! cargo run --release -p lifeboat-advisory --example parse_timing -- [--runs N] [--warmup N] [--tsv]
//!     [--fixtures DIR] [--write-synthetic DIR] [--dump DIR] [--only SUBSTRING] [--loop SECONDS]
//! ```
//!
//! `--write-synthetic DIR` also writes the synthetic feeds there so another tool can time the same bytes;
//! `--dump DIR` writes each normalised result as JSON (to diff outputs across changes); `--loop` parses the
//! `--only` feed repeatedly for that long (for `perf record`).

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use lifeboat_advisory::sources::uk_fcdo;
use lifeboat_advisory::{parse, SourceId};

/// (source, path under the fixtures directory); `None` source = the UK index (`uk_fcdo::parse_index`).
const CAPTURES: &[(Option<SourceId>, &str)] = &[
    (
        Some(SourceId::UsStateRss),
        "us-state-rss/2026-10-07_TAsTWs_jyatesbrown_first9items.xml",
    ),
    (
        Some(SourceId::UsStateJson),
        "us-state-json/2026-08-14_cadataapi_TravelAdvisories_wtg-weather_trimmed.json",
    ),
    (
        Some(SourceId::UkFcdo),
        "uk-fcdo-content/2026-10-07_haiti_jyatesbrown_trimmed.json",
    ),
    (
        Some(SourceId::UkFcdo),
        "uk-fcdo-content/2017-02-14_albania_publishing-api-example_full-country.json",
    ),
    (
        Some(SourceId::UkFcdo),
        "uk-fcdo-content/2015-04-28_antarctica_publishing-api-example_no-parts.json",
    ),
    (
        None,
        "uk-fcdo-content/2015-04-28_foreign-travel-advice-index_publishing-api-example.json",
    ),
    (
        Some(SourceId::CaTravel),
        "ca-travel-json/2014-03-02_index-alpha-eng.json",
    ),
    (
        Some(SourceId::CaTravel),
        "ca-travel-json/2026-07-17_index-alpha-eng_voyalier_trimmed.json",
    ),
    (
        Some(SourceId::CaTravel),
        "ca-travel-json/2026-09-24_cta-cap-ht_jyatesbrown_trimmed.json",
    ),
    (
        Some(SourceId::AuSmartraveller),
        "au-smartraveller/2026-04-08_destinations-export_vibe-travel.json",
    ),
    (
        Some(SourceId::DeAa),
        "de-aa-opendata/2026-08-06_opendata_travelwarning_wtg-weather_EDITED.json",
    ),
];

struct Feed {
    name: String,
    /// Where the bytes are (a capture in place, or a synthetic file written on request).
    path: Option<PathBuf>,
    source: Option<SourceId>,
    synthetic: bool,
    bytes: Vec<u8>,
}

struct Opts {
    runs: usize,
    warmup: usize,
    tsv: bool,
    fixtures: PathBuf,
    write_synthetic: Option<PathBuf>,
    dump: Option<PathBuf>,
    only: Option<String>,
    loop_for: Option<Duration>,
}

fn opts() -> Opts {
    let mut o = Opts {
        runs: 101,
        warmup: 20,
        tsv: false,
        fixtures: PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../../../shared/fixtures/advisories"),
        write_synthetic: None,
        dump: None,
        only: None,
        loop_for: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--runs" => o.runs = value().parse().expect("--runs N"),
            "--warmup" => o.warmup = value().parse().expect("--warmup N"),
            "--tsv" => o.tsv = true,
            "--fixtures" => o.fixtures = PathBuf::from(value()),
            "--write-synthetic" => o.write_synthetic = Some(PathBuf::from(value())),
            "--dump" => o.dump = Some(PathBuf::from(value())),
            "--only" => o.only = Some(value()),
            "--loop" => {
                o.loop_for = Some(Duration::from_secs_f64(
                    value().parse().expect("--loop SECONDS"),
                ))
            }
            other => panic!("unknown argument {other}"),
        }
    }
    o.runs = o.runs.max(1);
    o
}

fn feeds(o: &Opts) -> Vec<Feed> {
    let mut out = Vec::new();
    for (source, rel) in CAPTURES {
        let path = o.fixtures.join(rel);
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("skipped: {} missing", path.display());
            continue;
        };
        out.push(Feed {
            name: rel.split('/').next_back().unwrap_or(rel).to_owned(),
            path: Some(path),
            source: *source,
            synthetic: false,
            bytes,
        });
    }
    let find = |s: SourceId| {
        out.iter()
            .find(|f| f.source == Some(s))
            .map(|f| f.bytes.clone())
    };
    let n = synthetic::FULL_SIZE;
    let mut synth = Vec::new();
    if let Some(b) = find(SourceId::UsStateRss) {
        synth.push((
            SourceId::UsStateRss,
            format!("SYNTHETIC_us-state-rss_{n}items.xml"),
            synthetic::us_rss(&b, n),
        ));
    }
    if let Some(b) = find(SourceId::UsStateJson) {
        synth.push((
            SourceId::UsStateJson,
            format!("SYNTHETIC_us-state-json_{n}records.json"),
            synthetic::us_json(&b, n),
        ));
    }
    if let Some(b) = find(SourceId::DeAa) {
        synth.push((
            SourceId::DeAa,
            format!("SYNTHETIC_de-aa-list_{n}rows.json"),
            synthetic::de_list(&b, n),
        ));
    }
    for (source, name, bytes) in synth {
        let path = o.write_synthetic.as_ref().map(|dir| {
            std::fs::create_dir_all(dir).expect("create --write-synthetic dir");
            let p = dir.join(&name);
            std::fs::write(&p, &bytes).expect("write synthetic feed");
            p
        });
        out.push(Feed {
            name,
            path,
            source: Some(source),
            synthetic: true,
            bytes,
        });
    }
    if let Some(only) = &o.only {
        out.retain(|f| f.name.contains(only.as_str()));
    }
    out
}

/// Parses once; returns the record count.
fn run(f: &Feed) -> usize {
    match f.source {
        Some(s) => parse(s, black_box(&f.bytes))
            .map(|p| p.advisories.len())
            .unwrap_or_else(|e| panic!("{}: {e}", f.name)),
        None => uk_fcdo::parse_index(black_box(&f.bytes))
            .map(|v| v.len())
            .unwrap_or_else(|e| panic!("{}: {e}", f.name)),
    }
}

fn dump(f: &Feed, dir: &Path) {
    std::fs::create_dir_all(dir).expect("create --dump dir");
    let json = match f.source {
        Some(s) => serde_json::to_string_pretty(&parse(s, &f.bytes).expect("parses")),
        None => serde_json::to_string_pretty(&uk_fcdo::parse_index(&f.bytes).expect("parses")),
    }
    .expect("serialises");
    std::fs::write(dir.join(format!("{}.out.json", f.name)), json).expect("write dump");
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let o = opts();
    let feeds = feeds(&o);
    if feeds.is_empty() {
        eprintln!("no feeds found under {}", o.fixtures.display());
        std::process::exit(1);
    }
    if let Some(dir) = &o.dump {
        for f in &feeds {
            dump(f, dir);
        }
    }
    if let Some(d) = o.loop_for {
        let start = Instant::now();
        let mut n = 0u64;
        while start.elapsed() < d {
            for f in &feeds {
                black_box(run(f));
            }
            n += 1;
        }
        eprintln!("{n} rounds over {} feed(s)", feeds.len());
        return;
    }
    if o.tsv {
        println!("feed\tsource\tsynthetic\tbytes\trecords\tmedian_ms\tmin_ms\tpath");
    } else {
        println!(
            "parse timing: median of {} runs after {} warm-up runs, one thread, this build's profile",
            o.runs, o.warmup
        );
        println!(
            "{:<78} {:>16} {:>9} {:>7} {:>10} {:>10}",
            "feed", "source", "bytes", "records", "median ms", "min ms"
        );
    }
    for f in &feeds {
        let mut records = 0;
        for _ in 0..o.warmup {
            records = run(f);
        }
        let mut times: Vec<Duration> = (0..o.runs)
            .map(|_| {
                let t = Instant::now();
                records = run(f);
                t.elapsed()
            })
            .collect();
        times.sort();
        let median = times[times.len() / 2];
        let min = times[0];
        let source = f.source.map_or("uk-fcdo (index)", |s| s.as_str());
        if o.tsv {
            println!(
                "{}\t{}\t{}\t{}\t{}\t{:.4}\t{:.4}\t{}",
                f.name,
                source,
                f.synthetic,
                f.bytes.len(),
                records,
                ms(median),
                ms(min),
                f.path
                    .as_ref()
                    .map_or(String::new(), |p| p.display().to_string())
            );
        } else {
            let label = if f.synthetic {
                format!("{} (synthetic)", f.name)
            } else {
                f.name.clone()
            };
            println!(
                "{:<78} {:>16} {:>9} {:>7} {:>10.3} {:>10.3}",
                label,
                source,
                f.bytes.len(),
                records,
                ms(median),
                ms(min)
            );
        }
    }
    if !o.tsv && feeds.iter().any(|f| f.synthetic) {
        println!(
            "SYNTHETIC rows: the capture's own records repeated to {} with distinct real countries \
             (the shared US captures are trimmed to 16/9 records, the German one to 13 rows); not a capture.",
            synthetic::FULL_SIZE
        );
    }
}
