//! Random ids from the browser's cryptographic generator: ids must not collide between
//! members who never saw each other's browsers.

use thiserror::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum RandomError {
    #[error("this browser offers no secure random numbers")]
    Unavailable,
}

/// 48 random bits.
pub fn id48() -> Result<[u8; 6], RandomError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(RandomError::Unavailable)?;
    let mut bytes = [0u8; 6];
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| RandomError::Unavailable)?;
    Ok(bytes)
}
