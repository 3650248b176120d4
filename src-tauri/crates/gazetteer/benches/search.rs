//! A keystroke's search (the picker asks on every one) and the first use's load.
//! `cargo bench -p lifeboat-gazetteer --bench search`

use std::hint::black_box;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use lifeboat_gazetteer::Gazetteer;

fn bench_search(c: &mut Criterion) {
    let started = Instant::now();
    let g = Gazetteer::load();
    println!("loading {} places: {:?}", g.len(), started.elapsed());
    for query in ["Teh", "تهران", "Bazargan"] {
        c.bench_function(&format!("search {query}"), |b| {
            b.iter(|| g.search(black_box(query), 10))
        });
    }
}

criterion_group!(benches, bench_search);
criterion_main!(benches);
