//! A round's dashboard as a page of its own (`#/round/<id>/results`).

use leptos::prelude::*;

use crate::components::common::reactive::{memo, reactive};
use crate::components::dashboard::results::Dashboard;
use crate::components::round::round_page::RoundMissing;
use crate::domain::link::RoundId;
use crate::domain::score::round_data::RoundData;
use crate::state::AppStore;

#[component]
pub fn DashboardPage(round: RoundId) -> impl IntoView {
    kept_round(round, |data| {
        view! { <Dashboard data=data editable=true /> }.into_any()
    })
}

/// A page of one round that the facilitator keeps: `page` gets the round's figures as a
/// signal, or the round is said to be missing. The page is rebuilt only when the round
/// comes or goes: its data also changes with every action ticked, note typed or answer
/// added, and a rebuild would throw away an open form and the focus.
pub fn kept_round(
    round: RoundId,
    page: impl Fn(Signal<RoundData>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let data = memo(move || store.data.with(|d| d.teams.round_data(round)));
    let present = memo(move || data.with(Option::is_some));
    let shown = move || present.get().then(|| data.get_untracked()).flatten();
    reactive(move || match shown() {
        Some(current) => page(Signal::derive(move || {
            data.get().unwrap_or_else(|| current.clone())
        })),
        None => view! { <RoundMissing round=round /> }.into_any(),
    })
}
