//! The catalogue is complete in every language: each locale holds exactly English's messages, each message uses
//! the same variables and attributes everywhere, every file parses, ids carry their area's prefix and refer only
//! to their own file, and a plural gives every form the locale's grammar has. Reads `locales/` from disk, as a
//! translator leaves it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use lifeboat_i18n::{DEFAULT_LOCALE, LOCALES};

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../locales")
}

/// What a message (or term) is made of, as far as translations must agree.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    area: String,
    variables: BTreeSet<String>,
    attributes: BTreeSet<String>,
    /// Each plural select: the variable it selects on and its variant keys.
    plurals: Vec<(String, BTreeSet<String>)>,
    /// The messages and terms (`-name`) it refers to.
    references: BTreeSet<String>,
}

/// One locale: id → shape, plus every problem found while reading it.
struct Locale {
    entries: BTreeMap<String, Shape>,
    problems: Vec<String>,
}

fn read_locale(code: &str) -> Locale {
    let dir = locales_dir().join(code);
    let mut entries = BTreeMap::new();
    let mut problems = Vec::new();
    for path in ftl_files(&dir) {
        let area = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = format!("{code}/{area}.ftl");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {name}: {e}"));
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(format!(
                        "{name}: syntax error {:?} at bytes {:?}",
                        e.kind, e.pos
                    ));
                }
                r
            }
        };
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                Entry::Junk { content } => {
                    problems.push(format!("{name}: cannot read {content:?}"));
                    continue;
                }
                _ => continue,
            };
            if !id.starts_with('-') && !id.starts_with(&format!("{area}-")) {
                problems.push(format!("{name}: `{id}` must start with `{area}-`"));
            }
            let mut shape = Shape {
                area: area.clone(),
                ..Shape::default()
            };
            for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
                walk(pattern, &mut shape);
            }
            shape.attributes = attributes.iter().map(|a| a.id.name.to_owned()).collect();
            if entries.insert(id.clone(), shape).is_some() {
                problems.push(format!("{name}: `{id}` is defined twice in {code}"));
            }
        }
    }
    // The Rust side builds one bundle per file, and the page gets its first screen's files alone: a message that
    // needs another file's message or term would show its placeholder there.
    for (id, shape) in &entries {
        for r in &shape.references {
            if entries.get(r).map(|target| &target.area) != Some(&shape.area) {
                problems.push(format!(
                    "{code}/{}.ftl: `{id}` refers to `{r}`, which is not in the same file",
                    shape.area
                ));
            }
        }
    }
    Locale { entries, problems }
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    files
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn walk(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, shape),
        Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            let keys: BTreeSet<String> = variants
                .iter()
                .map(|v| match &v.key {
                    VariantKey::Identifier { name } => (*name).to_owned(),
                    VariantKey::NumberLiteral { value } => (*value).to_owned(),
                })
                .collect();
            // A select is a plural when it selects on a number: NUMBER(), or keys that are plural categories or
            // numbers. A select on a string's value (`[passport]`) is not.
            let numeric = matches!(selector, InlineExpression::FunctionReference { id, .. } if id.name == "NUMBER")
                || keys
                    .iter()
                    .any(|k| CATEGORIES.contains(&k.as_str()) || k.parse::<f64>().is_ok());
            if numeric {
                shape.plurals.push((selector_name(selector), keys));
            }
            for v in variants {
                walk(&v.value, shape);
            }
        }
    }
}

fn walk_inline(inline: &InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, shape);
            }
            for a in &arguments.named {
                walk_inline(&a.value, shape);
            }
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            shape.references.insert(format!("-{}", id.name));
            for a in arguments.iter().flat_map(|a| &a.named) {
                walk_inline(&a.value, shape);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        InlineExpression::MessageReference { id, .. } => {
            shape.references.insert(id.name.to_owned());
        }
        _ => {}
    }
}

fn selector_name(selector: &InlineExpression<&str>) -> String {
    match selector {
        InlineExpression::VariableReference { id } => format!("${}", id.name),
        InlineExpression::FunctionReference { arguments, .. } => arguments
            .positional
            .first()
            .map(selector_name)
            .unwrap_or_else(|| "NUMBER()".into()),
        _ => "a selector".into(),
    }
}

