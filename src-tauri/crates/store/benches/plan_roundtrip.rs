//! The figure, end to end as the app does it: for the large plan (10 members, 100 contacts, 50 documents,
//! 10 routes of 5 legs, 200 checklist items), save = validate + serialise + encrypt + atomic write + backup, and
//! load = read + verify + decrypt + migrate + parse, after unlock. Targets: ≤ 20 ms each (release). Also one
//! unlock at the default (~1 s) scrypt cost: target 0.5–2 s.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use lifeboat_plan::{migrate, sample, validate};
use lifeboat_store::secrecy::{ExposeSecret, SecretString};
use lifeboat_store::{Vault, VaultOptions};

fn bench_plan_roundtrip(c: &mut Criterion) {
    let plan = sample::large_plan();
    let json = migrate::to_json_pretty(&plan).expect("serialise");
    println!("large plan: {} bytes of JSON", json.len());
    let dir = tempfile::tempdir().expect("temp dir");
    let pass = SecretString::from("benchmark passphrase");

    // One unlock at the real, calibrated work factor, timed once: repeating a 1 s KDF a hundred times would only
    // slow the run down without telling us more.
    let calibrated = Vault::new(dir.path().join("default"), VaultOptions::default());
    drop(calibrated.create(&pass, &json).expect("create"));
    let started = Instant::now();
    calibrated.unlock(&pass).expect("unlock");
    println!(
        "unlock (default scrypt work factor, incl. plan decrypt): {:?}",
        started.elapsed()
    );

    // The saves and loads below do not run the KDF, so a cheap one keeps set-up short.
    let vault = Vault::new(
        dir.path().join("vault"),
        VaultOptions {
            scrypt_log_n: Some(12),
            ..VaultOptions::default()
        },
    );
    let unlocked = vault.create(&pass, &json).expect("create");
    for _ in 0..10 {
        unlocked.save(&json).expect("warm-up save");
    }

    let mut group = c.benchmark_group("large_plan");
    group
        .sample_size(50)
        .measurement_time(Duration::from_secs(8));
    group.bench_function(
        "save (validate + serialise + encrypt + atomic write + backup)",
        |b| {
            b.iter(|| {
                assert!(validate::validate(black_box(&plan), "en").is_empty());
                let bytes = migrate::to_json_pretty(black_box(&plan)).expect("serialise");
                black_box(unlocked.save(&bytes).expect("save"))
            })
        },
    );
    group.bench_function("load (read + decrypt + migrate + parse)", |b| {
        b.iter(|| {
            let bytes = unlocked.load().expect("load");
            black_box(migrate::parse_plan(bytes.expose_secret()).expect("parse"))
        })
    });
    group.finish();
}

criterion_group!(benches, bench_plan_roundtrip);
criterion_main!(benches);
