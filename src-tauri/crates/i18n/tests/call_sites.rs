//! Every message the code asks for exists: each literal id at a call site, in the UI (`t('…')` in ui/src) and in
//! Rust (`t!(locale, "…")`, `tr(locale, "…")` under src-tauri), is an English message (and attribute). This is
//! the compile-time key check `i18n-embed-fl` would give Rust alone, for both sides (see the crate's docs).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Entry;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

/// English's ids, each with its attributes.
fn english() -> BTreeMap<String, BTreeSet<String>> {
    let mut ids = BTreeMap::new();
    let dir = repo().join("locales/en");
    for entry in std::fs::read_dir(&dir)
        .expect("locales/en exists")
        .flatten()
    {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
        for e in resource.body {
            if let Entry::Message(m) = e {
                let attributes = m.attributes.iter().map(|a| a.id.name.to_owned()).collect();
                ids.insert(m.id.name.to_owned(), attributes);
            }
        }
    }
    ids
}

fn files_under(dir: &Path, extensions: &[&str], skip: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !skip.contains(&name.as_str()) {
                files_under(&path, extensions, skip, out);
            }
        } else if extensions.iter().any(|x| name.ends_with(x)) {
            out.push(path);
        }
    }
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c == b'$'
}

/// The quoted literal starting at `at` (after spaces), if the argument there is one: (quote, text).
fn literal_at(src: &str, at: usize) -> Option<(char, &str)> {
    let rest = src[at..].trim_start();
    let quote = rest
        .chars()
        .next()
        .filter(|q| matches!(q, '\'' | '"' | '`'))?;
    let body = &rest[1..];
    let end = body.find(quote)?;
    Some((quote, &body[..end]))
}

/// Where `name(` is called as a free function or macro (not `x.name(`, not `other_name(`), just after `(`.
fn calls<'a>(src: &'a str, name: &'a str) -> impl Iterator<Item = usize> + 'a {
    src.match_indices(name).filter_map(move |(i, _)| {
        let before_ok = i == 0 || !is_ident(src.as_bytes()[i - 1]);
        before_ok.then_some(i + name.len())
    })
}

/// Just after the first top-level comma of a call's arguments starting at `at`.
fn second_argument(src: &str, at: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in src[at..].char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return None,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => return Some(at + i + 1),
            _ => {}
        }
    }
    None
}

fn line_of(src: &str, at: usize) -> usize {
    src[..at].matches('\n').count() + 1
}

struct Use {
    place: String,
    id: String,
    /// `t(\`plan-phase-${…}\`)`: only the part before the first `${` is known.
    prefix_only: bool,
}

fn uses() -> Vec<Use> {
    let root = repo();
    let mut found = Vec::new();
    let mut ui = Vec::new();
    // The UI's tests ask for a missing id on purpose.
    files_under(
        &root.join("ui/src"),
        &[".ts", ".svelte"],
        &["tests", "generated"],
        &mut ui,
    );
    for path in ui {
        let src = std::fs::read_to_string(&path).expect("readable");
        let rel = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .display()
            .to_string();
        for at in calls(&src, "t(") {
            if let Some((quote, text)) = literal_at(&src, at) {
                let (id, prefix_only) = match (quote, text.find("${")) {
                    ('`', Some(cut)) => (&text[..cut], true),
                    _ => (text, false),
                };
                found.push(Use {
                    place: format!("{rel}:{}", line_of(&src, at)),
                    id: id.to_owned(),
                    prefix_only,
                });
            }
        }
    }
    let mut rust = Vec::new();
    // The i18n crate's own tests ask for missing ids on purpose; target/ is build output.
    files_under(
        &root.join("src-tauri"),
        &[".rs"],
        &["i18n", "target"],
        &mut rust,
    );
    for path in rust {
        let src = std::fs::read_to_string(&path).expect("readable");
        let rel = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .display()
            .to_string();
        for at in calls(&src, "t!(").chain(calls(&src, "tr(")) {
            let Some(second) = second_argument(&src, at) else {
                continue;
            };
            if let Some(('"', id)) = literal_at(&src, second) {
                found.push(Use {
                    place: format!("{rel}:{}", line_of(&src, at)),
                    id: id.to_owned(),
                    prefix_only: false,
                });
            }
        }
    }
    found
}

#[test]
fn every_id_the_code_asks_for_is_in_the_catalogue() {
    let english = english();
    let mut problems = Vec::new();
    let all = uses();
    for u in &all {
        if u.prefix_only {
            if !english.keys().any(|k| k.starts_with(&u.id)) {
                problems.push(format!("{}: no message starts with `{}`", u.place, u.id));
            }
            continue;
        }
        let (message, attribute) = match u.id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (u.id.as_str(), None),
        };
        match (english.get(message), attribute) {
            (None, _) => problems.push(format!("{}: `{}` is not in locales/en", u.place, u.id)),
            (Some(attributes), Some(a)) if !attributes.contains(a) => {
                problems.push(format!("{}: `{message}` has no attribute `.{a}`", u.place));
            }
            _ => {}
        }
    }
    assert!(
        problems.is_empty(),
        "ids the catalogue lacks:\n{}",
        problems.join("\n")
    );
    // The scan itself works: the unlock screen's messages are among what it found.
    assert!(all.iter().any(|u| u.id == "unlock-error-corrupt.detail"));
    assert!(all.iter().any(|u| u.id == "common-loading"));
}
