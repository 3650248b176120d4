//! The fonts the PDF is set in: four embedded faces, and a CJK face looked up on the system when the plan needs
//! one.
//!
//! CJK faces are 4–20 MB each; embedding one would more than double the font payload for a minority of plans,
//! so the app borrows whatever the system has and Typst subsets it into the PDF like the others.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, Mutex};

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

use crate::PdfError;

/// Family names as the font files declare them; the template receives them in this order as its fallback list.
pub(crate) const LATIN: &str = "Noto Sans";
pub(crate) const ARABIC: &str = "Vazirmatn";
/// Check boxes (☐ ☑) and the scripts the first two lack (Hebrew, Georgian, Armenian…).
pub(crate) const SYMBOLS: &str = "DejaVu Sans";

const EMBEDDED_FILES: [(&str, &[u8]); 5] = [
    (
        "NotoSans-Regular.ttf",
        include_bytes!(env!("LIFEBOAT_FONT_NOTO_SANS_REGULAR")),
    ),
    (
        "NotoSans-Bold.ttf",
        include_bytes!(env!("LIFEBOAT_FONT_NOTO_SANS_BOLD")),
    ),
    (
        "Vazirmatn-Regular.ttf",
        include_bytes!(env!("LIFEBOAT_FONT_VAZIRMATN_REGULAR")),
    ),
    (
        "Vazirmatn-Bold.ttf",
        include_bytes!(env!("LIFEBOAT_FONT_VAZIRMATN_BOLD")),
    ),
    (
        "DejaVuSans.ttf",
        include_bytes!(env!("LIFEBOAT_FONT_DEJAVU_SANS")),
    ),
];

/// Parsed once per process: parsing reads every face's cmap and would otherwise cost each export.
static EMBEDDED: LazyLock<Result<Vec<Font>, &'static str>> = LazyLock::new(|| {
    EMBEDDED_FILES
        .iter()
        .map(|(name, data)| Font::new(Bytes::new(*data), 0).ok_or(*name))
        .collect()
});

static EMBEDDED_BOOK: LazyLock<LazyHash<FontBook>> = LazyLock::new(|| {
    let fonts = EMBEDDED.as_ref().map(Vec::as_slice).unwrap_or_default();
    LazyHash::new(FontBook::from_fonts(fonts))
});

pub(crate) fn embedded() -> Result<&'static [Font], PdfError> {
    EMBEDDED
        .as_ref()
        .map(Vec::as_slice)
        .map_err(|name| PdfError::Font(name))
}

pub(crate) fn embedded_book() -> &'static LazyHash<FontBook> {
    &EMBEDDED_BOOK
}

/// The folders this system keeps fonts in, searched for a CJK face ([`font_dirs`] for this OS and environment).
pub(crate) fn system_font_dirs() -> Vec<PathBuf> {
    font_dirs(std::env::consts::OS, |name| std::env::var_os(name))
}

