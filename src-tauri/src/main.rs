// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    lifeboat_app::startup::mark_process_start();
    lifeboat_watch::memory::share_arenas();
    // A command (`lifeboat --version`, `lifeboat advisories check`) typed in a Windows console prints there, though
    // the release build is a GUI program with no console of its own.
    #[cfg(windows)]
    if std::env::args_os().len() > 1 {
        attach_parent_console();
    }
    // The stdio locks must be released before the app starts: a held stderr lock blocks every log line written
    // from another thread (the advisory watch) for the life of the app.
    let outcome = {
        let (stdout, stderr) = (std::io::stdout(), std::io::stderr());
        lifeboat_app::cli::run(
            std::env::args_os().skip(1),
            &mut stdout.lock(),
            &mut stderr.lock(),
        )
    };
    match outcome {
        Ok(lifeboat_app::cli::Outcome::StartApp(launch)) => lifeboat_app::run(launch),
        Ok(lifeboat_app::cli::Outcome::Exit(code)) => std::process::exit(code),
        Err(e) => {
            eprintln!("lifeboat: {e}");
            std::process::exit(1);
        }
    }
}

/// Writes this process's standard streams to the console of the program that started it, when that is a console:
/// a GUI-subsystem program gets none, so `lifeboat --version` typed in cmd or PowerShell would print nothing. Streams
/// the caller redirected (`> out.txt`, a pipe) are already set and stay as they are. A debug build has its own
/// console, and the call then fails harmlessly, as it does without a parent console (started from Explorer).
#[cfg(windows)]
#[allow(unsafe_code)]
fn attach_parent_console() {
    use windows_sys::Win32::System::Console::{AttachConsole, ATTACH_PARENT_PROCESS};
    // SAFETY: AttachConsole takes a process id by value and touches no memory of ours; its failure is the answer
    // "no console to attach to", which leaves the process as it was.
    let _ = unsafe { AttachConsole(ATTACH_PARENT_PROCESS) };
}
