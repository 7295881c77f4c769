//! The whole app's shell: the page for the current route inside the frame (header with
//! the language switch, storage banner, footer). `member_app.rs` is the lean one.

use leptos::prelude::*;

use crate::components::shell::frame::{self, Frame};
use crate::components::{
    dashboard::dashboard_page::DashboardPage, home::home_page::Home,
    home::not_found_page::NotFound, links::link_landing::LinkLanding,
    links::open_link_page::OpenLinkPage, org::org_list_page::OrgListPage, org::org_page::OrgPage,
    present::present_page::PresentPage, round::round_page::RoundPage,
    round::session_page::SessionPage, round::team_page::TeamPage, scan::answer_page::AnswerPage,
    scan::scan_page::ScanPage,
};
use crate::i18n::*;
use crate::routes::Route;
use crate::state::AppStore;

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
    let (route, locale) = frame::start();
    let page = move || match route.get() {
        Route::Home => view! { <Home /> }.into_any(),
        Route::Scan => view! { <ScanPage /> }.into_any(),
        Route::Team => view! { <TeamPage /> }.into_any(),
        Route::OpenLink => view! { <OpenLinkPage /> }.into_any(),
        Route::Round(round) => view! { <RoundPage round=round /> }.into_any(),
        Route::Session(round) => view! { <SessionPage round=round /> }.into_any(),
        Route::Dashboard(round) => view! { <DashboardPage round=round /> }.into_any(),
        Route::Present(round) => view! { <PresentPage round=round /> }.into_any(),
        Route::Answer(round) => view! { <AnswerPage round=round /> }.into_any(),
        Route::Organisations => view! { <OrgListPage /> }.into_any(),
        Route::Organisation(id) => view! { <OrgPage id=id /> }.into_any(),
        Route::Link(fragment) => view! { <LinkLanding fragment=fragment /> }.into_any(),
        Route::NotFound(path) => view! { <NotFound path=path /> }.into_any(),
    };
    view! { <Frame locale=locale>{move || page()}</Frame> }
}
