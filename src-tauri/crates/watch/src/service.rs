//! The watch service: one tokio task that polls on schedule or on "Check now", saves the watch state encrypted
//! beside the plan, and turns new levels into notifications. The domain work (fetch, parse, compare) is
//! `lifeboat_advisory::poll`; this module only schedules, stores and tells.
//!
//! The watch needs the plan to know what to watch, so it starts at the first unlock of a run (or from a
//! [`Handover`]). From then on it keeps going while the plan is locked: it holds the plan's [`WatchContext`]
//! (watched countries, settings, the plan's instruction per phase) and a [`Sealer`] that can write the state but
//! not read anything.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use lifeboat_advisory::embassies;
use lifeboat_advisory::poll::WATCH_FILE_VERSION;
use lifeboat_advisory::{
    jitter_unit, next_due, run_round, Cadence, Endpoints, Fetcher, Outcome, Round, SourceId,
    WatchFile,
};
use lifeboat_i18n::t;
use lifeboat_plan::settings::Government;
use lifeboat_plan::watch_view::WatchView;
use lifeboat_plan::Plan;
use lifeboat_store::secrecy::ExposeSecret;
use lifeboat_store::{Sealer, SideDoc, Unlocked};

use crate::context::WatchContext;
use crate::handover::{Handover, SealerSpec, HANDOVER_VERSION};
use crate::notifier::Notifier;
use crate::tray_status::TrayFacts;
use crate::{message, view, WatchError};
use lifeboat_i18n::plain_for as plain;

/// Called after anything the UI or the tray shows changed.
pub type OnUpdate = Arc<dyn Fn() + Send + Sync>;

#[derive(Default)]
struct Inner {
    ctx: Option<WatchContext>,
    file: Option<WatchFile>,
    /// `None` when the stored state could not be moved aside: then nothing is written over it.
    sealer: Option<Sealer>,
    notice: Option<String>,
    next_round: Option<DateTime<Utc>>,
}

pub struct WatchService {
    inner: Mutex<Inner>,
    wake: tokio::sync::Notify,
    /// Set with a wake that asks for a round now ("Check now", the first unlock, a new country). Any other wake
    /// (a handover taken in or back) only has the scheduler work out when the next round is due.
    round_asked: AtomicBool,
    rounds: tokio::sync::Mutex<()>,
    checking: AtomicBool,
    /// Set while the state is handed to another process: no round may run here, or both would tell (and save)
    /// the same change.
    handed_over: AtomicBool,
    fetcher: Fetcher,
    endpoints: Endpoints,
    notifier: Arc<dyn Notifier>,
    on_update: OnUpdate,
}

/// The watch state from the store, or a fresh one with a notice saying why, in `locale`.
fn load(store: &Unlocked, locale: &str) -> (WatchFile, Option<Sealer>, Option<String>) {
    let problem = match store.read_side(SideDoc::Watch) {
        Ok(None) => return (WatchFile::default(), Some(store.sealer()), None),
        Ok(Some(bytes)) => match serde_json::from_slice::<WatchFile>(bytes.expose_secret()) {
            Ok(file) if file.version == WATCH_FILE_VERSION => {
                return (file, Some(store.sealer()), None)
            }
            Ok(file) => t!(
                locale,
                "watch-problem-newer",
                format = file.version.to_string()
            ),
            Err(e) => t!(locale, "watch-problem-invalid", error = e.to_string()),
        },
        Err(e) => e.to_string(),
    };
    match store.set_side_aside(SideDoc::Watch) {
        Ok(path) => {
            log::warn!("advisory watch state unreadable; set aside and started afresh");
            let notice = t!(
                locale,
                "watch-notice-set-aside",
                problem = problem,
                path = path.display().to_string(),
            );
            (
                WatchFile::default(),
                Some(store.sealer()),
                Some(plain(locale, notice)),
            )
        }
        Err(e) => {
            log::warn!("advisory watch state unreadable and could not be set aside; not saving");
            let notice = t!(
                locale,
                "watch-notice-not-moved",
                problem = problem,
                error = e.to_string(),
            );
            (WatchFile::default(), None, Some(plain(locale, notice)))
        }
    }
}

