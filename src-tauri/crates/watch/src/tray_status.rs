//! What a tray shows of the watch, shared by the app's tray and the background binary's.

/// What the status line says. No country names: the tray is visible to anyone near the screen.
pub fn status_text(started: bool, checking: bool, highest: Option<u8>) -> String {
    match (started, checking, highest) {
        (false, _, _) => "Advisory watch: unlock once to start".to_owned(),
        (true, true, _) => "Advisory watch: checking…".to_owned(),
        (true, false, None) => "Advisory watch: no data yet".to_owned(),
        (true, false, Some(l)) => format!("Highest watched level: {l} of 4"),
    }
}

/// Which of the five tray icons (`icons/tray/level-0..4.png`) stands for `highest`: 0 for no data, and levels
/// above 4 clamp to 4.
pub fn icon_index(highest: Option<u8>) -> usize {
    usize::from(highest.unwrap_or(0).min(4))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_line_says_how_to_start_and_never_names_a_country() {
        assert_eq!(
            status_text(false, false, None),
            "Advisory watch: unlock once to start"
        );
        assert_eq!(
            status_text(true, true, Some(4)),
            "Advisory watch: checking…"
        );
        assert_eq!(
            status_text(true, false, Some(4)),
            "Highest watched level: 4 of 4"
        );
        assert_eq!(icon_index(None), 0);
        assert_eq!(icon_index(Some(3)), 3);
        assert_eq!(
            icon_index(Some(9)),
            4,
            "out-of-range levels clamp to level 4"
        );
    }
}
