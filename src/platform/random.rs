//! Random ids from the browser's cryptographic generator: ids must not collide between
//! members who never saw each other's browsers.

use thiserror::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum RandomError {
    #[error("this browser offers no secure random numbers")]
    Unavailable,
}

/// Fills `bytes` with random bytes.
pub fn fill(bytes: &mut [u8]) -> Result<(), RandomError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(RandomError::Unavailable)?;
    crypto
        .get_random_values_with_u8_array(bytes)
        .map_err(|_| RandomError::Unavailable)?;
    Ok(())
}

/// 48 random bits.
pub fn id48() -> Result<[u8; 6], RandomError> {
    let mut bytes = [0u8; 6];
    fill(&mut bytes)?;
    Ok(bytes)
}