impl WatchService {
    pub fn new(
        fetcher: Fetcher,
        endpoints: Endpoints,
        notifier: Arc<dyn Notifier>,
        on_update: OnUpdate,
    ) -> Self {
        Self {
            inner: Mutex::new(Inner::default()),
            wake: tokio::sync::Notify::new(),
            round_asked: AtomicBool::new(false),
            rounds: tokio::sync::Mutex::new(()),
            checking: AtomicBool::new(false),
            handed_over: AtomicBool::new(false),
            fetcher,
            endpoints,
            notifier,
            on_update,
        }
    }

    fn inner(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// At unlock: loads the state the first time in this run and takes the plan's context. The first attach
    /// polls at once, so a change published while the app was closed is told now, not in an hour.
    pub fn attach(&self, store: &Unlocked, plan: &Plan) {
        let first = {
            let mut inner = self.inner();
            let first = inner.file.is_none();
            if first {
                let (file, sealer, notice) = load(store, plan.locale());
                inner.file = Some(file);
                inner.sealer = sealer;
                inner.notice = notice;
            } else if inner.sealer.is_some() {
                inner.sealer = Some(store.sealer());
            }
            inner.ctx = Some(WatchContext::from_plan(plan));
            first
        };
        if first {
            self.check_now();
        }
        (self.on_update)();
    }

    /// After a save: the watched countries, settings or phase may have changed. New countries are polled now.
    pub fn plan_changed(&self, plan: &Plan) {
        let ctx = WatchContext::from_plan(plan);
        let poll = {
            let mut inner = self.inner();
            let poll = inner.ctx.as_ref().is_some_and(|old| {
                ctx.watched_codes().iter().any(|c| !old.is_watched(c))
                    || ctx.governments.iter().any(|g| !old.governments.contains(g))
            });
            inner.ctx = Some(ctx);
            poll
        };
        if poll {
            self.check_now();
        }
        (self.on_update)();
    }

    pub fn context(&self) -> Option<WatchContext> {
        self.inner().ctx.clone()
    }

    /// The language the watch speaks: the plan's once one was unlocked (it stays while the plan is locked), else
    /// the system's.
    pub fn locale(&self) -> &'static str {
        self.inner()
            .ctx
            .as_ref()
            .map_or_else(lifeboat_i18n::system_locale, WatchContext::locale)
    }

    /// Asks the scheduler for a round now (a no-op until the first unlock).
    pub fn check_now(&self) {
        self.round_asked.store(true, Ordering::SeqCst);
        self.wake.notify_one();
    }

    pub fn is_checking(&self) -> bool {
        self.checking.load(Ordering::SeqCst)
    }

    /// What the trays show, taken under one lock: the level, the last round's reach, the suggested phase.
    pub fn tray_facts(&self) -> TrayFacts {
        let checking = self.is_checking();
        let locale = self.locale();
        let inner = self.inner();
        let (Some(file), Some(ctx)) = (inner.file.as_ref(), inner.ctx.as_ref()) else {
            return TrayFacts {
                started: inner.ctx.is_some(),
                checking,
                locale,
                ..TrayFacts::default()
            };
        };
        TrayFacts {
            started: true,
            checking,
            highest: view::highest(file, ctx).map(|(l, _)| l),
            reach: crate::reach::reach(file, ctx),
            suggested: view::suggestion(file, ctx).map(|s| s.phase),
            locale,
        }
    }

    /// Lends the current state and context (the app's family PDF reads the levels from them); `None` before
    /// the first unlock.
    pub fn with_state<T>(&self, f: impl FnOnce(&WatchFile, &WatchContext) -> T) -> Option<T> {
        let inner = self.inner();
        Some(f(inner.file.as_ref()?, inner.ctx.as_ref()?))
    }

    /// The intervals in force, in minutes: the embassy feeds' and the UK index's when any is polled, the other
    /// level feeds' when any is enabled (at level 3 those are asked every 10 minutes while the embassy feeds stay
    /// at 15).
    fn intervals(file: &WatchFile, ctx: &WatchContext) -> view::Intervals {
        let watched = ctx.watched_codes();
        let cadence = Cadence::for_watch(file, &watched, view::phase_above_normal(ctx));
        let alert_feeds = ctx.governments.contains(&Government::Uk)
            || (ctx.governments.contains(&Government::Us)
                && watched.iter().any(|c| embassies::for_country(c).is_some()));
        let level_feeds = ctx.governments.iter().any(|g| *g != Government::Uk);
        let minutes = |d: chrono::Duration| u32::try_from(d.num_minutes()).unwrap_or(60);
        view::Intervals {
            alerts: alert_feeds.then(|| minutes(cadence.interval(SourceId::UsEmbassyAlerts))),
            // With no feed enabled at all, the level feeds' interval stands for the watch's.
            levels: (level_feeds || !alert_feeds).then(|| minutes(cadence.levels)),
        }
    }

