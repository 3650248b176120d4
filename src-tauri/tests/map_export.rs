//! `lifeboat export-map` as a user runs it: the built binary, no display, an exported plan in, an SVG out, and
//! the legs it could not draw named on stderr in the terminal's language.

use std::process::Output;

mod terminal;
use terminal::{lifeboat_in, lifeboat_typing, text};

fn export_map(lang: &str, args: &[&str]) -> Output {
    lifeboat_in(lang, &[&["export-map"], args].concat())
}

/// The SVG a run that succeeded wrote to `path`, after checking it said where.
fn svg_written(out: &Output, path: &std::path::Path) -> String {
    let shown = path.display().to_string();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains(&format!("map written to {shown}")),
        "{}",
        text(&out.stdout)
    );
    std::fs::read_to_string(path).expect("the SVG is written")
}

/// How many times `needle` occurs in `haystack`.
fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn the_sample_plan_s_three_routes_are_drawn_with_their_crossings_named() {
    let sample = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/sample-plan.json"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let svg_path = dir.path().join("map.svg");
    let out_arg = svg_path.display().to_string();
    let out = export_map("en_US.UTF-8", &["--plan", sample, "--out", &out_arg]);
    let svg = svg_written(&out, &svg_path);
    assert!(svg.starts_with("<svg"), "{}", &svg[..svg.len().min(200)]);
    for letter in ["A", "B", "C"] {
        assert_eq!(
            count(&svg, &format!("data-letter=\"{letter}\"")),
            1,
            "Plan {letter} is one route on the map"
        );
    }
    // Plan A: Tehran → IKA → Istanbul (Paris has no point; passport control is at IKA); Plan B: Tehran → Tabriz
    // → the crossing → Doğubayazıt → Van; Plan C: Tehran → Urmia → the crossing → Van. A leg through a crossing
    // away from its ends is two lines.
    assert_eq!(count(&svg, "class=\"leg\""), 2 + 4 + 3);
    // Each crossing marked once, and named.
    assert_eq!(count(&svg, "class=\"crossing\""), 3);
    assert!(svg.contains("Bazargan / Gürbulak"));
    assert!(svg.contains("Razi / Kapıköy"));
    assert!(svg.contains("Routes out"));
    // The one leg without both points is listed, not drawn, and the command still succeeds.
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("Plan A — air via IKA: Istanbul (IST) to Paris (CDG)"),
        "{stderr}"
    );

    // The map's words in the language asked for; the command's own still the terminal's.
    let out = export_map(
        "en_US.UTF-8",
        &["--plan", sample, "--out", &out_arg, "--lang", "fa"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let svg = std::fs::read_to_string(&svg_path).expect("rewritten");
    assert!(svg.contains("راه‌های خروج"));
    assert!(svg.contains("مرزها: Natural Earth"));
    assert!(text(&out.stderr).contains("not drawn"));
}

#[test]
fn a_plan_without_points_writes_an_empty_map_and_names_every_leg_it_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A version 3 export: written before routes had points; it migrates with none.
    let plan = dir.path().join("old.json");
    std::fs::write(
        &plan,
        r#"{"schema_version": 3, "routes": [{"id": "r", "name": "Plan B", "legs": [
            {"id": "l1", "from": "Tehran", "to": "Tabriz"},
            {"id": "l2", "from": "Tabriz", "to": "Van", "border_crossing": "Bazargan / Gürbulak"}]}]}"#,
    )
    .expect("written");
    let svg_path = dir.path().join("map.svg");
    let out_arg = svg_path.display().to_string();
    let plan_arg = plan.display().to_string();
    let out = export_map("en_US.UTF-8", &["--plan", &plan_arg, "--out", &out_arg]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let svg = std::fs::read_to_string(&svg_path).expect("the SVG is written");
    assert_eq!(count(&svg, "class=\"leg\""), 0);
    assert_eq!(count(&svg, "class=\"crossing\""), 0);
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines,
        [
            "not drawn, no place on the map yet: Plan B: Tehran to Tabriz",
            "not drawn, no place on the map yet: Plan B: Tabriz to Van",
            "crossing not marked, no place on the map yet: Plan B: Bazargan / Gürbulak",
        ],
        "{stderr}"
    );

    // In a Persian terminal the same list is in Persian.
    let out = export_map("fa_IR.UTF-8", &["--plan", &plan_arg, "--out", &out_arg]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stderr).contains("کشیده نشد"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_missing_plan_fails_and_a_missing_out_is_a_usage_error() {
    let out = export_map(
        "en_US.UTF-8",
        &["--plan", "/no/such/plan.json", "--out", "/tmp/x.svg"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("cannot read"),
        "{}",
        text(&out.stderr)
    );
    let out = export_map("en_US.UTF-8", &["--plan", "x.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--out"), "{}", text(&out.stderr));
}

/// `lifeboat export-map ARGS…` in an English terminal, with `stdin` typed at the passphrase prompt.
fn export_map_typing(stdin: &str, args: &[&str]) -> Output {
    lifeboat_typing("en_US.UTF-8", stdin, &[&["export-map"], args].concat())
}

#[test]
fn without_plan_the_map_is_drawn_from_the_store_after_the_passphrase() {
    use lifeboat_store::secrecy::SecretString;
    use lifeboat_store::{Vault, VaultOptions};

    let sample = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/sample-plan.json"
    ))
    .expect("the sample plan");
    let dir = tempfile::tempdir().expect("tempdir");
    let store = dir.path().join("store");
    // A cheap key derivation: unlocking accepts a key file cheaper than its own calibration.
    let opts = VaultOptions {
        scrypt_log_n: Some(10),
        ..VaultOptions::default()
    };
    Vault::new(&store, opts)
        .create(&SecretString::from("correct horse".to_owned()), &sample)
        .expect("a store holding the sample plan");
    let store_arg = store.display().to_string();
    let svg_path = dir.path().join("map.svg");
    let out_arg = svg_path.display().to_string();

    let out = export_map_typing(
        "correct horse\n",
        &["--data-dir", &store_arg, "--out", &out_arg],
    );
    let svg = svg_written(&out, &svg_path);
    assert!(svg.contains("Bazargan / Gürbulak") && svg.contains("Razi / Kapıköy"));
    assert_eq!(count(&svg, "class=\"leg\""), 2 + 4 + 3);
    // As export-pdf from the store, no watch runs here: no country is shaded.
    assert_eq!(count(&svg, "data-level="), 0);
    assert!(text(&out.stderr).contains("Istanbul (IST) to Paris (CDG)"));

    // A wrong passphrase writes nothing and says why in the shape every error leaves Lifeboat in.
    std::fs::remove_file(&svg_path).expect("removed");
    let out = export_map_typing("wrong\n", &["--data-dir", &store_arg, "--out", &out_arg]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("\"code\""), "{stderr}");
    assert!(!svg_path.exists());

    // A folder with no store in it is not mistaken for an empty plan.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).expect("folder");
    let out = export_map_typing(
        "correct horse\n",
        &[
            "--data-dir",
            &empty.display().to_string(),
            "--out",
            &out_arg,
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(!svg_path.exists());
}
