//! A round's dashboard as a page of its own (`#/round/<id>/results`).

use leptos::prelude::*;

use crate::app::PAGE_HEADING_ID;
use crate::components::dashboard::Dashboard;
use crate::domain::link::RoundId;
use crate::i18n::*;
use crate::routes::Route;
use crate::state::AppStore;

#[component]
pub fn DashboardPage(round: RoundId) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let data = Memo::new(move |_| store.data.with(|d| d.teams.round_data(round)));
    move || match data.get() {
        Some(current) => {
            let signal = Signal::derive(move || data.get().unwrap_or_else(|| current.clone()));
            view! { <Dashboard data=signal editable=true /> }.into_any()
        }
        None => view! {
            <section class="narrow" data-testid="round-missing">
                <h1 id=PAGE_HEADING_ID tabindex="-1">{t!(i18n, round_missing_title)}</h1>
                <p>{t!(i18n, round_missing_body)}</p>
                <a class="button" href=Route::Team.href()>{t!(i18n, team_back)}</a>
            </section>
        }
        .into_any(),
    }
}
