//! The meeting's last screen: what was agreed (new actions, how last time's went, the
//! notes per talking point) and the results link to share.

use leptos::prelude::*;

use crate::components::common::reactive::{memo, reactive, shown};
use crate::components::common::text::tr;
use crate::components::dashboard::results_out::ResultsOut;
use crate::domain::link::RoundId;
use crate::domain::meeting::present::{meeting_points, REVIEW_PER_SCREEN};
use crate::domain::round::rounds::ActionStatus;
use crate::domain::score::round_data::RoundData;
use crate::i18n::*;
use crate::state::AppStore;
use crate::ui::use_locale;

#[component]
pub fn ClosingScreen(round: RoundId, data: Signal<RoundData>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let instrument = data.with_untracked(|d| d.instrument);
    let actions = move || {
        let loc = locale.get();
        store.data.with(|d| {
            d.teams
                .round(round)
                .map(|r| {
                    r.actions
                        .iter()
                        .map(|a| a.summary(r.instrument, loc))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let previous = move || {
        let loc = locale.get();
        store.data.with(|d| {
            d.teams
                .previous_round(round)
                .map(|r| {
                    r.actions
                        .iter()
                        .map(|a| (a.summary(r.instrument, loc), a.status.label().get(loc)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    // The notes in the meeting's order of talking points.
    let notes = memo(move || {
        let order = data.with(meeting_points);
        store.data.with(|d| {
            let Some(r) = d.teams.round(round) else {
                return Vec::new();
            };
            order
                .iter()
                .map(|p| (p.dimension, r.note(p.dimension).trim().to_string()))
                .filter(|(_, text)| !text.is_empty())
                .collect::<Vec<_>>()
        })
    });
    let action_items = move || {
        let list = actions();
        if list.is_empty() {
            return view! { <p data-testid="present-no-actions">{tr!(i18n, present_closing_none)}</p> }
                .into_any();
        }
        view! {
            <ul class="present-list" data-testid="present-agreed">
                {list.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let note_items = move || {
        let loc = locale.get();
        notes
            .get()
            .into_iter()
            .map(|(id, text)| {
                let name = instrument
                    .dimension_by_id(id)
                    .map(|d| d.name.get(loc))
                    .unwrap_or_default();
                view! { <li><strong>{name}</strong>": " <span class="present-note-text">{text}</span></li> }
            })
            .collect_view()
    };
    // More than one review screen's worth: how they went, counted per status, so the
    // closing screen fits the projector; fewer: each by name.
    let previous_counts = move || {
        let loc = locale.get();
        store.data.with(|d| {
            d.teams
                .previous_round(round)
                .filter(|r| r.actions.len() > REVIEW_PER_SCREEN)
                .map(|r| ActionStatus::counts_text(r.actions.iter().map(|a| a.status), loc))
        })
    };
    let previous_items = move || {
        if let Some(counts) = previous_counts() {
            return view! { <li data-testid="present-closing-counts">{counts}</li> }.into_any();
        }
        previous()
            .into_iter()
            .map(|(text, status)| view! { <li>{text}" — " <strong>{status}</strong></li> })
            .collect_view()
            .into_any()
    };

    view! {
        // What was agreed, what was said, and the link to share: a column each.
        <div class="present-closing" data-testid="present-closing">
            <div class="present-closing-agreed">
                <h2>{tr!(i18n, present_closing_actions)}</h2>
                {reactive(action_items)}
                {shown(move || !previous().is_empty(), move || view! {
                    <h2>{tr!(i18n, present_closing_review)}</h2>
                    <ul class="present-list" data-testid="present-closing-review">{reactive(previous_items)}</ul>
                })}
            </div>
            {shown(move || notes.with(|n| !n.is_empty()), move || view! {
                <div class="present-closing-said">
                    <h2>{tr!(i18n, present_closing_notes)}</h2>
                    <ul class="present-list" data-testid="present-closing-notes">{reactive(note_items)}</ul>
                </div>
            })}
            <ResultsOut round=round />
        </div>
    }
}