    pub fn view(&self) -> Option<WatchView> {
        let inner = self.inner();
        let (file, ctx) = (inner.file.as_ref()?, inner.ctx.as_ref()?);
        Some(view::build(
            file,
            ctx,
            view::Extras {
                checking: self.is_checking(),
                next_round: inner.next_round,
                intervals: Self::intervals(file, ctx),
                notice: inner.notice.clone(),
            },
        ))
    }

    /// When the next round is due; `None` before the first unlock and while handed over.
    fn next_due(&self) -> Option<DateTime<Utc>> {
        if self.is_handed_over() {
            return None;
        }
        let inner = self.inner();
        let (file, ctx) = (inner.file.as_ref()?, inner.ctx.as_ref()?);
        // Each feed on its own cadence (`lifeboat_advisory::cadence`): the round at that time asks only those due.
        Some(next_due(
            file,
            &ctx.sources(),
            &ctx.watched_codes(),
            view::phase_above_normal(ctx),
            Utc::now(),
        ))
    }

    /// Runs forever: sleeps until the next round is due or someone asks for one, then polls.
    pub async fn run(self: Arc<Self>) {
        loop {
            let due = self.next_due();
            self.inner().next_round = due;
            match due {
                None => self.wake.notified().await,
                Some(at) => {
                    let wait = (at - Utc::now()).to_std().unwrap_or_default();
                    tokio::select! {
                        () = tokio::time::sleep(wait) => {}
                        () = self.wake.notified() => {}
                    }
                }
            }
            let asked = self.round_asked.swap(false, Ordering::SeqCst);
            if !asked && self.next_due().is_none_or(|at| at > Utc::now()) {
                continue; // woken to plan again, not to poll
            }
            // A round runs as its own task so that a panic in it (a parser bug on a strange payload, say) costs
            // that round, not the watch: the loop goes on and the UI says what happened.
            let this = Arc::clone(&self);
            let force = asked;
            if let Err(e) = tokio::spawn(async move { this.round_with(force).await }).await {
                log::error!("an advisory check failed unexpectedly: {e}");
                self.checking.store(false, Ordering::SeqCst);
                let notice = t!(self.locale(), "watch-notice-round-failed");
                self.inner().notice = Some(notice);
                (self.on_update)();
            }
        }
    }

