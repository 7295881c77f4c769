//! Protecting a link with a passphrase and opening one: the link codec's envelope
//! (`domain::link::Sealed`) filled by the browser's WebCrypto.

use thiserror::Error;

use crate::domain::link::{from_bytes, Link, LinkError, LinkKind, Sealed};
use crate::domain::text::Text;
use crate::platform::crypto::{self, CryptoError};
use crate::platform::random;

/// Shorter passphrases are refused: PBKDF2 slows guessing, it cannot make "1234" safe.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProtectError {
    #[error("passphrase too short")]
    TooShort,
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    #[error(transparent)]
    Link(#[from] LinkError),
}

impl ProtectError {
    pub fn message(&self) -> Text {
        match self {
            ProtectError::TooShort => Text {
                nl: "Kies een wachtzin van minstens 8 tekens, bijvoorbeeld een paar woorden.",
                en: "Choose a passphrase of at least 8 characters, for example a few words.",
            },
            ProtectError::Crypto(CryptoError::WrongPassphrase) => Text {
                nl: "Deze wachtzin past niet bij deze link. Controleer hem (hoofdletters tellen mee) of vraag de afzender.",
                en: "This passphrase does not fit this link. Check it (capitals count) or ask the sender.",
            },
            ProtectError::Crypto(CryptoError::Unavailable) => Text {
                nl: "Deze browser kan hier niet versleutelen. Open Teambalans via https of in een recente browser.",
                en: "This browser cannot encrypt here. Open Teambalans over https or in an up-to-date browser.",
            },
            ProtectError::Link(error) => error.message(),
        }
    }
}

/// A link of `kind` written as `plain` (its `to_bytes`), encrypted with `passphrase`.
/// Bytes, not a `Link`: the member's front-end then carries only its response's writer.
pub async fn protect(
    kind: LinkKind,
    plain: &[u8],
    passphrase: &str,
) -> Result<Sealed, ProtectError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(ProtectError::TooShort);
    }
    let (mut salt, mut iv) = ([0u8; 16], [0u8; 12]);
    random::fill(&mut salt).map_err(|_| CryptoError::Unavailable)?;
    random::fill(&mut iv).map_err(|_| CryptoError::Unavailable)?;
    let ciphertext = crypto::seal(plain, passphrase, salt, iv).await?;
    Ok(Sealed {
        inner: kind,
        salt,
        iv,
        ciphertext,
    })
}

/// The link inside `sealed`, if `passphrase` opens it.
pub async fn unprotect(sealed: &Sealed, passphrase: &str) -> Result<Link, ProtectError> {
    let plain = crypto::open(&sealed.ciphertext, passphrase, sealed.salt, sealed.iv).await?;
    let link = from_bytes(&plain)?;
    if link.kind() != sealed.inner || matches!(link, Link::Sealed(_)) {
        return Err(LinkError::Invalid("sealed kind").into());
    }
    Ok(link)
}
