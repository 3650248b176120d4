#![no_main]
//! `lifeboat_advisory::sources::uk_fcdo::parse_index` on arbitrary bytes.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| lifeboat_fuzz::uk_index(data));
