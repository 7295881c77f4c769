//! The previous round's actions in the meeting, each asked in the I-form ("What did you
//! do with …?") and marked with the one set of statuses the dashboard offers too.

use leptos::prelude::*;

use crate::components::common::reactive::{memo, reactive};
use crate::components::common::text::tr;
use crate::domain::link::RoundId;
use crate::domain::meeting::present::review_page;
use crate::domain::round::rounds::ActionStatus;
use crate::i18n::*;
use crate::state::AppStore;
use crate::ui::use_locale;

#[component]
fn ReviewItem(round: RoundId, created_at: i64) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let found = memo(move || {
        store.data.with(|d| {
            let a = d.teams.round(round)?.action(created_at)?;
            Some((a.who.clone(), a.what.clone(), a.status))
        })
    });
    let status = move || found.with(|f| f.as_ref().map(|f| f.2).unwrap_or_default());
    let question = move || {
        found.with(|f| {
            let Some((who, what, _)) = f else {
                return String::new();
            };
            if who.is_empty() {
                t_string!(i18n, present_review_ask, what = what.as_str()).to_string()
            } else {
                t_string!(
                    i18n,
                    present_review_ask_named,
                    who = who.as_str(),
                    what = what.as_str()
                )
                .to_string()
            }
        })
    };
    // The one set of statuses, named as on the dashboard and in exports.
    let label = move |choice: ActionStatus| choice.label().get(locale.get());
    let group_id = format!("present-ask-{created_at}");
    let buttons = ActionStatus::ALL
        .into_iter()
        .map(|choice| {
            view! {
                <button
                    type="button"
                    class="button big"
                    aria-pressed=move || (status() == choice).to_string()
                    data-status=format!("{choice:?}")
                    on:click=move |_| store.set_action_status(round, created_at, choice)
                >
                    {move || label(choice)}
                </button>
            }
        })
        .collect_view();
    view! {
        <li class="present-review-item" data-testid="present-review-item" data-status=move || format!("{:?}", status())>
            <p class="present-ask" id=group_id.clone()>{move || question()}</p>
            <div class="status-buttons" role="group" aria-labelledby=group_id>{buttons}</div>
        </li>
    }
}

#[component]
pub fn ReviewScreen(
    round: RoundId,
    /// Which screenful of the previous round's actions (see `review_page`).
    page: usize,
) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let i18n = use_i18n();
    let previous = memo(move || {
        store.data.with(|d| {
            d.teams.previous_round(round).map(|r| {
                (
                    r.id,
                    r.actions[review_page(page, r.actions.len())]
                        .iter()
                        .map(|a| a.created_at)
                        .collect::<Vec<_>>(),
                )
            })
        })
    });
    let items = move || {
        previous.get().map(|(prev, ids)| {
            ids.into_iter()
                .map(|id| view! { <ReviewItem round=prev created_at=id /> })
                .collect_view()
        })
    };
    view! {
        <div class="present-review" data-testid="present-review">
            <p class="hint">{tr!(i18n, present_review_hint)}</p>
            <ul class="present-list">{reactive(items)}</ul>
        </div>
    }
}
