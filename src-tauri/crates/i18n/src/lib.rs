//! Lifeboat's words in its users' languages, for the Rust side: notifications, the tray, readiness and validation
//! messages, the family PDF and the command line's human-readable output.
//!
//! The catalogue is the repository's `locales/<locale>/<area>.ftl` (Fluent), the same files the UI reads. Every
//! file is embedded at build time (`build.rs`), and a locale's files become one concurrent [`FluentBundle`] the
//! first time that locale is asked for, cached for the life of the process.
//!
//! ```
//! use lifeboat_i18n::{t, tr, Arg};
//! let title = t!("fa", "common-fatal-title");
//! let same = tr("fa", "common-fatal-title", &[]);
//! assert_eq!(title, same);
//! let detail = t!("en", "unlock-backups-in", folder = "/home/sara/.local/share/lifeboat");
//! assert!(detail.contains("/home/sara"));
//! # let _ = Arg::from(3);
//! ```
//!
//! Inserted values keep Fluent's Unicode bidi isolation (FSI … PDI around each placeable): that is what keeps a
//! Latin name or a passport number readable inside a Persian sentence. Pass such values as variables, never
//! concatenated into a translated string. Words that become the person's own text (a new plan's title, a
//! template's items) go through [`plain_text`] first, which takes the marks out.
//!
//! Numbers and dates read as the reader's language writes them, as the UI's `Intl` does (ICU4X, from the same
//! CLDR data): a number passed to a message is written in the locale's digits and grouping while it still
//! selects the plural ("۹۰ روز"), and a date goes in as a string from [`format_date`] and its siblings (Persian
//! in the Solar Hijri calendar: "۱۵ اسفند ۱۴۰۵"). [`format_number`] writes a number outside a message.
//!
//! # Why no compile-time key check (`i18n-embed-fl`)
//! `i18n-embed-fl`'s `fl!` checks an id against the fallback locale at compile time, but it brings `i18n-embed`,
//! a config file and a proc-macro stack to compile on every build, and it sees only Rust. The UI calls `t('…')`
//! from TypeScript just as often. Instead `tests/call_sites.rs` reads every literal id at every call site, Rust
//! (`t!`, `tr`) and UI (`t(…)`), and fails on one that `en` does not have; `tests/catalogue.rs` makes every
//! other locale hold exactly `en`'s ids, variables and attributes. A missing id at run time therefore cannot
//! happen in a tested build; if it does, [`tr`] returns the id itself rather than panicking.
//!
//! [`FluentBundle`]: fluent_bundle::concurrent::FluentBundle

mod catalogue;
mod dates;
mod locales;
mod negotiate;
mod numbers;
mod plain;
mod system;

pub use catalogue::{files, tr, Arg};
pub use dates::{
    format_date, format_date_long, format_date_time_long, format_day_time, format_time,
};
pub use locales::{is_rtl, locale, Locale, DEFAULT_LOCALE, LOCALES};
pub use negotiate::negotiate;
pub use numbers::{format_number, Number};
pub use plain::{plain_for, plain_text};
pub use system::{system_locale, system_locale_from, system_locale_on};

/// `t!(locale, "id")` or `t!(locale, "id", name = value, …)`: [`tr`] with named arguments. A value may be any
/// type with an `Into<Arg>`: `&str`, `String`, integers and floats. Variable names are snake_case in the
/// catalogue (`{ $passport_number }`) so that they can be named here.
#[macro_export]
macro_rules! t {
    ($locale:expr, $id:expr $(,)?) => {
        $crate::tr($locale, $id, &[])
    };
    ($locale:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::tr($locale, $id, &[$((stringify!($name), $crate::Arg::from($value))),+])
    };
}
