//! What an opened or unlocked link does: an invite starts its round's questionnaire, a
//! response is taken into its round, a results link shows its read-only dashboard.

use leptos::prelude::*;

use crate::components::common::text::tr;
use crate::components::dashboard::results::Dashboard;
use crate::domain::link::{to_fragment, Link, LinkError};
use crate::domain::round::import::ImportRow;
use crate::domain::text::Text;
use crate::i18n::*;
use crate::routes::Route;
use crate::state::{AppStore, PastePlace, PastedRows};
use crate::ui::{use_locale, CurrentRoute, PAGE_HEADING_ID};

/// What an opened (or unlocked) link does.
pub fn land(link: Link) -> AnyView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let current = expect_context::<CurrentRoute>();
    let next = match link {
        Link::Invite(invite) => store.accept_invite(invite).map(Route::Answer),
        Link::Response(response) => {
            let link = Link::Response(response);
            let input = to_fragment(&link).unwrap_or_default();
            let result = untrack(|| store.import_link(link, PastePlace::OpenLink));
            store.last_import.set(Some(PastedRows {
                place: PastePlace::OpenLink,
                rows: vec![ImportRow { input, result }],
            }));
            Ok(Route::OpenLink)
        }
        Link::Results(results) => {
            // Read-only: shown from the link itself, nothing is stored.
            let data = crate::domain::round::round_data::RoundData::from_results(&results);
            return view! { <Dashboard data=data editable=false /> }.into_any();
        }
        // A protected link inside a protected link is never made; refuse it.
        Link::Sealed(_) => return problem_view(LinkError::Invalid("sealed twice").message()),
    };
    match next {
        Ok(route) => {
            // Moving on replaces the link in the history, so a reload or "back" does
            // not open it again.
            Effect::new(move |_| current.replace(route.clone()));
            view! { <p class="narrow" role="status">{tr!(i18n, link_opening)}</p> }.into_any()
        }
        Err(error) => problem_view(error.message()),
    }
}

pub fn problem_view(message: Text) -> AnyView {
    let i18n = use_i18n();
    let locale = use_locale();
    view! {
        <section class="narrow" data-testid="link-problem">
            <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, link_problem_title)}</h1>
            <p class="error" role="alert" data-testid="link-problem-message">
                {move || message.get(locale.get())}
            </p>
            <p>{tr!(i18n, link_problem_hint)}</p>
            <a class="button" href=Route::OpenLink.href()>{tr!(i18n, home_open_link)}</a>
        </section>
    }
    .into_any()
}
