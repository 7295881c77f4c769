//! What an opened invite does, apart from the other kinds of link so that the member's
//! lean front-end (`member_app.rs`) can open invites without the dashboard and imports:
//! the invite's round is taken in and the questionnaire opens in place of the link.

use leptos::prelude::*;

use crate::components::common::text::tr;
use crate::domain::link::Invite;
use crate::domain::store::schema::ScanSlot;
use crate::domain::text::Text;
use crate::i18n::*;
use crate::platform::{dom, first_screen};
use crate::routes::Route;
use crate::state::AppStore;
use crate::ui::{use_locale, CurrentRoute, PAGE_HEADING_ID};

/// Takes in the invite and moves on to its questionnaire.
pub fn open_invite(invite: Invite) -> AnyView {
    let store = expect_context::<AppStore>();
    match store.accept_invite(invite) {
        Ok(round) => {
            // What the member did on the first screen before the app arrived: its answers
            // are taken in, and the step they were on opens with focus and scroll where
            // they were (or on the step's heading), once it is drawn.
            let slot = ScanSlot::Invitation(round);
            let taken = first_screen::take(untrack(|| store.scan_instrument(slot)));
            store.take_first_screen(slot, &taken.screen);
            if taken.screen.next {
                // On to the second step: a new step starts at its heading.
                request_animation_frame(|| dom::focus_by_id(PAGE_HEADING_ID));
            } else if taken.screen.begun {
                request_animation_frame(move || {
                    first_screen::restore(taken.focus, PAGE_HEADING_ID, taken.scroll_y)
                });
            }
            move_on(Route::Answer(round))
        }
        Err(error) => problem_view(error.message()),
    }
}

/// Shows `route` in place of the link: replacing it in the history, so a reload or
/// "back" does not open the link again.
pub fn move_on(route: Route) -> AnyView {
    let i18n = use_i18n();
    let current = expect_context::<CurrentRoute>();
    Effect::new(move |_| current.replace(route.clone()));
    view! { <p class="narrow" role="status">{tr!(i18n, link_opening)}</p> }.into_any()
}

/// A link that cannot be opened, said in plain language, with the way to paste another.
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
