//! Copying a document number: the clipboard is readable by every program on the desktop, so what Lifeboat puts
//! there is taken back after [`CLEAR_AFTER`], unless the user has copied something else in the meantime.

use std::sync::Arc;
use std::time::Duration;

use tauri_plugin_clipboard_manager::ClipboardExt;
use zeroize::Zeroizing;

pub const CLEAR_AFTER: Duration = Duration::from_secs(30);
/// Longest text the copy command accepts: document numbers, phone numbers, IBANs.
pub const MAX_COPY_CHARS: usize = 200;

pub trait Clipboard: Send + Sync {
    fn write(&self, text: &str) -> Result<(), String>;
    fn read(&self) -> Option<Zeroizing<String>>;
    fn clear(&self) -> Result<(), String>;
}

/// Waits, then clears the clipboard if it still holds `text`. Returns whether it cleared.
pub async fn clear_later(
    clipboard: Arc<dyn Clipboard>,
    text: Zeroizing<String>,
    after: Duration,
) -> bool {
    tokio::time::sleep(after).await;
    let still_ours = clipboard.read().is_some_and(|now| *now == *text);
    if still_ours {
        if let Err(e) = clipboard.clear() {
            log::warn!("could not clear the clipboard: {e}");
            return false;
        }
    }
    still_ours
}

/// The desktop clipboard through the Tauri plugin.
pub struct DesktopClipboard<R: tauri::Runtime>(pub tauri::AppHandle<R>);

impl<R: tauri::Runtime> Clipboard for DesktopClipboard<R> {
    fn write(&self, text: &str) -> Result<(), String> {
        self.0
            .clipboard()
            .write_text(text)
            .map_err(|e| e.to_string())
    }

    fn read(&self) -> Option<Zeroizing<String>> {
        self.0.clipboard().read_text().ok().map(Zeroizing::new)
    }

    fn clear(&self) -> Result<(), String> {
        self.0.clipboard().clear().map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[derive(Default)]
    struct Fake(Mutex<Option<String>>);

    impl Clipboard for Fake {
        fn write(&self, text: &str) -> Result<(), String> {
            *self.0.lock().map_err(|e| e.to_string())? = Some(text.to_owned());
            Ok(())
        }
        fn read(&self) -> Option<Zeroizing<String>> {
            self.0.lock().ok()?.clone().map(Zeroizing::new)
        }
        fn clear(&self) -> Result<(), String> {
            *self.0.lock().map_err(|e| e.to_string())? = None;
            Ok(())
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_copied_number_is_gone_after_30_seconds() {
        let fake = Arc::new(Fake::default());
        fake.write("X1234567").expect("write");
        let task = tokio::spawn(clear_later(
            fake.clone(),
            Zeroizing::new("X1234567".to_owned()),
            CLEAR_AFTER,
        ));
        tokio::time::sleep(Duration::from_secs(29)).await;
        assert_eq!(fake.read().as_deref().map(String::as_str), Some("X1234567"));
        assert!(task.await.expect("task"));
        assert!(fake.read().is_none());
    }

    #[tokio::test(start_paused = true)]
    async fn something_the_user_copied_since_is_left_alone() {
        let fake = Arc::new(Fake::default());
        fake.write("X1234567").expect("write");
        let task = tokio::spawn(clear_later(
            fake.clone(),
            Zeroizing::new("X1234567".to_owned()),
            CLEAR_AFTER,
        ));
        fake.write("a recipe").expect("write");
        assert!(!task.await.expect("task"));
        assert_eq!(fake.read().as_deref().map(String::as_str), Some("a recipe"));
    }
}
