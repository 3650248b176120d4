//! A borrowed JSON document for the parsers: the same parser (serde_json, every value visited exactly as
//! `serde_json::Value` visits it, so the same documents are accepted and rejected) without an allocation
//! per string or a B-tree per object. Objects keep their members in document order; lookups take the last
//! member of a name and [`Json::entries`] yields them in key order, as `Value`'s map does.
//!
//! Anything `Value` would read differently (serde_json's private raw-value and number tokens as a key) and
//! every error go through `serde_json::Value` itself, so error messages are unchanged too.

use std::borrow::Cow;
use std::fmt;
use std::ops::Index;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::error::AdvisoryError;
use crate::sources::SourceId;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json<'a> {
    Null,
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Str(Cow<'a, str>),
    Arr(Vec<Json<'a>>),
    /// Members in document order, duplicates included (the last one counts).
    Obj(Vec<(Cow<'a, str>, Json<'a>)>),
}

static NULL: Json<'static> = Json::Null;

/// serde_json's private keys that make `Value` read an object as something else.
const PRIVATE_KEYS: [&str; 2] = [
    "$serde_json::private::RawValue",
    "$serde_json::private::Number",
];

/// Parses `bytes` (a leading UTF-8 BOM skipped) like [`crate::sources::json`]: same errors, same values.
pub(crate) fn parse(source: SourceId, bytes: &[u8]) -> Result<Json<'_>, AdvisoryError> {
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut de = serde_json::Deserializer::from_slice(body);
    if let Ok(doc) = Json::deserialize(&mut de) {
        if de.end().is_ok() {
            return Ok(doc);
        }
    }
    // An error (reported exactly as before) or a private key: let `Value` decide.
    super::json(source, bytes).map(Json::from_value)
}

impl<'a> Json<'a> {
    pub(crate) fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Obj(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub(crate) fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    /// A string member, tolerating absence (`str_at` for `Value`).
    pub(crate) fn str_at(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(Json::as_str)
    }

    /// As `Value::as_i64`: integers that fit, never a float.
    pub(crate) fn as_i64(&self) -> Option<i64> {
        match *self {
            Json::U64(n) => i64::try_from(n).ok(),
            Json::I64(n) => Some(n),
            _ => None,
        }
    }

    pub(crate) fn as_bool(&self) -> Option<bool> {
        match *self {
            Json::Bool(b) => Some(b),
            _ => None,
        }
    }

    pub(crate) fn as_array(&self) -> Option<&[Json<'a>]> {
        match self {
            Json::Arr(a) => Some(a),
            _ => None,
        }
    }

    pub(crate) fn is_object(&self) -> bool {
        matches!(self, Json::Obj(_))
    }

    /// An object's members as `Value`'s map holds them: sorted by key, the last of a duplicated key.
    pub(crate) fn entries(&self) -> Option<Vec<(&str, &Json<'a>)>> {
        let Json::Obj(members) = self else {
            return None;
        };
        let mut sorted: Vec<(&str, &Json<'a>)> =
            members.iter().map(|(k, v)| (k.as_ref(), v)).collect();
        // Stable: equal keys stay in document order, so the last of each run is the one that counts.
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        let mut out: Vec<(&str, &Json<'a>)> = Vec::with_capacity(sorted.len());
        for (k, v) in sorted {
            match out.last_mut() {
                Some(last) if last.0 == k => *last = (k, v),
                _ => out.push((k, v)),
            }
        }
        Some(out)
    }

    /// As `Value::pointer` (RFC 6901).
    pub(crate) fn pointer(&self, pointer: &str) -> Option<&Json<'a>> {
        if pointer.is_empty() {
            return Some(self);
        }
        if !pointer.starts_with('/') {
            return None;
        }
        pointer
            .split('/')
            .skip(1)
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .try_fold(self, |target, token| match target {
                Json::Obj(_) => target.get(&token),
                Json::Arr(list) => {
                    let leading_zero = token.starts_with('0') && token.len() != 1;
                    if token.starts_with('+') || leading_zero {
                        None
                    } else {
                        token.parse::<usize>().ok().and_then(|i| list.get(i))
                    }
                }
                _ => None,
            })
    }

    /// The `serde_json::Value` this document stands for (for messages that print one).
    pub(crate) fn to_value(&self) -> Value {
        match self {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::U64(n) => Value::from(*n),
            Json::I64(n) => Value::from(*n),
            Json::F64(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
            Json::Str(s) => Value::String(s.to_string()),
            Json::Arr(a) => Value::Array(a.iter().map(Json::to_value).collect()),
            Json::Obj(members) => Value::Object(
                members
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_value()))
                    .collect(),
            ),
        }
    }

    fn from_value(v: Value) -> Json<'static> {
        match v {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(b),
            Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                (Some(u), _, _) => Json::U64(u),
                (None, Some(i), _) => Json::I64(i),
                (None, None, Some(f)) => Json::F64(f),
                (None, None, None) => Json::Null,
            },
            Value::String(s) => Json::Str(Cow::Owned(s)),
            Value::Array(a) => Json::Arr(a.into_iter().map(Json::from_value).collect()),
            Value::Object(m) => Json::Obj(
                m.into_iter()
                    .map(|(k, v)| (Cow::Owned(k), Json::from_value(v)))
                    .collect(),
            ),
        }
    }
}

