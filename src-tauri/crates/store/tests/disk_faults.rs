//! A full disk and a read-only folder: saving fails with a clear error (`disk_full` / `read_only`), the plan
//! on disk stays the one last saved, every backup still opens, and the store works again once space is back.
//!
//! The faults are real, made in a child process (this test binary again, running an `#[ignore]`d test) so
//! nothing leaks into the machine:
//! - full disk: a 256 KiB tmpfs mounted in the child's own mount namespace (needs root or CAP_SYS_ADMIN); if
//!   that is refused, `RLIMIT_FSIZE` with SIGXFSZ ignored (writes past the limit fail with EFBIG); a second
//!   test always runs the `RLIMIT_FSIZE` variant;
//! - read-only: the vault folder bind-mounted read-only in the child's own mount namespace; if that is
//!   refused, the folder made read-only (0555/0444) and, when running as root (which chmod does not stop),
//!   the child switched to the user `nobody` before it starts.
//!
//! Each test prints which mechanism ran; `LIFEBOAT_DISK_FAULTS_FORCE=rlimit|nobody` forces a fallback.

#![cfg(target_os = "linux")]
// The faults need libc: unshare, mount, setrlimit, setuid.
#![allow(unsafe_code)]

mod support;

use std::ffi::CString;
use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Output;

use lifeboat_store::secrecy::ExposeSecret;
use lifeboat_store::{SideDoc, StoreError, Vault, VaultState};

use support::{
    check_backups, child_command, document_with_padding, passphrase, temp_files, tree, version_of,
    PASSPHRASE,
};

const DIR_ENV: &str = "LIFEBOAT_DISK_FAULT_DIR";
const MECHANISM_ENV: &str = "LIFEBOAT_DISK_FAULT_MECHANISM";
const EXPECT_ENV: &str = "LIFEBOAT_DISK_FAULT_EXPECT";
const FORCE_ENV: &str = "LIFEBOAT_DISK_FAULTS_FORCE";
const TMPFS_OPTIONS: &std::ffi::CStr = c"size=256k,mode=0700";
/// Largest file the `RLIMIT_FSIZE` child may write.
const FILE_SIZE_LIMIT: u64 = 128 * 1024;

fn forced() -> Option<String> {
    std::env::var(FORCE_ENV).ok()
}