/// The plural categories the locale's cardinal rules can produce, found by asking them about many numbers
/// (integers, decimals with their visible zeros, and large round numbers), which reaches every category CLDR
/// defines for the shipped languages.
fn categories_of(code: &str) -> BTreeSet<&'static str> {
    let rules = PluralRules::create(
        code.parse::<unic_langid::LanguageIdentifier>()
            .expect("shipped codes parse"),
        PluralRuleType::CARDINAL,
    )
    .unwrap_or_else(|e| panic!("no plural rules for {code}: {e}"));
    let mut samples: Vec<String> = (0..=1000).map(|n| n.to_string()).collect();
    samples.extend((0..=200).map(|n| format!("{}.{}", n / 10, n % 10)));
    samples.extend(["1.00", "0.00", "1000000", "2000000", "1000000.0", "1e6"].map(String::from));
    samples
        .iter()
        .filter_map(|s| rules.select(s.as_str()).ok())
        .map(|c| match c {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect()
}

#[test]
fn the_shipped_locales_are_the_catalogue_folders() {
    let mut folders: Vec<String> = std::fs::read_dir(locales_dir())
        .expect("locales/ exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut codes: Vec<String> = LOCALES.iter().map(|l| l.code.to_owned()).collect();
    codes.sort();
    assert_eq!(
        folders, codes,
        "locales/ has a folder for each of LOCALES and nothing else"
    );
    assert!(LOCALES.iter().any(|l| l.code == DEFAULT_LOCALE));
}

#[test]
fn every_locale_has_exactly_the_messages_of_english_with_the_same_variables_and_attributes() {
    let english = read_locale(DEFAULT_LOCALE);
    let mut problems = english.problems.clone();
    for l in LOCALES.iter().filter(|l| l.code != DEFAULT_LOCALE) {
        let other = read_locale(l.code);
        problems.extend(other.problems);
        for (id, en) in &english.entries {
            let Some(shape) = other.entries.get(id) else {
                problems.push(format!("{}/{}.ftl: `{id}` is missing", l.code, en.area));
                continue;
            };
            if shape.area != en.area {
                problems.push(format!(
                    "{}: `{id}` is in {}.ftl, English has it in {}.ftl",
                    l.code, shape.area, en.area
                ));
            }
            if shape.variables != en.variables {
                problems.push(format!(
                    "{}/{}.ftl: `{id}` uses variables {:?}, English uses {:?}",
                    l.code, shape.area, shape.variables, en.variables
                ));
            }
            if shape.attributes != en.attributes {
                problems.push(format!(
                    "{}/{}.ftl: `{id}` has attributes {:?}, English has {:?}",
                    l.code, shape.area, shape.attributes, en.attributes
                ));
            }
        }
        for (id, shape) in &other.entries {
            if !english.entries.contains_key(id) {
                problems.push(format!(
                    "{}/{}.ftl: `{id}` is not in English",
                    l.code, shape.area
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "catalogue problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_plural_gives_each_form_the_locales_grammar_has() {
    let mut problems = Vec::new();
    for l in &LOCALES {
        let categories = categories_of(l.code);
        let catalogue = read_locale(l.code);
        for (id, shape) in &catalogue.entries {
            for (selector, keys) in &shape.plurals {
                let where_ = format!("{}/{}.ftl: `{id}` on {selector}", l.code, shape.area);
                let named: BTreeSet<&str> = keys
                    .iter()
                    .map(String::as_str)
                    .filter(|k| k.parse::<f64>().is_err())
                    .collect();
                // One variant alone is a deliberate "the same words for every number".
                if keys.len() == 1 {
                    continue;
                }
                let missing: Vec<&str> = categories.difference(&named).copied().collect();
                if !missing.is_empty() {
                    problems.push(format!(
                        "{where_} lacks the forms {missing:?} ({} has {categories:?})",
                        l.code
                    ));
                }
                let foreign: Vec<&str> = named.difference(&categories).copied().collect();
                if !foreign.is_empty() {
                    problems.push(format!(
                        "{where_} has {foreign:?}, which {} never selects (an exact number is written [0])",
                        l.code
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "plural problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_plural_rules_are_the_ones_the_glossary_states() {
    assert_eq!(
        categories_of("ar"),
        BTreeSet::from(["zero", "one", "two", "few", "many", "other"])
    );
    assert_eq!(
        categories_of("ru"),
        BTreeSet::from(["one", "few", "many", "other"])
    );
    assert_eq!(categories_of("fa"), BTreeSet::from(["one", "other"]));
    assert_eq!(categories_of("tr"), BTreeSet::from(["one", "other"]));
}

#[test]
fn the_embedded_catalogue_is_the_one_on_disk() {
    let embedded: BTreeSet<(String, String)> = lifeboat_i18n::files()
        .iter()
        .map(|(l, a, _)| ((*l).to_owned(), (*a).to_owned()))
        .collect();
    let mut on_disk = BTreeSet::new();
    for l in &LOCALES {
        for f in ftl_files(&locales_dir().join(l.code)) {
            let area = f
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            on_disk.insert((l.code.to_owned(), area));
        }
    }
    assert_eq!(embedded, on_disk);
}
