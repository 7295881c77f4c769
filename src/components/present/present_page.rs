//! The present mode (`#/round/<id>/present`): the meeting's screens one at a time, big
//! enough for the back of the room. Arrow keys and Page Up / Page Down (a presenter's
//! clicker) move, Escape goes back to the dashboard; in a one-line field only the
//! clicker's keys, in a text area none.
//! Each screen's heading takes the focus, and a live line says where we are.

use leptos::prelude::*;

use crate::components::common::reactive::{memo, reactive};
use crate::components::common::text::tr;
use crate::components::dashboard::dashboard_page::kept_round;
use crate::components::present::{
    answered_screen::AnsweredScreen, closing_screen::ClosingScreen,
    new_actions_screen::NewActionsScreen, plane_screen::PlaneScreen, point_screen::PointScreen,
    review_screen::ReviewScreen,
};
use crate::domain::link::RoundId;
use crate::domain::meeting::present::{
    meeting_points, review_page, screens, step, Nav, Screen, REVIEW_PER_SCREEN,
};
use crate::domain::score::round_data::RoundData;
use crate::i18n::*;
use crate::platform::{dom, fragment, keys};
use crate::routes::Route;
use crate::state::AppStore;
use crate::ui::{use_locale, PAGE_HEADING_ID};

#[component]
pub fn PresentPage(round: RoundId) -> impl IntoView {
    kept_round(round, move |data| {
        view! { <Meeting round=round data=data /> }.into_any()
    })
}

#[component]
fn Meeting(round: RoundId, data: Signal<RoundData>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let points = memo(move || data.with(meeting_points));
    let enough = memo(move || data.with(RoundData::enough));
    let reviewed = memo(move || {
        store
            .data
            .with(|d| d.teams.previous_round(round).map_or(0, |r| r.actions.len()))
    });
    let list = memo(move || points.with(|p| screens(enough.get(), p, reviewed.get())));
    let at = RwSignal::new(0usize);
    let count = move || list.with(Vec::len);
    // A screen that went away (another tab) shows the last one there is.
    let index = memo(move || at.get().min(count().saturating_sub(1)));
    let current =
        memo(move || list.with(|l| l.get(index.get()).copied().unwrap_or(Screen::Answered)));
    let instrument = data.with_untracked(|d| d.instrument);

    let go = move |nav: Nav| match step(index.get_untracked(), count(), nav) {
        Some(i) => {
            if i != index.get_untracked() {
                let mark = dom::focus_mark();
                at.set(i);
                request_animation_frame(move || mark.focus_by_id_unless_moved(PAGE_HEADING_ID));
            }
        }
        None => fragment::go(&Route::Dashboard(round).href()),
    };
    let listener =
        keys::on_key(
            move |press| match Nav::from_key(&press.key, press.target, press.taken) {
                Some(nav) => {
                    go(nav);
                    true
                }
                None => false,
            },
        );
    // The listener lives as long as this page: it is dropped (and removed) with it.
    StoredValue::new_local(listener);
    request_animation_frame(|| dom::focus_by_id(PAGE_HEADING_ID));

    let title = move || {
        let loc = locale.get();
        match current.get() {
            Screen::Answered => t_string!(i18n, present_answered_title).to_string(),
            Screen::Plane => t_string!(i18n, present_plane_title).to_string(),
            Screen::Point(id) => {
                let n = points.with(|p| p.iter().position(|q| q.dimension == id).unwrap_or(0) + 1);
                let total = points.with(Vec::len);
                let name = instrument
                    .dimension_by_id(id)
                    .map(|d| d.name.get(loc))
                    .unwrap_or_default();
                t_string!(i18n, present_point_title, n = n, total = total, name = name).to_string()
            }
            // More actions than one screen holds: which of them this screen asks.
            Screen::Review(page) if reviewed.get() > REVIEW_PER_SCREEN => {
                let shown = review_page(page, reviewed.get());
                t_string!(
                    i18n,
                    present_review_title_paged,
                    first = shown.start + 1,
                    last = shown.end,
                    total = reviewed.get()
                )
                .to_string()
            }
            Screen::Review(_) => t_string!(i18n, present_review_title).to_string(),
            Screen::NewActions => t_string!(i18n, present_new_title).to_string(),
            Screen::Closing => t_string!(i18n, present_closing_title).to_string(),
        }
    };
    let screen_name = move || match current.get() {
        Screen::Review(_) => "review".to_string(),
        other => format!("{other:?}").to_lowercase(),
    };
    let body = move || match current.get() {
        Screen::Answered => view! { <AnsweredScreen round=round data=data /> }.into_any(),
        Screen::Plane => view! { <PlaneScreen data=data /> }.into_any(),
        Screen::Point(id) => {
            let figure =
                points.with_untracked(|p| p.iter().find(|q| q.dimension == id).map(|q| q.figure));
            view! { <PointScreen round=round data=data instrument=instrument dimension=id figure=figure /> }
                .into_any()
        }
        Screen::Review(page) => view! { <ReviewScreen round=round page=page /> }.into_any(),
        Screen::NewActions => view! { <NewActionsScreen round=round /> }.into_any(),
        Screen::Closing => view! { <ClosingScreen round=round data=data /> }.into_any(),
    };
    let at_start = move || index.get() == 0;
    let at_end = move || index.get() + 1 >= count();

    view! {
        <section class="present" data-testid="present" data-screen=screen_name>
            <div class="present-bar">
                <a class="button" href=Route::Dashboard(round).href() data-testid="present-leave">
                    {tr!(i18n, present_leave)}
                </a>
                <p class="present-position" aria-live="polite" aria-atomic="true" data-testid="present-position">
                    {move || tr!(i18n, present_position, n = index.get() + 1, total = count())}
                </p>
            </div>
            <h1 id=PAGE_HEADING_ID tabindex="-1" data-testid="present-heading">{move || title()}</h1>
            <div class="present-screen">{reactive(body)}</div>
            <nav class="present-nav" aria-label=move || t_string!(i18n, present_nav_label).to_string()>
                <button type="button" class="button big" data-testid="present-previous"
                    disabled=at_start on:click=move |_| go(Nav::Previous)>
                    {tr!(i18n, present_previous)}
                </button>
                <p class="hint present-keys">{tr!(i18n, present_keys)}</p>
                <button type="button" class="button big primary" data-testid="present-next"
                    disabled=at_end on:click=move |_| go(Nav::Next)>
                    {tr!(i18n, present_next)}
                </button>
            </nav>
        </section>
    }
}