    fn persist(&self, file: &WatchFile) {
        let sealer = self.inner().sealer.clone();
        let Some(sealer) = sealer else { return };
        let result = serde_json::to_vec(file)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                sealer
                    .write(SideDoc::Watch, &bytes)
                    .map_err(|e| e.to_string())
            });
        if let Err(e) = result {
            log::warn!("could not save the advisory watch state: {e}");
            let locale = self.locale();
            let notice = t!(locale, "watch-notice-save-failed", error = e);
            self.inner().notice = Some(plain(locale, notice));
        }
    }

    fn store(&self, file: WatchFile) {
        self.persist(&file);
        self.inner().file = Some(file);
    }

    /// One poll of every enabled feed, as "Check now" asks, then the notifications it found.
    pub async fn round(&self) {
        self.round_with(true).await;
    }

    /// One poll of the feeds that are due (all of them with `force`: "Check now", the first unlock, a new
    /// country), then the notifications it found. Rounds never overlap.
    async fn round_with(&self, force: bool) {
        let _one_at_a_time = self.rounds.lock().await;
        if self.is_handed_over() {
            return;
        }
        let (ctx, mut file) = {
            let inner = self.inner();
            match (inner.ctx.clone(), inner.file.clone()) {
                (Some(ctx), Some(file)) => (ctx, file),
                _ => return,
            }
        };
        self.checking.store(true, Ordering::SeqCst);
        (self.on_update)();
        let report = run_round(
            &self.fetcher,
            &self.endpoints,
            &ctx.sources(),
            &ctx.watched_codes(),
            &mut file,
            Round {
                now: Utc::now(),
                jitter: jitter_unit(),
                force,
                phase_above_normal: view::phase_above_normal(&ctx),
            },
        )
        .await;
        for (source, outcome) in &report.outcomes {
            // Sources and outcome codes only: which countries are watched stays out of the logs.
            match outcome {
                Outcome::Updated { countries } => {
                    log::info!("{source}: {countries} countries");
                }
                Outcome::NotModified => log::info!("{source}: not modified"),
                Outcome::Failed(e) => log::warn!("{source}: failed ({})", e.code()),
            }
        }
        // The embassy feeds are one per watched country: logged without naming it.
        for (_, outcome) in &report.alert_outcomes {
            if let Outcome::Failed(e) = outcome {
                log::warn!("an embassy alert feed: failed ({})", e.code());
            }
        }
        // Saved with the changes and updates still queued: a crash before they are shown repeats nothing and
        // loses nothing.
        let (outbox, updates) = (file.outbox.clone(), file.updates.clone());
        self.store(file.clone());
        let alerts = if ctx.notifications {
            let suggestion = view::suggestion(&file, &ctx);
            let changes = outbox
                .iter()
                .filter(|c| ctx.is_watched(&c.country))
                .map(|c| message::alert_for(c, &ctx, suggestion.as_ref()));
            let news = updates
                .iter()
                .filter(|u| ctx.is_watched(&u.country))
                .filter_map(|u| message::update_alert(u, &ctx, suggestion.as_ref()));
            changes.chain(news).collect()
        } else {
            Vec::new()
        };
        let mut failures = Vec::new();
        for alert in alerts {
            if let Err(e) = self.notifier.notify(alert).await {
                failures.push(e);
            }
        }
        if !outbox.is_empty() || !updates.is_empty() {
            log::info!(
                "{} change(s) and {} update(s) to tell",
                outbox.len(),
                updates.len()
            );
            file.outbox.clear();
            file.updates.clear();
            self.store(file);
        }
        if let Some(e) = failures.first() {
            log::warn!("could not show a notification: {e}");
            let locale = ctx.locale();
            let notice = t!(locale, "watch-notice-notify-failed", error = e.as_str());
            self.inner().notice = Some(plain(locale, notice));
        }
        self.checking.store(false, Ordering::SeqCst);
        // The round parsed and dropped up to a few megabytes of feeds.
        crate::memory::give_back();
        (self.on_update)();
    }

    /// Everything another process needs to go on watching while the plan stays locked, taken once no round is
    /// running. From then on this service runs no round until [`Self::take_back`] or [`Self::resume`]: the
    /// state now belongs to whoever received it. `None` before the first unlock (nothing to watch yet).
    pub async fn handover(&self) -> Option<Handover> {
        // Waits for an in-flight round, so the snapshot holds its result and its outbox is already told.
        let _no_round = self.rounds.lock().await;
        let handover = {
            let inner = self.inner();
            Handover {
                version: HANDOVER_VERSION,
                context: inner.ctx.clone()?,
                file: inner.file.clone()?,
                sealer: inner.sealer.as_ref().map(SealerSpec::of),
                notice: inner.notice.clone(),
            }
        };
        self.handed_over.store(true, Ordering::SeqCst);
        Some(handover)
    }

    /// The handover did not happen (the other process did not start): this service watches again.
    pub fn take_back(&self) {
        self.handed_over.store(false, Ordering::SeqCst);
        self.wake.notify_one();
    }

    pub fn is_handed_over(&self) -> bool {
        self.handed_over.load(Ordering::SeqCst)
    }

    /// Takes over from another process's [`Self::handover`]: afterwards the service is as after an unlock
    /// followed by a lock: it knows what to watch, can save but not read, and rounds go on from the handed-over
    /// schedule (no extra poll). A handover whose sealer cannot be rebuilt is refused whole.
    pub fn resume(&self, handover: Handover) -> Result<(), WatchError> {
        if handover.version != HANDOVER_VERSION {
            return Err(WatchError::HandoverVersion {
                found: handover.version,
                supported: HANDOVER_VERSION,
            });
        }
        let sealer = handover
            .sealer
            .as_ref()
            .map(SealerSpec::sealer)
            .transpose()?;
        {
            let mut inner = self.inner();
            inner.ctx = Some(handover.context);
            inner.file = Some(handover.file);
            inner.sealer = sealer;
            inner.notice = handover.notice;
        }
        self.handed_over.store(false, Ordering::SeqCst);
        self.wake.notify_one();
        (self.on_update)();
        Ok(())
    }
}
