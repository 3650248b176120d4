//! The tray icon while the window is closed, over the StatusNotifierItem D-Bus protocol (ksni, pure Rust): the
//! same level icons and status lines as the app's tray (level, reach, suggestion), and Open / Check now / Quit.
//! No country names: the tray is visible to anyone near the screen. In the language of the plan it was handed.

use std::sync::Arc;

use lifeboat_watch::tray_status::{icon_index, status_lines, MenuWords};
use lifeboat_watch::WatchService;

use crate::linux::{Event, Events};

const ICONS: [&[u8]; 5] = [
    include_bytes!("../../../../../../icons/tray/level-0.png"),
    include_bytes!("../../../../../../icons/tray/level-1.png"),
    include_bytes!("../../../../../../icons/tray/level-2.png"),
    include_bytes!("../../../../../../icons/tray/level-3.png"),
    include_bytes!("../../../../../../icons/tray/level-4.png"),
];

/// A PNG as the protocol wants it: ARGB32, network byte order.
fn argb(png_bytes: &[u8]) -> Result<ksni::Icon, png::DecodingError> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info()?;
    let mut buf = vec![0; reader.output_buffer_size().unwrap_or(0)];
    let info = reader.next_frame(&mut buf)?;
    let pixels = &buf[..info.buffer_size()];
    let data = match info.color_type {
        png::ColorType::Rgba => pixels
            .chunks_exact(4)
            .flat_map(|p| [p[3], p[0], p[1], p[2]])
            .collect(),
        png::ColorType::Rgb => pixels
            .chunks_exact(3)
            .flat_map(|p| [0xff, p[0], p[1], p[2]])
            .collect(),
        png::ColorType::GrayscaleAlpha => pixels
            .chunks_exact(2)
            .flat_map(|p| [p[1], p[0], p[0], p[0]])
            .collect(),
        // Grayscale, and Indexed (already expanded to RGB by the transformation, so not seen here).
        _ => pixels.iter().flat_map(|&g| [0xff, g, g, g]).collect(),
    };
    Ok(ksni::Icon {
        width: i32::try_from(info.width).unwrap_or(0),
        height: i32::try_from(info.height).unwrap_or(0),
        data,
    })
}

struct LifeboatTray {
    events: Events,
    icons: Arc<Vec<ksni::Icon>>,
    level: usize,
    /// [`status_lines`]: the level, the reach when incomplete, the suggestion.
    status: Vec<String>,
    /// The menu's entries in the plan's language.
    words: MenuWords,
}

impl ksni::Tray for LifeboatTray {
    // A click opens the menu, as in the app's tray: everything is in it.
    const MENU_ON_ACTIVATE: bool = true;

    fn id(&self) -> String {
        "lifeboat".into()
    }

    fn title(&self) -> String {
        "Lifeboat".into()
    }

    fn icon_pixmap(&self) -> Vec<ksni::Icon> {
        self.icons.get(self.level).cloned().into_iter().collect()
    }

    fn tool_tip(&self) -> ksni::ToolTip {
        ksni::ToolTip {
            title: "Lifeboat".into(),
            description: self.status.join("\n"),
            ..ksni::ToolTip::default()
        }
    }

    fn menu(&self) -> Vec<ksni::MenuItem<Self>> {
        use ksni::menu::StandardItem;
        let item = |label: &str, event: fn() -> Event| {
            StandardItem {
                label: label.into(),
                activate: Box::new(move |t: &mut Self| {
                    let _ = t.events.send(event());
                }),
                ..StandardItem::default()
            }
            .into()
        };
        vec![
            StandardItem {
                label: self.status.join(" — "),
                enabled: false,
                ..StandardItem::default()
            }
            .into(),
            ksni::MenuItem::Separator,
            item(&self.words.open, || Event::Open(None)),
            item(&self.words.check_now, || Event::CheckNow),
            ksni::MenuItem::Separator,
            item(&self.words.quit, || Event::Quit),
        ]
    }

    fn watcher_offline(&self, reason: ksni::OfflineReason) -> bool {
        // No StatusNotifierWatcher (a desktop without a tray, a test machine): keep the item registered so it
        // shows up when a tray appears; notifications work without it.
        log::info!("no tray host at the moment ({reason:?}); the icon appears when one starts");
        true
    }
}

pub struct Tray {
    handle: ksni::Handle<LifeboatTray>,
}

impl Tray {
    /// Shows the icon. `None` (logged) when it cannot be: the watch runs without it.
    pub async fn spawn(events: Events, service: &WatchService) -> Option<Tray> {
        use ksni::TrayMethods;
        let icons = match ICONS.iter().map(|b| argb(b)).collect::<Result<Vec<_>, _>>() {
            Ok(icons) => Arc::new(icons),
            Err(e) => {
                log::warn!("no tray icon: the icons do not decode ({e})");
                return None;
            }
        };
        let facts = service.tray_facts();
        let tray = LifeboatTray {
            events,
            icons,
            level: icon_index(facts.highest),
            status: status_lines(&facts, chrono::Utc::now(), &chrono::Local),
            words: MenuWords::new(facts.locale),
        };
        match tray.assume_sni_available(true).spawn().await {
            Ok(handle) => Some(Tray { handle }),
            Err(e) => {
                log::warn!("no tray icon: {e}");
                None
            }
        }
    }

    /// Brings the icon, the status line and the menu's language up to date with the watch.
    pub async fn refresh(&self, service: &WatchService) {
        let facts = service.tray_facts();
        let status = status_lines(&facts, chrono::Utc::now(), &chrono::Local);
        let level = icon_index(facts.highest);
        let words = MenuWords::new(facts.locale);
        self.handle
            .update(|t| {
                t.level = level;
                t.status = status;
                t.words = words;
            })
            .await;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_level_icons_decode_to_argb() {
        for (i, png) in super::ICONS.iter().enumerate() {
            let icon = super::argb(png).expect("decodes");
            assert!(icon.width > 0 && icon.height > 0, "icon {i}");
            assert_eq!(icon.data.len(), (icon.width * icon.height * 4) as usize);
            assert!(
                icon.data.chunks_exact(4).any(|p| p[0] > 0),
                "icon {i} is not transparent throughout"
            );
        }
    }
}
