// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    lifeboat_app::startup::mark_process_start();
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