/// The font folders of `os` (as `std::env::consts::OS` names it), system-wide and the user's own, with the
/// environment read through `var` so that every platform's list is tested on any machine.
pub(crate) fn font_dirs(os: &str, var: impl Fn(&str) -> Option<OsString>) -> Vec<PathBuf> {
    let from = |name: &str| var(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    match os {
        // Fonts installed for everyone, then those a user installed for themselves (Windows 10 1809 on).
        "windows" => {
            let windows = from("WINDIR")
                .or_else(|| from("SystemRoot"))
                .unwrap_or_else(|| PathBuf::from(r"C:\Windows"));
            let mut dirs = vec![windows.join("Fonts")];
            if let Some(local) = from("LOCALAPPDATA") {
                dirs.push(local.join(r"Microsoft\Windows\Fonts"));
            }
            dirs
        }
        // The system's faces (Hiragino, PingFang, Apple SD Gothic Neo; Songti under Supplemental), those installed
        // for all users, and the user's own.
        "macos" => {
            let mut dirs = vec![
                PathBuf::from("/System/Library/Fonts"),
                PathBuf::from("/Library/Fonts"),
            ];
            if let Some(home) = from("HOME") {
                dirs.push(home.join("Library/Fonts"));
            }
            dirs
        }
        // Where fontconfig looks on Linux and the BSDs, system-wide and per user.
        _ => {
            let mut dirs = vec![
                PathBuf::from("/usr/share/fonts"),
                PathBuf::from("/usr/local/share/fonts"),
            ];
            if let Some(home) = from("HOME") {
                dirs.push(home.join(".local/share/fonts"));
                dirs.push(home.join(".fonts"));
            }
            if let Some(data) = from("XDG_DATA_HOME") {
                dirs.push(data.join("fonts"));
            }
            dirs
        }
    }
}

/// Han, kana, Hangul and their punctuation: text the embedded faces cannot show.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF     // Hangul Jamo
        | 0x2E80..=0x2FDF   // CJK radicals, Kangxi radicals
        | 0x3000..=0x303F   // CJK symbols and punctuation
        | 0x3040..=0x30FF   // Hiragana, Katakana
        | 0x3100..=0x31FF   // Bopomofo, Hangul compatibility Jamo, Kanbun, Katakana extensions
        | 0x3200..=0x33FF   // enclosed CJK, compatibility
        | 0x3400..=0x4DBF   // extension A
        | 0x4E00..=0x9FFF   // unified ideographs
        | 0xA960..=0xA97F   // Hangul Jamo extended A
        | 0xAC00..=0xD7FF   // Hangul syllables, Jamo extended B
        | 0xF900..=0xFAFF   // compatibility ideographs
        | 0xFE30..=0xFE4F   // compatibility forms
        | 0xFF00..=0xFFEF   // half- and full-width forms
        | 0x20000..=0x3134F // extensions B–H
    )
}

/// The last search's folders and result, so a process that typesets more than once (tests, benchmarks) walks the
/// font folders once. The app's own exports each run in a fresh `lifeboat-pdf`.
static CJK: Mutex<Option<(Vec<PathBuf>, Option<Font>)>> = Mutex::new(None);

/// The system face that covers the most of `needed`, or `None` when no CJK face is installed.
pub(crate) fn cjk_font(dirs: &[PathBuf], needed: &[char]) -> Option<Font> {
    let covers_all = |f: &Font| needed.iter().all(|&c| f.info().coverage.contains(c as u32));
    // A poisoned lock only means another export panicked mid-search; the cache is rebuilt below.
    let mut cache = CJK.lock().unwrap_or_else(|p| p.into_inner());
    match cache.as_ref() {
        // Searched before: nothing found, or a face that covers this plan too. A plan with characters the cached
        // face lacks looks again.
        Some((d, found)) if d == dirs && found.as_ref().is_none_or(covers_all) => found.clone(),
        _ => {
            let found = search(dirs, needed);
            *cache = Some((dirs.to_vec(), found.clone()));
            found
        }
    }
}

/// Names that identify CJK faces, best first within each system's own: Linux packages', then Windows' (YaHei,
/// JhengHei, SimSun, SimHei, Yu Gothic, Meiryo, MS Gothic, Malgun Gothic, MingLiU, Batang, Gulim), then macOS'
/// (PingFang, Hiragino, STHeiti, Apple SD Gothic Neo, Songti, AppleGothic). Matching on file names keeps the search
/// to a handful of files instead of parsing every font on the system.
const CJK_NAMES: [&str; 31] = [
    "notosanscjk",
    "sourcehansans",
    "notoserifcjk",
    "sourcehanserif",
    "wqy-microhei",
    "wqy-zenhei",
    "droidsansfallback",
    "ipagp",
    "ipag",
    "takao",
    "nanumgothic",
    "unbatang",
    "uming",
    "ukai",
    "msyh",
    "msjh",
    "simsun",
    "simhei",
    "yugoth",
    "meiryo",
    "msgothic",
    "malgun",
    "mingliu",
    "batang",
    "gulim",
    "pingfang",
    "hiragino",
    "stheiti",
    "applesdgothicneo",
    "songti",
    "applegothic",
];

