//! Country names as the publishers write them, to ISO 3166-1 alpha-2: English through the advisory watch's
//! table (GOV.UK, the State Department), German through CLDR's names in the catalogue (the Auswärtiges Amt).

use std::collections::HashMap;
use std::sync::OnceLock;

use lifeboat_advisory::countries::{lookup, normalize};

/// The code for an English country name, as the advisory watch reads the same governments.
pub fn from_english(name: &str) -> Option<&'static str> {
    lookup(name)
}

/// The code for a German country name ("Iran", "Vereinigte Staaten", "Türkei"), else the English reading.
pub fn from_german(name: &str) -> Option<&'static str> {
    let idx = german();
    let direct = |s: &str| idx.get(&normalize(s)).copied();
    direct(name)
        .or_else(|| {
            // "Korea, Republik" / "Iran (Islamische Republik)".
            let head = name.split([',', '(']).next().unwrap_or_default();
            direct(head)
        })
        .or_else(|| lookup(name))
}

fn german() -> &'static HashMap<String, &'static str> {
    static INDEX: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut m = HashMap::new();
        for (code, _) in lifeboat_countries::COUNTRIES {
            let id = format!("countries-{}", code.to_ascii_lowercase());
            let name = lifeboat_i18n::plain_text(lifeboat_i18n::tr("de", &id, &[]));
            if name != id {
                m.insert(normalize(&name), *code);
            }
        }
        // The Auswärtiges Amt's own short forms where CLDR's differ.
        for (name, code) in [
            ("Türkei", "TR"),
            ("Vereinigte Staaten von Amerika", "US"),
            ("USA", "US"),
            ("Vereinigtes Königreich", "GB"),
            ("Russische Föderation", "RU"),
            ("Kongo, Demokratische Republik", "CD"),
            ("Kongo, Republik", "CG"),
        ] {
            m.entry(normalize(name)).or_insert(code);
        }
        m
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_and_english_names() {
        assert_eq!(from_german("Iran"), Some("IR"));
        assert_eq!(from_german("Türkei"), Some("TR"));
        assert_eq!(from_german("Vereinigte Staaten"), Some("US"));
        assert_eq!(from_german("Schweiz"), Some("CH"));
        assert_eq!(from_german("Atlantis"), None);
        assert_eq!(from_english("Iran"), Some("IR"));
    }
}
