//! The commands as the UI calls them: names, argument keys (camelCase on the JS side) and the `{code, message}`
//! error shape, through Tauri's mock runtime with the app's real config and capabilities.

use std::sync::Arc;

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;

use crate::session::AppState;

/// One command called as the UI calls it; the directory's tests (`directory.rs`) call through it too.
pub(crate) fn invoke(
    webview: &tauri::WebviewWindow<tauri::test::MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    get_ipc_response(
        webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("url"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().expect("json response"))
}

#[test]
fn the_ui_contract_create_save_lock_unlock_and_error_codes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let opts = lifeboat_store::VaultOptions {
        scrypt_log_n: Some(10),
        ..Default::default()
    };
    let app = crate::app::configure(mock_builder())
        .manage(Arc::new(AppState::new(dir.path().join("data"), opts)))
        .build(tauri::generate_context!())
        .expect("app builds");
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("window");

    assert_eq!(
        invoke(&webview, "status", json!({})).expect("status")["state"],
        "new"
    );
    let countries = invoke(&webview, "countries", json!({})).expect("countries");
    assert!(countries
        .as_array()
        .is_some_and(|c| c.iter().any(|c| c["code"] == "IR")));
    // A picker finds Türkiye by the name most people type.
    let turkey = countries
        .as_array()
        .and_then(|c| c.iter().find(|c| c["code"] == "TR"))
        .expect("TR");
    assert!(
        turkey["aliases"]
            .as_array()
            .is_some_and(|a| a.iter().any(|n| n == "Turkey")),
        "{turkey}"
    );

    // Onboarding has no plan yet: it asks for the templates in the interface's language.
    let title_of = |args: Value| {
        invoke(&webview, "templates", args).expect("templates")[0]["title"]
            .as_str()
            .map(str::to_owned)
    };
    assert_eq!(title_of(json!({})).as_deref(), Some("72-hour go-bag"));
    let persian = title_of(json!({"locale": "fa"})).expect("a title");
    assert_eq!(
        persian,
        lifeboat_i18n::tr("fa", "plan-template-go-bag-72h", &[])
    );
    assert_ne!(persian, "72-hour go-bag");
    assert_eq!(
        title_of(json!({"locale": "fr-CA"})),
        title_of(json!({"locale": "fr"}))
    );

    let weak = invoke(
        &webview,
        "create_vault",
        json!({"passphrase": "short", "onboarding": {}}),
    )
    .unwrap_err();
    assert_eq!(weak["code"], "weak_passphrase");
    assert!(weak["message"]
        .as_str()
        .is_some_and(|m| m.contains("10 characters")));

    let session = invoke(
        &webview,
        "create_vault",
        json!({"passphrase": "correct horse battery", "onboarding": {"name": "Léa", "residence_country": "IR", "nationalities": ["FR"], "templates": ["go_bag_72h"]}}),
    )
    .expect("create");
    assert_eq!(session["plan"]["checklists"][0]["title"], "72-hour go-bag");

    let mut plan = session["plan"].clone();
    plan["contacts"] = json!([{"id": "c1", "name": "علی رضایی", "priority": 1, "country": "FR"}]);
    let outcome = invoke(&webview, "save_plan", json!({"plan": plan})).expect("save");
    assert_eq!(outcome["saved"], true);

    let checklist =
        invoke(&webview, "new_checklist", json!({"template": "money"})).expect("template");
    assert_eq!(checklist["title"], "Money");

    invoke(&webview, "lock", json!({})).expect("lock");
    assert_eq!(
        invoke(&webview, "status", json!({})).expect("status")["state"],
        "locked"
    );
    let locked = invoke(&webview, "save_plan", json!({"plan": plan})).unwrap_err();
    assert_eq!(locked["code"], "locked");

    let wrong = invoke(&webview, "unlock", json!({"passphrase": "not it at all"})).unwrap_err();
    assert_eq!(wrong["code"], "wrong_passphrase");
    let again = invoke(
        &webview,
        "unlock",
        json!({"passphrase": "correct horse battery"}),
    )
    .expect("unlock");
    assert_eq!(again["plan"]["contacts"][0]["name"], "علی رضایی");
    assert!(again["readiness"]["findings"].is_array());

    let unknown_field = invoke(
        &webview,
        "save_plan",
        json!({"plan": {"schema_version": 1, "x": 1}}),
    )
    .unwrap_err();
    assert!(
        unknown_field.to_string().contains("unknown field"),
        "{unknown_field}"
    );
}

