//! The member's lean front-end: what a member needs after opening an invite in a chat
//! (the invite landing, the questionnaire, their own result and the response link), built
//! as its own wasm without the dashboard, rounds, imports, exports and backups, so that
//! it arrives and starts sooner on a phone. `index.html` loads it for the addresses in
//! `routes::MEMBER_ADDRESSES` (`#/i/…`, `#/answer/…`); any other page reloads into the whole app.

use leptos::prelude::*;

use crate::components::common::text::tr;
use crate::components::links::open_invite::{open_invite, problem_view};
use crate::components::scan::answer_page::AnswerPage;
use crate::components::shell::frame::{self, Frame};
use crate::domain::link::{decode_invite, LinkError};
use crate::i18n::*;
use crate::platform::dom;
use crate::routes::Route;
use crate::state::AppStore;

#[component]
pub fn MemberApp() -> impl IntoView {
    let store = AppStore::load(crate::state::now_ms());
    provide_context(store);
    view! {
        <I18nContextProvider>
            <MemberShell />
        </I18nContextProvider>
    }
}

#[component]
fn MemberShell() -> impl IntoView {
    let (route, locale) = frame::start();
    let page = move || match route.get() {
        // Any other page is the whole app's (the loader picks by the same list).
        route if !route.is_members() => hand_over(),
        Route::Answer(round) => view! { <AnswerPage round=round /> }.into_any(),
        Route::Link(fragment) => match decode_invite(&fragment) {
            Ok(invite) => open_invite(invite),
            // Response, results and protected links are the whole app's (read unread
            // here, so this front-end carries no reader for them).
            Err(LinkError::Unsupported(_)) => hand_over(),
            Err(error) => problem_view(error.message()),
        },
        _ => hand_over(),
    };
    view! { <Frame locale=locale>{move || page()}</Frame> }
}

/// Any page but the member's: the whole app takes over, from the same address.
fn hand_over() -> AnyView {
    let i18n = use_i18n();
    Effect::new(move |_| dom::reload());
    view! { <p class="narrow" role="status">{tr!(i18n, link_opening)}</p> }.into_any()
}
