//! Reading a JSON feed into `#[derive(Deserialize)]` structs, with the leniency a government feed needs: a
//! member of an unexpected type counts as absent, so one odd field never fails a whole feed. Strings borrow
//! from the payload unless they hold escapes.

use std::borrow::Cow;

use serde::de::{Deserialize, Deserializer, IgnoredAny};
use serde_json::error::Category;
use serde_json::value::RawValue;

use crate::error::AdvisoryError;
use crate::source_id::SourceId;
use crate::sources::shape;

/// Parses `bytes` (a leading UTF-8 BOM skipped) as a `T`. A document that is not JSON is `invalid_json`
/// whatever its shape, so a payload cut short reads as such; JSON of another shape is `unexpected_shape`.
pub(crate) fn read<'a, T: Deserialize<'a>>(
    source: SourceId,
    bytes: &'a [u8],
) -> Result<T, AdvisoryError> {
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let invalid = |e: serde_json::Error| AdvisoryError::InvalidJson {
        feed: source,
        detail: e.to_string(),
    };
    serde_json::from_slice::<IgnoredAny>(body).map_err(invalid)?;
    serde_json::from_slice(body).map_err(|e| match e.classify() {
        Category::Data => shape(source, e.to_string()),
        _ => invalid(e),
    })
}

/// A member kept only when it reads as a `T` (a number, a list, a map…); anything else, `null` included,
/// counts as absent.
#[derive(Debug)]
pub(crate) struct Loose<T>(pub Option<T>);

impl<T> Default for Loose<T> {
    fn default() -> Self {
        Loose(None)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Loose<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = <&'de RawValue>::deserialize(d)?;
        Ok(Loose(serde_json::from_str(raw.get()).ok()))
    }
}

/// A member read as the struct `T` only when it is a JSON object (never field by field from an array, as
/// serde would); anything else counts as absent.
#[derive(Debug)]
pub(crate) struct Object<T>(pub Option<T>);

impl<T> Default for Object<T> {
    fn default() -> Self {
        Object(None)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = <&'de RawValue>::deserialize(d)?;
        Ok(Object(object(raw)))
    }
}

/// `raw` read as the struct `T` when it is a JSON object.
pub(crate) fn object<'de, T: Deserialize<'de>>(raw: &'de RawValue) -> Option<T> {
    let text = raw.get();
    if text.starts_with('{') {
        serde_json::from_str(text).ok()
    } else {
        None
    }
}

/// A string member, borrowed from the payload when it has no escapes; absent when it is not a string.
#[derive(Debug, Default)]
pub(crate) struct Str<'a>(pub Option<Cow<'a, str>>);

impl Str<'_> {
    pub(crate) fn get(&self) -> Option<&str> {
        self.0.as_deref()
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Str<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = <&'a RawValue>::deserialize(d)?.get();
        let text = serde_json::from_str::<&'a str>(raw)
            .map(Cow::Borrowed)
            .or_else(|_| serde_json::from_str::<String>(raw).map(Cow::Owned));
        Ok(Str(text.ok()))
    }
}
