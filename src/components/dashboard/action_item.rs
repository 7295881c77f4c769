//! One small action in a list: read, ticked off (or, looking back at the next round,
//! done, partly, not yet or dropped), edited in place or deleted.

use leptos::prelude::*;

use crate::components::common::confirm_button::ConfirmButton;
use crate::components::common::reactive::{either, memo};
use crate::components::common::text::tr;
use crate::components::dashboard::action_edit::ActionEdit;
use crate::domain::id::RoundId;
use crate::domain::round::rounds::ActionStatus;
use crate::i18n::*;
use crate::platform::dom;
use crate::state::AppStore;
use crate::ui::use_locale;

/// Moves the keyboard to the element with `id` once the view has been redrawn.
fn focus_later(id: String) {
    request_animation_frame(move || dom::focus_by_id(&id));
}

/// The action made at `created_at` in `round`. In a `review` list it gets the three
/// review statuses, otherwise a tick; `heading_id` is where the keyboard goes once it
/// is deleted.
#[component]
pub fn ActionItem(
    round: RoundId,
    created_at: i64,
    review: bool,
    heading_id: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let found = memo(move || {
        store.data.with(|d| {
            let r = d.teams.round(round)?;
            Some((r.action(created_at)?.clone(), r.instrument))
        })
    });
    let summary = move || {
        found.with(|f| {
            f.as_ref()
                .map(|(a, instrument)| a.summary(*instrument, locale.get()))
                .unwrap_or_default()
        })
    };
    let what = move || found.with(|f| f.as_ref().map(|(a, _)| a.what.clone()).unwrap_or_default());
    let status = move || found.with(|f| f.as_ref().map(|(a, _)| a.status).unwrap_or_default());
    let done = move || status() == ActionStatus::Done;

    let base = format!("action-{}-{created_at}", round.to_hex());
    let edit_id = format!("{base}-edit");
    let editing = RwSignal::new(false);
    let open_edit = {
        let first_field = format!("{base}-what");
        move |_| {
            editing.set(true);
            focus_later(first_field.clone());
        }
    };
    let edit_done = {
        let edit_id = edit_id.clone();
        Callback::new(move |()| {
            editing.set(false);
            focus_later(edit_id.clone());
        })
    };
    let delete = move || {
        store.delete_action(round, created_at);
        focus_later(heading_id.to_string());
    };
    let toggle = move |_| {
        let now = found.with_untracked(|f| f.as_ref().map(|(a, _)| a.status));
        if let Some(status) = now {
            store.set_action_status(round, created_at, status.toggled());
        }
    };

    let edit_label = move || {
        let w = what();
        t_string!(i18n, actions_edit_label, what = w.as_str()).to_string()
    };
    let tick_label = move || {
        let w = what();
        t_string!(i18n, actions_tick_label, what = w.as_str()).to_string()
    };
    let review_label = move || {
        let w = what();
        t_string!(i18n, actions_review_label, what = w.as_str()).to_string()
    };
    let delete_label = move || {
        let w = what();
        t_string!(i18n, actions_delete_label, what = w.as_str()).to_string()
    };
    let tick_text = move || {
        if done() {
            t_string!(i18n, actions_ticked).to_string()
        } else {
            t_string!(i18n, actions_tick).to_string()
        }
    };

    let status_controls = move || {
        if review {
            let buttons = ActionStatus::ALL
                .into_iter()
                .map(|choice| {
                    view! {
                        <button
                            type="button"
                            class="button small"
                            aria-pressed=move || (status() == choice).to_string()
                            data-status=format!("{choice:?}")
                            on:click=move |_| store.set_action_status(round, created_at, choice)
                        >
                            {move || choice.label().get(locale.get())}
                        </button>
                    }
                })
                .collect_view();
            view! { <span class="status-buttons" role="group" aria-label=review_label>{buttons}</span> }
                .into_any()
        } else {
            view! {
                <button
                    type="button"
                    class="button small tick"
                    data-testid="action-tick"
                    aria-pressed=move || done().to_string()
                    aria-label=tick_label
                    on:click=toggle
                >
                    {tick_text}
                </button>
            }
            .into_any()
        }
    };

    // The text alone is `action` in this round's list: what tests read and print keeps.
    let text_test_id = if review {
        "action-review-text"
    } else {
        "action"
    };
    let shown = move || {
        view! {
            <span class="action-text" data-testid=text_test_id>{summary}</span>
            // On paper the buttons are gone: how far the action got is said in words.
            <span class="action-follow-up print-only" data-testid="action-follow-up">
                {move || status().label().get(locale.get())}
            </span>
            <span class="action-buttons no-print">
                {status_controls()}
                <button
                    type="button"
                    class="button small"
                    id=edit_id.clone()
                    data-testid="action-edit"
                    aria-label=edit_label
                    on:click=open_edit.clone()
                >
                    {tr!(i18n, actions_edit)}
                </button>
                <ConfirmButton
                    label=move || t_string!(i18n, actions_delete).to_string()
                    name=Signal::derive(delete_label)
                    question=move || t_string!(i18n, actions_delete_confirm).to_string()
                    yes=move || t_string!(i18n, actions_delete_yes).to_string()
                    no=move || t_string!(i18n, actions_delete_no).to_string()
                    test_id="action-delete"
                    on_confirm=delete
                />
            </span>
        }
    };
    let edit = {
        let base = base.clone();
        move || view! { <ActionEdit round=round created_at=created_at id_base=base.clone() on_done=edit_done /> }
    };

    view! {
        <li
            class=if review { "action-item action-review" } else { "action-item" }
            data-testid=if review { "action-review" } else { "action-item" }
            data-status=move || format!("{:?}", status())
            class:done=done
        >
            {either(move || editing.get(), edit, shown)}
        </li>
    }
}
