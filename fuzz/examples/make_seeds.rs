//! Writes the seeds that cannot be copied from files: real vault files and exports made with the fuzz
//! targets' passphrase and scrypt cost, and plan documents built by the plan crate. `scripts/fuzz` runs it
//! (a normal build, no sanitizer) and copies the feed captures itself.
//!
//! ```sh
//! cargo run --manifest-path fuzz/Cargo.toml --example make_seeds -- fuzz/corpus
//! ```

use std::io::Write;
use std::path::Path;

use lifeboat_fuzz::{join_vault_input, store_options, store_passphrase};
use lifeboat_store::Vault;

fn put(corpus: &Path, target: &str, name: &str, bytes: &[u8]) {
    let dir = corpus.join(target);
    std::fs::create_dir_all(&dir).expect("corpus dir");
    std::fs::write(dir.join(name), bytes).expect("write seed");
}

fn main() {
    let corpus = std::env::args_os()
        .nth(1)
        .map(std::path::PathBuf::from)
        .expect("usage: make_seeds CORPUS_DIR");

    // Plans: the large benchmark plan, a version 1 document, the smallest valid one, and a few near misses.
    let large = lifeboat_plan::sample::large_plan();
    let large_json = lifeboat_plan::migrate::to_json_pretty(&large).expect("serialise");
    put(&corpus, "plan_import", "large-plan.json", &large_json);
    put(
        &corpus,
        "plan_import",
        "minimal-v1.json",
        br#"{"schema_version":1}"#,
    );
    put(
        &corpus,
        "plan_import",
        "minimal-v2.json",
        br#"{"schema_version":2}"#,
    );
    put(
        &corpus,
        "plan_import",
        "newer.json",
        br#"{"schema_version":3}"#,
    );
    put(
        &corpus,
        "plan_import",
        "wrong-type.json",
        br#"{"schema_version":2,"contacts":[{"name":"A","priority":"high"}]}"#,
    );
    put(
        &corpus,
        "plan_import",
        "unknown-field.json",
        br#"{"schema_version":2,"profile":{"name":"A","shoe_size":44}}"#,
    );

    // Exports: armored (as the app writes them) and binary, of a small and the large plan.
    let pass = store_passphrase();
    let opts = store_options();
    for (name, plain) in [
        ("small", &br#"{"schema_version":2}"#[..]),
        ("large", &large_json),
    ] {
        let armored = lifeboat_store::encrypt_with_passphrase(plain, &pass, &opts).expect("export");
        put(
            &corpus,
            "store_export",
            &format!("{name}.age.asc"),
            &armored,
        );
        let mut recipient = age::scrypt::Recipient::new(pass.clone());
        recipient.set_work_factor(1);
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .expect("encryptor");
        let mut binary = Vec::new();
        let mut w = encryptor.wrap_output(&mut binary).expect("wrap");
        w.write_all(plain).expect("encrypt");
        w.finish().expect("finish");
        put(&corpus, "store_export", &format!("{name}.age"), &binary);
    }

    // Vault folders: just created, after a save, and with a recovery key; raw and re-framed.
    let tmp = tempfile::tempdir().expect("temp dir");
    let vault = Vault::new(tmp.path().join("v"), opts.clone());
    let mut unlocked = vault
        .create(&pass, br#"{"schema_version":2}"#)
        .expect("create");
    let snapshot = |label: &str| {
        let key = std::fs::read(tmp.path().join("v/key.age")).expect("key");
        let plan = std::fs::read(tmp.path().join("v/plan.age")).expect("plan");
        for framed in [false, true] {
            let name = format!("{label}-{}", if framed { "framed" } else { "raw" });
            put(
                &corpus,
                "store_vault",
                &name,
                &join_vault_input(framed, &key, &plan),
            );
        }
    };
    snapshot("created");
    unlocked.save(&large_json).expect("save");
    snapshot("saved-large");
    unlocked.add_recovery_key(&pass).expect("recovery key");
    snapshot("recovery-key");
    println!("seeds written to {}", corpus.display());
}
