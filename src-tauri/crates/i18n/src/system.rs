//! The system's language, as Lifeboat's Rust side reads it when nothing more specific says which (a plan without
//! a recorded language, the tray before unlock, the command line): one place, so they all agree with each other
//! and with the interface, whose webview (WebKitGTK) takes `navigator.languages` from the same environment.

use crate::negotiate;

/// The system's language, negotiated to a shipped locale: `LC_ALL`, else `LC_MESSAGES`, else `LANG` (POSIX's
/// order for messages), with GNU's `LANGUAGE` preference list ahead of it unless the locale is `C`.
///
/// These variables are how Linux and the BSDs say it, and the same reading serves every platform. Windows and
/// macOS keep the user's language elsewhere (the registry, `AppleLanguages`) and start graphical programs without
/// these variables; no crate that reads those is in the build (no `sys-locale`), so there the result is English
/// unless the variables were set on purpose (a terminal, a launcher script), and no platform code needs a `cfg`.
pub fn system_locale() -> &'static str {
    system_locale_from(|name| std::env::var(name).ok())
}

/// [`system_locale`] with the environment passed in (tests, and callers holding their own environment).
pub fn system_locale_from(var: impl Fn(&str) -> Option<String>) -> &'static str {
    let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
    let posix = set("LC_ALL")
        .or_else(|| set("LC_MESSAGES"))
        .or_else(|| set("LANG"))
        .unwrap_or_default();
    let plain_c = matches!(
        posix.split(['.', '@']).next().unwrap_or_default(),
        "" | "C" | "POSIX"
    );
    // gettext reads LANGUAGE only when a locale is set at all; a C locale means untranslated.
    match set("LANGUAGE").filter(|_| !plain_c) {
        Some(list) => negotiate(&format!("{list}:{posix}")),
        None => negotiate(&posix),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn the_system_language_follows_posix_order_and_gnu_language() {
        assert_eq!(system_locale_from(env(&[("LANG", "fa_IR.UTF-8")])), "fa");
        assert_eq!(
            system_locale_from(env(&[
                ("LANG", "fa_IR.UTF-8"),
                ("LC_MESSAGES", "de_DE.UTF-8")
            ])),
            "de"
        );
        assert_eq!(
            system_locale_from(env(&[
                ("LC_ALL", "ar_EG.UTF-8"),
                ("LC_MESSAGES", "de_DE.UTF-8")
            ])),
            "ar"
        );
        assert_eq!(
            system_locale_from(env(&[("LANG", "en_US.UTF-8"), ("LANGUAGE", "tr:en")])),
            "tr"
        );
        assert_eq!(
            system_locale_from(env(&[("LANG", "C.UTF-8"), ("LANGUAGE", "tr")])),
            "en",
            "a C locale is untranslated whatever LANGUAGE says"
        );
        assert_eq!(
            system_locale_from(env(&[("LC_ALL", ""), ("LANG", "ru_RU.UTF-8")])),
            "ru"
        );
        assert_eq!(system_locale_from(env(&[])), "en");
    }
}
