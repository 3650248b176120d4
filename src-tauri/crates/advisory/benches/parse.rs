//! Parses each captured feed in ../shared (skipped when absent) and our small fixtures.
//! `cargo bench -p lifeboat-advisory --bench parse`

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
    for (source, rel) in CAPTURES {
        let Ok(bytes) = std::fs::read(base.join(rel)) else {
            println!("skipped: {rel} missing");
            continue;
        };
        let name = rel.split('/').next_back().unwrap_or(rel);
        group.bench_function(name, |b| b.iter(|| parse(*source, black_box(&bytes))));
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_millis(300)).measurement_time(std::time::Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
