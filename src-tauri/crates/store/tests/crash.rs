//! Crash safety: a child process saves the store in a loop and is killed with SIGKILL at random moments.
//!
//! After every kill the vault must unlock to one complete version: the last one the child reported as saved,
//! or the next one (its save completed but the `saved N` line was not written yet). Every backup must
//! decrypt to a complete version no newer than that. Temp files left by a killed save are allowed; the next
//! child must open and save through them.
//!
//! The child is this test binary itself, running the `#[ignore]`d `child_save_loop` test with
//! `LIFEBOAT_CRASH_CHILD_DIR` set (see `support::child_command`).
//!
//! Knobs (environment): `LIFEBOAT_CRASH_ITERATIONS` (kills, default 100), `LIFEBOAT_CRASH_SEED` (to replay a
//! run), `LIFEBOAT_CRASH_MAX_DELAY_US` (upper bound of the random delay after the child's first save; default
//! four times the measured duration of one save), `LIFEBOAT_CRASH_DIR` (where the vault lives; default a
//! fresh temp folder). `scripts/crash-test` runs 1,000 kills.

mod support;

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use lifeboat_store::secrecy::ExposeSecret;
use lifeboat_store::{Vault, VaultState};
use lifeboat_test_support::Rng;

use support::{check_backups, child_command, document, passphrase, temp_files, version_of};

const CHILD_ENV: &str = "LIFEBOAT_CRASH_CHILD_DIR";

/// Runs in the child only: saves until killed.
#[test]
#[ignore = "child process of kill_during_saves_never_loses_or_tears_a_version"]
fn child_save_loop() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        println!("child_save_loop only runs as the child of the crash test");
        return;
    };
    let mut out = std::io::stdout();
    // libtest has just written "test child_save_loop ... " without a line break.
    println!();
    if let Err(e) = support::save_loop(
        Path::new(&dir),
        &passphrase(support::PASSPHRASE),
        None,
        &mut out,
    ) {
        eprintln!("save loop failed: {e}");
        std::process::exit(3);
    }
}

fn env_u64(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    Some(
        v.trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v:?} is not a number")),
    )
}

/// Mean duration of one save of the test documents on this disk, measured in this process.
fn measure_save(dir: &Path) -> Duration {
    let vault = Vault::new(dir, support::options());
    let unlocked = vault
        .create(&passphrase(support::PASSPHRASE), &document(1))
        .expect("create the calibration vault");
    let start = Instant::now();
    let rounds = 20;
    for v in 2..2 + rounds {
        unlocked.save(&document(v)).expect("calibration save");
    }
    start.elapsed() / rounds as u32
}

#[derive(Default)]
struct Tally {
    kills: u64,
    /// The vault held the last version the child reported.
    at_reported: u64,
    /// It held the next one: killed after the rename, before the line was written.
    one_ahead: u64,
    /// A killed save left a temp file (killed between creating it and the rename).
    left_temp: u64,
    /// The newest backup holds the plan's own version (killed between the backup link and the rename).
    backup_of_current: u64,
    max_backups_seen: usize,
    first_version: Option<u64>,
    last_version: u64,
}

struct Run {
    stdout: BufReader<std::process::ChildStdout>,
    child: Child,
}

