//! The webview's limits, read from the files that set them: a strict CSP with no remote origin, no inline script
//! and no eval; a capability that lists exactly the permissions the UI needs; and, through the mock runtime with
//! the real capabilities, a refusal for anything else.

use std::collections::BTreeSet;

use serde_json::{json, Value};

fn root_file(rel: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn directives(csp: &str) -> Vec<(String, Vec<String>)> {
    csp.split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| {
            let mut parts = d.split_whitespace().map(str::to_owned);
            let name = parts.next().unwrap_or_default();
            (name, parts.collect())
        })
        .collect()
}

#[test]
fn the_csp_allows_nothing_remote_no_inline_script_and_no_eval() {
    let conf: Value = serde_json::from_str(&root_file("tauri.conf.json")).expect("config");
    assert_eq!(conf["app"]["withGlobalTauri"], false);
    assert_eq!(conf["app"]["security"]["freezePrototype"], true);
    let csp = conf["app"]["security"]["csp"]
        .as_str()
        .expect("a CSP string");
    let d = directives(csp);
    let get = |name: &str| {
        d.iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("no {name} in {csp}"))
    };
    assert_eq!(get("default-src"), ["'self'"]);
    assert_eq!(get("script-src"), ["'self'"], "no inline script, no eval");
    assert_eq!(get("object-src"), ["'none'"]);
    assert_eq!(get("base-uri"), ["'none'"]);
    assert_eq!(get("form-action"), ["'none'"]);
    assert_eq!(get("frame-ancestors"), ["'none'"]);
    assert_eq!(
        get("connect-src"),
        ["ipc:", "http://ipc.localhost"],
        "IPC only"
    );
    for (name, sources) in &d {
        for s in sources {
            assert!(
                !s.contains("unsafe-eval") && !s.contains("wasm-unsafe-eval"),
                "{name} {s}"
            );
            let remote = (s.starts_with("http") && s != "http://ipc.localhost")
                || s.starts_with("wss:")
                || s.starts_with("ws:")
                || s == "*"
                || s == "https:";
            assert!(!remote, "{name} allows a remote origin: {s}");
        }
    }
    // Images: our own and data: (badges); never remote, so a summary cannot beacon out.
    assert_eq!(get("img-src"), ["'self'", "data:"]);
    // Tauri would hash an inline script into the CSP at build time; the page has none to hash.
    let page = root_file("ui/index.html");
    for tag in page.split("<script").skip(1) {
        let opening = tag.split('>').next().unwrap_or_default();
        assert!(
            opening.contains("src="),
            "an inline script in index.html: <script{opening}>"
        );
    }
}

#[test]
fn the_capability_lists_exactly_the_ui_s_commands_and_two_dialogs() {
    let cap: Value =
        serde_json::from_str(&root_file("src-tauri/capabilities/main.json")).expect("capability");
    assert_eq!(cap["windows"], json!(["main"]));
    assert!(cap.get("remote").is_none(), "no remote URL gets IPC");
    let granted: BTreeSet<String> = cap["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .map(|p| p.as_str().expect("plain permission names").to_owned())
        .collect();
    // Every command the app registers, read from app.rs's `generate_handler![…]` (`commands::status`,
    // `route_map::search_places`…) so a new command, in whichever module, cannot skip this list.
    let app = root_file("src-tauri/src/app.rs");
    let handlers = app
        .split_once("generate_handler![")
        .and_then(|(_, rest)| rest.split_once(']'))
        .map(|(list, _)| list)
        .expect("app.rs registers its commands with generate_handler!");
    let registered: BTreeSet<String> = handlers
        .split(',')
        .filter_map(|path| path.trim().rsplit("::").next())
        .filter(|c| c.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_') && !c.is_empty())
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    assert!(
        registered.contains("allow-status") && registered.contains("allow-route-map"),
        "{registered:?}"
    );
    let mut expected: BTreeSet<String> = ["dialog:allow-save", "dialog:allow-open"]
        .map(str::to_owned)
        .into();
    expected.extend(registered);
    assert_eq!(granted, expected);
    let build = root_file("src-tauri/build.rs");
    for p in granted.iter().filter_map(|p| p.strip_prefix("allow-")) {
        assert!(
            build.contains(&format!("\"{}\"", p.replace('-', "_"))),
            "build.rs generates allow-{p}"
        );
    }
}

#[test]
fn the_webview_cannot_call_a_plugin_command_it_was_not_granted() {
    use std::sync::Arc;
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
    use tauri::webview::InvokeRequest;

    let dir = tempfile::tempdir().expect("tempdir");
    let app = crate::app::configure(mock_builder())
        .manage(Arc::new(crate::session::AppState::new(
            dir.path().to_path_buf(),
            lifeboat_store::VaultOptions::default(),
        )))
        .build(tauri::generate_context!())
        .expect("app");
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("window");
    let call = |cmd: &str, body: Value| {
        get_ipc_response(
            &webview,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().expect("url"),
                body: InvokeBody::Json(body),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
    };
    // Granted: an app command.
    assert!(call("status", json!({})).is_ok());
    // Not granted: the opener (links go through our own checked command), the file system, the shell.
    for (cmd, body) in [
        (
            "plugin:opener|open_url",
            json!({"url": "https://example.com"}),
        ),
        ("plugin:opener|open_path", json!({"path": "/etc/passwd"})),
        ("plugin:dialog|message", json!({"message": "hi"})),
        // The login entry follows the plan's setting from Rust only.
        ("plugin:autostart|enable", json!({})),
    ] {
        let refused = call(cmd, body).expect_err(cmd);
        let text = refused.to_string();
        assert!(
            text.contains("not allowed") || text.contains("not found"),
            "{cmd}: {text}"
        );
    }
}
