//! Country identity: ISO 3166-1 alpha-2 ↔ names, aliases, and the US State Department's FIPS/GEC tags.
//!
//! The ISO table is the app's shared one (`lifeboat-countries`, kept as data so lookups need no network).
//! Governments name countries their own way, so lookups go through [`normalize`] and an alias list; anything still unknown is reported by the parsers,
//! never guessed.

use std::collections::HashMap;
use std::sync::OnceLock;

/// (code, name), sorted by code: the app's one ISO table.
pub use lifeboat_countries::COUNTRIES;

/// Names governments use that the ISO short names above do not cover. Keys go through [`normalize`].
const ALIASES: &[(&str, &str)] = &[
    ("Burma", "MM"),
    ("Myanmar (Burma)", "MM"),
    ("Turkey", "TR"),
    ("Turkiye", "TR"),
    ("Ivory Coast", "CI"),
    ("Cote d'Ivoire", "CI"),
    ("Czech Republic", "CZ"),
    ("Mainland China", "CN"),
    ("People's Republic of China", "CN"),
    ("Hong Kong SAR", "HK"),
    ("Hong Kong Special Administrative Region", "HK"),
    ("Macau", "MO"),
    ("Macau SAR", "MO"),
    ("Macao SAR", "MO"),
    ("Democratic Republic of the Congo", "CD"),
    ("Democratic Republic of Congo", "CD"),
    ("DR Congo", "CD"),
    ("DRC", "CD"),
    ("Congo (Kinshasa)", "CD"),
    ("Congo Kinshasa", "CD"),
    ("Republic of the Congo", "CG"),
    ("Republic of Congo", "CG"),
    ("Congo (Brazzaville)", "CG"),
    ("Congo Brazzaville", "CG"),
    ("Republic of Korea", "KR"),
    ("Democratic People's Republic of Korea", "KP"),
    ("DPRK", "KP"),
    ("United States of America", "US"),
    ("USA", "US"),
    ("UK", "GB"),
    ("Great Britain", "GB"),
    ("Kyrgyz Republic", "KG"),
    ("Federated States of Micronesia", "FM"),
    ("Brunei", "BN"),
    ("Cape Verde", "CV"),
    ("Swaziland", "SZ"),
    ("East Timor", "TL"),
    ("Vatican", "VA"),
    ("Vatican City", "VA"),
    ("Holy See", "VA"),
    ("Palestinian Territories", "PS"),
    ("Occupied Palestinian Territories", "PS"),
    ("West Bank and Gaza", "PS"),
    ("Palestinian Territories (West Bank and Gaza)", "PS"),
    // The US publishes one advisory whose headline level is Israel's.
    ("Israel, the West Bank and Gaza", "IL"),
    ("Lao PDR", "LA"),
    ("Lao People's Democratic Republic", "LA"),
    ("Russian Federation", "RU"),
    ("Syrian Arab Republic", "SY"),
    ("Iran, Islamic Republic of", "IR"),
    // The name many older people abroad still use; the app's pickers match on it.
    ("Persia", "IR"),
    ("Viet Nam", "VN"),
    ("Moldova, Republic of", "MD"),
    ("Tanzania, United Republic of", "TZ"),
    ("Macedonia", "MK"),
    ("North Macedonia, Republic of", "MK"),
    ("Falkland Islands", "FK"),
    ("Saint Martin", "MF"),
    ("Sint Maarten", "SX"),
    ("Saint Helena", "SH"),
    ("St Helena, Ascension and Tristan da Cunha", "SH"),
    ("Bonaire", "BQ"),
    ("Bonaire, Sint Eustatius, and Saba", "BQ"),
    ("Pitcairn Islands", "PN"),
    ("Virgin Islands, British", "VG"),
    ("Virgin Islands, U.S.", "VI"),
    ("US Virgin Islands", "VI"),
    ("U.S. Virgin Islands", "VI"),
    ("Timor Leste", "TL"),
    ("Cabo Verde", "CV"),
    ("Antarctica", "AQ"),
    ("Curacao", "CW"),
    ("Reunion", "RE"),
    ("Saint Barthelemy", "BL"),
    ("Micronesia, Federated States of", "FM"),
    ("Bahamas, The", "BS"),
    ("Gambia, The", "GM"),
    ("Korea, South", "KR"),
    ("Korea, North", "KP"),
    ("Congo, Democratic Republic of the", "CD"),
    ("Congo, Republic of the", "CG"),
    ("Kosovo", "XK"),
];

