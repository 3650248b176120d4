//! The figure: the sample plan's three routes drawn to SVG, borders already decoded (as in a running
//! app, where the first map pays the decoding once). `cargo bench -p lifeboat-map --bench render`

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};

#[path = "../tests/common/sample.rs"]
mod sample;

fn bench_render(c: &mut Criterion) {
    let started = Instant::now();
    lifeboat_map::Borders::get().expect("the compiled-in borders decode");
    println!("decoding the borders once: {:?}", started.elapsed());
    let input = sample::sample();
    let map = lifeboat_map::render(&input).expect("the sample renders");
    println!("sample map: {} bytes of SVG", map.svg.len());
    c.bench_function("render the sample plan's map", |b| {
        b.iter(|| lifeboat_map::render(black_box(&input)))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(5)).sample_size(50);
    targets = bench_render
}
criterion_main!(benches);
