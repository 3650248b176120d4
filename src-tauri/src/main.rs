// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (stdout, stderr) = (std::io::stdout(), std::io::stderr());
    match lifeboat_app::cli::run(&args, &mut stdout.lock(), &mut stderr.lock()) {
        Ok(lifeboat_app::cli::Outcome::StartApp) => lifeboat_app::run(),
        Ok(lifeboat_app::cli::Outcome::Exit(code)) => std::process::exit(code),
        Err(e) => {
            eprintln!("lifeboat: {e}");
            std::process::exit(1);
        }
    }
}
