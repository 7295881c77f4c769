//! The shell: header with the language switch, the storage banner, the page for the
//! current route, and the footer.

use leptos::prelude::*;

use crate::components::common::reactive::memo;

use crate::components::common::text::tr;
use crate::components::{
    dashboard::dashboard_page::DashboardPage, home::home_page::Home,
    home::not_found_page::NotFound, links::link_landing::LinkLanding,
    links::open_link_page::OpenLinkPage, round::round_page::RoundPage,
    round::session_page::SessionPage, round::team_page::TeamPage, scan::answer_page::AnswerPage,
    scan::scan_page::ScanPage, shell::language_switch::LanguageSwitch,
    shell::storage_banner::StorageBanner,
};
use crate::domain::locale::Locale;
use crate::i18n::*;
use crate::platform::{dom, fragment, storage};
use crate::routes::Route;
use crate::state::AppStore;
use crate::ui::{i18n_locale, CurrentRoute, UiLocale, PAGE_HEADING_ID};

#[component]
pub fn App() -> impl IntoView {
    let store = AppStore::load(crate::state::now_ms());
    provide_context(store);
    view! {
        <I18nContextProvider>
            <Shell />
        </I18nContextProvider>
    }
}

#[component]
fn Shell() -> impl IntoView {
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
        if change.key.as_deref() == Some(crate::domain::schema::STORAGE_KEY) {
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

    let page = move || match route.get() {
        Route::Home => view! { <Home /> }.into_any(),
        Route::Scan => view! { <ScanPage /> }.into_any(),
        Route::Team => view! { <TeamPage /> }.into_any(),
        Route::OpenLink => view! { <OpenLinkPage /> }.into_any(),
        Route::Round(round) => view! { <RoundPage round=round /> }.into_any(),
        Route::Session(round) => view! { <SessionPage round=round /> }.into_any(),
        Route::Dashboard(round) => view! { <DashboardPage round=round /> }.into_any(),
        Route::Answer(round) => view! { <AnswerPage round=round /> }.into_any(),
        Route::Link(fragment) => view! { <LinkLanding fragment=fragment /> }.into_any(),
        Route::NotFound(path) => view! { <NotFound path=path /> }.into_any(),
    };

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
                {move || page()}
            </main>
            <footer class="site-footer">
                <p>{tr!(i18n, footer_local)}</p>
            </footer>
        </div>
    }
}
