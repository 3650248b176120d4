//! The watch as the app runs it, with real parts: a real HTTP server on 127.0.0.1 serving our Iran fixture and a
//! derived copy with Iran raised, a real encrypted store in a temp folder, and a notifier that records what it was
//! asked to show (the end-to-end run checks the real notification server). Given a served feed, when Iran's level
//! rises, then exactly one alert, and none again after a restart or after the watch moved to another process.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use lifeboat_advisory::{Endpoints, FetchConfig, Fetcher};
use lifeboat_plan::onboarding::{new_plan, Onboarding};
use lifeboat_plan::settings::Government;
use lifeboat_plan::{migrate, Plan};
use lifeboat_store::secrecy::{ExposeSecret, SecretString};
use lifeboat_store::{SideDoc, Unlocked, Vault, VaultOptions};

use crate::handover::{Handover, MAX_HANDOVER_BYTES};
use crate::notifier::RecordingNotifier;
use crate::{WatchError, WatchService};

use crate::test_server::{ok, status, Response, Server};

const PASS: &str = "correct horse battery";
const IRAN_3: &str = "us-state-json_iran-level-3.json";
const IRAN_4: &str = "us-state-json_iran-level-3_derived-iran-level-4.json";
/// The advisory crate's own fixtures of Iran's embassy feed: two alerts, then a third whose title repeats an older
/// one and whose text says to leave.
pub(crate) const EMBASSY_TWO: &str = "us-embassy-alerts_ir_two-alerts.xml";
pub(crate) const EMBASSY_LEAVE: &str = "us-embassy-alerts_ir_leave-now.xml";
/// Where the World serves the US advisory API, and each embassy's alert feed (`/embassy/ir`).
const US_API: &str = "/api/TravelAdvisories";

