//! What every page needs from the shell, kept below the pages so that no page imports
//! the shell: the language shown, the id of the page heading, and the current route.

use leptos::prelude::*;

use crate::domain::locale::Locale;
use crate::platform::fragment;
use crate::routes::Route;

/// Id of each page's main heading; focus moves there on navigation.
pub const PAGE_HEADING_ID: &str = "page-heading";

/// The language the user sees, for texts that live in the domain (the instrument).
#[derive(Clone, Copy)]
pub struct UiLocale(pub Memo<Locale>);

/// The current UI language, from the shell's context.
pub fn use_locale() -> Memo<Locale> {
    expect_context::<UiLocale>().0
}

/// Maps our locale to the generated i18n one.
pub fn i18n_locale(locale: Locale) -> crate::i18n::Locale {
    match locale {
        Locale::Nl => crate::i18n::Locale::nl,
        Locale::En => crate::i18n::Locale::en,
    }
}

/// The page shown, for pages that move on without a history entry.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);

impl CurrentRoute {
    /// Shows `route` in place of the current page, replacing its history entry (a
    /// link's payload should not stay in the address bar or the back button).
    pub fn replace(self, route: Route) {
        fragment::replace(&route.href());
        self.0.set(route);
    }
}
