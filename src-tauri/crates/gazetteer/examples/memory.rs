//! What holding the gazetteer costs a process, and whether letting it go gives the memory back (the app drops
//! it after a few idle minutes): `cargo run --release -p lifeboat-gazetteer --example memory`. Linux only: it
//! reads the resident size from /proc.

/// Resident MB of /proc/self/status's `field` ("RssAnon": the heap; "RssFile": mapped files, the compiled-in
/// tables among them, clean pages the kernel can drop and read again).
fn mb(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .unwrap_or(f64::NAN);
    kb / 1024.0
}

fn resident() -> String {
    format!(
        "{:6.1} MB heap, {:5.1} MB mapped files",
        mb("RssAnon"),
        mb("RssFile")
    )
}

fn main() {
    println!("before loading   {}", resident());
    for round in 1..=2 {
        let started = std::time::Instant::now();
        let g = lifeboat_gazetteer::Gazetteer::load();
        let took = started.elapsed();
        let hits = g.search("tehran", 5).len();
        println!(
            "loaded ({round})       {}: {} places in {:.0} ms ({hits} hits for tehran)",
            resident(),
            g.len(),
            took.as_secs_f64() * 1000.0
        );
        drop(g);
        println!("let go ({round})       {}", resident());
    }
}
