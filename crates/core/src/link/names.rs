//! Names and titles as people type them, made fit for a link.

use thiserror::Error;

use crate::link::{MAX_NAME_BYTES, MAX_TEXT_BYTES};
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

/// A member's name as typed, fit for a link: cleaned, cut to `MAX_NAME_BYTES` at a
/// character boundary; `None` when nothing is left.
pub fn clean_name(typed: &str) -> Option<String> {
    let spaced: String = typed
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let text = spaced.trim();
    let mut end = text.len().min(MAX_NAME_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let name = text[..end].trim_end();
    (!name.is_empty()).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_cut_at_a_character_and_empty_is_none() {
        assert_eq!(clean_name("  Anouk\t "), Some("Anouk".to_string()));
        assert_eq!(clean_name(" \n "), None);
        let long = clean_name(&"ë".repeat(30)).unwrap_or_default();
        assert_eq!(long.len(), 40);
        assert!(long.chars().all(|c| c == 'ë'));
    }
}
