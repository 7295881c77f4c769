//! Bilingual text for the pure core: the instrument and messages that must work even
//! where the i18n context is not available (a panic, a typed error).

use crate::locale::Locale;

/// A text in both first-class languages. Both are required by the type; a test checks
/// neither is blank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn get(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::Nl => self.nl,
            Locale::En => self.en,
        }
    }
}

/// Shown when the app panics; written without the i18n context, which may be gone.
pub const PANIC_TITLE: Text = Text {
    nl: "Er ging iets mis",
    en: "Something went wrong",
};
pub const PANIC_BODY: Text = Text {
    nl: "Teambalans liep tegen een fout aan die het niet kon oplossen. Wat al is opgeslagen, blijft veilig op dit apparaat. Laad de pagina opnieuw om verder te gaan.",
    en: "Teambalans ran into an error it could not handle. What was already saved stays safe on this device. Reload the page to continue.",
};
pub const PANIC_RELOAD: Text = Text {
    nl: "Opnieuw laden",
    en: "Reload",
};

/// A pasted text shortened for a list, its start and its end: links of one round share
/// their start, and their end (a checksum) tells them apart, and shows where one was
/// cut off.
pub fn glimpse(input: &str, head: usize, tail: usize) -> String {
    let trimmed = input.trim();
    let chars: Vec<char> = trimmed.chars().collect();
    if chars.len() <= head + tail + 1 {
        return trimmed.to_string();
    }
    let start: String = chars[..head].iter().collect();
    let end: String = chars[chars.len() - tail..].iter().collect();
    format!("{start}…{end}")
}

#[cfg(test)]
mod glimpse_tests {
    use super::glimpse;

    #[test]
    fn links_of_one_round_differ_in_their_glimpse() {
        let a = "#/r/Uv98hwUQmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-first";
        let b = "#/r/Uv98hwUQmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-other";
        assert_eq!(glimpse(a, 14, 8), "#/r/Uv98hwUQmA…AA-first");
        assert_ne!(glimpse(a, 14, 8), glimpse(b, 14, 8));
        // Short input, or one that is all start and end, stays whole.
        assert_eq!(glimpse("  #/r/abc ", 14, 8), "#/r/abc");
        assert_eq!(glimpse("ééééé", 2, 2), "ééééé");
        assert_eq!(glimpse("éééééé", 2, 2), "éé…éé");
    }
}
