//! The figure: the large plan (10 members, 100 contacts, 50 documents, 10 routes × 5 legs, 200 checklist
//! items) to PDF in a warm process. Targets: ≤ 50 ms, ≤ 300 KB (release).
//! `cargo bench -p lifeboat-pdf --bench render`

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use lifeboat_pdf::{evict_caches, render, PdfOptions};

fn bench_render(c: &mut Criterion) {
    let large = lifeboat_plan::sample::large_plan();
    let sample_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../tests/fixtures/sample-plan.json"
    );
    let sample = std::fs::read(sample_path)
        .ok()
        .and_then(|b| lifeboat_plan::migrate::parse_plan(&b).ok());
    let opts = PdfOptions::default();

    // The sample plan with and without its points: with them it has a map page.
    let unplaced = sample.clone().map(|mut plan| {
        for leg in plan.routes.iter_mut().flat_map(|r| &mut r.legs) {
            (leg.from_point, leg.to_point, leg.crossing_point) = (None, None, None);
        }
        plan
    });
    for (what, plan) in [("sample plan", &sample), ("without points", &unplaced)] {
        match plan.as_ref().map(|p| render(p, &[], &opts)) {
            Some(Ok(r)) => println!(
                "{what}: {} pages, {} bytes ({:.0} KB)",
                r.pages,
                r.pdf.len(),
                r.pdf.len() as f64 / 1024.0
            ),
            Some(Err(e)) => println!("{what} failed: {e}"),
            None => {}
        }
    }
    match render(&large, &[], &opts) {
        Ok(r) => println!(
            "large plan: {} pages, {} bytes ({:.0} KB), warnings: {:?}",
            r.pages,
            r.pdf.len(),
            r.pdf.len() as f64 / 1024.0,
            r.warnings
        ),
        Err(e) => {
            println!("large plan failed: {e}");
            return;
        }
    }

    let mut group = c.benchmark_group("render");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(10));
    // As the app exports: fonts and the standard library already loaded, Typst's memo cache emptied after each
    // export (so nothing of the previous layout is reused).
    group.bench_function("large plan, export then evict (as the app)", |b| {
        b.iter(|| {
            let r = render(black_box(&large), &[], &opts);
            evict_caches();
            r
        })
    });
    // The same plan again with the memo cache kept: what an unchanged re-export costs.
    group.bench_function("large plan, memo cache kept", |b| {
        b.iter(|| render(black_box(&large), &[], &opts))
    });
    // An edit between two exports with the memo cache kept: what the app would pay if it evicted less often.
    let mut edited = large.clone();
    let mut flip = false;
    group.bench_function(
        "large plan, one phone number changed, memo cache kept",
        |b| {
            b.iter(|| {
                flip = !flip;
                edited.contacts[7].phones[0] = if flip {
                    "+98 21 5555 9999"
                } else {
                    "+98 21 5555 0007"
                }
                .into();
                render(black_box(&edited), &[], &opts)
            })
        },
    );
    evict_caches();
    if let Some(sample) = &sample {
        group.bench_function("sample plan, export then evict", |b| {
            b.iter(|| {
                let r = render(black_box(sample), &[], &opts);
                evict_caches();
                r
            })
        });
    }
    // The same plan with no point on any leg has no map page: the difference is what the map costs.
    if let Some(unplaced) = &unplaced {
        group.bench_function(
            "sample plan without points (no map page), export then evict",
            |b| {
                b.iter(|| {
                    let r = render(black_box(unplaced), &[], &opts);
                    evict_caches();
                    r
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, bench_render);
criterion_main!(benches);
