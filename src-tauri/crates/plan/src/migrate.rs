//! Schema migrations, run on the raw JSON before it becomes typed structs.
//!
//! Working on `serde_json::Value` lets a migration rename, split or drop fields that the current structs no
//! longer have (and which `deny_unknown_fields` would otherwise reject). Each step lifts a document by exactly one
//! version; the chain must reach `SCHEMA_VERSION`.

use serde_json::Value;

use crate::error::{PlanError, MAX_PLAN_BYTES};
use crate::model::{Plan, SCHEMA_VERSION};

/// One step: takes a document at version `from` and returns it at `from + 1` (the runner sets the number).
pub struct Migration {
    pub from: u64,
    pub apply: fn(Value) -> Result<Value, PlanError>,
}

/// The chain from version 1 (the first published schema) to [`SCHEMA_VERSION`].
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        from: 1,
        apply: v1_to_v2,
    },
    Migration {
        from: 2,
        apply: v2_to_v3,
    },
    Migration {
        from: 3,
        apply: v3_to_v4,
    },
];

/// Version 2 added the advisory watch: `settings.watch` and `phases.advisory_tripwires`. Both have defaults (all
/// governments watched, notifications on, no tripwires), so a version 1 document only needs its number lifted; the
/// step exists so that a version 2 file is refused by a version 1 build instead of losing its watch settings.
fn v1_to_v2(doc: Value) -> Result<Value, PlanError> {
    Ok(doc)
}

/// Version 3 added the interface's language (`settings.language`, absent meaning the system's). A version 2
/// document has none, so only its number is lifted; the step makes a version 2 build refuse a version 3 file as
/// newer instead of as an unknown field.
fn v2_to_v3(doc: Value) -> Result<Value, PlanError> {
    Ok(doc)
}

/// Version 4 added points to routes (`from_point`, `to_point`, `crossing_point` on a leg) for the route map. A
/// version 3 leg has none and stays without: it is listed under the map, not drawn, until the user places it. Only
/// the number is lifted, so a version 3 build refuses a version 4 file as newer instead of as unknown fields.
fn v3_to_v4(doc: Value) -> Result<Value, PlanError> {
    Ok(doc)
}

/// The version written in a raw document.
pub fn schema_version_of(doc: &Value) -> Result<u64, PlanError> {
    doc.get("schema_version")
        .and_then(Value::as_u64)
        .ok_or(PlanError::MissingSchemaVersion)
}

/// Lifts `doc` to `target` with `steps`. Refuses documents from the future instead of guessing.
pub fn run(mut doc: Value, steps: &[Migration], target: u32) -> Result<Value, PlanError> {
    let mut version = schema_version_of(&doc)?;
    if version > u64::from(target) {
        return Err(PlanError::NewerSchema {
            found: version,
            supported: target,
        });
    }
    while version < u64::from(target) {
        let step = steps
            .iter()
            .find(|m| m.from == version)
            .ok_or(PlanError::NoMigration(version))?;
        doc = (step.apply)(doc)?;
        version += 1;
        if let Value::Object(map) = &mut doc {
            map.insert("schema_version".into(), Value::from(version));
        }
    }
    Ok(doc)
}

/// Parses a plan document of any known version: size check, JSON, migration, then the typed structs with the
/// path of the first field that does not fit.
pub fn parse_plan(bytes: &[u8]) -> Result<Plan, PlanError> {
    if bytes.len() > MAX_PLAN_BYTES {
        return Err(PlanError::TooLarge {
            size: bytes.len(),
            max: MAX_PLAN_BYTES,
        });
    }
    // A key given twice would otherwise be merged (last one wins): a file could then read one way in a text
    // editor and another in Lifeboat. Refused before anything else looks at the values.
    serde_json::from_slice::<NoDuplicateKeys>(bytes)
        .map_err(|e| PlanError::InvalidJson(e.to_string()))?;
    let raw: Value =
        serde_json::from_slice(bytes).map_err(|e| PlanError::InvalidJson(e.to_string()))?;
    if !raw.is_object() {
        return Err(PlanError::MissingSchemaVersion);
    }
    let current = run(raw, MIGRATIONS, SCHEMA_VERSION)?;
    serde_path_to_error::deserialize(current).map_err(|e| PlanError::InvalidShape {
        path: e.path().to_string(),
        message: e.inner().to_string(),
    })
}

