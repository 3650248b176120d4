//! The embassy directory in the running app ("Who helps you here", issue 17): the kept state, read from
//! `directory.age` at unlock; a refresh when the plan's nationalities or countries change and then when a
//! country's data is a week old (or six hours after a failure), on a timer like the watch's; and what the Contacts
//! section's commands (`commands::directory_view`, `commands::refresh_directory`) answer. The domain (parsers,
//! table, merging) is `lifeboat-directory`.
//!
//! The state is kept in a side document of the store rather than in the plan: it is public data the app
//! refreshes on its own, so it must not rewrite the plan or its backups, and writing it needs only the sealer, so
//! a refresh that ends after the plan locked is still saved. It is encrypted all the same: the list of embassies
//! a household keeps says which passports it holds.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::Utc;
use lifeboat_advisory::{FetchConfig, Fetcher};
use lifeboat_directory::{
    missions_for, refresh, wanted_pairs, DirectoryState, Endpoints, RefreshReport,
};
use lifeboat_plan::missions::{DirectoryView, Help};
use lifeboat_plan::Plan;
use lifeboat_store::secrecy::ExposeSecret;
use lifeboat_store::{Sealer, SideDoc, Unlocked};

/// The one directory of the running app, as Tauri's state holds it.
pub type SharedDirectory = Arc<DirectoryService>;

/// Where the directory's sources are fetched from: the governments, or one base URL for a fixture server
/// (`LIFEBOAT_DIRECTORY_URL`, the end-to-end tests), which alone allows plain http, and only to loopback.
pub fn endpoints_from_env() -> (Endpoints, bool) {
    match std::env::var("LIFEBOAT_DIRECTORY_URL") {
        Ok(base) if !base.trim().is_empty() => (Endpoints::under(base.trim()), true),
        _ => (Endpoints::default(), false),
    }
}

#[derive(Default)]
struct Inner {
    state: DirectoryState,
    sealer: Option<Sealer>,
    pairs: Vec<(String, String)>,
    refreshing: bool,
}

pub struct DirectoryService {
    inner: Mutex<Inner>,
    wake: tokio::sync::Notify,
    /// One refresh at a time (the timer's and the user's button).
    running: tokio::sync::Mutex<()>,
    fetcher: Fetcher,
    endpoints: Endpoints,
}

impl DirectoryService {
    pub fn new(fetcher: Fetcher, endpoints: Endpoints) -> Self {
        DirectoryService {
            inner: Mutex::new(Inner::default()),
            wake: tokio::sync::Notify::new(),
            running: tokio::sync::Mutex::new(()),
            fetcher,
            endpoints,
        }
    }

    /// The fetch settings of the watch: the app's User-Agent, HTTPS only (plain http only to loopback, and only
    /// for a fixture server).
    pub fn fetcher(loopback: bool) -> Result<Fetcher, lifeboat_advisory::FetchError> {
        Fetcher::new(FetchConfig {
            user_agent: lifeboat_advisory::fetch::user_agent(env!("CARGO_PKG_VERSION")),
            allow_plain_http_to_loopback_only: loopback,
            ..FetchConfig::default()
        })
    }

