//! One round, for the facilitator: the invite to hand out, who answered (anonymously),
//! importing responses, and session mode on this device.

use leptos::prelude::*;

use crate::components::common::confirm_button::ConfirmButton;
use crate::components::common::error_text::ErrorText;
use crate::components::common::link_share::LinkShare;
use crate::components::common::reactive::{either, memo, reactive, shown};
use crate::components::common::text::{answers_text, tr};
use crate::components::round::backup_restore::BackupRestore;
use crate::components::round::choice_facts::ChoiceFacts;
use crate::components::round::expected_size::ExpectedSize;
use crate::components::round::import_box::ImportBox;
use crate::components::round::reminder::Reminder;
use crate::domain::dates::format_date;
use crate::domain::id::TeamId;
use crate::domain::link::{to_fragment, Link, RoundId};
use crate::domain::round::rounds::{display_title, AnswerProgress, Round, RoundOrigin};
use crate::domain::round::team_book::RoundAbsence;
use crate::domain::text::Text;
use crate::i18n::*;
use crate::platform::fragment;
use crate::routes::Route;
use crate::state::AppStore;
use crate::ui::{use_locale, PAGE_HEADING_ID};

#[component]
pub fn RoundPage(round: RoundId) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let exists = memo(move || store.data.with(|d| d.teams.round(round).is_some()));
    view! {
        {either(move || exists.get(), move || view! {
            <RoundDetails round=round />
        }, move || view! { <RoundMissing round=round /> })}
    }
}

/// A round this browser does not have, with why: deleted, made in another browser, or
/// storage the browser cleared, in which case restoring a backup brings it back here.
#[component]
pub fn RoundMissing(round: RoundId) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let absence = memo(move || store.data.with(|d| d.teams.absence(round)));
    reactive(move || match absence.get() {
        Some(RoundAbsence::NothingStored) => view! {
            <section class="narrow" data-testid="storage-cleared">
                <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, storage_cleared_title)}</h1>
                <p>{tr!(i18n, storage_cleared_body)}</p>
                <BackupRestore />
                <p class="way-back">
                    <a class="button" href=Route::Team.href()>{tr!(i18n, team_back)}</a>
                </p>
            </section>
        }
        .into_any(),
        other => {
            let deleted = other == Some(RoundAbsence::Deleted);
            view! {
                <section class="narrow" data-testid="round-missing">
                    <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, round_missing_title)}</h1>
                    <p>
                        {if deleted {
                            tr!(i18n, round_deleted_body).into_any()
                        } else {
                            tr!(i18n, round_missing_body).into_any()
                        }}
                    </p>
                    <a class="button" href=Route::Team.href()>{tr!(i18n, team_back)}</a>
                </section>
            }
            .into_any()
        }
    })
}

