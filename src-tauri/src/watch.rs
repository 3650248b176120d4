//! The advisory watch in the running app. The service itself lives in the `lifeboat-watch` crate (no Tauri), so
//! the background binary that takes over when the window closes runs the very same code; the app adds what only
//! it needs, the family PDF's advisory lines.

pub use lifeboat_watch::context::{self, WatchContext};
pub use lifeboat_watch::service::{OnUpdate, WatchService};
pub use lifeboat_watch::{message, view, Handover};

use context::{country_name, source_of};

/// The one watch service of the running app, as Tauri's state holds it.
pub type SharedWatch = std::sync::Arc<WatchService>;

/// The family PDF's cover lines, read from the watch.
pub trait PdfLines {
    /// The highest level per watched country right now, worst first, governments named in `locale` (the PDF's).
    fn pdf_lines(&self, locale: &str) -> Vec<lifeboat_pdf::AdvisoryLine>;
}

impl PdfLines for WatchService {
    fn pdf_lines(&self, locale: &str) -> Vec<lifeboat_pdf::AdvisoryLine> {
        self.with_state(|file, ctx| {
            let mut lines: Vec<lifeboat_pdf::AdvisoryLine> = ctx
                .watched
                .iter()
                .filter_map(|w| {
                    let (government, seen) = ctx
                        .governments
                        .iter()
                        .filter_map(|g| Some((*g, file.state.seen(source_of(*g), &w.country)?)))
                        .max_by_key(|(_, s)| s.level)?;
                    Some(lifeboat_pdf::AdvisoryLine {
                        country: w.country.clone(),
                        country_name: country_name(&w.country),
                        level: seen.level.get(),
                        government: government.label(locale),
                        native_label: seen.native_label.clone(),
                        updated: seen.updated,
                    })
                })
                .collect();
            lines.sort_by_key(|l| std::cmp::Reverse(l.level));
            lines
        })
        .unwrap_or_default()
    }
}
