// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    lifeboat_app::startup::mark_process_start();
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The stdio locks must be released before the app starts: a held stderr lock blocks every log line written
    // from another thread (the advisory watch) for the life of the app.
    let outcome = {
        let (stdout, stderr) = (std::io::stdout(), std::io::stderr());
        lifeboat_app::cli::run(&args, &mut stdout.lock(), &mut stderr.lock())
    };
    match outcome {
        Ok(lifeboat_app::cli::Outcome::StartApp) => lifeboat_app::run(),
        Ok(lifeboat_app::cli::Outcome::Exit(code)) => std::process::exit(code),
        Err(e) => {
            eprintln!("lifeboat: {e}");
            std::process::exit(1);
        }
    }
}
