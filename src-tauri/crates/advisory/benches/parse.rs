//! Parses each captured feed in ../shared (skipped when absent), then SYNTHETIC full-size feeds built from
//! the trimmed captures (see `support/synthetic.rs`): the shared US captures hold 16 JSON records and 9 RSS
//! items and the German one 13 rows, where the live feeds carry ~219 countries.
//! `cargo bench -p lifeboat-advisory --bench parse`

#[path = "support/synthetic.rs"]
mod synthetic;

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion};
use lifeboat_advisory::{parse, SourceId};

const CAPTURES: &[(SourceId, &str)] = &[
    (
        SourceId::UsStateRss,
        "us-state-rss/2026-10-07_TAsTWs_jyatesbrown_first9items.xml",
    ),
    (
        SourceId::UsStateJson,
        "us-state-json/2026-08-14_cadataapi_TravelAdvisories_wtg-weather_trimmed.json",
    ),
    (
        SourceId::UkFcdo,
        "uk-fcdo-content/2026-10-07_haiti_jyatesbrown_trimmed.json",
    ),
    (
        SourceId::UkFcdo,
        "uk-fcdo-content/2017-02-14_albania_publishing-api-example_full-country.json",
    ),
    (
        SourceId::CaTravel,
        "ca-travel-json/2014-03-02_index-alpha-eng.json",
    ),
    (
        SourceId::CaTravel,
        "ca-travel-json/2026-09-24_cta-cap-ht_jyatesbrown_trimmed.json",
    ),
    (
        SourceId::AuSmartraveller,
        "au-smartraveller/2026-04-08_destinations-export_vibe-travel.json",
    ),
    (
        SourceId::DeAa,
        "de-aa-opendata/2026-08-06_opendata_travelwarning_wtg-weather_EDITED.json",
    ),
];

fn bench(c: &mut Criterion) {
    let base =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/fixtures/advisories");
    if !base.is_dir() {
        println!("skipped: ../shared not present");
        return;
    }
    let mut group = c.benchmark_group("parse");
    let mut loaded = Vec::new();
    for (source, rel) in CAPTURES {
        let Ok(bytes) = std::fs::read(base.join(rel)) else {
            println!("skipped: {rel} missing");
            continue;
        };
        let name = rel.split('/').next_back().unwrap_or(rel);
        group.bench_function(name, |b| b.iter(|| parse(*source, black_box(&bytes))));
        loaded.push((*source, bytes));
    }
    group.finish();

    // Full-size stand-ins: NOT captures. Each record is a real one from the capture, repeated with a
    // distinct real country so the count matches the live feeds.
    let n = synthetic::FULL_SIZE;
    let capture = |s: SourceId| loaded.iter().find(|(id, _)| *id == s).map(|(_, b)| b);
    let mut full = Vec::new();
    if let Some(b) = capture(SourceId::UsStateRss) {
        full.push((SourceId::UsStateRss, synthetic::us_rss(b, n)));
    }
    if let Some(b) = capture(SourceId::UsStateJson) {
        full.push((SourceId::UsStateJson, synthetic::us_json(b, n)));
    }
    if let Some(b) = capture(SourceId::DeAa) {
        full.push((SourceId::DeAa, synthetic::de_list(b, n)));
    }
    println!(
        "SYNTHETIC: the parse_synthetic_full_size group repeats the trimmed captures' own records to {n} \
         countries; these are not captures"
    );
    let mut group = c.benchmark_group("parse_synthetic_full_size");
    for (source, bytes) in &full {
        let name = format!("SYNTHETIC_{source}_{n}_records_{}KB", bytes.len() / 1024);
        group.bench_function(&name, |b| b.iter(|| parse(*source, black_box(bytes))));
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_millis(300)).measurement_time(std::time::Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