fn check(rc: libc::c_int) -> io::Result<()> {
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// In a freshly forked child: a mount namespace of its own whose mounts never propagate back.
fn private_mount_namespace() -> io::Result<()> {
    // SAFETY: plain syscalls with valid NUL-terminated strings or nulls, as mount(2) and unshare(2) allow.
    unsafe {
        check(libc::unshare(libc::CLONE_NEWNS))?;
        check(libc::mount(
            std::ptr::null(),
            c"/".as_ptr(),
            std::ptr::null(),
            libc::MS_REC | libc::MS_PRIVATE,
            std::ptr::null(),
        ))
    }
}

fn c_path(path: &Path) -> CString {
    CString::new(path.as_os_str().as_bytes()).expect("no NUL in a temp path")
}

/// Runs the child and fails the test (showing its output) unless it succeeded.
fn expect_success(what: &str, output: Output) {
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    for line in stdout.lines().filter(|l| l.starts_with("  ")) {
        println!("{what}:{line}");
    }
    assert!(
        output.status.success(),
        "{what} child failed ({}):\n{stdout}\n{stderr}",
        output.status
    );
    assert!(
        stdout.contains("  scenario passed"),
        "{what} child ran no scenario:\n{stdout}\n{stderr}"
    );
}

// ---------------------------------------------------------------------------------------------------------
// Full disk

/// Saves ever larger plans until one fails, then checks the error and that nothing was lost.
fn full_disk_scenario(root: &Path, mechanism: &str) {
    println!(); // libtest has just written "test child_full_disk ... " without a line break
    let vault_dir = root.join("vault");
    let vault = Vault::new(&vault_dir, support::options());
    let pass = passphrase(PASSPHRASE);
    let unlocked = vault
        .create(&pass, &document_with_padding(1, 100))
        .expect("create the vault");
    let on_tmpfs = mechanism == "tmpfs";
    // Space to give back later: RLIMIT_FSIZE caps each file, not the disk, so it needs none.
    let filler = root.join("filler");
    if on_tmpfs {
        std::fs::write(&filler, vec![0u8; 64 * 1024]).expect("filler");
    }

    let mut last_ok = 1;
    let mut failed = None;
    for v in 2..400u64 {
        match unlocked.save(&document_with_padding(v, v as usize * 4096)) {
            Ok(_) => last_ok = v,
            Err(e) => {
                failed = Some((v, e));
                break;
            }
        }
    }
    let (failed_v, err) = failed.expect("the disk never filled up");
    println!(
        "  {mechanism}: saves 2..={last_ok} fit; save {failed_v} failed with code {:?}: {err}",
        err.code()
    );
    // EFBIG; tempfile wraps the OS error with its path, so the kind is what survives.
    let efbig = std::error::Error::source(&err)
        .and_then(|s| s.downcast_ref::<io::Error>())
        .map(io::Error::kind)
        == Some(io::ErrorKind::FileTooLarge);
    match err.code() {
        "disk_full" => assert!(err.to_string().contains("the disk is full"), "{err}"),
        // RLIMIT_FSIZE reports EFBIG ("File too large"), which the store does not class as a full disk.
        "io" if !on_tmpfs && efbig => {}
        other => panic!("{mechanism}: expected disk_full, got {other}: {err:?}"),
    }
    assert!(
        err.to_string().contains(&vault_dir.display().to_string()),
        "the message names the folder: {err}"
    );
    assert_eq!(
        temp_files(&vault_dir),
        Vec::<std::path::PathBuf>::new(),
        "a failed save removes its temp file (it would keep the disk full)"
    );

    // The plan on disk is the last one saved; the backups are exactly the versions before it.
    let check_intact = |current: u64| {
        let (reopened, plaintext) = Vault::new(&vault_dir, support::options())
            .unlock(&pass)
            .expect("the vault still unlocks");
        assert_eq!(version_of(plaintext.expose_secret()), Ok(current));
        let backups = check_backups(&reopened, current).expect("backups open");
        let expected: Vec<u64> = (current.saturating_sub(10).max(1)..current).rev().collect();
        assert_eq!(backups, expected, "backups after the failed save");
    };
    check_intact(last_ok);
    let load = unlocked.load().expect("the open handle still loads");
    assert_eq!(version_of(load.expose_secret()), Ok(last_ok));

    // Space back: the same handle saves again.
    if on_tmpfs {
        std::fs::remove_file(&filler).expect("free the filler");
    }
    unlocked
        .save(&document_with_padding(failed_v, 100))
        .expect("a save once space is back");
    check_intact(failed_v);
    println!("  {mechanism}: plan and backups intact after the failure; a later save worked");

    if on_tmpfs {
        // Brim-full: a passphrase change, a side document and a new vault all fail cleanly too.
        let mut f = std::fs::File::create(&filler).expect("filler");
        let chunk = vec![0u8; 4096];
        while f.write_all(&chunk).is_ok() {}
        drop(f);
        let before = tree(&vault_dir);
        let new_pass = passphrase("another passphrase entirely");
        let change = unlocked.change_passphrase(&pass, &new_pass);
        assert_eq!(
            change.as_ref().err().map(StoreError::code),
            Some("disk_full")
        );
        let side = unlocked.sealer().write(SideDoc::Watch, &[b'w'; 10_000]);
        assert_eq!(side.as_ref().err().map(StoreError::code), Some("disk_full"));
        let save = unlocked.save(&document_with_padding(failed_v + 1, 100));
        assert_eq!(save.as_ref().err().map(StoreError::code), Some("disk_full"));
        assert_eq!(tree(&vault_dir), before, "nothing changed on a full disk");
        check_intact(failed_v);
        let second = Vault::new(root.join("second"), support::options());
        let created = second.create(&pass, &document_with_padding(1, 10_000));
        assert_eq!(
            created.as_ref().err().map(StoreError::code),
            Some("disk_full")
        );
        assert_eq!(
            second.state().ok(),
            Some(VaultState::New),
            "no half-made vault"
        );
        println!(
            "  tmpfs: on a brim-full disk, passphrase change, side document, save and create all \
             failed with disk_full and changed nothing"
        );
    }
    println!("  scenario passed");
}

#[test]
#[ignore = "child process of the full-disk tests"]
fn child_full_disk() {
    let (Some(dir), Ok(mechanism)) = (std::env::var_os(DIR_ENV), std::env::var(MECHANISM_ENV))
    else {
        println!("child_full_disk only runs as the child of a full-disk test");
        return;
    };
    full_disk_scenario(Path::new(&dir), &mechanism);
}

/// The child with a 256 KiB tmpfs over `mountpoint`, in its own mount namespace.
fn run_on_tmpfs(mountpoint: &Path) -> io::Result<Output> {
    let target = c_path(mountpoint);
    let mut cmd = child_command("child_full_disk");
    cmd.env(DIR_ENV, mountpoint).env(MECHANISM_ENV, "tmpfs");
    // SAFETY: only async-signal-safe syscalls between fork and exec; the strings were allocated before.
    unsafe {
        cmd.pre_exec(move || {
            private_mount_namespace()?;
            check(libc::mount(
                c"tmpfs".as_ptr(),
                target.as_ptr(),
                c"tmpfs".as_ptr(),
                0,
                TMPFS_OPTIONS.as_ptr().cast(),
            ))
        });
    }
    cmd.output()
}

/// The child with `RLIMIT_FSIZE` set and SIGXFSZ ignored (both survive exec).
fn run_with_file_size_limit(dir: &Path) -> io::Result<Output> {
    let mut cmd = child_command("child_full_disk");
    cmd.env(DIR_ENV, dir).env(MECHANISM_ENV, "rlimit");
    // SAFETY: setrlimit and signal are async-signal-safe.
    unsafe {
        cmd.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: FILE_SIZE_LIMIT,
                rlim_max: FILE_SIZE_LIMIT,
            };
            check(libc::setrlimit(libc::RLIMIT_FSIZE, &limit))?;
            if libc::signal(libc::SIGXFSZ, libc::SIG_IGN) == libc::SIG_ERR {
                return Err(io::Error::last_os_error());
            }
            Ok(())
        });
    }
    cmd.output()
}

