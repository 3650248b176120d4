//! Prints what the picker would offer: `cargo run -p lifeboat-gazetteer --example search -- تهران`

fn main() {
    let query = std::env::args().nth(1).unwrap_or_default();
    for hit in lifeboat_gazetteer::Gazetteer::load().search(&query, 10) {
        let p = hit.place;
        println!(
            "{:<10} {:<28} {:<40} {} {:.4} {:.4} {}",
            hit.matched,
            p.source(),
            p.name,
            p.country,
            p.lat,
            p.lon,
            p.population
        );
    }
}
