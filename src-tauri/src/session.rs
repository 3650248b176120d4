//! The unlocked plan held by the running app, and every operation on it. Plain Rust over the domain crates, so
//! the behaviour the commands expose is tested without a window.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use chrono::{Local, Utc};
use lifeboat_plan::checklists::{Checklist, ChecklistTemplate};
use lifeboat_plan::error::MAX_PLAN_BYTES;
use lifeboat_plan::ipc::{BackupEntry, SaveOutcome, Session, Status, VaultState};
use lifeboat_plan::onboarding::{new_plan, Onboarding};
use lifeboat_plan::{migrate, new_id, readiness, validate, Plan};
use lifeboat_store::secrecy::{ExposeSecret, SecretString};
use lifeboat_store::{Unlocked, Vault, VaultOptions};

use crate::error::{AppError, AppResult};

pub const MIN_PASSPHRASE_CHARS: usize = 10;

struct Open {
    store: Unlocked,
    plan: Plan,
    last_activity: Instant,
}

/// The app's one [`AppState`], as Tauri's state holds it.
pub type Shared = std::sync::Arc<AppState>;

/// One per app. The mutex is held only for short, bounded work (a save is a few milliseconds); the slow KDF runs
/// before it is taken.
pub struct AppState {
    vault: Vault,
    open: Mutex<Option<Open>>,
    /// The embassy directory, once the app runs one (tests of the session alone may not): its state is read at
    /// unlock and its answers join the readiness findings.
    directory: std::sync::OnceLock<crate::directory::SharedDirectory>,
}

fn today() -> chrono::NaiveDate {
    Local::now().date_naive()
}

/// After a lock (by hand, idle, tray, shortcut or closing the window): the plan and its copies were dropped and
/// zeroed, and their memory goes back to the system.
fn gave_back_if(dropped: bool) -> bool {
    if dropped {
        lifeboat_watch::memory::give_back();
    }
    dropped
}