#[test]
fn the_watch_commands_answer_the_advisories_section_and_refuse_what_they_must() {
    use crate::notifier::RecordingNotifier;
    use crate::watch::WatchService;
    use lifeboat_advisory::{Endpoints, FetchConfig, Fetcher};

    let dir = tempfile::tempdir().expect("tempdir");
    let opts = lifeboat_store::VaultOptions {
        scrypt_log_n: Some(10),
        ..Default::default()
    };
    // No scheduler task: the commands only read the watch and wake it.
    let watch = Arc::new(WatchService::new(
        Fetcher::new(FetchConfig::default()).expect("client"),
        Endpoints::official(),
        Arc::new(RecordingNotifier::default()),
        Arc::new(|| {}),
    ));
    let app = crate::app::configure(mock_builder())
        .manage(Arc::new(AppState::new(dir.path().join("data"), opts)))
        .manage(Arc::clone(&watch))
        .build(tauri::generate_context!())
        .expect("app builds");
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("window");

    let session = invoke(
        &webview,
        "create_vault",
        json!({"passphrase": "correct horse battery", "onboarding": {"residence_country": "IR"}}),
    )
    .expect("create");
    let view = invoke(&webview, "watch_view", json!({})).expect("view");
    assert_eq!(view["countries"][0]["country"], "IR");
    assert_eq!(view["countries"][0]["reasons"][0]["kind"], "residence");
    assert_eq!(view["governments"].as_array().map(Vec::len), Some(5));
    // Iran's embassy alert feed and the UK index are asked every 15 minutes (the other feeds hourly).
    assert_eq!(view["interval_minutes"], 15);
    invoke(&webview, "check_now", json!({})).expect("check now");

    // A country added in the watch settings reaches the watch on save.
    let mut plan = session["plan"].clone();
    plan["settings"]["watch"]["extra_countries"] = json!(["TR"]);
    assert_eq!(
        invoke(&webview, "save_plan", json!({"plan": plan})).expect("save")["saved"],
        true
    );
    let view = invoke(&webview, "watch_view", json!({})).expect("view");
    assert_eq!(view["countries"][1]["country"], "TR");

    let bad = invoke(
        &webview,
        "open_official_page",
        json!({"url": "http://travel.state.gov/"}),
    )
    .unwrap_err();
    assert_eq!(bad["code"], "invalid_url");

    invoke(&webview, "lock", json!({})).expect("lock");
    let locked = invoke(&webview, "watch_view", json!({})).unwrap_err();
    assert_eq!(
        locked["code"], "locked",
        "the watch list is part of the plan"
    );
    assert!(
        watch.context().is_some(),
        "but the watch itself keeps running"
    );
}

#[test]
fn a_notification_clicked_while_the_window_is_created_again_opens_its_country_at_the_first_frame() {
    use tauri::Manager;

    let dir = tempfile::tempdir().expect("tempdir");
    let app = crate::app::configure(mock_builder())
        .manage(Arc::new(AppState::new(
            dir.path().join("data"),
            Default::default(),
        )))
        .manage(crate::open_country::OpenCountry::default())
        .build(tauri::generate_context!())
        .expect("app builds");

    // Closed to the tray, the window is gone; the click creates it again from the app's config.
    assert!(app.get_webview_window("main").is_none());
    crate::window::show_main_window(app.handle(), Some("IR".to_owned()));
    let webview = app.get_webview_window("main").expect("created again");

    // What the page hears, asked as the page asks: its first request without a cursor, then with the last
    // answer's. A request finds the events already there; none waits here.
    let mut cursor = Value::Null;
    let mut heard = |webview: &tauri::WebviewWindow<tauri::test::MockRuntime>| -> Vec<String> {
        let batch = invoke(webview, "next_events", json!({ "after": cursor })).expect("events");
        cursor = batch["next"].clone();
        batch["events"]
            .as_array()
            .expect("a list")
            .iter()
            .map(|e| {
                assert_eq!(e["event"], "open-country", "{e}");
                e["country"].as_str().expect("a country").to_owned()
            })
            .collect()
    };
    assert!(heard(&webview).is_empty(), "no page has shown a frame yet");

    // Its page's first frame (the unlock screen) takes the country.
    invoke(&webview, "report_ready", json!({"screen": "locked"})).expect("ready");
    assert_eq!(heard(&webview), ["IR"]);

    // With the page running, a click goes at once.
    crate::window::show_main_window(app.handle(), Some("TR".to_owned()));
    assert_eq!(heard(&webview), ["TR"]);
    invoke(&webview, "report_ready", json!({"screen": "unlocked"})).expect("ready");
    crate::window::show_main_window(app.handle(), Some("IQ".to_owned()));
    assert_eq!(heard(&webview), ["IQ"], "IR and TR were sent once");
}