pub(crate) fn feed(name: &str) -> Vec<u8> {
    // The app's fixtures at the repository root, and the embassy feeds among the advisory crate's.
    let dir = if name.starts_with("us-embassy-alerts") {
        "../advisory/tests/fixtures"
    } else {
        "../../../tests/fixtures/feeds"
    };
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(dir)
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What the fixture server answers for a feed; swapped by the tests.
type Served = Arc<Mutex<Response>>;

pub(crate) fn etagged(body: Vec<u8>) -> Response {
    let etag = format!(
        "\"{}-{}\"",
        body.len(),
        body.iter().map(|b| u32::from(*b)).sum::<u32>()
    );
    ok(body, "application/json").header("ETag", &etag)
}

/// The answer to `req` from `resp`: a 304 when the request carries its ETag, as the real servers do.
fn conditional(resp: Response, req: &crate::test_server::Request) -> Response {
    let etag = resp
        .headers
        .iter()
        .find(|(k, _)| k == "ETag")
        .map(|(_, v)| v.clone());
    if resp.status == 200 && etag.is_some() && req.header("if-none-match") == etag.as_deref() {
        return status(304);
    }
    resp
}

fn pass() -> SecretString {
    SecretString::from(PASS.to_owned())
}

/// A vault in a temp folder with a plan that watches Iran, opened as the app holds it (store + plan), or not;
/// the US advisory feed and Iran's embassy alert feed served from 127.0.0.1.
pub(crate) struct World {
    dir: tempfile::TempDir,
    vault: Vault,
    open: Mutex<Option<(Unlocked, Plan)>>,
    pub(crate) server: Server,
    served: Served,
    embassy: Served,
}

impl World {
    pub(crate) async fn new() -> World {
        let served: Served = Arc::new(Mutex::new(etagged(feed(IRAN_3))));
        let embassy: Served = Arc::new(Mutex::new(etagged(feed(EMBASSY_TWO))));
        let (us, alerts) = (Arc::clone(&served), Arc::clone(&embassy));
        let server = Server::start(move |req| {
            let feed = if req.path.starts_with("/embassy/") {
                &alerts
            } else {
                &us
            };
            let resp = feed.lock().expect("lock").clone();
            conditional(resp, req)
        })
        .await;
        let dir = tempfile::tempdir().expect("tempdir");
        let vault = Vault::new(
            dir.path().join("data"),
            VaultOptions {
                scrypt_log_n: Some(10),
                ..VaultOptions::default()
            },
        );
        let onboarding = Onboarding {
            name: "Léa".into(),
            residence_country: "IR".into(),
            ..Onboarding::default()
        };
        let mut plan = new_plan(&onboarding, lifeboat_plan::new_id);
        // One government, so the test server answers everything the round asks.
        plan.settings.watch.governments = vec![Government::Us];
        let bytes = migrate::to_json_pretty(&plan).expect("json");
        let store = vault.create(&pass(), &bytes).expect("create");
        World {
            dir,
            vault,
            open: Mutex::new(Some((store, plan))),
            server,
            served,
            embassy,
        }
    }

    pub(crate) fn serve(&self, resp: Response) {
        *self.served.lock().expect("lock") = resp;
    }

    /// What every embassy alert feed answers from now on.
    pub(crate) fn serve_embassy(&self, resp: Response) {
        *self.embassy.lock().expect("lock") = resp;
    }

    fn endpoints(&self) -> Endpoints {
        Endpoints::parse_overrides(&format!(
            "us-state-json={},us-state-rss={},us-embassy-alerts={}",
            self.server.url(US_API),
            self.server.url("/rss"),
            self.server.url("/embassy")
        ))
        .expect("overrides")
    }

    /// A new service over the same feeds, not attached to anything: a new process.
    pub(crate) fn bare_service(
        &self,
        notifier: &RecordingNotifier,
        config: FetchConfig,
    ) -> Arc<WatchService> {
        Arc::new(WatchService::new(
            Fetcher::new(config).expect("client"),
            self.endpoints(),
            Arc::new(notifier.clone()),
            Arc::new(|| {}),
        ))
    }

    /// A new app process: a new service over the same store, attached at unlock.
    pub(crate) fn service(
        &self,
        notifier: &RecordingNotifier,
        config: FetchConfig,
    ) -> Arc<WatchService> {
        let service = self.bare_service(notifier, config);
        let open = self.open.lock().expect("lock");
        let (store, plan) = open.as_ref().expect("unlocked");
        service.attach(store, plan);
        service
    }

    /// Saves a change to the plan, as the app does after an edit.
    pub(crate) fn edit(&self, change: impl FnOnce(&mut Plan)) {
        let mut open = self.open.lock().expect("lock");
        let (store, plan) = open.as_mut().expect("unlocked");
        change(plan);
        store
            .save(&migrate::to_json_pretty(plan).expect("json"))
            .expect("save");
    }

    /// Drops the key and the plan. Returns whether anything was open.
    fn lock(&self) -> bool {
        self.open.lock().expect("lock").take().is_some()
    }

    fn unlock(&self) {
        let (store, plaintext) = self.vault.unlock(&pass()).expect("unlock");
        let plan = migrate::parse_plan(plaintext.expose_secret()).expect("plan");
        *self.open.lock().expect("lock") = Some((store, plan));
    }

    /// The watch state as the unlocked vault reads it back.
    fn saved_state(&self) -> Option<lifeboat_advisory::WatchFile> {
        let open = self.open.lock().expect("lock");
        let (store, _) = open.as_ref().expect("unlocked");
        let bytes = store.read_side(SideDoc::Watch).expect("read")?;
        Some(serde_json::from_slice(bytes.expose_secret()).expect("watch file"))
    }
}

pub(crate) fn loopback() -> FetchConfig {
    FetchConfig {
        connect_timeout: Duration::from_secs(5),
        total_timeout: Duration::from_secs(10),
        allow_plain_http_to_loopback_only: true,
        ..FetchConfig::default()
    }
}

fn us_level(service: &WatchService, country: &str) -> Option<u8> {
    let view = service.view()?;
    let c = view.countries.iter().find(|c| c.country == country)?;
    c.levels
        .iter()
        .find(|l| l.government == Government::Us)
        .map(|l| l.level)
}

#[tokio::test]
async fn given_the_served_feed_when_iran_rises_then_one_alert_and_none_again_after_a_restart() {
    let world = World::new().await;
    let first_run = RecordingNotifier::default();
    let service = world.service(&first_run, loopback());

    service.round().await;
    assert!(
        first_run.alerts().is_empty(),
        "the first poll is a baseline"
    );
    assert_eq!(us_level(&service, "IR"), Some(3), "but it shows the levels");
    assert_eq!(
        service.view().expect("view").interval_minutes,
        10,
        "at level 3 the advisory feeds are asked every 10 minutes, sooner than the embassy's 15"
    );
    let view = service.view().expect("view");
    assert_eq!(
        (view.alert_interval_minutes, view.level_interval_minutes),
        (Some(15), Some(10)),
        "each kind of feed with its own interval"
    );

    world.serve(etagged(feed(IRAN_4)));
    service.round().await;
    let alerts = first_run.alerts();
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(
        alerts[0].summary,
        "Iran — US: Level 4, Do Not Travel (was 3)"
    );
    // The derived copy also says "U.S. citizens in Iran should depart now": the leave-now wording. The plan has
    // no "leave now" of its own yet, so the watch suggests and quotes nothing.
    assert_eq!(
        alerts[0].body,
        "The government now tells its citizens there to leave.\n\
         Suggested: Leave now (US: Iran at level 4). Open Lifeboat to decide."
    );
    assert!(alerts[0].critical);
    assert_eq!(
        service.view().expect("view").interval_minutes,
        5,
        "at level 4 the embassy feed is asked every 5 minutes"
    );
    let view = service.view().expect("view");
    assert_eq!(
        (view.alert_interval_minutes, view.level_interval_minutes),
        (Some(5), Some(10))
    );

    // Unchanged: a conditional request answered 304, no parse, no alert.
    let before = world.server.requests().len();
    service.round().await;
    let reqs: Vec<_> = world.server.requests()[before..].to_vec();
    let api: Vec<_> = reqs.iter().filter(|r| r.path == US_API).collect();
    assert_eq!(
        api.len(),
        1,
        "one conditional request for the one government"
    );
    assert!(api[0].header("if-none-match").is_some());
    assert_eq!(reqs.len(), 2, "and one for Iran's embassy feed");
    assert!(reqs.iter().all(|r| r.header("if-none-match").is_some()));
    assert_eq!(first_run.alerts().len(), 1);

    drop(service);
    let second_run = RecordingNotifier::default();
    let restarted = world.service(&second_run, loopback());
    restarted.round().await;
    assert!(
        second_run.alerts().is_empty(),
        "a restart never repeats an alert"
    );
    assert_eq!(us_level(&restarted, "IR"), Some(4));
    let history = &restarted.view().expect("view").countries[0].history;
    assert_eq!(
        history[0].from,
        Some(3),
        "the change is in the history: {history:?}"
    );
}

#[tokio::test]
async fn a_change_made_while_the_app_was_closed_is_told_on_the_first_round_after_start() {
    let world = World::new().await;
    let notifier = RecordingNotifier::default();
    let service = world.service(&notifier, loopback());
    service.round().await;
    drop(service); // quit

    world.serve(etagged(feed(IRAN_4)));
    let later = RecordingNotifier::default();
    let service = world.service(&later, loopback());
    service.round().await;
    assert_eq!(later.alerts().len(), 1);
    assert_eq!(later.alerts()[0].country, "IR");
}

#[tokio::test]
async fn the_watch_keeps_running_and_saving_while_the_plan_is_locked() {
    let world = World::new().await;
    let notifier = RecordingNotifier::default();
    let service = world.service(&notifier, loopback());
    service.round().await;
    assert!(world.lock());

    world.serve(etagged(feed(IRAN_4)));
    service.round().await;
    assert_eq!(notifier.alerts().len(), 1, "locked, the watch still tells");

    // What it saved while locked is what the next run reads.
    drop(service);
    world.unlock();
    let next = RecordingNotifier::default();
    let service = world.service(&next, loopback());
    assert_eq!(us_level(&service, "IR"), Some(4));
}

#[tokio::test]
async fn a_failed_fetch_never_reads_as_a_change_and_shows_as_an_error() {
    let world = World::new().await;
    let notifier = RecordingNotifier::default();
    let config = FetchConfig {
        total_timeout: Duration::from_secs(2),
        max_body_bytes: 64 * 1024,
        ..loopback()
    };
    let service = world.service(&notifier, config);
    service.round().await;

    let raised = feed(IRAN_4);
    let truncated = raised[..raised.len() / 2].to_vec();
    let challenge = b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>cf-chl</body></html>".to_vec();
    let mut huge = b"[".to_vec();
    huge.extend(std::iter::repeat_n(b' ', 100 * 1024));
    huge.push(b']');
    let cases: Vec<(&str, Response)> = vec![
        ("server_error", status(500)),
        ("challenge_page", ok(challenge, "text/html")),
        ("invalid_json", ok(truncated, "application/json")),
        ("body_too_large", ok(huge, "application/json")),
        ("no_advisories", ok(b"[]".to_vec(), "application/json")),
        (
            "timeout",
            Response {
                delay: Some(Duration::from_secs(4)),
                ..etagged(raised.clone())
            },
        ),
    ];
    for (code, resp) in cases {
        world.serve(resp);
        service.round().await;
        assert!(notifier.alerts().is_empty(), "{code}: no alert");
        assert_eq!(
            us_level(&service, "IR"),
            Some(3),
            "{code}: last good data kept"
        );
        let view = service.view().expect("view");
        let us = view
            .governments
            .iter()
            .find(|g| g.government == Government::Us)
            .expect("us status");
        let error = us.error.as_ref().expect("the error is visible");
        assert!(us.stale, "{code}: stale");
        // The RSS fallback (not served: 404 here… the same handler answers) fails too; the API's error shows.
        assert!(
            error.code == code || (code == "invalid_json" && error.code == "unexpected_shape"),
            "{code}: got {}",
            error.code
        );
        assert!(view.countries[0].levels[0].stale);
    }
    // And recovery: the raised feed arrives, one alert.
    world.serve(etagged(raised));
    service.round().await;
    assert_eq!(notifier.alerts().len(), 1);
    let view = service.view().expect("view");
    assert!(view.governments.iter().all(|g| g.error.is_none()));
}

#[tokio::test]
async fn with_notifications_off_a_change_is_history_only() {
    let world = World::new().await;
    world.edit(|plan| plan.settings.watch.notifications = false);
    let notifier = RecordingNotifier::default();
    let service = world.service(&notifier, loopback());
    service.round().await;
    world.serve(etagged(feed(IRAN_4)));
    service.round().await;
    assert!(notifier.alerts().is_empty());
    assert_eq!(us_level(&service, "IR"), Some(4));
}

#[tokio::test]
async fn a_damaged_watch_file_is_set_aside_not_overwritten() {
    let world = World::new().await;
    let notifier = RecordingNotifier::default();
    let service = world.service(&notifier, loopback());
    service.round().await;
    drop(service);
    let data = world.dir.path().join("data");
    std::fs::write(data.join("watch.age"), b"not ours").expect("damage");

    let service = world.service(&notifier, loopback());
    let notice = service.view().and_then(|v| v.notice).expect("a notice");
    assert!(notice.contains("could not be read"), "{notice}");
    let aside: Vec<_> = std::fs::read_dir(&data)
        .expect("dir")
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("watch.age.unreadable-")
        })
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(std::fs::read(aside[0].path()).expect("kept"), b"not ours");
    service.round().await;
    assert!(
        notifier.alerts().is_empty(),
        "a fresh start is a baseline again"
    );
}

