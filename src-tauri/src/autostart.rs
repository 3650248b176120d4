//! "Start Lifeboat at login": an XDG autostart entry (`$XDG_CONFIG_HOME/autostart/lifeboat.desktop`), written or
//! removed when the plan's setting changes. The app starts normally, on the unlock screen: the watch needs one
//! unlock to know what to watch, and keeps running in the tray after the window is closed.

use std::path::{Path, PathBuf};

const FILE_NAME: &str = "lifeboat.desktop";

pub fn autostart_dir() -> Option<PathBuf> {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(config.join("autostart"))
}

fn entry(exe: &Path) -> String {
    // The Exec key quotes per the Desktop Entry spec: backslash, double quote, backtick and dollar are escaped.
    let mut quoted = String::from("\"");
    for c in exe.display().to_string().chars() {
        if matches!(c, '"' | '`' | '$' | '\\') {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    format!(
        "[Desktop Entry]\nType=Application\nName=Lifeboat\nComment=Your departure plan and the advisory watch\n\
         Exec={quoted}\nIcon=lifeboat\nTerminal=false\nX-GNOME-Autostart-enabled=true\n"
    )
}

/// Makes the autostart entry match `enabled`. Idempotent; only touches our own file.
pub fn apply(dir: &Path, exe: &Path, enabled: bool) -> std::io::Result<()> {
    let path = dir.join(FILE_NAME);
    if enabled {
        let wanted = entry(exe);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(wanted.as_str()) {
            return Ok(());
        }
        std::fs::create_dir_all(dir)?;
        atomicwrites::AtomicFile::new(&path, atomicwrites::AllowOverwrite)
            .write(|f| std::io::Write::write_all(f, wanted.as_bytes()))
            .map_err(|e| std::io::Error::other(e.to_string()))
    } else {
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turning_it_on_writes_a_desktop_entry_and_off_removes_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let auto = dir.path().join("autostart");
        let exe = Path::new("/opt/Life boat/lifeboat");
        apply(&auto, exe, true).expect("on");
        let text = std::fs::read_to_string(auto.join(FILE_NAME)).expect("written");
        assert!(
            text.contains("Exec=\"/opt/Life boat/lifeboat\"\n"),
            "{text}"
        );
        apply(&auto, exe, true).expect("again");
        apply(&auto, exe, false).expect("off");
        assert!(!auto.join(FILE_NAME).exists());
        apply(&auto, exe, false).expect("off twice");
    }
}