fn check_new_passphrase(p: &SecretString) -> AppResult<()> {
    if p.expose_secret().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(AppError::WeakPassphrase {
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    Ok(())
}

fn is_encrypted_export(bytes: &[u8]) -> bool {
    bytes.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----")
        || bytes.starts_with(b"age-encryption.org/")
}

/// Writes an export next to its destination and renames it into place, so a failed export never leaves half a
/// file where the user expects their plan.
///
/// The path comes from the webview (the save dialog's answer), so it is held to what an export can be: an
/// absolute path with one of `extensions`, outside the vault's folder. A compromised page can then neither
/// overwrite a shell profile nor the vault itself.
fn write_export(vault_dir: &Path, path: &Path, extensions: &[&str], bytes: &[u8]) -> AppResult<()> {
    let refuse = |reason: &str| AppError::InvalidPath {
        path: path.display().to_string(),
        reason: reason.to_owned(),
    };
    if !path.is_absolute() {
        return Err(refuse("not an absolute path"));
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if !extensions.contains(&ext.as_str()) {
        let wanted = extensions.first().copied().unwrap_or_default();
        return Err(refuse(&format!("the file name must end in .{wanted}")));
    }
    let parent = path.parent().ok_or_else(|| refuse("no folder"))?;
    let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    if canonical(parent).starts_with(canonical(vault_dir)) {
        return Err(refuse("inside Lifeboat's own data folder"));
    }
    atomicwrites::AtomicFile::new(path, atomicwrites::AllowOverwrite)
        .write(|f| std::io::Write::write_all(f, bytes))
        .map_err(|e| AppError::file("write", path, e.into()))
}

impl AppState {
    pub fn new(data_dir: PathBuf, opts: VaultOptions) -> Self {
        Self {
            vault: Vault::new(data_dir, opts),
            open: Mutex::new(None),
            directory: std::sync::OnceLock::new(),
        }
    }

    fn lock_open(&self) -> std::sync::MutexGuard<'_, Option<Open>> {
        // A panic while holding the lock leaves the data as it was before the panicking call; keep serving.
        self.open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn session_of(&self, open: &Open) -> Session {
        Session {
            plan: open.plan.clone(),
            readiness: self.readiness_of(&open.plan),
            has_recovery_key: open.store.has_recovery_key(),
        }
    }

    /// The plan's findings, with the directory's when the app runs one.
    fn readiness_of(&self, plan: &Plan) -> readiness::Readiness {
        match self.directory.get() {
            Some(d) => readiness::assess_with(plan, today(), plan.locale(), &d.helps(plan)),
            None => readiness::assess(plan, today(), plan.locale()),
        }
    }

    /// The open plan's findings now (the directory may have learnt something since the last save). Reading them
    /// is not the user's activity, so it does not hold off the idle lock.
    pub fn readiness(&self) -> AppResult<readiness::Readiness> {
        let plan = self
            .lock_open()
            .as_ref()
            .map(|o| o.plan.clone())
            .ok_or(AppError::Locked)?;
        Ok(self.readiness_of(&plan))
    }

    /// Gives the session the app's embassy directory (once, at start-up).
    pub fn set_directory(&self, directory: crate::directory::SharedDirectory) {
        let _ = self.directory.set(directory);
    }

    /// Tells the directory the plan changed (its nationalities or countries may have).
    fn replan_directory(&self, plan: &Plan) {
        if let Some(d) = self.directory.get() {
            d.plan_changed(plan);
        }
    }

    /// The store's folder (also where the language to start in is kept: `start_page`).
    pub fn data_dir(&self) -> &Path {
        self.vault.dir()
    }

    pub fn status(&self) -> AppResult<Status> {
        let state = if self.lock_open().is_some() {
            VaultState::Unlocked
        } else {
            match self.vault.state()? {
                lifeboat_store::VaultState::New => VaultState::New,
                lifeboat_store::VaultState::Locked => VaultState::Locked,
            }
        };
        Ok(Status {
            state,
            data_dir: self.vault.dir().display().to_string(),
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
        })
    }

    pub fn create(&self, passphrase: &SecretString, onboarding: &Onboarding) -> AppResult<Session> {
        check_new_passphrase(passphrase)?;
        let mut plan = new_plan(onboarding, new_id);
        let errors = validate::validate(&plan, plan.locale());
        if !errors.is_empty() {
            return Err(AppError::InvalidPlan(errors));
        }
        plan.updated_at = Some(Utc::now());
        let bytes = zeroize::Zeroizing::new(migrate::to_json_pretty(&plan)?);
        let store = self.vault.create(passphrase, &bytes)?;
        self.install(store, plan)
    }

    pub fn unlock(&self, passphrase: &SecretString) -> AppResult<Session> {
        let (store, plaintext) = self.vault.unlock(passphrase)?;
        #[cfg(feature = "bench")]
        crate::bench::key_derived();
        // A plan this build cannot read (newer schema, damaged JSON) is refused here and the handle dropped, so
        // nothing can overwrite it.
        let plan = migrate::parse_plan(plaintext.expose_secret())?;
        self.install(store, plan)
    }

    pub fn recover(
        &self,
        recovery_key: &SecretString,
        new_passphrase: &SecretString,
    ) -> AppResult<Session> {
        check_new_passphrase(new_passphrase)?;
        let (store, plaintext) = self.vault.recover(recovery_key, new_passphrase)?;
        let plan = migrate::parse_plan(plaintext.expose_secret())?;
        self.install(store, plan)
    }

    fn install(&self, store: Unlocked, plan: Plan) -> AppResult<Session> {
        if let Some(d) = self.directory.get() {
            d.attach(&store, &plan);
        }
        let open = Open {
            store,
            plan,
            last_activity: Instant::now(),
        };
        let session = self.session_of(&open);
        *self.lock_open() = Some(open);
        Ok(session)
    }

    /// Drops the key and the plan from memory. Returns whether anything was open.
    pub fn lock(&self) -> bool {
        let dropped = self.lock_open().take().is_some();
        gave_back_if(dropped)
    }

    pub fn is_unlocked(&self) -> bool {
        self.lock_open().is_some()
    }

    pub fn touch(&self) {
        if let Some(open) = self.lock_open().as_mut() {
            open.last_activity = Instant::now();
        }
    }

    /// Locks when the plan's own idle setting says so; returns true if it locked.
    pub fn lock_if_idle(&self, now: Instant) -> bool {
        let mut guard = self.lock_open();
        let due = guard.as_ref().is_some_and(|o| {
            crate::autolock::is_due(o.last_activity, now, o.plan.settings.auto_lock_minutes)
        });
        if due {
            *guard = None;
        }
        drop(guard);
        gave_back_if(due)
    }

    fn with_open<T>(&self, f: impl FnOnce(&mut Open) -> AppResult<T>) -> AppResult<T> {
        let mut guard = self.lock_open();
        let open = guard.as_mut().ok_or(AppError::Locked)?;
        open.last_activity = Instant::now();
        f(open)
    }

    fn persist(open: &mut Open, mut plan: Plan) -> AppResult<chrono::DateTime<Utc>> {
        let now = Utc::now();
        plan.updated_at = Some(now);
        let bytes = zeroize::Zeroizing::new(migrate::to_json_pretty(&plan)?);
        let report = open.store.save(&bytes)?;
        if let Some(warning) = report.backup_warning {
            log::warn!(
                "plan saved; pruning old backups failed: {} ({})",
                warning.code(),
                warning
            );
        }
        open.plan = plan;
        Ok(now)
    }

    /// Validates and saves. An invalid plan is not saved: the errors go back to the editor, which keeps the draft.
    pub fn save(&self, plan: Plan) -> AppResult<SaveOutcome> {
        let errors = validate::validate(&plan, plan.locale());
        if errors.is_empty() {
            self.replan_directory(&plan);
        }
        let readiness = self.readiness_of(&plan);
        if errors.is_empty() && plan.schema_version != lifeboat_plan::SCHEMA_VERSION {
            return Err(lifeboat_plan::PlanError::NewerSchema {
                found: u64::from(plan.schema_version),
                supported: lifeboat_plan::SCHEMA_VERSION,
            }
            .into());
        }
        // An invalid draft still counts as activity: the user is typing.
        let saved_at = self.with_open(|open| {
            errors
                .is_empty()
                .then(|| Self::persist(open, plan))
                .transpose()
        })?;
        Ok(SaveOutcome {
            saved: saved_at.is_some(),
            saved_at,
            errors,
            readiness,
        })
    }

    /// Lends the open store and plan (to start the advisory watch) without counting as user activity.
    pub fn with_store<T>(&self, f: impl FnOnce(&Unlocked, &Plan) -> T) -> AppResult<T> {
        let guard = self.lock_open();
        let open = guard.as_ref().ok_or(AppError::Locked)?;
        Ok(f(&open.store, &open.plan))
    }

    /// The open plan's language (`Plan::locale`), English while locked: what new lists and templates are written in.
    pub fn locale(&self) -> &'static str {
        self.lock_open()
            .as_ref()
            .map_or(lifeboat_i18n::DEFAULT_LOCALE, |open| open.plan.locale())
    }

    pub fn current_plan(&self) -> AppResult<Plan> {
        self.with_open(|open| Ok(open.plan.clone()))
    }

    pub fn change_passphrase(&self, old: &SecretString, new: &SecretString) -> AppResult<()> {
        check_new_passphrase(new)?;
        self.with_open(|open| Ok(open.store.change_passphrase(old, new)?))
    }

    pub fn add_recovery_key(&self, passphrase: &SecretString) -> AppResult<SecretString> {
        self.with_open(|open| Ok(open.store.add_recovery_key(passphrase)?))
    }

    pub fn backups(&self) -> AppResult<Vec<BackupEntry>> {
        self.with_open(|open| {
            Ok(open
                .store
                .backups()?
                .into_iter()
                .map(|b| BackupEntry {
                    id: b.id,
                    saved_at: b.saved_at.to_rfc3339(),
                    size: b.size,
                })
                .collect())
        })
    }

    /// Makes a backup the current plan (the current one becomes a backup). Checks it parses first, so a backup
    /// from a newer build is refused rather than installed.
    pub fn restore_backup(&self, id: &str) -> AppResult<Session> {
        self.with_open(|open| {
            let bytes = open.store.load_backup(id)?;
            let plan = migrate::parse_plan(bytes.expose_secret())?;
            self.replan_directory(&plan);
            Self::persist(open, plan).map(|_| self.session_of(open))
        })
    }

    pub fn export_json(
        &self,
        path: &Path,
        passphrase: Option<&SecretString>,
        opts: &VaultOptions,
    ) -> AppResult<()> {
        let plan = self.current_plan()?;
        let json = zeroize::Zeroizing::new(migrate::to_json_pretty(&plan)?);
        let (bytes, extension) = match passphrase {
            Some(p) => {
                check_new_passphrase(p)?;
                (
                    lifeboat_store::encrypt_with_passphrase(&json, p, opts)?,
                    "age",
                )
            }
            None => (json.to_vec(), "json"),
        };
        write_export(self.vault.dir(), path, &[extension], &bytes)
    }

    /// Replaces the plan with a file's. Nothing changes unless the file decrypts, migrates, parses and validates.
    pub fn import_json(
        &self,
        path: &Path,
        passphrase: Option<&SecretString>,
        opts: &VaultOptions,
    ) -> AppResult<Session> {
        if !self.is_unlocked() {
            return Err(AppError::Locked);
        }
        let size = std::fs::metadata(path)
            .map_err(|e| AppError::file("read", path, e))?
            .len();
        // Checked before reading, so a huge file is never loaded (an armored export is ~1.4x its plaintext);
        // the plaintext limit applies again once it is decrypted.
        let max_file = MAX_PLAN_BYTES * 2;
        if size > max_file as u64 {
            return Err(lifeboat_plan::PlanError::TooLarge {
                size: usize::try_from(size).unwrap_or(usize::MAX),
                max: max_file,
            }
            .into());
        }
        let raw = zeroize::Zeroizing::new(
            std::fs::read(path).map_err(|e| AppError::file("read", path, e))?,
        );
        let plan = if is_encrypted_export(&raw) {
            let p = passphrase.ok_or(AppError::PassphraseRequired)?;
            let plain = lifeboat_store::decrypt_with_passphrase(&raw, p, opts)?;
            migrate::parse_plan(plain.expose_secret())?
        } else {
            migrate::parse_plan(&raw)?
        };
        let errors = validate::validate(&plan, plan.locale());
        if !errors.is_empty() {
            return Err(AppError::InvalidPlan(errors));
        }
        self.replan_directory(&plan);
        self.with_open(|open| Self::persist(open, plan).map(|_| self.session_of(open)))
    }

    /// Typesets the plan for the family and writes it to `path` (atomically). `advisories` is the watch's highest
    /// level per watched country at this moment. Typst runs in a `lifeboat-pdf` process of its own, which exits
    /// with everything it held, plan text included.
    pub fn export_pdf(
        &self,
        path: &Path,
        choices: lifeboat_plan::pdf_options::PdfChoices,
        advisories: &[lifeboat_pdf::AdvisoryLine],
    ) -> AppResult<lifeboat_plan::pdf_options::PdfReport> {
        let plan = self.current_plan()?;
        let mut opts = lifeboat_pdf::PdfOptions::from_choices(choices, Utc::now());
        // Who helps each nationality where its holders live, printed with "If you cannot reach us".
        if let Some(d) = self.directory.get() {
            opts.directory = d.helps(&plan);
        }
        let typesetter = lifeboat_pdf::child::typesetter()?;
        let rendered = lifeboat_pdf::child::render_in_child(&typesetter, &plan, advisories, &opts)?;
        for w in &rendered.warnings {
            log::warn!("family PDF: {w}");
        }
        write_export(self.vault.dir(), path, &["pdf"], &rendered.pdf)?;
        Ok(lifeboat_plan::pdf_options::PdfReport {
            pages: u32::try_from(rendered.pages).unwrap_or(u32::MAX),
            bytes: u32::try_from(rendered.pdf.len()).unwrap_or(u32::MAX),
            warnings: rendered.warnings,
        })
    }

    pub fn export_vcard(&self, path: &Path) -> AppResult<()> {
        let plan = self.current_plan()?;
        write_export(
            self.vault.dir(),
            path,
            &["vcf", "vcard"],
            lifeboat_plan::export::vcard::contacts_to_vcard(&plan.contacts, plan.locale())
                .as_bytes(),
        )
    }

    pub fn export_ical(&self, path: &Path) -> AppResult<()> {
        let plan = self.current_plan()?;
        write_export(
            self.vault.dir(),
            path,
            &["ics", "ical"],
            lifeboat_plan::export::ical::expiry_reminders(
                &plan,
                today(),
                Utc::now(),
                plan.locale(),
            )
            .as_bytes(),
        )
    }
}

/// A new list from `template`, written in `locale`.
pub fn new_checklist(template: ChecklistTemplate, locale: &str) -> Checklist {
    template.instantiate(locale, new_id)
}

#[cfg(test)]
mod tests;
