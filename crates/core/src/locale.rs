//! The two first-class languages.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Locale {
    #[default]
    #[serde(rename = "nl")]
    Nl,
    #[serde(rename = "en")]
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Nl, Locale::En];

    /// BCP 47 code, as used in `<html lang>` and the locale files.
    pub const fn code(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::En => "en",
        }
    }

    /// The language's own name, so a user finds it whatever language is showing.
    pub const fn endonym(self) -> &'static str {
        match self {
            Locale::Nl => "Nederlands",
            Locale::En => "English",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nl" => Some(Locale::Nl),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    /// The default when the user has not chosen: Dutch when the browser's first
    /// preferred language is Dutch (`nl`, `nl-NL`, `nl-BE`, ...), otherwise English.
    pub fn from_browser_languages<S: AsRef<str>>(languages: &[S]) -> Locale {
        let first = languages
            .first()
            .map(|l| l.as_ref().trim().to_ascii_lowercase());
        match first {
            Some(tag) if tag == "nl" || tag.starts_with("nl-") || tag.starts_with("nl_") => {
                Locale::Nl
            }
            _ => Locale::En,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_browsers_get_dutch() {
        for tag in ["nl", "nl-NL", "NL-be", "nl_NL"] {
            assert_eq!(Locale::from_browser_languages(&[tag]), Locale::Nl, "{tag}");
        }
    }

    #[test]
    fn every_other_browser_gets_english() {
        assert_eq!(Locale::from_browser_languages(&["en-GB", "nl"]), Locale::En);
        assert_eq!(Locale::from_browser_languages(&["de-DE"]), Locale::En);
        assert_eq!(Locale::from_browser_languages(&["nld"]), Locale::En);
        assert_eq!(Locale::from_browser_languages::<&str>(&[]), Locale::En);
    }

    #[test]
    fn codes_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_code(locale.code()), Some(locale));
        }
        assert_eq!(Locale::from_code("fr"), None);
    }
}
