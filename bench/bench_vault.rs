//! Creates a vault holding the large plan, for `bench/run`: `cargo run --release --example bench-vault -- DIR`
//! with the passphrase on stdin. The key file uses a cheap scrypt cost so the start-up figure measures the app,
//! not the one-second key derivation (which `cargo bench -p lifeboat-store` reports on its own).

use std::io::BufRead;

use lifeboat_store::secrecy::SecretString;
use lifeboat_store::{Vault, VaultOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .ok_or("usage: bench-vault DIR < passphrase")?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let pass = SecretString::from(line.trim_end().to_owned());
    let mut plan = lifeboat_plan::sample::large_plan();
    // The memory figures are taken after 10 s and 10 minutes; the plan must still be open then.
    plan.settings.auto_lock_minutes = 0;
    let json = lifeboat_plan::migrate::to_json_pretty(&plan)?;
    let opts = VaultOptions {
        scrypt_log_n: Some(10),
        ..VaultOptions::default()
    };
    Vault::new(&dir, opts).create(&pass, &json)?;
    println!("large plan ({} bytes of JSON) stored in {dir}", json.len());
    Ok(())
}