#[test]
fn full_disk_is_a_clear_error_and_keeps_the_plan() {
    println!(); // after libtest's "test … ... "
    let base = tempfile::tempdir().expect("temp dir");
    if forced().as_deref() != Some("rlimit") {
        let mnt = base.path().join("mnt");
        std::fs::create_dir(&mnt).expect("mountpoint");
        match run_on_tmpfs(&mnt) {
            Ok(output) => {
                println!("full disk: simulated with a 256 KiB tmpfs in a private mount namespace");
                expect_success("full disk (tmpfs)", output);
                return;
            }
            Err(e) => {
                println!("full disk: cannot mount a tmpfs here ({e}); falling back to RLIMIT_FSIZE")
            }
        }
    }
    let dir = base.path().join("limited");
    std::fs::create_dir(&dir).expect("dir");
    let output = match run_with_file_size_limit(&dir) {
        Ok(output) => output,
        Err(e) => {
            println!("SKIPPED full_disk_is_a_clear_error_and_keeps_the_plan: neither a tmpfs nor RLIMIT_FSIZE: {e}");
            return;
        }
    };
    println!("full disk: simulated with RLIMIT_FSIZE = {FILE_SIZE_LIMIT} bytes, SIGXFSZ ignored");
    expect_success("full disk (RLIMIT_FSIZE)", output);
}