fn rank(path: &Path) -> Option<(usize, bool)> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    if !(name.ends_with(".ttf") || name.ends_with(".otf") || name.ends_with(".ttc")) {
        return None;
    }
    let idx = CJK_NAMES.iter().position(|n| name.contains(n))?;
    // Regular weights first: body text is regular, and Typst emboldens nothing it cannot find.
    let heavy = ["bold", "black", "heavy", "light", "thin", "medium"]
        .iter()
        .any(|w| name.contains(w));
    Some((idx, heavy))
}

/// The CJK-named font files under `dirs`, best first. Depth-limited and without following directory symlinks,
/// so a loop in a user's font folder cannot hang an export.
fn candidates(dirs: &[PathBuf]) -> Vec<((usize, bool), PathBuf)> {
    let mut found: Vec<_> = dirs
        .iter()
        .flat_map(|dir| walkdir::WalkDir::new(dir).max_depth(7))
        .flatten()
        .filter(|e| e.file_type().is_file() || (e.path_is_symlink() && e.path().is_file()))
        .filter_map(|e| Some((rank(e.path())?, e.into_path())))
        .collect();
    found.sort();
    found
}

fn search(dirs: &[PathBuf], needed: &[char]) -> Option<Font> {
    let mut best: Option<(usize, Font)> = None;
    for (_, path) in candidates(dirs) {
        let Ok(data) = std::fs::read(&path) else {
            continue;
        };
        for font in Font::iter(Bytes::new(data)) {
            let covered = needed
                .iter()
                .filter(|&&c| font.info().coverage.contains(c as u32))
                .count();
            if covered == needed.len() {
                return Some(font);
            }
            if covered > best.as_ref().map_or(0, |(n, _)| *n) {
                best = Some((covered, font));
            }
        }
    }
    best.map(|(_, f)| f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_fonts_parse_and_declare_the_families_the_template_names() {
        let fonts = embedded().unwrap_or_default();
        assert_eq!(fonts.len(), 5);
        let families: Vec<_> = fonts.iter().map(|f| f.info().family.as_str()).collect();
        for family in [LATIN, ARABIC, SYMBOLS] {
            assert!(families.contains(&family), "{family} not in {families:?}");
        }
        let covers = |family: &str, c: char| {
            fonts
                .iter()
                .any(|f| f.info().family == family && f.info().coverage.contains(c as u32))
        };
        assert!(covers(ARABIC, 'ی') && covers(ARABIC, 'پ'));
        assert!(covers(LATIN, 'Ж') && covers(LATIN, 'ğ') && covers(LATIN, '•'));
        assert!(covers(SYMBOLS, '☐') && covers(SYMBOLS, '☑'));
    }

    #[test]
    fn cjk_ranges() {
        assert!("李明".chars().all(is_cjk));
        assert!("ひらがな한국어".chars().all(is_cjk));
        assert!(!"Léa علی Мария".chars().any(is_cjk));
    }

    #[test]
    fn the_search_skips_directory_symlinks_and_stops_seven_levels_down() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        let deep = root.join("1/2/3/4/5/6");
        std::fs::create_dir_all(deep.join("7")).expect("dirs");
        std::fs::write(deep.join("NotoSansCJK-Regular.ttc"), b"").expect("font");
        std::fs::write(deep.join("7/wqy-microhei.ttc"), b"").expect("too deep");
        std::fs::write(root.join("notes.txt"), b"").expect("not a font");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root, root.join("loop")).expect("loop");
            std::os::unix::fs::symlink(deep.join("NotoSansCJK-Regular.ttc"), root.join("ukai.ttf"))
                .expect("file link");
        }
        let found: Vec<PathBuf> = candidates(&[root.to_path_buf()])
            .into_iter()
            .map(|(_, p)| p)
            .collect();
        let mut expected = vec![deep.join("NotoSansCJK-Regular.ttc")];
        if cfg!(unix) {
            expected.push(root.join("ukai.ttf"));
        }
        assert_eq!(found, expected);
    }

    fn dirs(os: &str, env: &[(&str, &str)]) -> Vec<PathBuf> {
        font_dirs(os, |name| {
            env.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| OsString::from(v))
        })
    }

    #[test]
    fn each_system_is_searched_in_its_own_font_folders() {
        let p = |s: &str| PathBuf::from(s);
        assert_eq!(
            dirs(
                "windows",
                &[
                    ("WINDIR", r"D:\Win"),
                    ("LOCALAPPDATA", r"C:\Users\lea\AppData\Local"),
                    ("HOME", "/home/lea"),
                ]
            ),
            [
                p(r"D:\Win").join("Fonts"),
                p(r"C:\Users\lea\AppData\Local").join(r"Microsoft\Windows\Fonts")
            ]
        );
        assert_eq!(
            dirs("windows", &[("WINDIR", ""), ("SystemRoot", r"C:\WINNT")]),
            [p(r"C:\WINNT").join("Fonts")],
            "an empty variable counts as unset"
        );
        assert_eq!(dirs("windows", &[]), [p(r"C:\Windows").join("Fonts")]);
        assert_eq!(
            dirs("macos", &[("HOME", "/Users/lea"), ("XDG_DATA_HOME", "/x")]),
            [
                p("/System/Library/Fonts"),
                p("/Library/Fonts"),
                p("/Users/lea/Library/Fonts")
            ]
        );
        assert_eq!(
            dirs(
                "linux",
                &[("HOME", "/home/lea"), ("XDG_DATA_HOME", "/home/lea/data")]
            ),
            [
                p("/usr/share/fonts"),
                p("/usr/local/share/fonts"),
                p("/home/lea/.local/share/fonts"),
                p("/home/lea/.fonts"),
                p("/home/lea/data/fonts")
            ]
        );
        assert!(
            !dirs("windows", &[("HOME", "/home/lea")])
                .iter()
                .chain(&dirs("macos", &[]))
                .any(|d| d.starts_with("/usr")),
            "nothing outside Linux reads /usr/share/fonts"
        );
    }

    #[test]
    fn windows_and_macos_cjk_faces_are_found_by_their_file_names() {
        let r = |s: &str| rank(Path::new(s)).map(|(i, heavy)| (CJK_NAMES[i], heavy));
        assert_eq!(r(r"C:\Windows\Fonts\msyh.ttc"), Some(("msyh", false)));
        assert_eq!(r(r"C:\Windows\Fonts\YuGothR.ttc"), Some(("yugoth", false)));
        assert_eq!(r(r"C:\Windows\Fonts\malgun.ttf"), Some(("malgun", false)));
        assert_eq!(r(r"C:\Windows\Fonts\SimSun.ttc"), Some(("simsun", false)));
        assert_eq!(
            r("/System/Library/Fonts/Hiragino Sans GB.ttc"),
            Some(("hiragino", false))
        );
        assert_eq!(
            r("/System/Library/Fonts/PingFang.ttc"),
            Some(("pingfang", false))
        );
        assert_eq!(
            r("/System/Library/Fonts/STHeiti Medium.ttc"),
            Some(("stheiti", true))
        );
        assert_eq!(
            r("/System/Library/Fonts/AppleSDGothicNeo.ttc"),
            Some(("applesdgothicneo", false))
        );
        assert_eq!(r(r"C:\Windows\Fonts\arial.ttf"), None);
        assert_eq!(r("/System/Library/Fonts/Helvetica.ttc"), None);
    }

    #[test]
    fn names_rank_regular_cjk_faces_first() {
        let r = |s: &str| rank(Path::new(s));
        assert_eq!(r("/x/NotoSansCJK-Regular.ttc"), Some((0, false)));
        assert_eq!(r("/x/NotoSansCJK-Bold.ttc"), Some((0, true)));
        assert_eq!(r("/x/DroidSansFallbackFull.ttf"), Some((6, false)));
        assert_eq!(r("/x/NotoSans-Regular.ttf"), None);
        assert_eq!(r("/x/NotoSansCJK.txt"), None);
    }
}
