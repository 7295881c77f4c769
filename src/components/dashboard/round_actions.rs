//! Small actions: who does what by when, linked to a dimension. A round opens with the
//! agreements of the round before: done, partly or not yet?

use leptos::prelude::*;

use crate::components::common::error_text::ErrorText;
use crate::components::common::reactive::{memo, reactive};
use crate::components::common::text::tr;
use crate::components::dashboard::action_item::ActionItem;
use crate::domain::instrument::Instrument;
use crate::domain::link::RoundId;
use crate::domain::text::Text;
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
            d.teams.previous_round(round).map(|r| {
                (
                    r.id,
                    r.actions.iter().map(|a| a.created_at).collect::<Vec<_>>(),
                )
            })
        })
    });
    let current = memo(move || {
        store.data.with(|d| {
            d.teams
                .round(round)
                .map(|r| r.actions.iter().map(|a| a.created_at).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    // A round's themes are those of the questionnaire version it asks.
    let instrument = memo(move || {
        store.data.with(|d| {
            d.teams
                .round(round)
                .map_or(Instrument::CURRENT, |r| r.instrument)
        })
    });
    let (who, what, by, dimension) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let problem = RwSignal::new(None::<Text>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let dim = dimension.get_untracked().parse::<u8>().ok();
        match store.add_action(
            round,
            &who.get_untracked(),
            &what.get_untracked(),
            &by.get_untracked(),
            dim,
        ) {
            Ok(()) => {
                what.set(String::new());
                who.set(String::new());
                by.set(String::new());
                problem.set(None);
            }
            Err(e) => problem.set(Some(e.message())),
        }
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
                <ul class="action-list">
                    <For each=move || actions.clone() key=|id| *id let:created_at>
                        <ActionItem round=prev created_at=created_at review=true heading_id=REVIEW_HEADING_ID />
                    </For>
                </ul>
            </div>
        }
        .into_any()
    };
    let dimension_options = move || {
        instrument
            .get()
            .dimensions()
            .map(|d| view! { <option value=d.id>{d.name.get(locale.get())}</option> })
            .collect_view()
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
            <form class="action-form no-print" on:submit=add>
                <div class="field">
                    <label for="action-what">{tr!(i18n, actions_what)}</label>
                    <input id="action-what" type="text" maxlength="80" data-testid="action-what"
                        prop:value=move || what.get() on:input=move |ev| what.set(event_target_value(&ev)) />
                </div>
                <div class="field-row">
                    <div class="field">
                        <label for="action-who">{tr!(i18n, actions_who)}</label>
                        <input id="action-who" type="text" maxlength="80" data-testid="action-who"
                            prop:value=move || who.get() on:input=move |ev| who.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for="action-by">{tr!(i18n, actions_by)}</label>
                        <input id="action-by" type="date" data-testid="action-by"
                            prop:value=move || by.get() on:input=move |ev| by.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for="action-dimension">{tr!(i18n, actions_dimension)}</label>
                        <select id="action-dimension" data-testid="action-dimension" on:change=move |ev| dimension.set(event_target_value(&ev))>
                            <option value="">"—"</option>
                            {reactive(dimension_options)}
                        </select>
                    </div>
                </div>
                <ErrorText problem=problem />
                <button type="submit" class="button primary" data-testid="action-add">{tr!(i18n, actions_add)}</button>
            </form>
        </section>
    }
}