#[test]
fn a_file_size_limit_is_a_clear_error_and_keeps_the_plan() {
    println!(); // after libtest's "test … ... "
    let base = tempfile::tempdir().expect("temp dir");
    let output = run_with_file_size_limit(base.path()).expect("RLIMIT_FSIZE child");
    println!("file size limit: RLIMIT_FSIZE = {FILE_SIZE_LIMIT} bytes, SIGXFSZ ignored");
    expect_success("file size limit", output);
}

// ---------------------------------------------------------------------------------------------------------
// Read-only folder

fn read_only_scenario(dir: &Path, mechanism: &str, expected: u64) {
    println!();
    let vault = Vault::new(dir, support::options());
    let pass = passphrase(PASSPHRASE);
    let (mut unlocked, plaintext) = vault
        .unlock(&pass)
        .expect("a read-only vault still unlocks");
    assert_eq!(version_of(plaintext.expose_secret()), Ok(expected));

    let err = unlocked
        .save(&document_with_padding(expected + 1, 500))
        .expect_err("a save into a read-only folder fails");
    println!(
        "  {mechanism}: save failed with code {:?}: {err}",
        err.code()
    );
    assert_eq!(err.code(), "read_only", "{err:?}");
    assert!(
        err.to_string().contains("no permission")
            && err.to_string().contains(&dir.display().to_string()),
        "{err}"
    );
    let codes = [
        (
            "change passphrase",
            unlocked
                .change_passphrase(&pass, &passphrase("new passphrase here"))
                .err()
                .map(|e| e.code()),
        ),
        (
            "side document",
            unlocked
                .sealer()
                .write(SideDoc::Watch, b"state")
                .err()
                .map(|e| e.code()),
        ),
        (
            "restore backup",
            unlocked
                .backups()
                .ok()
                .and_then(|b| b.first().cloned())
                .and_then(|b| unlocked.restore_backup(&b.id).err())
                .map(|e| e.code()),
        ),
        (
            "add recovery key",
            unlocked.add_recovery_key(&pass).err().map(|e| e.code()),
        ),
    ];
    for (what, code) in codes {
        assert_eq!(code, Some("read_only"), "{what}");
    }
    let second = Vault::new(dir.join("nested"), support::options());
    assert_eq!(
        second.create(&pass, b"{}").err().map(|e| e.code()),
        Some("read_only"),
        "create inside a read-only folder"
    );
    let (reopened, plaintext) = vault.unlock(&pass).expect("unlock again");
    assert_eq!(version_of(plaintext.expose_secret()), Ok(expected));
    check_backups(&reopened, expected).expect("backups open");
    println!(
        "  {mechanism}: passphrase change, side document, restore, recovery key and create were refused \
         with read_only; the plan and backups still open"
    );
    println!("  scenario passed");
}

#[test]
#[ignore = "child process of the read-only test"]
fn child_read_only() {
    let (Some(dir), Ok(mechanism), Ok(expected)) = (
        std::env::var_os(DIR_ENV),
        std::env::var(MECHANISM_ENV),
        std::env::var(EXPECT_ENV),
    ) else {
        println!("child_read_only only runs as the child of the read-only test");
        return;
    };
    read_only_scenario(
        Path::new(&dir),
        &mechanism,
        expected.parse().expect("version"),
    );
}

/// The child with `dir` bind-mounted read-only over itself, in its own mount namespace.
fn run_with_read_only_mount(dir: &Path, expected: u64) -> io::Result<Output> {
    let target = c_path(dir);
    let mut cmd = child_command("child_read_only");
    cmd.env(DIR_ENV, dir)
        .env(MECHANISM_ENV, "read-only bind mount")
        .env(EXPECT_ENV, expected.to_string());
    // SAFETY: only async-signal-safe syscalls between fork and exec; the strings were allocated before.
    unsafe {
        cmd.pre_exec(move || {
            private_mount_namespace()?;
            check(libc::mount(
                target.as_ptr(),
                target.as_ptr(),
                std::ptr::null(),
                libc::MS_BIND,
                std::ptr::null(),
            ))?;
            check(libc::mount(
                std::ptr::null(),
                target.as_ptr(),
                std::ptr::null(),
                libc::MS_BIND | libc::MS_REMOUNT | libc::MS_RDONLY,
                std::ptr::null(),
            ))
        });
    }
    cmd.output()
}