#[tokio::test]
async fn a_handover_carries_the_state_and_the_sealer_through_json_and_stops_rounds_here() {
    let world = World::new().await;
    let notifier = RecordingNotifier::default();
    let service = world.service(&notifier, loopback());
    service.round().await;
    let recipients = {
        let open = world.open.lock().expect("lock");
        open.as_ref()
            .expect("unlocked")
            .0
            .sealer()
            .recipients_spec()
    };

    let handover = service.handover().await.expect("something to hand over");
    let back = Handover::from_json(&handover.to_json().expect("json")).expect("parse");
    assert_eq!(back, handover);
    assert!(back.context.is_watched("IR"));
    assert_eq!(
        back.file
            .state
            .seen(lifeboat_advisory::SourceId::UsStateJson, "IR")
            .map(|s| s.level.get()),
        Some(3)
    );
    let sealer = back.sealer.as_ref().expect("a sealer");
    assert_eq!(sealer.dir, world.dir.path().join("data"));
    assert_eq!(sealer.recipients, recipients);
    assert!(sealer.recipients.iter().all(|r| r.starts_with("age1")));

    // The state is the other process's now: a raise seen here would be told twice.
    assert!(service.is_handed_over());
    world.serve(etagged(feed(IRAN_4)));
    let before = world.server.requests().len();
    service.round().await;
    assert_eq!(world.server.requests().len(), before, "no request");
    assert!(notifier.alerts().is_empty(), "no alert");
    // Unless the other process never started: then this one watches again.
    service.take_back();
    service.round().await;
    assert_eq!(notifier.alerts().len(), 1);
}