/// Normalises a country name for lookup: case, diacritics, punctuation, "&", "St", a leading "The".
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let mapped: &str = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
                "a"
            }
            'ç' | 'Ç' => "c",
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
            'ñ' | 'Ñ' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => {
                "o"
            }
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
            'ý' | 'ÿ' | 'Ý' => "y",
            'ß' => "ss",
            '&' => " and ",
            '\'' | '’' | '‘' | '`' | '.' => "",
            c if c.is_alphanumeric() => {
                out.extend(c.to_lowercase());
                continue;
            }
            _ => " ",
        };
        out.push_str(mapped);
    }
    let words: Vec<&str> = out.split_whitespace().collect();
    let mut words: Vec<&str> = match words.first() {
        Some(&"the") if words.len() > 1 => words[1..].to_vec(),
        _ => words,
    };
    for w in &mut words {
        if *w == "st" {
            *w = "saint";
        }
    }
    words.join(" ")
}

fn index() -> &'static HashMap<String, &'static str> {
    static INDEX: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut m = HashMap::new();
        for (code, name) in COUNTRIES {
            m.insert(normalize(name), *code);
        }
        for (name, code) in ALIASES {
            m.entry(normalize(name)).or_insert(*code);
        }
        m
    })
}

/// The ISO name of a code (`None` for anything not in the table, including lower case).
pub use lifeboat_countries::name;

pub fn is_iso2(code: &str) -> bool {
    lifeboat_countries::is_valid(code)
}

/// ISO code for a country name as a government writes it; `None` when unknown (the caller reports it).
///
/// Tries the whole name, then "X, Y" read as "Y X", then each side of a parenthesis
/// ("Côte d'Ivoire (Ivory Coast)", "North Korea (Democratic People's Republic of Korea)").
pub fn lookup(name: &str) -> Option<&'static str> {
    let idx = index();
    let direct = |s: &str| idx.get(&normalize(s)).copied();
    if let Some(c) = direct(name) {
        return Some(c);
    }
    if let Some((head, tail)) = name.split_once(',') {
        if let Some(c) = direct(&format!("{} {}", tail.trim(), head.trim())) {
            return Some(c);
        }
    }
    if let Some((outside, rest)) = name.split_once('(') {
        let inside = rest.split(')').next().unwrap_or_default();
        return direct(outside).or_else(|| direct(inside));
    }
    None
}

