//! Names and titles as people type them, made fit for a link.

use thiserror::Error;

use crate::link::MAX_TEXT_BYTES;
use crate::text::Text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum NameError {
    #[error("empty")]
    Empty,
    #[error("longer than {MAX_TEXT_BYTES} bytes")]
    TooLong,
}

impl NameError {
    pub fn message(self) -> Text {
        match self {
            NameError::Empty => Text {
                nl: "Vul een naam in.",
                en: "Please fill in a name.",
            },
            NameError::TooLong => Text {
                nl: "Deze tekst is te lang voor een link. Houd hem korter (ongeveer 60 tekens).",
                en: "This text is too long for a link. Keep it shorter (about 60 characters).",
            },
        }
    }
}

/// A name or title as typed, made fit for a link: trimmed, line breaks and other
/// control characters as spaces, at most `MAX_TEXT_BYTES` bytes. Empty is allowed only
/// when `required` is false.
pub fn clean_text(input: &str, required: bool) -> Result<String, NameError> {
    let spaced: String = input
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let text = spaced.trim().to_string();
    if text.is_empty() && required {
        return Err(NameError::Empty);
    }
    if text.len() > MAX_TEXT_BYTES {
        return Err(NameError::TooLong);
    }
    Ok(text)
}