/// Sets `mode` on `dir` and everything under it (directories get `dir_mode`).
fn chmod_tree(dir: &Path, dir_mode: u32, file_mode: u32) {
    let set = |p: &Path, m| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m));
    for entry in std::fs::read_dir(dir).expect("list") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            chmod_tree(&path, dir_mode, file_mode);
        } else {
            set(&path, file_mode).expect("chmod file");
        }
    }
    set(dir, dir_mode).expect("chmod dir");
}

/// The child in a folder made read-only by its mode; as root, the child becomes `nobody` first.
fn run_with_permissions(base: &Path, dir: &Path, expected: u64) -> io::Result<Output> {
    // SAFETY: geteuid never fails.
    let root = unsafe { libc::geteuid() } == 0;
    let mechanism = if root {
        "mode 0555 + user nobody"
    } else {
        "mode 0555"
    };
    std::fs::set_permissions(base, std::fs::Permissions::from_mode(0o755))?;
    chmod_tree(dir, 0o555, 0o444);
    let mut cmd = child_command("child_read_only");
    cmd.env(DIR_ENV, dir)
        .env(MECHANISM_ENV, mechanism)
        .env(EXPECT_ENV, expected.to_string());
    if root {
        // SAFETY: getpwnam is called before fork; its result is copied out at once.
        let pw = unsafe { libc::getpwnam(c"nobody".as_ptr()) };
        if pw.is_null() {
            return Err(io::Error::other("there is no user nobody"));
        }
        let (uid, gid) = unsafe { ((*pw).pw_uid, (*pw).pw_gid) };
        // SAFETY: setgroups/setgid/setuid are async-signal-safe.
        unsafe {
            cmd.pre_exec(move || {
                check(libc::setgroups(0, std::ptr::null()))?;
                check(libc::setgid(gid))?;
                check(libc::setuid(uid))
            });
        }
    }
    let output = cmd.output();
    chmod_tree(dir, 0o700, 0o600);
    output
}

#[test]
fn read_only_folder_is_a_clear_error_and_keeps_the_plan() {
    println!(); // after libtest's "test … ... "
    let base = tempfile::tempdir().expect("temp dir");
    let dir = base.path().join("vault");
    let vault = Vault::new(&dir, support::options());
    let pass = passphrase(PASSPHRASE);
    let unlocked = vault
        .create(&pass, &document_with_padding(1, 100))
        .expect("create");
    for v in 2..=3 {
        unlocked
            .save(&document_with_padding(v, 100 * v as usize))
            .expect("save");
    }
    drop(unlocked);
    let before = tree(&dir);

    let mut output = None;
    if forced().as_deref() != Some("nobody") {
        match run_with_read_only_mount(&dir, 3) {
            Ok(out) => {
                println!(
                    "read-only: simulated with a read-only bind mount in a private mount namespace"
                );
                output = Some(out);
            }
            Err(e) => println!(
                "read-only: cannot bind-mount read-only here ({e}); falling back to permissions"
            ),
        }
    }
    let output = match output {
        Some(out) => out,
        None => {
            match run_with_permissions(base.path(), &dir, 3) {
                Ok(out) => {
                    println!("read-only: simulated with folder permissions (0555/0444, as nobody when root)");
                    out
                }
                Err(e) => {
                    println!("SKIPPED read_only_folder_is_a_clear_error_and_keeps_the_plan: {e}");
                    return;
                }
            }
        }
    };
    expect_success("read-only", output);

    assert_eq!(tree(&dir), before, "nothing in the folder changed");
    let (reopened, plaintext) = vault.unlock(&pass).expect("unlock afterwards");
    assert_eq!(version_of(plaintext.expose_secret()), Ok(3));
    assert_eq!(check_backups(&reopened, 3), Ok(vec![2, 1]));
}
