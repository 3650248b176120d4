//! Embeds the catalogue: every `locales/<locale>/<area>.ftl` at the repository root becomes one `include_str!`
//! row of `$OUT_DIR/catalogue.rs`, so adding a file needs no edit here and the binary needs no files at run time.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    )
    .join("../../../locales");
    // The folder and each locale folder: a file added or removed changes the directory, an edit changes the file.
    println!("cargo:rerun-if-changed={}", root.display());
    let mut rows = Vec::new();
    for locale in sorted_entries(&root) {
        if !locale.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", locale.display());
        for file in sorted_entries(&locale) {
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                rows.push((name_of(&locale), stem_of(&file), file));
            }
        }
    }
    let mut out = String::from(
        "/// Every catalogue file: (locale, area, text), sorted by locale then area.\n",
    );
    out.push_str("pub(crate) static FILES: &[(&str, &str, &str)] = &[\n");
    for (locale, area, path) in rows {
        let path = path.canonicalize().expect("a listed file exists");
        writeln!(
            out,
            "    ({locale:?}, {area:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("writing to a String cannot fail");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("catalogue.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    entries
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn stem_of(path: &Path) -> String {
    path.file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
