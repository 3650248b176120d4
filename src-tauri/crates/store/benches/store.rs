//! Save / load of a ~300 KB plan after unlock, plus one unlock at the default (~1 s) scrypt cost.
//!
//! Targets: save ≤ 20 ms, load ≤ 20 ms (release); unlock 0.5–2 s.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use lifeboat_store::secrecy::{ExposeSecret, SecretString};
use lifeboat_store::{Vault, VaultOptions};

/// Deterministic JSON-like document of about `target` bytes (no RNG dependency).
fn plan_json(target: usize) -> Vec<u8> {
    let mut out = String::with_capacity(target + 256);
    out.push_str("{\"version\":3,\"contacts\":[");
    let mut i: u64 = 0;
    while out.len() < target {
        let x = i.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            "{{\"id\":\"c{i:06}\",\"name\":\"Person {x:016x}\",\"phone\":\"+{:011}\",\"notes\":\"Meet at checkpoint {} before {:02}:00; bring documents set {}\",\"done\":{}}}",
            x % 100_000_000_000,
            x % 97,
            x % 24,
            x % 13,
            x % 2 == 0
        ));
        i += 1;
    }
    out.push_str("]}");
    out.into_bytes()
}

fn bench_store(c: &mut Criterion) {
    let plan = plan_json(300 * 1024);
    let dir = tempfile::tempdir().expect("temp dir");
    let pass = SecretString::from("benchmark passphrase");

    // One unlock at the real, calibrated work factor, timed once: repeating a 1 s KDF a hundred
    // times would only slow the run down without telling us more.
    let vault = Vault::new(dir.path().join("default"), VaultOptions::default());
    let started = Instant::now();
    let unlocked = vault.create(&pass, &plan).expect("create");
    println!(
        "create (default scrypt work factor): {:?}",
        started.elapsed()
    );
    drop(unlocked);
    let started = Instant::now();
    let (unlocked, plaintext) = vault.unlock(&pass).expect("unlock");
    println!(
        "unlock (default scrypt work factor, incl. plan decrypt): {:?}",
        started.elapsed()
    );
    assert_eq!(plaintext.expose_secret().len(), plan.len());
    println!("plan size: {} bytes", plan.len());

    let mut group = c.benchmark_group("store");
    group
        .sample_size(50)
        .measurement_time(Duration::from_secs(8));
    // Steady state: after 10 saves every further save also prunes one backup.
    for _ in 0..10 {
        unlocked.save(&plan).expect("warm-up save");
    }
    group.bench_function("save_300k (encrypt + atomic write + backup + prune)", |b| {
        b.iter(|| black_box(unlocked.save(black_box(&plan)).expect("save")))
    });
    group.bench_function("load_300k (read + verify + decrypt)", |b| {
        b.iter(|| black_box(unlocked.load().expect("load")))
    });
    group.finish();
}

criterion_group!(benches, bench_store);
criterion_main!(benches);
