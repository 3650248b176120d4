//! How the command line reaches the user's plan: the app's data folder and a passphrase typed at a prompt.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use lifeboat_i18n::plain_for as plain;
use lifeboat_i18n::t;
use lifeboat_plan::Plan;
use lifeboat_store::secrecy::{ExposeSecret, SecretString};
use lifeboat_store::{Vault, VaultOptions};

/// Where `export-pdf` and `export-map` read the plan: an exported file, else the store after its passphrase.
#[derive(Debug, clap::Args)]
pub struct PlanSource {
    /// Reads an exported plan (plain JSON) instead of the store's
    #[arg(long, value_name = "EXPORT.json")]
    plan: Option<PathBuf>,
    /// Reads the store in DIR (default: the app's), asking for the passphrase
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
}

impl PlanSource {
    /// The plan, and from the store the embassy directory kept beside it too (an exported file has none). The
    /// error is the line to print, in the terminal's language `ui`.
    pub fn plan_and_directory(
        &self,
        ui: &str,
    ) -> Result<(Plan, Option<lifeboat_directory::DirectoryState>), String> {
        match &self.plan {
            Some(path) => plan_file(path).map(|p| (p, None)),
            None => {
                let (dir, pass) = self.store(ui)?;
                open_plan_and_directory(dir, &pass).map(|(p, d)| (p, Some(d)))
            }
        }
    }

    /// The plan alone.
    pub fn plan(&self, ui: &str) -> Result<Plan, String> {
        match &self.plan {
            Some(path) => plan_file(path),
            None => {
                let (dir, pass) = self.store(ui)?;
                open_plan(dir, &pass)
            }
        }
    }

    /// The store's folder and the passphrase typed for it.
    fn store(&self, ui: &str) -> Result<(PathBuf, SecretString), String> {
        let dir = self
            .data_dir
            .clone()
            .or_else(default_data_dir)
            .ok_or_else(|| t!(ui, "cli-no-data-folder-or-plan"))?;
        let pass = read_passphrase(&passphrase_prompt())
            .map_err(|e| t!(ui, "cli-passphrase-unreadable", error = e.to_string()))?;
        Ok((dir, pass))
    }
}

/// Tauri's `app_data_dir` on Linux for this identifier: `$XDG_DATA_HOME/org.lifeboat.desktop`, else
/// `~/.local/share/org.lifeboat.desktop`.
pub fn default_data_dir() -> Option<PathBuf> {
    const IDENTIFIER: &str = "org.lifeboat.desktop";
    std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .map(|d| d.join(IDENTIFIER))
}

/// The prompt [`read_passphrase`] shows, in the terminal's language.
pub fn passphrase_prompt() -> String {
    format!("{} ", t!(super::locale(), "cli-passphrase-prompt"))
}

/// Reads the passphrase: without echo from a terminal, or one line from a pipe (for scripts). Never from an
/// argument or the environment, where other processes and shell history could see it.
pub fn read_passphrase(prompt: &str) -> std::io::Result<SecretString> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        let typed = zeroize::Zeroizing::new(rpassword::prompt_password(prompt)?);
        return Ok(SecretString::from(typed.as_str().to_owned()));
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let trimmed = line.trim_end_matches(['\n', '\r']).to_owned();
    zeroize::Zeroize::zeroize(&mut line);
    Ok(SecretString::from(trimmed))
}

/// Unlocks the vault in `dir` and parses its plan. The store is only read.
pub fn open_plan(dir: PathBuf, passphrase: &SecretString) -> Result<Plan, String> {
    open_plan_and_directory(dir, passphrase).map(|(plan, _)| plan)
}

/// [`open_plan`], and the embassy directory kept beside the plan (empty when there is none or it cannot be read:
/// the app rebuilds it at its next refresh).
pub fn open_plan_and_directory(
    dir: PathBuf,
    passphrase: &SecretString,
) -> Result<(Plan, lifeboat_directory::DirectoryState), String> {
    let vault = Vault::new(dir, VaultOptions::default());
    let (store, plaintext) = vault.unlock(passphrase).map_err(as_json)?;
    let plan = lifeboat_plan::migrate::parse_plan(plaintext.expose_secret()).map_err(as_json)?;
    let directory = store
        .read_side(lifeboat_store::SideDoc::Directory)
        .ok()
        .flatten()
        .and_then(|b| lifeboat_directory::DirectoryState::from_json(b.expose_secret()).ok())
        .unwrap_or_default();
    Ok((plan, directory))
}

/// The error as `{"code", "message"}`, the shape every error leaves Lifeboat in.
fn as_json(e: impl lifeboat_error::ErrorCode) -> String {
    serde_json::to_string(&lifeboat_error::ErrorPayload::of(&e)).unwrap_or_else(|_| e.to_string())
}

/// Reads a plan from an exported plain JSON file.
pub fn plan_file(path: &Path) -> Result<Plan, String> {
    let bytes = std::fs::read(path).map_err(|e| {
        let locale = super::locale();
        let text = t!(
            locale,
            "cli-cannot-read",
            file = path.display().to_string(),
            error = e.to_string(),
        );
        plain(locale, text)
    })?;
    lifeboat_plan::migrate::parse_plan(&bytes).map_err(as_json)
}
