//! A round's dashboard as a page of its own (`#/round/<id>/results`).

use leptos::prelude::*;

use crate::components::common::reactive::{memo, reactive};
use crate::components::dashboard::results::Dashboard;
use crate::components::round::round_page::RoundMissing;
use crate::domain::link::RoundId;
use crate::state::AppStore;

#[component]
pub fn DashboardPage(round: RoundId) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let data = memo(move || store.data.with(|d| d.teams.round_data(round)));
    // Rebuilt only when the round comes or goes: its data also changes with every action
    // ticked or edited, and a rebuild would throw away an open edit form and the focus.
    let present = memo(move || data.with(Option::is_some));
    let shown = move || present.get().then(|| data.get_untracked()).flatten();
    reactive(move || match shown() {
        Some(current) => {
            let signal = Signal::derive(move || data.get().unwrap_or_else(|| current.clone()));
            view! { <Dashboard data=signal editable=true /> }.into_any()
        }
        None => view! { <RoundMissing round=round /> }.into_any(),
    })
}
