//! The round's own choices: whether the facilitator's answers count, open or anonymous
//! (a member's name), and the facilitator's own statements (their figures are computed
//! with the other figures, in `score::own_statements`).

use thiserror::Error;

use crate::link::names::clean_text;
use crate::link::{MAX_OWN_STATEMENTS, MAX_TEXT_BYTES};
use crate::text::Text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum OwnStatementError {
    #[error("more than {MAX_OWN_STATEMENTS} own statements")]
    TooMany,
    #[error("an own statement longer than {MAX_TEXT_BYTES} bytes")]
    TooLong,
}

impl OwnStatementError {
    pub fn message(self) -> Text {
        match self {
            OwnStatementError::TooMany => Text {
                nl: "Je kunt hoogstens vijf eigen stellingen toevoegen.",
                en: "You can add at most five statements of your own.",
            },
            OwnStatementError::TooLong => Text {
                nl: "Een eigen stelling is te lang voor de link. Houd hem korter (ongeveer 60 tekens).",
                en: "A statement of your own is too long for the link. Keep it shorter (about 60 characters).",
            },
        }
    }
}

/// The facilitator's own statements as typed, one per field: cleaned like every text
/// in a link, empty ones dropped, at most `MAX_OWN_STATEMENTS`.
pub fn clean_own_statements<S: AsRef<str>>(typed: &[S]) -> Result<Vec<String>, OwnStatementError> {
    let mut statements = Vec::new();
    for text in typed {
        let text = clean_text(text.as_ref(), false).map_err(|_| OwnStatementError::TooLong)?;
        if !text.is_empty() {
            statements.push(text);
        }
    }
    if statements.len() > MAX_OWN_STATEMENTS {
        return Err(OwnStatementError::TooMany);
    }
    Ok(statements)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_are_cleaned_and_capped() {
        let typed = ["  We helpen\nelkaar  ", "", "   ", "Besluiten zijn helder"];
        assert_eq!(
            clean_own_statements(&typed),
            Ok(vec![
                "We helpen elkaar".to_string(),
                "Besluiten zijn helder".to_string()
            ])
        );
        let six = ["a", "b", "c", "d", "e", "f"];
        assert_eq!(clean_own_statements(&six), Err(OwnStatementError::TooMany));
        let long = ["é".repeat(41)];
        assert_eq!(clean_own_statements(&long), Err(OwnStatementError::TooLong));
    }
}
