#![no_main]
//! `lifeboat_advisory::parse(SourceId::DeAa, bytes)` on arbitrary bytes (see `src/lib.rs` for the checks).

use libfuzzer_sys::fuzz_target;
use lifeboat_advisory::SourceId;

fuzz_target!(|data: &[u8]| lifeboat_fuzz::feed(SourceId::DeAa, data));
