//! Passphrase protection with the browser's own WebCrypto: a key from PBKDF2-SHA256
//! (600,000 rounds, random salt) and AES-GCM (random IV), so a changed byte or a wrong
//! passphrase fails to open instead of giving garbage.

use js_sys::{Array, Object, Reflect, Uint8Array};
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::link::PBKDF2_ITERATIONS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum CryptoError {
    #[error("this browser offers no WebCrypto here")]
    Unavailable,
    /// Wrong passphrase, or a link changed on the way: AES-GCM cannot tell them apart.
    #[error("the passphrase does not open this link")]
    WrongPassphrase,
}

fn subtle() -> Result<web_sys::SubtleCrypto, CryptoError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)?;
    Ok(crypto.subtle())
}

fn object(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

async fn await_promise(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

async fn key(passphrase: &str, salt: &[u8; 16]) -> Result<web_sys::CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(passphrase.as_bytes());
    let usages = Array::of1(&JsValue::from_str("deriveKey"));
    let base = await_promise(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages))
        .await
        .map_err(|_| CryptoError::Unavailable)?;
    let algorithm = object(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", Uint8Array::from(&salt[..]).into()),
        ("iterations", PBKDF2_ITERATIONS.into()),
    ]);
    let derived = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let key = await_promise(subtle.derive_key_with_object_and_object(
        &algorithm,
        &base.unchecked_into(),
        &derived,
        false,
        &usages,
    ))
    .await
    .map_err(|_| CryptoError::Unavailable)?;
    Ok(key.unchecked_into())
}

fn gcm(iv: &[u8; 12]) -> Object {
    object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(&iv[..]).into()),
    ])
}

/// Encrypts `plain` with a key from `passphrase`; salt and IV come from the caller (fresh
/// random bytes from `platform::random`).
pub async fn seal(
    plain: &[u8],
    passphrase: &str,
    salt: [u8; 16],
    iv: [u8; 12],
) -> Result<Vec<u8>, CryptoError> {
    let key = key(passphrase, &salt).await?;
    let out = await_promise(subtle()?.encrypt_with_object_and_u8_array(&gcm(&iv), &key, plain))
        .await
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(Uint8Array::new(&out).to_vec())
}

/// Decrypts what `seal` made; any failure of the tag is a wrong passphrase (or a changed
/// link), never garbage.
pub async fn open(
    ciphertext: &[u8],
    passphrase: &str,
    salt: [u8; 16],
    iv: [u8; 12],
) -> Result<Vec<u8>, CryptoError> {
    let key = key(passphrase, &salt).await?;
    let out =
        await_promise(subtle()?.decrypt_with_object_and_u8_array(&gcm(&iv), &key, ciphertext))
            .await
            .map_err(|_| CryptoError::WrongPassphrase)?;
    Ok(Uint8Array::new(&out).to_vec())
}