#[component]
fn RoundDetails(round: RoundId) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let data = memo(move || store.data.with(|d| d.teams.round(round).cloned()));
    let team_name = memo(move || {
        store.data.with(|d| {
            d.teams
                .round(round)
                .map(|r| d.teams.team_name_of(r))
                .unwrap_or_default()
        })
    });
    let title = memo(move || {
        data.with(|r| {
            r.as_ref()
                .map(|r| display_title(&r.title, r.date_days, locale.get()))
                .unwrap_or_default()
        })
    });
    let date = memo(move || {
        data.with(|r| {
            r.as_ref()
                .map(|r| format_date(r.date_days, locale.get()))
                .unwrap_or_default()
        })
    });
    let progress = memo(move || {
        data.with(|r| {
            r.as_ref().map_or(
                AnswerProgress {
                    answered: 0,
                    expected: None,
                },
                Round::progress,
            )
        })
    });
    let count = memo(move || progress.get().answered);
    let everyone_answered = memo(move || progress.get().missing() == Some(0));
    let count_text = move || answers_text(i18n, progress.get());
    let min_group = memo(move || data.with(|r| r.as_ref().map_or(0, |r| r.min_group)));
    let asks_desired = memo(move || data.with(|r| r.as_ref().is_some_and(|r| r.ask_desired)));
    let unplaced = memo(move || {
        data.with(|r| {
            r.as_ref()
                .is_some_and(|r| r.team.is_none() || r.origin == RoundOrigin::FromResponse)
        })
    });
    let base = fragment::base_url();
    let invite_url = memo(move || {
        store.data.with(|d| {
            let r = d.teams.round(round)?;
            let link = to_fragment(&Link::Invite(r.invite(&d.teams.team_name_of(r)))).ok()?;
            Some(format!("{base}{link}"))
        })
    });
    let session_running = memo(move || {
        store
            .data
            .with(|d| d.session.as_ref().is_some_and(|s| s.round == round))
    });
    let session_problem = RwSignal::new(None::<Text>);
    let start_session = move |_| {
        let result = if session_running.get_untracked() {
            Ok(())
        } else {
            store.start_session(round)
        };
        match result {
            Ok(()) => fragment::go(&Route::Session(round).href()),
            Err(error) => session_problem.set(Some(error.message())),
        }
    };

    view! {
        <section class="round" data-testid="round-page">
            <p class="breadcrumb">
                <a href=Route::Team.href()>{tr!(i18n, team_title)}</a>
                " › "
                <span>{move || team_name.get()}</span>
            </p>
            <h1 id=PAGE_HEADING_ID tabindex="-1">{move || title.get()}</h1>
            <ul class="round-facts">
                <li>{move || date.get()}</li>
                <li>
                    {move || {
                        if asks_desired.get() {
                            t_string!(i18n, round_fact_desired)
                        } else {
                            t_string!(i18n, round_fact_now_only)
                        }
                    }}
                </li>
                <li>{tr!(i18n, round_fact_min_group, n = min_group.get())}</li>
            </ul>
            <ChoiceFacts round=round />

            {shown(move || unplaced.get(), move || view! {
                <PlaceRound round=round />
            })}

            <div class="round-grid">
                <section class="card" aria-labelledby="invite-title">
                    <h2 id="invite-title">{tr!(i18n, round_invite_title)}</h2>
                    <p>{tr!(i18n, round_invite_body)}</p>
                    {reactive(move || {
                        invite_url
                            .get()
                            .map(|url| {
                                view! {
                                    <LinkShare
                                        url=url.clone()
                                        title=Signal::derive(move || format!("Teambalans · {}", title.get()))
                                        kind="invite"
                                        qr_label=Signal::derive(move || t_string!(i18n, round_invite_qr_label).to_string())
                                    />
                                    {either(move || everyone_answered.get(), move || view! {
                                        <p class="note" data-testid="all-answered">{tr!(i18n, round_all_answered)}</p>
                                    }, {
                                        let url = url.clone();
                                        move || view! {
                                            <Reminder url=url.clone() title=title progress=progress />
                                        }
                                    })}
                                }
                            })
                    })}
                </section>

                <section class="card" aria-labelledby="answers-title" data-testid="round-answers">
                    <h2 id="answers-title">{tr!(i18n, round_answers_title)}</h2>
                    <p class="big-number" data-testid="respondent-count">
                        {count_text}
                    </p>
                    <ExpectedSize round=round />
                    {either(move || { count.get() < usize::from(min_group.get()) }, move || view! {
                        <p data-testid="not-enough">
                            {tr!(i18n, round_not_enough, count = count.get(), min = min_group.get())}
                        </p>
                    }, move || view! { <p>{tr!(i18n, round_enough)}</p> })}
                    <p>
                        // The main button only once there is something to show: below the
                        // minimum group the dashboard says "not enough answers yet".
                        <a
                            class="button"
                            class:primary=move || { count.get() >= usize::from(min_group.get()) }
                            href=Route::Dashboard(round).href()
                            data-testid="open-dashboard"
                        >
                            {tr!(i18n, round_open_dashboard)}
                        </a>
                    </p>
                    <h3>{tr!(i18n, round_import_title)}</h3>
                    <ImportBox for_round=round />
                </section>

                <section class="card" aria-labelledby="session-title">
                    <h2 id="session-title">{tr!(i18n, session_title)}</h2>
                    <p>{tr!(i18n, session_explain)}</p>
                    <ErrorText problem=session_problem />
                    <button type="button" class="button" data-testid="start-session" on:click=start_session>
                        {move || {
                            if session_running.get() {
                                t_string!(i18n, session_continue)
                            } else {
                                t_string!(i18n, session_start)
                            }
                        }}
                    </button>
                </section>
            </div>

            <div class="actions">
                <ConfirmButton
                    label=move || t_string!(i18n, round_delete).to_string()
                    question=move || t_string!(i18n, round_delete_confirm).to_string()
                    yes=move || t_string!(i18n, round_delete_yes).to_string()
                    no=move || t_string!(i18n, result_cancel).to_string()
                    test_id="delete-round"
                    on_confirm=move || {
                        store.delete_round(round);
                        fragment::go(&Route::Team.href());
                    }
                />
            </div>
        </section>
    }
}

/// A round made from an imported response: give it a team and a title.
#[component]
fn PlaceRound(round: RoundId) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let teams = memo(move || {
        store.data.with(|d| {
            d.teams
                .teams
                .iter()
                .map(|t| (t.id, t.name.clone()))
                .collect::<Vec<(TeamId, String)>>()
        })
    });
    let chosen = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Text>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let team = TeamId::from_hex(&chosen.get_untracked())
            .or_else(|| teams.with_untracked(|t| t.first().map(|(id, _)| *id)));
        let result = match team {
            Some(team) => store.place_round(round, team, &title.get_untracked()),
            None => Err(crate::domain::round::team_book::RoundError::NoSuchTeam.into()),
        };
        problem.set(result.err().map(|e| e.message()));
    };
    view! {
        <section class="card notice" data-testid="place-round">
            <h2>{tr!(i18n, place_title)}</h2>
            <p>{tr!(i18n, place_body)}</p>
            {either(move || teams.with(|t| !t.is_empty()), move || view! {
                <form class="place-form" on:submit=submit>
                    <div class="field">
                        <label for="place-team">{tr!(i18n, place_team_label)}</label>
                        <select id="place-team" data-testid="place-team" on:change=move |ev| chosen.set(event_target_value(&ev))>
                            {reactive(move || {
                                teams
                                    .get()
                                    .into_iter()
                                    .map(|(id, name)| view! { <option value=id.to_hex()>{name}</option> })
                                    .collect_view()
                            })}
                        </select>
                    </div>
                    <div class="field">
                        <label for="place-title">{tr!(i18n, round_title_label)}</label>
                        <input
                            id="place-title"
                            type="text"
                            maxlength="80"
                            data-testid="place-title"
                            prop:value=move || title.get()
                            on:input=move |ev| title.set(event_target_value(&ev))
                        />
                    </div>
                    <ErrorText problem=problem />
                    <button type="submit" class="button primary" data-testid="place-round-button">
                        {tr!(i18n, place_button)}
                    </button>
                </form>
            }, move || {
                    view! {
                        <p>
                            <a href=Route::Team.href()>{tr!(i18n, place_make_team_first)}</a>
                        </p>
                    }
                })}
        </section>
    }
}