/// `doc["key"]` as for `Value`: `Null` when absent or not an object.
impl<'a> Index<&str> for Json<'a> {
    type Output = Json<'a>;
    fn index(&self, key: &str) -> &Json<'a> {
        self.get(key).unwrap_or(&NULL)
    }
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any valid JSON value")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Json<'de>, E> {
        Ok(Json::I64(n))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Json<'de>, E> {
        Ok(Json::U64(n))
    }
    fn visit_f64<E>(self, f: f64) -> Result<Json<'de>, E> {
        Ok(Json::F64(f))
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::Str(Cow::Borrowed(s)))
    }
    fn visit_str<E>(self, s: &str) -> Result<Json<'de>, E> {
        Ok(Json::Str(Cow::Owned(s.to_owned())))
    }
    fn visit_string<E>(self, s: String) -> Result<Json<'de>, E> {
        Ok(Json::Str(Cow::Owned(s)))
    }
    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Arr(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut members = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            if PRIVATE_KEYS.contains(&key.as_ref()) {
                return Err(de::Error::custom("serde_json private key: read as a Value"));
            }
            members.push((key, map.next_value()?));
        }
        Ok(Json::Obj(members))
    }
}

/// An object key, borrowed when it has no escapes (read with `deserialize_str`, as `Value` reads keys).
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(s))
    }
    fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(s.to_owned()))
    }
    fn visit_string<E>(self, s: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every way `Value` could disagree, checked against `Value` itself.
    #[test]
    fn reads_what_value_reads() {
        let docs: &[&str] = &[
            r#"{"a":1,"b":[true,null,-2,3.5,"x\"y"],"a":"last"}"#,
            r#"[{"k":"v"},{"k":18446744073709551615},{"k":-9223372036854775808},{"k":1e300}]"#,
            r#"{"\u0061":"escaped key","b":{"c":{"d":[0,1,{"e":"deep"}]}}}"#,
            r#"{"$serde_json::private::RawValue":"1"}"#,
            r#"{"z":1,"a":2,"m":{"y":1,"b":2}}"#,
            "\u{feff}[1]",
            r#"{"a":1"#,
            r#"{"a":1}x"#,
            r#"{"a":"\ud800"}"#,
            r#"{"a":1e999}"#,
            r#"[1,]"#,
            "",
            "  ",
            r#"{"a":"\u00e9"}"#,
        ];
        for d in docs {
            let lite = parse(SourceId::DeAa, d.as_bytes());
            let value = super::super::json(SourceId::DeAa, d.as_bytes());
            match (lite, value) {
                (Ok(l), Ok(v)) => assert_eq!(l.to_value(), v, "{d}"),
                (Err(l), Err(v)) => assert_eq!(l.to_string(), v.to_string(), "{d}"),
                (l, v) => panic!("{d}: lite {l:?} vs value {v:?}"),
            }
        }
        let doc = parse(
            SourceId::DeAa,
            br#"{"b":1,"a":2,"b":3,"p":{"x/y":{"~":[5,6]}}}"#,
        )
        .unwrap();
        let keys: Vec<&str> = doc.entries().unwrap().iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, ["a", "b", "p"]);
        assert_eq!(doc.get("b").and_then(Json::as_i64), Some(3));
        assert_eq!(doc.pointer("/p/x~1y/~0/1").and_then(Json::as_i64), Some(6));
        assert_eq!(doc.pointer("/p/x~1y/~0/01"), None);
        assert_eq!(doc["nope"], Json::Null);
    }
}