    fn inner(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// At unlock: the kept state (an unreadable one is set aside and rebuilt by the next refresh, never
    /// overwritten), the sealer to save it with, and the plan's pairs; then the timer looks at what is due.
    pub fn attach(&self, store: &Unlocked, plan: &Plan) {
        let state = match store.read_side(SideDoc::Directory) {
            Ok(Some(bytes)) => {
                DirectoryState::from_json(bytes.expose_secret()).unwrap_or_else(|e| {
                    log::warn!("the kept embassy directory is unreadable ({e}); setting it aside");
                    if let Err(e) = store.set_side_aside(SideDoc::Directory) {
                        log::warn!("could not set the unreadable directory aside: {e}");
                    }
                    DirectoryState::default()
                })
            }
            Ok(None) => DirectoryState::default(),
            Err(e) => {
                log::warn!("could not read the embassy directory: {e}");
                DirectoryState::default()
            }
        };
        {
            let mut inner = self.inner();
            inner.state = state;
            inner.sealer = Some(store.sealer());
            inner.pairs = wanted_pairs(plan);
        }
        self.wake.notify_one();
    }

    /// After a save: a new nationality or country is fetched at once.
    pub fn plan_changed(&self, plan: &Plan) {
        let pairs = wanted_pairs(plan);
        let changed = {
            let mut inner = self.inner();
            let changed = inner.pairs != pairs;
            inner.pairs = pairs;
            changed
        };
        if changed {
            self.wake.notify_one();
        }
    }

    /// Who helps, for every pair the plan needs.
    pub fn helps(&self, plan: &Plan) -> Vec<Help> {
        let inner = self.inner();
        wanted_pairs(plan)
            .iter()
            .map(|(n, c)| missions_for(&inner.state, n, c))
            .collect()
    }

    pub fn view(&self, plan: &Plan) -> DirectoryView {
        DirectoryView {
            helps: self.helps(plan),
            refreshing: self.inner().refreshing,
            readiness: None,
        }
    }

    /// One refresh of the pairs the plan needs (every one when `force`), saved when anything changed.
    pub async fn refresh_now(&self, force: bool) -> RefreshReport {
        let _one = self.running.lock().await;
        let (mut state, pairs) = {
            let mut inner = self.inner();
            if inner.sealer.is_none() {
                return RefreshReport::default();
            }
            inner.refreshing = true;
            (inner.state.clone(), inner.pairs.clone())
        };
        let report = refresh(
            &self.fetcher,
            &self.endpoints,
            &mut state,
            &pairs,
            force,
            Utc::now(),
        )
        .await;
        let mut inner = self.inner();
        inner.refreshing = false;
        if !report.is_empty() {
            // The whole document, atomically: a cut write leaves the previous one.
            if let Some(sealer) = &inner.sealer {
                if let Err(e) = sealer.write(SideDoc::Directory, &state.to_json()) {
                    log::warn!("could not save the embassy directory: {e}");
                }
            }
            inner.state = state;
        }
        for (source, country, code) in &report.failed {
            log::warn!("embassy directory: {source} for {country} failed ({code}); keeping the last good data");
        }
        report
    }

    /// Refreshes what is due, then sleeps until the next pair falls due or the plan changes.
    pub async fn run(self: Arc<Self>, on_update: Arc<dyn Fn() + Send + Sync>) {
        loop {
            let next = {
                let inner = self.inner();
                if inner.sealer.is_none() {
                    None
                } else {
                    let wanted: Vec<_> = inner
                        .pairs
                        .iter()
                        .filter_map(|(n, c)| {
                            lifeboat_directory::DirectorySource::for_nationality(n)
                                .map(|s| (s, c.clone()))
                        })
                        .collect();
                    inner.state.next_due(&wanted, Utc::now())
                }
            };
            let wait = match next {
                Some(at) => (at - Utc::now()).to_std().unwrap_or(Duration::ZERO),
                // Nothing to fetch (locked since start, or no nationality with a source): wait to be woken.
                None => Duration::from_secs(24 * 3600),
            };
            if !wait.is_zero() {
                tokio::select! {
                    () = tokio::time::sleep(wait) => {}
                    () = self.wake.notified() => {}
                }
            }
            let report = self.refresh_now(false).await;
            if !report.is_empty() {
                on_update();
            } else if next.is_some_and(|at| at <= Utc::now()) {
                // Due but nothing fetched (every due pair failed within its retry time): don't spin.
                tokio::time::sleep(Duration::from_secs(60)).await;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    //! The directory as the Contacts section and the dashboard see it, through the real commands on Tauri's
    //! mock runtime: an American and a Canadian in Tehran, the governments' data served from loopback.

    use std::sync::Arc;

    use serde_json::{json, Value};
    use tauri::test::mock_builder;

    use super::{DirectoryService, SharedDirectory};
    use crate::ipc_tests::invoke;
    use crate::session::AppState;
    use lifeboat_directory::Endpoints;
    use lifeboat_test_support::server::{ok, status, Server};

    fn fixture(name: &str) -> Vec<u8> {
        lifeboat_test_support::repo_file(&format!(
            "src-tauri/crates/directory/tests/fixtures/{name}"
        ))
    }

    fn rules(outcome: &Value) -> Vec<String> {
        outcome["readiness"]["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| f["fix"]["field"] == "directory")
            .map(|f| f["rule"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    #[test]
    fn an_american_and_a_canadian_in_tehran_from_the_panel_to_the_contacts_and_offline() {
        // The loopback server runs on a thread of its own for the whole test.
        let (us, ca) = (
            fixture("us-state_cti-ir.json"),
            fixture("ca-gac_cta-cap-ir.json"),
        );
        let online = Arc::new(std::sync::atomic::AtomicBool::new(true));
        let up = Arc::clone(&online);
        let (url_tx, url_rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let server = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let server = Server::start(move |req| {
                    if !up.load(std::sync::atomic::Ordering::SeqCst) {
                        return status(503);
                    }
                    match req.path.as_str() {
                        "/api/CountryTravelInformation/IR" => ok(us.clone(), "application/json"),
                        "/travel-voyage/cta-cap-IR.json" => ok(ca.clone(), "application/json"),
                        _ => status(404),
                    }
                })
                .await;
                url_tx.send(server.url("")).expect("the test waits");
                let _ = stop_rx.await;
            });
        });
        let base: String = url_rx.recv().expect("the server starts");

        let dir = tempfile::tempdir().expect("tempdir");
        let opts = lifeboat_store::VaultOptions {
            scrypt_log_n: Some(10),
            ..Default::default()
        };
        let state = Arc::new(AppState::new(dir.path().join("data"), opts));
        let directory: SharedDirectory = Arc::new(DirectoryService::new(
            DirectoryService::fetcher(true).expect("client"),
            Endpoints::under(&base),
        ));
        state.set_directory(Arc::clone(&directory));
        let app = crate::app::configure(mock_builder())
            .manage(Arc::clone(&state))
            .manage(Arc::clone(&directory))
            .build(tauri::generate_context!())
            .expect("app builds");
        let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("window");

        let session = invoke(
            &webview,
            "create_vault",
            json!({"passphrase": "correct horse battery",
                   "onboarding": {"residence_country": "IR", "name": "Dana", "nationalities": ["US"]}}),
        )
        .expect("create");
        let mut plan = session["plan"].clone();
        plan["household"] = json!([{"id": "p-2", "name": "Sara", "nationalities": ["CA"], "residence_country": "IR"}]);
        let saved = invoke(&webview, "save_plan", json!({"plan": plan})).expect("save");
        assert_eq!(saved["saved"], true, "{saved}");
        // Before any fetch the table already names who acts for both.
        assert_eq!(
            rules(&saved),
            ["mission_not_in_contacts", "mission_not_in_contacts"]
        );

        let view = invoke(&webview, "refresh_directory", json!({})).expect("refresh");
        let helps = view["helps"].as_array().expect("helps");
        let of = |n: &str| {
            helps
                .iter()
                .find(|h| h["nationality"] == n)
                .expect(n)
                .clone()
        };
        assert_eq!(
            of("US")["missions"][0]["name"],
            "Foreign Interests Section, Embassy of Switzerland"
        );
        assert_eq!(
            of("US")["missions"][0]["source"],
            "U.S. Department of State"
        );
        assert!(of("US")["fetched_at"].is_string());
        assert_eq!(of("CA")["missions"][0]["name"], "Embassy of Italy – Tehran");
        assert_eq!(of("CA")["missions"][0]["kind"], "protecting_power");
        // The findings now name the publisher's office, without waiting for a save.
        let findings = view["readiness"]["findings"]
            .to_string()
            .replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            findings.contains("Foreign Interests Section, Embassy of Switzerland can help"),
            "{findings}"
        );

        // "Add to my contacts" for the American (the UI copies the office into the plan and saves).
        let fis = of("US")["missions"][0].clone();
        plan["contacts"] = json!([{
            "id": "c-fis", "name": fis["name"], "role": "protecting_power", "country": "IR", "priority": 1,
            "phones": fis["phones"],
            "mission": {"kind": fis["kind"], "serves": "US", "country": "IR", "source": fis["source"],
                        "data_date": fis["data_date"]}
        }]);
        let saved = invoke(&webview, "save_plan", json!({"plan": plan})).expect("save");
        assert_eq!(
            rules(&saved),
            ["mission_not_in_contacts"],
            "only the Canadian's is left"
        );

        // Offline: the network is cut and the app restarts; what was fetched is still there, with its date.
        invoke(&webview, "lock", json!({})).expect("lock");
        online.store(false, std::sync::atomic::Ordering::SeqCst);
        assert!(dir.path().join("data/directory.age").is_file());
        let again = invoke(
            &webview,
            "unlock",
            json!({"passphrase": "correct horse battery"}),
        )
        .expect("unlock");
        assert_eq!(rules(&again), ["mission_not_in_contacts"]);
        let view = invoke(&webview, "refresh_directory", json!({})).expect("refresh while offline");
        let ca = view["helps"]
            .as_array()
            .and_then(|h| h.iter().find(|h| h["nationality"] == "CA"))
            .expect("CA")
            .clone();
        assert_eq!(
            ca["missions"][0]["name"], "Embassy of Italy – Tehran",
            "the last good data stays"
        );
        assert_eq!(ca["refresh_failed"], true);
        let _ = stop_tx.send(());
        server.join().expect("the server thread ends");
    }
}
