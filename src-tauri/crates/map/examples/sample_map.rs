//! Writes the sample plan's map to an SVG file, to look at (or convert for the README):
//! `cargo run -p lifeboat-map --example sample_map -- map.svg`

#[path = "../tests/common/sample.rs"]
mod sample;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "sample-map.svg".into());
    let map = lifeboat_map::render(&sample::sample())?;
    std::fs::write(&out, &map.svg)?;
    println!("{out}: {} bytes, skipped {:?}", map.svg.len(), map.skipped);
    Ok(())
}
