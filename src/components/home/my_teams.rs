//! The coach's teams on the start page: each with its newest round and how many
//! answered, one click from that round.

use leptos::prelude::*;

use crate::components::common::reactive::{memo, reactive, shown};
use crate::components::common::text::{answers_text, tr};
use crate::domain::dates::format_date;
use crate::domain::round::rounds::display_title;
use crate::domain::round::team_book::TeamSummary;
use crate::i18n::*;
use crate::routes::Route;
use crate::state::AppStore;
use crate::ui::use_locale;

#[component]
pub fn MyTeams() -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let teams = memo(move || store.data.with(|d| d.teams.summaries()));
    let item = move |team: TeamSummary| {
        let loc = locale.get();
        let demo = team.demo.then(|| {
            view! {
                " "
                <span class="demo-badge">{tr!(i18n, demo_badge)}</span>
            }
        });
        match team.latest {
            Some(round) => {
                let about = format!(
                    "{} · {}",
                    display_title(&round.title, round.date_days, loc),
                    format_date(round.date_days, loc)
                );
                let count = answers_text(i18n, round.progress);
                view! {
                    <li>
                        <a href=Route::Round(round.id).href() data-testid="my-team">
                            <span class="round-title">{team.name}{demo}</span>
                            <span class="round-date">{about}</span>
                            <span class="round-count">{count}</span>
                        </a>
                    </li>
                }
                .into_any()
            }
            None => view! {
                <li>
                    <a href=Route::Team.href() data-testid="my-team">
                        <span class="round-title">{team.name}{demo}</span>
                        <span class="round-date">{tr!(i18n, home_team_no_round)}</span>
                    </a>
                </li>
            }
            .into_any(),
        }
    };

    shown(
        move || teams.with(|t| !t.is_empty()),
        move || {
            view! {
                <section class="card mine" aria-labelledby="my-teams-title" data-testid="my-teams">
                    <h2 id="my-teams-title">{tr!(i18n, home_my_teams_title)}</h2>
                    <ul class="round-list">
                        {reactive(move || teams.get().into_iter().map(item).collect_view())}
                    </ul>
                    <a href=Route::Team.href() data-testid="my-teams-all">{tr!(i18n, home_to_team)}</a>
                </section>
            }
        },
    )
}
