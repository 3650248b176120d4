//! Finds the fonts the PDF embeds and hands their paths to `include_bytes!` through `rustc-env`.
//!
//! They come from packages rather than from the repository so that the licences and updates stay with their
//! maintainers (Debian's fonts-noto-core, npm's vazirmatn). A missing file fails the build here, naming the
//! package that provides it, instead of producing a binary that prints boxes.

use std::path::{Path, PathBuf};

struct FontFile {
    /// The `env!` name `src/fonts.rs` reads.
    env: &'static str,
    /// Candidate locations, first match wins.
    candidates: Vec<PathBuf>,
    /// What to install when none exists.
    provider: &'static str,
}

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    // The repository root: src-tauri/crates/pdf -> ../../..
    let root = manifest.join("../../..");
    let vazirmatn = root.join("ui/node_modules/vazirmatn/fonts/ttf");
    // LIFEBOAT_FONT_DIR lets a packager on a distribution with another layout point at a directory holding all
    // the files below.
    let extra: Option<PathBuf> = std::env::var_os("LIFEBOAT_FONT_DIR").map(PathBuf::from);
    println!("cargo:rerun-if-env-changed=LIFEBOAT_FONT_DIR");

    let debian_noto = Path::new("/usr/share/fonts/truetype/noto");
    let debian_dejavu = Path::new("/usr/share/fonts/truetype/dejavu");
    let with_extra = |name: &str, mut dirs: Vec<PathBuf>| {
        if let Some(dir) = &extra {
            dirs.insert(0, dir.clone());
        }
        dirs.into_iter().map(|d| d.join(name)).collect::<Vec<_>>()
    };

    let fonts = [
        FontFile {
            env: "LIFEBOAT_FONT_NOTO_SANS_REGULAR",
            candidates: with_extra("NotoSans-Regular.ttf", vec![debian_noto.into()]),
            provider: "the Debian package fonts-noto-core (run scripts/install-deps)",
        },
        FontFile {
            env: "LIFEBOAT_FONT_NOTO_SANS_BOLD",
            candidates: with_extra("NotoSans-Bold.ttf", vec![debian_noto.into()]),
            provider: "the Debian package fonts-noto-core (run scripts/install-deps)",
        },
        FontFile {
            env: "LIFEBOAT_FONT_DEJAVU_SANS",
            candidates: with_extra("DejaVuSans.ttf", vec![debian_dejavu.into()]),
            provider: "the Debian package fonts-dejavu-core (run scripts/install-deps)",
        },
        FontFile {
            env: "LIFEBOAT_FONT_VAZIRMATN_REGULAR",
            candidates: with_extra("Vazirmatn-Regular.ttf", vec![vazirmatn.clone()]),
            provider: "the npm package vazirmatn (run scripts/install-deps, or `npm ci` in ui/)",
        },
        FontFile {
            env: "LIFEBOAT_FONT_VAZIRMATN_BOLD",
            candidates: with_extra("Vazirmatn-Bold.ttf", vec![vazirmatn]),
            provider: "the npm package vazirmatn (run scripts/install-deps, or `npm ci` in ui/)",
        },
    ];

    let mut missing = Vec::new();
    for font in &fonts {
        match font.candidates.iter().find(|p| p.is_file()) {
            Some(path) => {
                let path = path.canonicalize().unwrap_or_else(|_| path.clone());
                // Only the file in use: a path that does not exist would make Cargo rerun this script every build.
                println!("cargo:rerun-if-changed={}", path.display());
                println!("cargo:rustc-env={}={}", font.env, path.display());
            }
            None => missing.push(format!(
                "  {} (looked for {}); it comes from {}",
                font.env,
                font.candidates
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                font.provider
            )),
        }
    }
    if !missing.is_empty() {
        panic!(
            "lifeboat-pdf embeds these fonts and could not find them:\n{}",
            missing.join("\n")
        );
    }
}