/// The app polls its baseline, the window closes (the plan locks) and the app hands the watch over and exits.
async fn baseline_then_handover(world: &World) -> Handover {
    let app = RecordingNotifier::default();
    let service = world.service(&app, loopback());
    service.round().await; // the baseline, in the app
    assert!(world.lock(), "closing the window locks the plan");
    service.handover().await.expect("state")
}

#[tokio::test]
async fn resumed_in_another_process_a_rise_is_told_once_and_saved_for_the_next_unlock() {
    let world = World::new().await;
    world.edit(|plan| plan.phases.plans.leave_now.instructions = "Call Reza first.".into());
    let json = baseline_then_handover(&world)
        .await
        .to_json()
        .expect("json");

    let background = RecordingNotifier::default();
    let watch = world.bare_service(&background, loopback());
    watch
        .resume(Handover::read_from(&json[..]).expect("read"))
        .expect("resume");
    assert_eq!(us_level(&watch, "IR"), Some(3), "the baseline came along");
    let before = world.server.requests().len();
    watch.round().await;
    assert!(background.alerts().is_empty(), "unchanged: no alert");
    assert!(
        world.server.requests()[before]
            .header("if-none-match")
            .is_some(),
        "the validators came along: a conditional request"
    );

    world.serve(etagged(feed(IRAN_4)));
    watch.round().await;
    watch.round().await;
    let alerts = background.alerts();
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(
        alerts[0].summary,
        "Iran — US: Level 4, Do Not Travel (was 3)"
    );
    assert_eq!(
        alerts[0].body,
        "The government now tells its citizens there to leave.\n\
         Suggested: Leave now (US: Iran at level 4). Your plan: Leave now. Call Reza first.",
        "the plan's instruction travelled with the context"
    );

    // Saved through the rebuilt, write-only sealer: the vault reads it at the next unlock, nothing left to tell.
    world.unlock();
    let saved = world.saved_state().expect("saved");
    assert_eq!(
        saved
            .state
            .seen(lifeboat_advisory::SourceId::UsStateJson, "IR")
            .map(|s| s.level.get()),
        Some(4)
    );
    assert!(saved.outbox.is_empty());

    // And back to a relaunched app, which attaches at unlock: the change is not told again.
    let back = watch.handover().await.expect("state");
    let relaunched_app = RecordingNotifier::default();
    let relaunched = world.bare_service(&relaunched_app, loopback());
    relaunched.resume(back).expect("resume");
    {
        let open = world.open.lock().expect("lock");
        let (store, plan) = open.as_ref().expect("unlocked");
        relaunched.attach(store, plan);
    }
    relaunched.round().await;
    assert!(relaunched_app.alerts().is_empty());
    assert_eq!(us_level(&relaunched, "IR"), Some(4));
}

