#![no_main]
//! A plan file import: `lifeboat_plan::migrate::parse_plan`, then `validate` and a write/read round trip.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| lifeboat_fuzz::plan_import(data));
