//! The one shape every Lifeboat error leaves Rust in: `{ "code": ..., "message": ... }`. The UI and the command
//! line branch on `code`, which is stable; `message` is for people and may be reworded.
//!
//! An error enum gets its codes from one table, [`error_codes!`], which writes its `code()`, the list of every
//! code it can return ([`ErrorCode::codes`], from which the UI's `ErrorCode` union is generated) and its
//! serialisation as an [`ErrorPayload`]. A code cannot be returned without being in that list.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[doc(hidden)]
pub use serde;

/// An error as the UI receives it. In TypeScript `code` is the union of every code the backend can send, written
/// with this type into `ui/src/lib/generated/types/ErrorPayload.ts` by the app's error test (only the app sees every
/// error enum).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    #[ts(type = "ErrorCode")]
    pub code: String,
    pub message: String,
}

impl ErrorPayload {
    pub fn of(error: &(impl ErrorCode + ?Sized)) -> Self {
        ErrorPayload {
            code: error.code().to_owned(),
            message: error.to_string(),
        }
    }
}

/// `ErrorPayload.ts` for the UI: the payload's type and its `ErrorCode` union of `codes`, sorted, each once.
pub fn typescript(codes: impl IntoIterator<Item = &'static str>) -> String {
    let codes: std::collections::BTreeSet<&str> = codes.into_iter().collect();
    let union = codes
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(" | ");
    let payload = ErrorPayload::export_to_string(&ts_rs::Config::new()).unwrap_or_default();
    format!("{payload}\n/**\n * Every code the backend can send; generated from the Rust error enums.\n */\nexport type ErrorCode = {union};\n")
}

/// An error with stable codes. Implemented by [`error_codes!`], never by hand.
pub trait ErrorCode: std::fmt::Display {
    fn code(&self) -> &'static str;

    /// Every code [`ErrorCode::code`] can return, nested errors' included; may repeat one.
    fn codes() -> Vec<&'static str>
    where
        Self: Sized;
}

/// Gives an error enum its codes from one table: an inherent `code()`, [`ErrorCode`] and `Serialize` as an
/// [`ErrorPayload`]. Variants that wrap another crate's error with its own codes are listed after `nested`.
///
/// ```
/// #[derive(Debug, thiserror::Error)]
/// enum InnerError {
///     #[error("too big")]
///     TooBig { size: u64 },
/// }
/// lifeboat_error::error_codes!(InnerError {
///     Self::TooBig { .. } => "too_big",
/// });
///
/// #[derive(Debug, thiserror::Error)]
/// enum OuterError {
///     #[error("locked")]
///     Locked,
///     #[error(transparent)]
///     Inner(#[from] InnerError),
/// }
/// lifeboat_error::error_codes!(OuterError {
///     Self::Locked => "locked",
/// } nested {
///     Inner(InnerError),
/// });
///
/// use lifeboat_error::ErrorCode;
/// assert_eq!(OuterError::from(InnerError::TooBig { size: 9 }).code(), "too_big");
/// assert_eq!(OuterError::codes(), ["locked", "too_big"]);
/// ```
#[macro_export]
macro_rules! error_codes {
    (
        $ty:ident { $($(#[$attr:meta])* $pattern:pat => $code:literal),* $(,)? }
        $(nested { $($variant:ident($inner:ty)),* $(,)? })?
    ) => {
        impl $ty {
            /// A stable identifier the UI and the command line match on; messages may be reworded, codes may not.
            pub fn code(&self) -> &'static str {
                match self {
                    $($(#[$attr])* $pattern => $code,)*
                    $($(Self::$variant(inner) => inner.code(),)*)?
                }
            }
        }

        impl $crate::ErrorCode for $ty {
            fn code(&self) -> &'static str {
                $ty::code(self)
            }

            fn codes() -> Vec<&'static str> {
                let own: &[&'static str] = &[$($(#[$attr])* $code),*];
                #[allow(unused_mut)]
                let mut codes = own.to_vec();
                $($(codes.extend(<$inner as $crate::ErrorCode>::codes());)*)?
                codes
            }
        }

        impl $crate::serde::Serialize for $ty {
            fn serialize<S: $crate::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $crate::serde::Serialize::serialize(&$crate::ErrorPayload::of(self), serializer)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    #[derive(Debug, thiserror::Error)]
    enum Sample {
        #[error("the disk is full")]
        DiskFull,
        #[error("{0} is not here")]
        Missing(String),
        #[cfg(not(test))]
        #[error("never built in tests")]
        Absent,
    }

    crate::error_codes!(Sample {
        Self::DiskFull => "disk_full",
        Self::Missing(_) => "missing",
        #[cfg(not(test))]
        Self::Absent => "absent",
    });

    #[test]
    fn an_error_serialises_as_its_code_and_message() {
        let v = serde_json::to_value(Sample::Missing("plan.age".into())).unwrap_or_default();
        assert_eq!(
            v,
            serde_json::json!({"code": "missing", "message": "plan.age is not here"})
        );
    }

    #[test]
    fn the_typescript_union_lists_each_code_once() {
        let ts = crate::typescript(["b", "a", "b"]);
        assert!(
            ts.contains("export type ErrorPayload = { code: ErrorCode, message: string, };"),
            "{ts}"
        );
        assert!(
            ts.ends_with("export type ErrorCode = \"a\" | \"b\";\n"),
            "{ts}"
        );
    }

    #[test]
    fn the_codes_are_the_table_for_this_build() {
        use crate::ErrorCode;
        assert_eq!(Sample::codes(), ["disk_full", "missing"]);
        assert_eq!(Sample::DiskFull.code(), "disk_full");
    }
}