/// Never leaves a child saving in the background, whatever went wrong.
impl Drop for Run {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Run {
    fn start(dir: &Path) -> Run {
        let mut child = child_command("child_save_loop")
            .env(CHILD_ENV, dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the child");
        let stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
        Run { stdout, child }
    }

    /// Reads lines until the first `saved N`; returns the `opened` version (if any) and N.
    fn until_first_save(&mut self) -> Result<(Option<u64>, u64), String> {
        let mut opened = None;
        loop {
            let mut line = String::new();
            let n = self
                .stdout
                .read_line(&mut line)
                .map_err(|e| format!("reading the child: {e}"))?;
            if n == 0 {
                return Err("the child exited before its first save".to_owned());
            }
            if let Some(v) = line.trim().strip_prefix("opened ") {
                opened = Some(v.parse().map_err(|_| format!("bad line {line:?}"))?);
            } else if let Some(v) = line.trim().strip_prefix("saved ") {
                return Ok((opened, v.parse().map_err(|_| format!("bad line {line:?}"))?));
            }
        }
    }

    /// SIGKILL, reap, then drain what the child wrote before it died; returns the last complete `saved N`.
    fn kill(&mut self, mut last: u64) -> Result<u64, String> {
        let exited_early = self.child.try_wait().ok().flatten();
        let _ = self.child.kill(); // SIGKILL on unix
        let status = self.child.wait().map_err(|e| format!("wait: {e}"))?;
        let mut rest = String::new();
        let _ = self.stdout.read_to_string(&mut rest);
        // Only whole lines count: a line cut by the kill is not a report (the check allows N+1 anyway).
        for line in rest.split_inclusive('\n').filter(|l| l.ends_with('\n')) {
            if let Some(v) = line.trim().strip_prefix("saved ") {
                last = v.parse().map_err(|_| format!("bad line {line:?}"))?;
            }
        }
        if let Some(early) = exited_early {
            let mut err = String::new();
            if let Some(mut stderr) = self.child.stderr.take() {
                let _ = stderr.read_to_string(&mut err);
            }
            return Err(format!(
                "the child exited by itself ({early}) before the kill; stderr: {err}"
            ));
        }
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            if status.signal() != Some(9) {
                return Err(format!("the child was not killed by SIGKILL: {status}"));
            }
        }
        // Windows has no signal to check: TerminateProcess is the kill.
        #[cfg(not(unix))]
        let _ = status;
        Ok(last)
    }
}

/// After a kill: the vault opens to `reported` or `reported + 1`, and every backup is whole.
fn check_after_kill(dir: &Path, reported: u64, tally: &mut Tally) -> Result<u64, String> {
    let vault = Vault::new(dir, support::options());
    match vault.state() {
        Ok(VaultState::Locked) => {}
        other => return Err(format!("vault state after the kill: {other:?}")),
    }
    let (unlocked, plaintext) = vault
        .unlock(&passphrase(support::PASSPHRASE))
        .map_err(|e| format!("unlock after the kill: {} ({e})", e.code()))?;
    let version = version_of(plaintext.expose_secret())?;
    if version == reported {
        tally.at_reported += 1;
    } else if version == reported + 1 {
        tally.one_ahead += 1;
    } else {
        return Err(format!(
            "the vault holds version {version}, but the child last reported {reported}"
        ));
    }
    let load = unlocked
        .load()
        .map_err(|e| format!("load: {} ({e})", e.code()))?;
    if version_of(load.expose_secret())? != version {
        return Err("load() disagrees with unlock()".to_owned());
    }
    let backups = check_backups(&unlocked, version)?;
    if backups.first() == Some(&version) {
        tally.backup_of_current += 1;
    }
    tally.max_backups_seen = tally.max_backups_seen.max(backups.len());
    // Pruning runs after the rename, so one kill can leave max_backups + 1.
    if backups.len() > support::options().max_backups + 1 {
        return Err(format!("{} backups kept", backups.len()));
    }
    Ok(version)
}

#[test]
fn kill_during_saves_never_loses_or_tears_a_version() {
    let iterations = env_u64("LIFEBOAT_CRASH_ITERATIONS").unwrap_or(100);
    let seed = env_u64("LIFEBOAT_CRASH_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
            | 1
    });
    let base = match std::env::var_os("LIFEBOAT_CRASH_DIR") {
        Some(d) => tempfile::tempdir_in(d),
        None => tempfile::tempdir(),
    }
    .expect("temp dir");
    let save_time = measure_save(&base.path().join("calibration"));
    let max_delay_us = env_u64("LIFEBOAT_CRASH_MAX_DELAY_US")
        .unwrap_or_else(|| (save_time.as_micros() as u64 * 4).max(2_000));
    let dir = base.path().join("vault");
    let mut rng = Rng(seed);
    let mut tally = Tally::default();
    let started = Instant::now();
    let mut on_disk: Option<u64> = None;
    let mut failure = None;

    for i in 0..iterations {
        let temps_before = temp_files(&dir).len();
        let mut run = Run::start(&dir);
        let step = run.until_first_save().and_then(|(opened, first)| {
            // `run` is dropped (and the child killed) whatever happens in here.
            if opened != on_disk {
                return Err(format!(
                    "the child opened version {opened:?}, the last check saw {on_disk:?}"
                ));
            }
            std::thread::sleep(Duration::from_micros(rng.below(max_delay_us + 1)));
            let reported = run.kill(first)?;
            tally.kills += 1;
            if temp_files(&dir).len() > temps_before {
                tally.left_temp += 1;
            }
            check_after_kill(&dir, reported, &mut tally)
        });
        match step {
            Ok(version) => {
                tally.first_version.get_or_insert(version);
                tally.last_version = version;
                on_disk = Some(version);
            }
            Err(e) => {
                failure = Some(format!("iteration {i}: {e}"));
                break;
            }
        }
    }

    let elapsed = started.elapsed();
    let leftovers = temp_files(&dir).len();
    println!(
        "crash test: seed {seed}, one save ≈ {:.2} ms, kill delay 0..{:.2} ms after the child's first save",
        save_time.as_secs_f64() * 1e3,
        max_delay_us as f64 / 1e3
    );
    println!(
        "crash test: {} kills in {:.1} s; versions {}..={}; after a kill the vault held the last reported \
         version {} times and the next one {} times; {} kills left a temp file ({} on disk at the end); {} left \
         a backup of the current version (killed between backup link and rename); at most {} backups; failures: {}",
        tally.kills,
        elapsed.as_secs_f64(),
        tally.first_version.unwrap_or(0),
        tally.last_version,
        tally.at_reported,
        tally.one_ahead,
        tally.left_temp,
        leftovers,
        tally.backup_of_current,
        tally.max_backups_seen,
        u8::from(failure.is_some())
    );
    if let Some(failure) = failure {
        let kept = base.keep();
        panic!(
            "{failure}\n(seed {seed}; the vault is kept in {} for inspection)",
            kept.display()
        );
    }
    assert_eq!(tally.kills, iterations);
}

/// The check itself can fail: a cut, a mix of two versions, or a flipped padding byte is never taken for a
/// version.
#[test]
fn the_checker_rejects_torn_and_mixed_documents() {
    let (a, b) = (document(41), document(42));
    assert_eq!(version_of(&a), Ok(41));
    assert!(version_of(&a[..a.len() / 2]).is_err(), "cut");
    let mut mixed = a[..a.len() / 2].to_vec();
    mixed.extend_from_slice(&b[b.len() / 2..]);
    assert!(version_of(&mixed).is_err(), "half of 41, half of 42");
    let mut flipped = a.clone();
    let mid = flipped.len() / 2;
    flipped[mid] = if flipped[mid] == b'a' { b'b' } else { b'a' };
    assert!(version_of(&flipped).is_err(), "one padding letter changed");
    assert_ne!(document(41).len(), document(42).len(), "sizes vary");
}
