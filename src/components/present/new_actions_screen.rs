//! New small actions in the meeting: who does what by when, at most three; the
//! dashboard's own list and form.

use leptos::prelude::*;

use crate::components::common::reactive::{either, memo};
use crate::components::common::text::tr;
use crate::components::dashboard::{action_add_form::ActionAddForm, action_item::ActionItem};
use crate::domain::link::RoundId;
use crate::domain::meeting::present::MEETING_ACTIONS;
use crate::domain::round::rounds::Round;
use crate::i18n::*;
use crate::state::AppStore;
use crate::ui::PAGE_HEADING_ID;

#[component]
pub fn NewActionsScreen(round: RoundId) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    // Only the actions' identities: an item being edited keeps its form.
    let current = memo(move || {
        store.data.with(|d| {
            d.teams
                .round(round)
                .map(Round::action_ids)
                .unwrap_or_default()
        })
    });
    let room = move || current.with(Vec::len) < MEETING_ACTIONS;
    view! {
        <div class="present-new" data-testid="present-new">
            <p class="hint">{tr!(i18n, present_new_hint, max = MEETING_ACTIONS)}</p>
            <ul class="action-list" data-testid="action-list">
                <For each=move || current.get() key=|id| *id let:created_at>
                    <ActionItem round=round created_at=created_at review=false heading_id=PAGE_HEADING_ID />
                </For>
            </ul>
            {either(room, move || view! { <ActionAddForm round=round /> }, move || view! {
                <p class="note" data-testid="present-new-full">{tr!(i18n, present_new_full)}</p>
            })}
        </div>
    }
}
