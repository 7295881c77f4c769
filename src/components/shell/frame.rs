//! What both front-ends share around their pages (the whole app in `app.rs`, the member's
//! lean one in `member_app.rs`): the route and language kept in signals, the listeners on
//! the address and on other tabs, and the header, banner and footer.

use leptos::prelude::*;

use crate::components::common::reactive::memo;
use crate::components::common::text::tr;
use crate::components::shell::{language_switch::LanguageSwitch, storage_banner::StorageBanner};
use crate::domain::locale::Locale;
use crate::i18n::*;
use crate::platform::{dom, fragment, storage};
use crate::routes::Route;
use crate::state::AppStore;
use crate::ui::{i18n_locale, CurrentRoute, UiLocale, PAGE_HEADING_ID};

/// Starts a front-end inside `I18nContextProvider` with the store in context: provides
/// the locale and route contexts, follows the address and other tabs, and returns the
/// route and the locale for the page and the frame.
pub fn start() -> (RwSignal<Route>, Memo<Locale>) {
    let store = expect_context::<AppStore>();
    let i18n = use_i18n();

    // The user's remembered choice wins; otherwise the browser's first language.
    let browser_locale = Locale::from_browser_languages(&dom::browser_languages());
    let locale = memo(move || store.chosen_locale().unwrap_or(browser_locale));
    provide_context(UiLocale(locale));
    // leptos_i18n resets its locale to the browser's in its first effect; this effect,
    // created later, runs after it and keeps the translations on our choice.
    Effect::new(move |_| i18n.set_locale(i18n_locale(locale.get())));

    let route = RwSignal::new(Route::parse(&fragment::current()));
    provide_context(CurrentRoute(route));
    if let Some(listener) = fragment::on_change(move |f| route.set(Route::parse(&f))) {
        // The shell lives as long as the page.
        listener.forget();
    }
    if let Some(listener) = storage::on_external_change(move |change| {
        if change.key.as_deref() == Some(crate::domain::store::schema::STORAGE_KEY) {
            // Their answers, rounds and language choice; the locale memo follows.
            store.merge_external(change.new_value.as_deref());
        }
    }) {
        listener.forget();
    }

    // After navigation, focus the new page's heading so screen readers announce it.
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        if previous.is_some_and(|p| p != current) {
            dom::focus_by_id(PAGE_HEADING_ID);
        }
        current
    });
    Effect::new(move |_| dom::mark_ready());
    (route, locale)
}

/// The header with the language switch, the storage banner, the page, and the footer.
#[component]
pub fn Frame(locale: Memo<Locale>, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    // A plain `#main` link would change the route, so focus the content directly.
    let skip_to_main = |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        dom::focus_by_id("main");
    };
    view! {
        <div id="app" class="app">
            <a class="skip-link" href="#main" on:click=skip_to_main>
                {tr!(i18n, skip_to_content)}
            </a>
            <header class="site-header">
                <a class="brand" href=Route::Home.href() data-testid="brand">
                    <img class="brand-mark" src="public/icon.svg" alt="" width="28" height="28" />
                    <span>{tr!(i18n, app_name)}</span>
                </a>
                <LanguageSwitch locale=locale />
            </header>
            <StorageBanner locale=locale />
            <main id="main" class="page" tabindex="-1">
                {children()}
            </main>
            <footer class="site-footer">
                <p>{tr!(i18n, footer_local)}</p>
            </footer>
        </div>
    }
}
