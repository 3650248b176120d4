#![no_main]
//! `Vault::unlock` on a folder whose key file and plan file come from the input (see `split_vault_input`).

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| lifeboat_fuzz::store_vault(data));