#[tokio::test]
async fn the_handover_carries_the_plans_language_and_the_background_watch_notifies_in_it() {
    let world = World::new().await;
    world.edit(|plan| plan.settings.language = Some("fa".into()));
    let json = baseline_then_handover(&world)
        .await
        .to_json()
        .expect("json");
    let handover: serde_json::Value = serde_json::from_slice(&json).expect("json");
    assert_eq!(handover["context"]["locale"], "fa");

    let background = RecordingNotifier::default();
    let watch = world.bare_service(&background, loopback());
    watch
        .resume(Handover::read_from(&json[..]).expect("read"))
        .expect("resume");
    // The plan is locked and stays so: the language came with the context.
    assert_eq!(watch.tray_facts().locale, "fa");
    world.serve(etagged(feed(IRAN_4)));
    watch.round().await;
    let alerts = background.alerts();
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(alerts[0].locale, "fa");
    assert!(
        // The country too is named in Persian, isolated as every inserted value.
        alerts[0].summary.contains("سطح") && alerts[0].summary.contains("\u{2068}ایران\u{2069}"),
        "{}",
        alerts[0].summary
    );
    let tray =
        crate::tray_status::status_lines(&watch.tray_facts(), chrono::Utc::now(), &chrono::Utc);
    assert!(tray[0].starts_with("بالاترین سطح"), "{tray:?}");
}