/// Walks a JSON document and fails on the first object with a repeated key; keeps nothing.
struct NoDuplicateKeys;

impl<'de> serde::Deserialize<'de> for NoDuplicateKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NoDuplicateKeysVisitor)
    }
}

struct NoDuplicateKeysVisitor;

impl<'de> serde::de::Visitor<'de> for NoDuplicateKeysVisitor {
    type Value = NoDuplicateKeys;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<NoDuplicateKeys>()?.is_some() {}
        Ok(NoDuplicateKeys)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut keys = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !keys.insert(key.clone()) {
                return Err(serde::de::Error::custom(format!(
                    "the field {key:?} appears twice in one object"
                )));
            }
            map.next_value::<NoDuplicateKeys>()?;
        }
        Ok(NoDuplicateKeys)
    }
}

pub fn to_json_pretty(plan: &Plan) -> Result<Vec<u8>, PlanError> {
    serde_json::to_vec_pretty(plan).map_err(|e| PlanError::Export(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rename_nick_to_name(mut v: Value) -> Result<Value, PlanError> {
        if let Some(p) = v.get_mut("profile").and_then(Value::as_object_mut) {
            if let Some(nick) = p.remove("nick") {
                p.insert("name".into(), nick);
            }
        }
        Ok(v)
    }

    fn add_household(mut v: Value) -> Result<Value, PlanError> {
        if let Some(m) = v.as_object_mut() {
            m.entry("household").or_insert(json!([]));
        }
        Ok(v)
    }

    #[test]
    fn a_document_is_lifted_one_version_at_a_time_to_the_target() {
        let steps = [
            Migration {
                from: 1,
                apply: add_household,
            },
            Migration {
                from: 0,
                apply: rename_nick_to_name,
            },
        ];
        let old = json!({"schema_version": 0, "profile": {"nick": "Sara"}});
        let lifted = run(old, &steps, 2).expect("migrates");
        assert_eq!(lifted["schema_version"], 2);
        assert_eq!(lifted["profile"]["name"], "Sara");
        assert_eq!(lifted["household"], json!([]));
    }

    #[test]
    fn a_gap_in_the_chain_is_an_error_not_a_silent_skip() {
        let steps = [Migration {
            from: 0,
            apply: rename_nick_to_name,
        }];
        let err = run(json!({"schema_version": 0}), &steps, 2).unwrap_err();
        assert!(matches!(err, PlanError::NoMigration(1)), "{err}");
    }

    #[test]
    fn a_plan_from_a_newer_lifeboat_is_refused_with_both_versions_named() {
        let doc = serde_json::to_vec(&json!({"schema_version": SCHEMA_VERSION + 1})).unwrap();
        let err = parse_plan(&doc).unwrap_err();
        assert_eq!(err.code(), "newer_schema");
        assert!(err
            .to_string()
            .contains(&format!("schema version {}", SCHEMA_VERSION + 1)));
    }

    #[test]
    fn wrong_types_unknown_fields_and_non_plans_are_told_apart() {
        assert_eq!(parse_plan(b"{not json").unwrap_err().code(), "invalid_json");
        assert_eq!(parse_plan(b"[1,2]").unwrap_err().code(), "not_a_plan");
        assert_eq!(
            parse_plan(br#"{"name":"x"}"#).unwrap_err().code(),
            "not_a_plan"
        );
        let wrong_type = br#"{"schema_version":1,"contacts":[{"name":"A","priority":"high"}]}"#;
        match parse_plan(wrong_type).unwrap_err() {
            PlanError::InvalidShape { path, .. } => assert_eq!(path, "contacts[0].priority"),
            e => panic!("expected invalid shape, got {e}"),
        }
        let unknown = br#"{"schema_version":1,"profile":{"name":"A","shoe_size":44}}"#;
        assert_eq!(parse_plan(unknown).unwrap_err().code(), "invalid_plan");
    }

    #[test]
    fn deeply_nested_or_huge_input_is_refused_cleanly() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(
            parse_plan(deep.as_bytes()).unwrap_err().code(),
            "invalid_json"
        );
        let huge = vec![b' '; MAX_PLAN_BYTES + 1];
        assert_eq!(parse_plan(&huge).unwrap_err().code(), "too_large");
    }

    #[test]
    fn a_minimal_current_document_fills_defaults() {
        let plan = parse_plan(br#"{"schema_version":1}"#).expect("parses");
        assert_eq!(plan.profile.id, crate::model::PROFILE_ID);
        assert_eq!(
            plan.settings.auto_lock_minutes,
            crate::settings::DEFAULT_AUTO_LOCK_MINUTES
        );
    }

    #[test]
    fn a_version_2_plan_loads_in_the_systems_language_and_a_chosen_one_is_kept() {
        let old = br#"{"schema_version":2,"name":"Our plan","settings":{"auto_lock_minutes":10}}"#;
        let plan = parse_plan(old).expect("a version 2 plan still loads");
        assert_eq!(plan.schema_version, SCHEMA_VERSION);
        assert_eq!(plan.settings.language, None);
        assert_eq!(plan.settings.auto_lock_minutes, 10);

        let mut chosen = plan;
        chosen.settings.language = Some("fa".into());
        let bytes = serde_json::to_vec(&chosen).expect("serialises");
        assert_eq!(
            parse_plan(&bytes)
                .expect("reloads")
                .settings
                .language
                .as_deref(),
            Some("fa")
        );
        // No language, no key: a plan saved without a choice reads as version 2's did.
        let unset = serde_json::to_value(crate::settings::Settings::default()).expect("serialises");
        assert!(unset.get("language").is_none(), "{unset}");
    }

    #[test]
    fn a_version_3_plan_loads_with_its_legs_unplaced_and_placed_legs_round_trip() {
        let old = br#"{"schema_version":3,"routes":[{"id":"r","name":"Plan B","legs":[
            {"id":"l","from":"Tabriz","to":"Dogubayazit","from_country":"IR","to_country":"TR",
             "mode":"road","border_crossing":"Bazargan / G\u00fcrbulak"}]}]}"#;
        let plan = parse_plan(old).expect("a version 3 plan still loads");
        assert_eq!(plan.schema_version, SCHEMA_VERSION);
        let leg = &plan.routes[0].legs[0];
        assert_eq!(
            (leg.from_point, leg.to_point, leg.crossing_point),
            (None, None, None)
        );
        assert_eq!(leg.border_crossing, "Bazargan / Gürbulak");
        // Absent stays absent: nothing is written for a leg the user has not placed.
        let unplaced = serde_json::to_value(leg).expect("serialises");
        for key in ["from_point", "to_point", "crossing_point"] {
            assert!(unplaced.get(key).is_none(), "{key} in {unplaced}");
        }

        let mut placed = plan;
        placed.routes[0].legs[0].from_point = Some(crate::routes::Point {
            lat: 38.08,
            lon: 46.2919,
        });
        let bytes = serde_json::to_vec(&placed).expect("serialises");
        let again = parse_plan(&bytes).expect("reloads");
        assert_eq!(again, placed);
    }

    #[test]
    fn a_version_4_plan_is_refused_by_the_version_3_chain_as_newer() {
        let doc = json!({"schema_version": 4});
        let err = run(doc, &MIGRATIONS[..2], 3).unwrap_err();
        assert!(
            matches!(
                err,
                PlanError::NewerSchema {
                    found: 4,
                    supported: 3
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn half_a_point_is_not_a_place() {
        let doc = br#"{"schema_version":4,"routes":[{"id":"r","name":"A","legs":[
            {"id":"l","from_point":{"lat":35.7}}]}]}"#;
        match parse_plan(doc).unwrap_err() {
            PlanError::InvalidShape { path, .. } => {
                assert!(path.starts_with("routes[0].legs[0].from_point"), "{path}")
            }
            e => panic!("expected invalid shape, got {e}"),
        }
    }
}
