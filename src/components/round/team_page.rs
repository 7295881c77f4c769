//! The facilitator's teams and their rounds: make a team, make a round, open one.

use leptos::prelude::*;

use crate::components::common::confirm_button::ConfirmButton;
use crate::components::common::error_text::ErrorText;
use crate::components::common::reactive::{memo, reactive, shown};
use crate::components::common::text::{answers_text, tr};
use crate::components::round::backup_restore::BackupRestore;
use crate::components::round::new_round_form::NewRoundForm;
use crate::domain::dates::format_date;
use crate::domain::id::TeamId;
use crate::domain::round::rounds::{display_title, Round};
use crate::domain::text::Text;
use crate::i18n::*;
use crate::routes::Route;
use crate::state::AppStore;
use crate::ui::{use_locale, PAGE_HEADING_ID};

#[component]
pub fn TeamPage() -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Text>);
    let teams = memo(move || {
        store
            .data
            .with(|d| d.teams.teams.iter().map(|t| t.id).collect::<Vec<TeamId>>())
    });
    // No team, round or deletion marker: a first visit, or a browser that cleared its
    // storage; the second needs to hear that a backup brings everything back.
    let nothing_stored = memo(move || store.data.with(|d| d.teams.is_empty()));
    let unplaced = memo(move || {
        store.data.with(|d| {
            d.teams
                .rounds_of(None)
                .into_iter()
                .cloned()
                .collect::<Vec<Round>>()
        })
    });

    let demo = move |_| match store.add_demo_team(locale.get_untracked()) {
        Ok(round) => crate::platform::fragment::go(&Route::Dashboard(round).href()),
        Err(error) => problem.set(Some(error.message())),
    };

    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match store.create_team(&name.get_untracked()) {
            Ok(_) => {
                name.set(String::new());
                problem.set(None);
            }
            Err(error) => problem.set(Some(error.message())),
        }
    };

    view! {
        <section class="teams" data-testid="team-page">
            <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, team_title)}</h1>
            <p class="lead">{tr!(i18n, team_intro)}</p>
            {shown(move || nothing_stored.get(), move || view! {
                <p class="hint" data-testid="restore-hint">
                    {tr!(i18n, team_restore_hint)}
                </p>
            })}
            {shown(move || teams.with(|t| t.len() < 2), move || view! {
                <p class="demo-offer">
                    <button type="button" class="button" data-testid="demo-team" on:click=demo>
                        {tr!(i18n, demo_button)}
                    </button>
                    <span class="hint">{tr!(i18n, demo_hint)}</span>
                </p>
            })}

            <For each=move || teams.get() key=|id| *id let:team>
                <TeamCard team=team />
            </For>

            {shown(move || unplaced.with(|r| !r.is_empty()), move || view! {
                <section class="card" data-testid="unplaced-rounds">
                    <h2>{tr!(i18n, team_unplaced_title)}</h2>
                    <p>{tr!(i18n, team_unplaced_body)}</p>
                    <RoundList rounds=Signal::derive(move || unplaced.get()) />
                </section>
            })}

            <form class="card team-form" on:submit=create>
                <h2>{tr!(i18n, team_new_title)}</h2>
                <div class="field">
                    <label for="team-name">{tr!(i18n, team_name_label)}</label>
                    <input
                        id="team-name"
                        type="text"
                        maxlength="80"
                        autocomplete="off"
                        data-testid="team-name"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </div>
                <ErrorText problem=problem test_id="team-form-error" />
                <button type="submit" class="button primary" data-testid="create-team">
                    {tr!(i18n, team_create)}
                </button>
            </form>

            <BackupRestore />
        </section>
    }
}

#[component]
fn TeamCard(team: TeamId) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let name = memo(move || {
        store.data.with(|d| {
            d.teams
                .team(team)
                .map(|t| t.name.clone())
                .unwrap_or_default()
        })
    });
    let is_demo = memo(move || {
        store
            .data
            .with(|d| d.teams.team(team).is_some_and(|t| t.demo))
    });
    let rounds = memo(move || {
        store.data.with(|d| {
            d.teams
                .rounds_of(Some(team))
                .into_iter()
                .cloned()
                .collect::<Vec<Round>>()
        })
    });
    // A team without rounds shows the form straight away: that is the next step.
    let open_form = rounds.with_untracked(|r| r.is_empty());

    view! {
        <section class="card team-card" data-testid="team-card">
            <div class="card-head">
                <h2>
                    {move || name.get()}
                    {shown(move || is_demo.get(), move || view! {
                        " "
                        <span class="demo-badge" data-testid="demo-badge">{tr!(i18n, demo_badge)}</span>
                    })}
                </h2>
                <ConfirmButton
                    label=move || t_string!(i18n, team_delete).to_string()
                    question=move || t_string!(i18n, team_delete_confirm).to_string()
                    yes=move || t_string!(i18n, team_delete_yes).to_string()
                    no=move || t_string!(i18n, result_cancel).to_string()
                    test_id="delete-team"
                    on_confirm=move || store.delete_team(team)
                />
            </div>
            <RoundList rounds=Signal::derive(move || rounds.get()) />
            <details class="new-round" open=open_form>
                <summary data-testid="new-round-toggle">{tr!(i18n, round_new)}</summary>
                <NewRoundForm team=team />
            </details>
        </section>
    }
}

#[component]
fn RoundList(rounds: Signal<Vec<Round>>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    view! {
        <ul class="round-list">
            {reactive(move || {
                rounds
                    .get()
                    .into_iter()
                    .map(|round| {
                        let loc = locale.get();
                        let title = display_title(&round.title, round.date_days, loc);
                        let date = format_date(round.date_days, loc);
                        let count = answers_text(i18n, round.progress());
                        view! {
                            <li>
                                <a href=Route::Round(round.id).href() data-testid="round-link">
                                    <span class="round-title">{title}</span>
                                    <span class="round-date">{date}</span>
                                    <span class="round-count">{count}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()
            })}
        </ul>
    }
}