#[test]
fn a_handover_from_before_languages_reads_as_english() {
    let mut plan = Plan::default();
    plan.profile.residence_country = "IR".into();
    plan.settings.language = Some("ar".into());
    let handover = Handover {
        version: crate::handover::HANDOVER_VERSION,
        context: crate::WatchContext::from_plan(&plan),
        file: lifeboat_advisory::WatchFile::default(),
        sealer: None,
        notice: None,
    };
    let mut json: serde_json::Value =
        serde_json::from_slice(&handover.to_json().expect("json")).expect("json");
    assert_eq!(json["context"]["locale"], "ar");
    json["context"]
        .as_object_mut()
        .expect("an object")
        .remove("locale");
    let old = Handover::from_json(json.to_string().as_bytes()).expect("still loads");
    assert_eq!(old.context.locale(), "en");
    assert!(old.context.is_watched("IR"));
    // Whatever a handover says is held to a shipped language.
    json["context"]["locale"] = "fa_IR.UTF-8".into();
    let negotiated = Handover::from_json(json.to_string().as_bytes()).expect("loads");
    assert_eq!(negotiated.context.locale(), "fa");
}

#[tokio::test]
async fn a_language_picked_in_settings_reaches_the_tray_at_the_next_save() {
    let world = World::new().await;
    let notifier = RecordingNotifier::default();
    let service = world.service(&notifier, loopback());
    assert_eq!(service.tray_facts().locale, "en");
    world.edit(|plan| plan.settings.language = Some("ar".into()));
    {
        let open = world.open.lock().expect("lock");
        let (_, plan) = open.as_ref().expect("unlocked");
        service.plan_changed(plan);
    }
    assert_eq!(service.tray_facts().locale, "ar");
    assert_eq!(service.locale(), "ar");
}

#[tokio::test]
async fn a_handover_taken_in_keeps_the_schedule_and_polls_only_when_asked() {
    let world = World::new().await;
    let handover = baseline_then_handover(&world).await;

    // The background process takes the watch in before its scheduler starts, as lifeboat-watch does: the next
    // round is the handed-over one (minutes away), so nothing is fetched now.
    let background = RecordingNotifier::default();
    let watch = world.bare_service(&background, loopback());
    watch.resume(handover).expect("resume");
    let before = world.server.requests().len();
    let scheduler = tokio::spawn(Arc::clone(&watch).run());
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        world.server.requests().len(),
        before,
        "taking the watch in is not a poll"
    );

    // "Check advisories now" in its tray still polls at once.
    watch.check_now();
    let asked = async {
        while world.server.requests().len() == before {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    tokio::time::timeout(Duration::from_secs(10), asked)
        .await
        .expect("a round after Check now");
    scheduler.abort();
}

#[test]
fn an_oversized_or_malformed_handover_is_refused_with_a_clear_error() {
    let huge = vec![b' '; usize::try_from(MAX_HANDOVER_BYTES).expect("fits") + 1];
    let err = Handover::read_from(&huge[..]).expect_err("too large");
    assert!(matches!(err, WatchError::HandoverTooLarge { .. }), "{err}");
    assert!(err.to_string().contains("larger than"), "{err}");

    let cases: [(&[u8], &str); 4] = [
        (b"not json", "malformed JSON"),
        (b"{\"version\":1,\"context\":", "cut short"),
        // serde would say `invalid type: string "IR"`: a watched country must not reach the log.
        (b"{\"version\":1,\"context\":\"IR\"}", "unexpected content"),
        (b"{\"version\":1}", "unexpected content"),
    ];
    for (json, says) in cases {
        let err = Handover::from_json(json).expect_err("refused");
        let msg = err.to_string();
        assert!(matches!(err, WatchError::HandoverInvalid { .. }), "{msg}");
        assert!(msg.contains(says), "{msg}");
        assert!(!msg.contains("IR"), "{msg}");
    }
    let err = Handover::from_json(b"{\"version\":2,\"future\":true}").expect_err("newer");
    assert!(
        matches!(
            err,
            WatchError::HandoverVersion {
                found: 2,
                supported: 1
            }
        ),
        "{err}"
    );
}

#[tokio::test]
async fn a_handover_whose_sealer_cannot_be_rebuilt_is_refused_whole() {
    let world = World::new().await;
    let notifier = RecordingNotifier::default();
    let service = world.service(&notifier, loopback());
    let mut handover = service.handover().await.expect("state");
    if let Some(s) = handover.sealer.as_mut() {
        s.recipients = vec!["age1notakey".to_owned()];
    }
    let background = world.bare_service(&notifier, loopback());
    let err = background.resume(handover).expect_err("refused");
    assert!(matches!(err, WatchError::Sealer(_)), "{err}");
    assert!(background.context().is_none(), "nothing was installed");
}
