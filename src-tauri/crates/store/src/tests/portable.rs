use super::*;
use crate::{decrypt_with_passphrase, encrypt_with_passphrase};

#[test]
fn armored_round_trip() {
    let plan = br#"{"passport":"X1234567","route":"north"}"#;
    let out = encrypt_with_passphrase(plan, &secret("export pass"), &opts()).unwrap();
    assert!(
        out.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"),
        "{}",
        String::from_utf8_lossy(&out)
    );
    assert!(!out.windows(8).any(|w| w == b"passport"));
    assert_eq!(
        reveal(&decrypt_with_passphrase(&out, &secret("export pass"), &opts()).unwrap()),
        plan
    );
    assert_eq!(
        code(decrypt_with_passphrase(&out, &secret("wrong"), &opts())),
        "wrong_passphrase"
    );
}

#[test]
fn binary_age_files_are_accepted() {
    let mut recipient = age::scrypt::Recipient::new(secret("p"));
    recipient.set_work_factor(10);
    let binary = age::encrypt(&recipient, b"binary plan").unwrap();
    assert_eq!(
        reveal(&decrypt_with_passphrase(&binary, &secret("p"), &opts()).unwrap()),
        b"binary plan"
    );
}

#[test]
fn garbage_and_key_encrypted_files_are_invalid_exports() {
    for garbage in [
        &b""[..],
        b"hello",
        b"-----BEGIN AGE ENCRYPTED FILE-----\nnope\n",
        &[0xFFu8; 300],
    ] {
        assert_eq!(
            code(decrypt_with_passphrase(garbage, &secret("p"), &opts())),
            "invalid_export"
        );
    }
    let to_key = age::encrypt(&age::x25519::Identity::generate().to_public(), b"x").unwrap();
    assert_eq!(
        code(decrypt_with_passphrase(&to_key, &secret("p"), &opts())),
        "invalid_export"
    );
    let good = encrypt_with_passphrase(&[1u8; 200_000], &secret("p"), &opts()).unwrap();
    assert_eq!(
        code(decrypt_with_passphrase(
            &good[..good.len() / 2],
            &secret("p"),
            &opts()
        )),
        "invalid_export"
    );
}

#[test]
fn oversized_inputs_are_refused() {
    let huge = vec![b'A'; (crate::MAX_PLAINTEXT / 2 * 3 + 1) as usize];
    assert_eq!(
        code(decrypt_with_passphrase(&huge, &secret("p"), &opts())),
        "too_large"
    );
    let huge = vec![0u8; (crate::MAX_PLAINTEXT + 1) as usize];
    assert_eq!(
        code(encrypt_with_passphrase(&huge, &secret("p"), &opts())),
        "too_large"
    );
}
