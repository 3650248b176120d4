#![no_main]
//! `lifeboat_store::decrypt_with_passphrase` (a passphrase-encrypted export) on arbitrary bytes.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| lifeboat_fuzz::store_export(data));
