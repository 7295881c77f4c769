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
