//! The sealed link: another link's bytes encrypted with a passphrase. Only the envelope
//! is here; the crypto is the browser's (`platform::crypto`). Its writer beside its
//! reader.

use crate::link::codec::{LinkError, LinkKind, Reader};

/// A link protected with a passphrase: AES-GCM over another link's bytes, with a key
/// from PBKDF2-SHA256 (`PBKDF2_ITERATIONS`) of the passphrase and `salt`. The crypto
/// itself is the browser's (WebCrypto, in `platform::crypto`); this is the envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    /// What is inside, so the page can say "a protected results link".
    pub inner: LinkKind,
    pub salt: [u8; 16],
    pub iv: [u8; 12],
    /// Ciphertext with its 16-byte authentication tag.
    pub ciphertext: Vec<u8>,
}

/// PBKDF2-SHA256 rounds for a passphrase key: slow on purpose against guessing.
pub const PBKDF2_ITERATIONS: u32 = 600_000;

/// A sealed link's fields: the inner kind, salt, iv and ciphertext.
pub(super) fn write_sealed(sealed: &Sealed, out: &mut Vec<u8>) -> Result<(), LinkError> {
    if sealed.inner == LinkKind::Sealed || sealed.ciphertext.len() < 16 {
        return Err(LinkError::Invalid("sealed content"));
    }
    out.push(sealed.inner as u8);
    out.extend_from_slice(&sealed.salt);
    out.extend_from_slice(&sealed.iv);
    out.extend_from_slice(&sealed.ciphertext);
    Ok(())
}

pub(super) fn read_sealed(r: &mut Reader) -> Result<Sealed, LinkError> {
    let inner = LinkKind::from_nibble(r.byte()?)
        .filter(|k| *k != LinkKind::Sealed)
        .ok_or(LinkError::Invalid("sealed kind"))?;
    let salt = r.take(16)?;
    let iv = r.take(12)?;
    let ciphertext = r.take(r.bytes.len())?.to_vec();
    if ciphertext.len() < 16 {
        return Err(LinkError::Truncated);
    }
    let mut s = [0u8; 16];
    s.copy_from_slice(salt);
    let mut v = [0u8; 12];
    v.copy_from_slice(iv);
    Ok(Sealed {
        inner,
        salt: s,
        iv: v,
        ciphertext,
    })
}
