//! The system's language, as Lifeboat's Rust side reads it when nothing more specific says which (a plan without
//! a recorded language, the tray before unlock, the command line): one place, so they all agree with each other
//! and with the interface, whose webview (WebKitGTK) takes `navigator.languages` from the same environment.

use crate::negotiate;

/// The system's language, negotiated to a shipped locale: `LC_ALL`, else `LC_MESSAGES`, else `LANG` (POSIX's
/// order for messages), with GNU's `LANGUAGE` preference list ahead of it unless the locale is `C`.
///
/// These variables are how Linux and the BSDs say it. Windows and macOS keep the user's languages elsewhere (the
/// display languages in Settings, `AppleLanguages`) and start a program from the Start menu, the Dock or a login
/// item without those variables; there, when the environment names no language, the platform's own list is read
/// ([`system_locale_on`]). A terminal's `LANG` on a Mac still wins, as it does for every other program run from it.
pub fn system_locale() -> &'static str {
    system_locale_on(|name| std::env::var(name).ok(), platform_languages)
}

/// The user's languages as Windows and macOS keep them, best first (BCP 47 tags: `fa-IR`, `en-US`).
#[cfg(any(target_os = "windows", target_os = "macos"))]
fn platform_languages() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// Linux and the BSDs say it in the environment only.
#[cfg(not(any(target_os = "windows", target_os = "macos")))]
fn platform_languages() -> Vec<String> {
    Vec::new()
}

/// [`system_locale_from`] the environment when it names a language (a locale other than `C` or `POSIX`), else the
/// first of `platform`'s languages (the user's setting on Windows and macOS, best first) that Lifeboat speaks, else
/// English.
pub fn system_locale_on(
    var: impl Fn(&str) -> Option<String>,
    platform: impl FnOnce() -> Vec<String>,
) -> &'static str {
    let names_a_language = ["LC_ALL", "LC_MESSAGES", "LANG"].iter().any(|name| {
        var(name).is_some_and(|v| {
            let tag = v.split(['.', '@']).next().unwrap_or_default().trim();
            !(tag.is_empty() || tag == "C" || tag == "POSIX")
        })
    });
    if names_a_language {
        return system_locale_from(var);
    }
    let languages = platform();
    if languages.is_empty() {
        return system_locale_from(var);
    }
    negotiate(&languages.join(":"))
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

    fn languages(tags: &[&str]) -> impl FnOnce() -> Vec<String> {
        let tags: Vec<String> = tags.iter().map(|t| (*t).to_owned()).collect();
        move || tags
    }

    #[test]
    fn without_the_variables_windows_and_macos_give_the_users_own_languages() {
        // Started from the Start menu or the Dock: no LANG, the display languages in the settings.
        assert_eq!(
            system_locale_on(env(&[]), languages(&["fa-IR", "en-US"])),
            "fa"
        );
        assert_eq!(
            system_locale_on(env(&[]), languages(&["zh-Hans-CN", "de-AT", "en-US"])),
            "de",
            "the first language Lifeboat speaks"
        );
        assert_eq!(
            system_locale_on(env(&[("LANG", "C.UTF-8")]), languages(&["ar-EG"])),
            "ar",
            "a C locale names no language"
        );
        assert_eq!(system_locale_on(env(&[]), languages(&["ja-JP"])), "en");
    }

    #[test]
    fn a_language_in_the_environment_wins_and_linux_reads_nothing_else() {
        assert_eq!(
            system_locale_on(env(&[("LANG", "tr_TR.UTF-8")]), languages(&["fa-IR"])),
            "tr",
            "a terminal's LANG, as for every program run from it"
        );
        assert_eq!(
            system_locale_on(
                env(&[("LANG", "en_US.UTF-8"), ("LANGUAGE", "ru")]),
                languages(&["fa-IR"])
            ),
            "ru"
        );
        // Linux's platform list is empty: the environment alone, as before.
        assert_eq!(
            system_locale_on(
                env(&[("LANG", "C.UTF-8"), ("LANGUAGE", "tr")]),
                languages(&[])
            ),
            "en"
        );
        if cfg!(not(any(target_os = "windows", target_os = "macos"))) {
            assert!(platform_languages().is_empty());
        }
    }
}
