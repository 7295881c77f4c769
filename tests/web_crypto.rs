//! Passphrase-protected links with the browser's real WebCrypto: round trip, a wrong
//! passphrase, and a changed ciphertext (`cargo test --target wasm32-unknown-unknown`).
#![cfg(target_arch = "wasm32")]

use teambalans::domain::link::{
    decode, to_bytes, to_fragment, Invite, Link, LinkKind, RoundId, Sealed,
};
use teambalans::platform::crypto::CryptoError;
use teambalans::state::protect::{protect, unprotect, ProtectError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn invite() -> Link {
    Link::Invite(Invite {
        round: RoundId([1, 2, 3, 4, 5, 6]),
        date_days: 20_415,
        ask_desired: true,
        min_group: 3,
        instrument: teambalans::domain::instrument::Instrument::V1,
        team_name: "Werkplaats".into(),
        round_title: "Najaar".into(),
        open: false,
        own_statements: Vec::new(),
    })
}

/// The example invite, protected with `passphrase` as the app does: from its bytes.
async fn seal(passphrase: &str) -> Result<Sealed, ProtectError> {
    let plain = to_bytes(&invite()).unwrap();
    protect(LinkKind::Invite, &plain, passphrase).await
}

fn sealed_of(link: &Link) -> Sealed {
    match link {
        Link::Sealed(s) => s.clone(),
        other => panic!("not sealed: {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn a_protected_link_opens_with_its_passphrase_through_the_fragment() {
    let sealed = seal("correct horse battery").await.unwrap();
    // Through the text form a person sends.
    let fragment = to_fragment(&Link::Sealed(sealed)).unwrap();
    assert!(fragment.starts_with("#/p/"));
    let read = sealed_of(&decode(&fragment).unwrap());
    assert_eq!(read.inner, LinkKind::Invite);
    assert_eq!(
        unprotect(&read, "correct horse battery").await,
        Ok(invite())
    );
    // Same link, same passphrase, twice: different salt and IV, different ciphertext.
    let again = seal("correct horse battery").await.unwrap();
    assert_ne!(again.ciphertext, read.ciphertext);
}

#[wasm_bindgen_test]
async fn a_wrong_passphrase_is_told_apart_and_opens_nothing() {
    let sealed = seal("correct horse battery").await.unwrap();
    assert_eq!(
        unprotect(&sealed, "Correct horse battery").await,
        Err(ProtectError::Crypto(CryptoError::WrongPassphrase))
    );
}

#[wasm_bindgen_test]
async fn a_changed_ciphertext_never_opens() {
    let mut sealed = seal("correct horse battery").await.unwrap();
    sealed.ciphertext[3] ^= 0x01;
    assert_eq!(
        unprotect(&sealed, "correct horse battery").await,
        Err(ProtectError::Crypto(CryptoError::WrongPassphrase))
    );
}

#[wasm_bindgen_test]
async fn short_passphrases_are_refused() {
    assert_eq!(seal("1234").await, Err(ProtectError::TooShort));
}
