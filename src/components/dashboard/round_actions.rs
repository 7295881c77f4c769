//! Small actions: who does what by when, linked to a dimension. A round opens with the
//! agreements of the round before: done, partly, not yet or dropped?

use leptos::prelude::*;

use crate::components::common::reactive::{memo, reactive};
use crate::components::common::text::tr;
use crate::components::dashboard::action_add_form::ActionAddForm;
use crate::components::dashboard::action_item::ActionItem;
use crate::domain::link::RoundId;
use crate::domain::round::rounds::{ActionStatus, Round};
use crate::i18n::*;
use crate::state::AppStore;
use crate::ui::use_locale;

/// Where the keyboard goes when an action in either list is deleted.
const REVIEW_HEADING_ID: &str = "actions-review-title";
const THIS_ROUND_HEADING_ID: &str = "actions-this-round";

#[component]
pub fn RoundActions(round: RoundId) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    // Only the actions' identities: each item follows its own action, so an item being
    // edited keeps its form when another action changes (here or in another tab).
    let previous = memo(move || {
        store.data.with(|d| {
            d.teams
                .previous_round(round)
                .map(|r| (r.id, r.action_ids()))
        })
    });
    let current = memo(move || {
        store.data.with(|d| {
            d.teams
                .round(round)
                .map(Round::action_ids)
                .unwrap_or_default()
        })
    });
    // On the one-page summary the review is its counts per status: twenty lines would
    // not fit beside this round's actions.
    let counts_text = move || {
        let loc = locale.get();
        store.data.with(|d| {
            d.teams
                .previous_round(round)
                .map(|r| ActionStatus::counts_text(r.actions.iter().map(|a| a.status), loc))
                .unwrap_or_default()
        })
    };
    let review = move || {
        let Some((prev, actions)) = previous.get() else {
            return ().into_any();
        };
        if actions.is_empty() {
            return ().into_any();
        }
        view! {
            <div class="review" data-testid="actions-review">
                <h3 id=REVIEW_HEADING_ID tabindex="-1">{tr!(i18n, actions_review_title)}</h3>
                <p class="review-counts summary-only" data-testid="review-counts">{counts_text}</p>
                <ul class="action-list">
                    <For each=move || actions.clone() key=|id| *id let:created_at>
                        <ActionItem round=prev created_at=created_at review=true heading_id=REVIEW_HEADING_ID />
                    </For>
                </ul>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="card actions-section" aria-labelledby="actions-title" data-testid="actions">
            <h2 id="actions-title">{tr!(i18n, actions_title)}</h2>
            {reactive(review)}
            <h3 id=THIS_ROUND_HEADING_ID tabindex="-1">{tr!(i18n, actions_this_round)}</h3>
            <ul class="action-list" data-testid="action-list">
                <For each=move || current.get() key=|id| *id let:created_at>
                    <ActionItem round=round created_at=created_at review=false heading_id=THIS_ROUND_HEADING_ID />
                </For>
            </ul>
            <ActionAddForm round=round />
        </section>
    }
}