/// What a US State Department `Category`/`Country-Tag` value means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// A country, already translated to ISO.
    Country(&'static str),
    /// Several territories under one advisory (the codes it covers).
    Region(&'static str, &'static [&'static str]),
    /// Explicitly not a country.
    NotACountry,
    /// Not in the table; the tag cannot be trusted on its own.
    Unknown,
}

/// FIPS 10-4 / GEC codes whose letters differ from the ISO code of the same country, plus the US quirks seen
/// in captures (Switzerland as `SR`, which is ISO Suriname). A tag not listed here and equal to a valid ISO
/// code is taken as that code only when the name is unknown, and then recorded as `MatchedBy::Tag`.
const GEC_TO_ISO: &[(&str, &str)] = &[
    ("AC", "AG"),
    ("AG", "DZ"),
    ("AJ", "AZ"),
    ("AN", "AD"),
    ("AQ", "AS"),
    ("AS", "AU"),
    ("AU", "AT"),
    ("AV", "AI"),
    ("AY", "AQ"),
    ("BA", "BH"),
    ("BC", "BW"),
    ("BD", "BM"),
    ("BF", "BS"),
    ("BG", "BD"),
    ("BH", "BZ"),
    ("BK", "BA"),
    ("BL", "BO"),
    ("BM", "MM"),
    ("BN", "BJ"),
    ("BO", "BY"),
    ("BP", "SB"),
    ("BU", "BG"),
    ("BX", "BN"),
    ("BY", "BI"),
    ("CB", "KH"),
    ("CD", "TD"),
    ("CE", "LK"),
    ("CF", "CG"),
    ("CG", "CD"),
    ("CH", "CN"),
    ("CI", "CL"),
    ("CJ", "KY"),
    ("CK", "CC"),
    ("CN", "KM"),
    ("CS", "CR"),
    ("CT", "CF"),
    ("DA", "DK"),
    ("DO", "DM"),
    ("DR", "DO"),
    ("EI", "IE"),
    ("EK", "GQ"),
    ("EN", "EE"),
    ("ES", "SV"),
    ("EZ", "CZ"),
    ("FG", "GF"),
    ("FP", "PF"),
    ("FS", "TF"),
    ("GA", "GM"),
    ("GB", "GA"),
    ("GG", "GE"),
    ("GJ", "GD"),
    ("GK", "GG"),
    ("GM", "DE"),
    ("GV", "GN"),
    ("GZ", "PS"),
    ("HA", "HT"),
    ("HO", "HN"),
    ("IC", "IS"),
    ("IS", "IL"),
    ("IV", "CI"),
    ("IZ", "IQ"),
    ("JA", "JP"),
    ("KN", "KP"),
    ("KR", "KI"),
    ("KS", "KR"),
    ("KT", "CX"),
    ("KU", "KW"),
    ("KV", "XK"),
    ("LE", "LB"),
    ("LG", "LV"),
    ("LH", "LT"),
    ("LI", "LR"),
    ("LO", "SK"),
    ("LS", "LI"),
    ("LT", "LS"),
    ("MA", "MG"),
    ("MB", "MQ"),
    ("MC", "MO"),
    ("MG", "MN"),
    ("MH", "MS"),
    ("MI", "MW"),
    ("MJ", "ME"),
    ("MN", "MC"),
    ("MO", "MA"),
    ("MP", "MU"),
    ("MU", "OM"),
    ("NG", "NE"),
    ("NH", "VU"),
    ("NI", "NG"),
    ("NN", "SX"),
    ("NS", "SR"),
    ("NU", "NI"),
    ("OD", "SS"),
    ("PA", "PY"),
    ("PM", "PA"),
    ("PO", "PT"),
    ("PP", "PG"),
    ("PS", "PW"),
    ("PU", "GW"),
    ("RI", "RS"),
    ("RM", "MH"),
    ("RN", "MF"),
    ("RP", "PH"),
    ("RQ", "PR"),
    ("RS", "RU"),
    ("SB", "PM"),
    ("SC", "KN"),
    ("SE", "SC"),
    ("SF", "ZA"),
    ("SG", "SN"),
    ("SN", "SG"),
    ("SP", "ES"),
    ("SR", "CH"),
    ("ST", "LC"),
    ("SU", "SD"),
    ("SW", "SE"),
    ("SZ", "CH"),
    ("TB", "BL"),
    ("TD", "TT"),
    ("TI", "TJ"),
    ("TK", "TC"),
    ("TN", "TO"),
    ("TO", "TG"),
    ("TP", "ST"),
    ("TS", "TN"),
    ("TT", "TL"),
    ("TU", "TR"),
    ("TX", "TM"),
    ("UC", "CW"),
    ("UK", "GB"),
    ("UP", "UA"),
    ("UV", "BF"),
    ("VM", "VN"),
    ("VQ", "VI"),
    ("VT", "VA"),
    ("WA", "NA"),
    ("WE", "PS"),
    ("WI", "EH"),
    ("WZ", "SZ"),
    ("YM", "YE"),
    ("ZA", "ZM"),
    ("ZI", "ZW"),
];

/// The French West Indies advisory covers these four territories.
const FRENCH_WEST_INDIES: &[&str] = &["GP", "MQ", "BL", "MF"];

/// Translates a US State Department tag. `ZZ` is the synthetic "no country" marker seen in a capture.
pub fn us_tag(tag: &str) -> Tag {
    let tag = tag.trim().to_ascii_uppercase();
    match tag.as_str() {
        "A3" => return Tag::Region("French West Indies", FRENCH_WEST_INDIES),
        "ZZ" | "XX" | "" => return Tag::NotACountry,
        _ => {}
    }
    if let Some((_, iso)) = GEC_TO_ISO.iter().find(|(g, _)| *g == tag) {
        return Tag::Country(iso);
    }
    match COUNTRIES.binary_search_by(|(c, _)| (*c).cmp(tag.as_str())) {
        Ok(i) => Tag::Country(COUNTRIES[i].0),
        Err(_) => Tag::Unknown,
    }
}

/// The other names of `code` in the alias table ("Turkey" for TR, "Burma" for MM), as written there: the app's
/// country pickers match on them too, so a person finds a country by the name they know.
pub fn aliases_of(code: &str) -> Vec<&'static str> {
    ALIASES
        .iter()
        .filter(|(_, c)| *c == code)
        .map(|(name, _)| *name)
        .collect()
}

/// Regions some sources publish as if they were countries.
pub fn region(name: &str) -> Option<(&'static str, &'static [&'static str])> {
    (normalize(name) == "french west indies").then_some(("French West Indies", FRENCH_WEST_INDIES))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_consistent() {
        assert!(COUNTRIES.windows(2).all(|w| w[0].0 < w[1].0));
        for (name, code) in ALIASES {
            assert!(is_iso2(code), "alias {name} -> {code}");
        }
        for (gec, iso) in GEC_TO_ISO {
            assert!(is_iso2(iso), "GEC {gec} -> {iso}");
        }
        assert!(
            GEC_TO_ISO.windows(2).all(|w| w[0].0 < w[1].0),
            "GEC table sorted, no duplicates"
        );
    }

    #[test]
    fn a_country_lists_its_other_names_for_the_pickers() {
        assert!(aliases_of("TR").contains(&"Turkey"));
        assert!(aliases_of("MM").contains(&"Burma"));
        assert!(aliases_of("IR").contains(&"Persia"));
        assert!(aliases_of("FR").is_empty());
    }

    #[test]
    fn aliases_resolve() {
        for (name, iso) in [
            ("Burma", "MM"),
            ("Myanmar", "MM"),
            ("Türkiye", "TR"),
            ("Turkey", "TR"),
            ("Côte d'Ivoire", "CI"),
            ("Côte d&#039;Ivoire (Ivory Coast)", "CI"),
            ("Ivory Coast", "CI"),
            ("Czechia", "CZ"),
            ("Czech Republic", "CZ"),
            ("China", "CN"),
            ("Hong Kong", "HK"),
            ("Macau", "MO"),
            ("Macao", "MO"),
            ("Democratic Republic of the Congo", "CD"),
            ("Republic of the Congo", "CG"),
            ("Korea, South", "KR"),
            ("Korea, North", "KP"),
            ("North Korea (Democratic People's Republic of Korea)", "KP"),
            ("South Korea (Republic of Korea)", "KR"),
            ("São Tomé and Príncipe", "ST"),
            ("Curaçao", "CW"),
            ("The Bahamas", "BS"),
            ("St Kitts & Nevis", "KN"),
            ("Guinea-Bissau", "GW"),
            ("Guinea", "GN"),
            ("Niger", "NE"),
            ("Nigeria", "NG"),
        ] {
            assert_eq!(lookup(name), Some(iso), "{name}");
        }
        assert_eq!(lookup("Atlantis"), None);
        assert_eq!(
            lookup("French West Indies"),
            None,
            "a region, handled by region()"
        );
        assert_eq!(lookup(""), None);
    }

    #[test]
    fn us_tags_are_fips_not_iso() {
        for (tag, iso) in [
            ("UK", "GB"),
            ("UC", "CW"),
            ("NS", "SR"),
            ("TP", "ST"),
            ("RS", "RU"),
            ("MG", "MN"),
            ("RI", "RS"),
            ("UP", "UA"),
            ("JA", "JP"),
            ("SZ", "CH"),
            ("SR", "CH"),
            ("AF", "AF"),
        ] {
            assert_eq!(us_tag(tag), Tag::Country(iso), "{tag}");
        }
        assert!(matches!(us_tag("A3"), Tag::Region("French West Indies", _)));
        assert_eq!(us_tag("ZZ"), Tag::NotACountry);
        assert_eq!(us_tag("Q9"), Tag::Unknown);
    }
}
