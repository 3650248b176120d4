#![no_main]
//! `sources::us_embassy_alerts::parse` on arbitrary bytes (see `src/lib.rs` for the checks).

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| lifeboat_fuzz::embassy_feed(data));
