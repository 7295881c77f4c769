//! Small actions: who does what by when, linked to a dimension. A round opens with the
//! agreements of the round before: done, partly or not yet?

use leptos::prelude::*;

use crate::components::common::error_text::ErrorText;
use crate::components::common::reactive::{memo, reactive};
use crate::components::common::text::tr;
use crate::domain::dates::format_date;
use crate::domain::instrument::Dimension;
use crate::domain::link::RoundId;
use crate::domain::round::rounds::{Action, ActionStatus};
use crate::domain::text::Text;
use crate::i18n::*;
use crate::state::AppStore;
use crate::ui::use_locale;

fn describe(action: &Action, locale: crate::domain::locale::Locale) -> String {
    let mut text = action.what.clone();
    if !action.who.is_empty() {
        text = format!("{} — {text}", action.who);
    }
    if let Some(days) = action.by_days {
        text.push_str(&format!(" ({})", format_date(days, locale)));
    }
    if let Some(d) = action.dimension.and_then(Dimension::from_id) {
        text.push_str(&format!(" · {}", d.def().name.get(locale)));
    }
    text
}

#[component]
pub fn RoundActions(round: RoundId) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let previous = memo(move || {
        store.data.with(|d| {
            d.teams
                .previous_round(round)
                .map(|r| (r.id, r.actions.clone()))
        })
    });
    let current = memo(move || {
        store.data.with(|d| {
            d.teams
                .round(round)
                .map(|r| r.actions.clone())
                .unwrap_or_default()
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
        let items = actions
            .into_iter()
            .map(|a| {
                let created = a.created_at;
                let status = a.status;
                let text = describe(&a, locale.get());
                let buttons = ActionStatus::REVIEW
                    .into_iter()
                    .map(|choice| {
                        view! {
                            <button
                                type="button"
                                class="button small"
                                aria-pressed=(status == choice).to_string()
                                data-status=format!("{choice:?}")
                                on:click=move |_| store.set_action_status(prev, created, choice)
                            >
                                {move || choice.label().get(locale.get())}
                            </button>
                        }
                    })
                    .collect_view();
                view! {
                    <li class="action-review" data-testid="action-review">
                        <span>{text}</span>
                        <span class="status-buttons" role="group">{buttons}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="review" data-testid="actions-review">
                <h3>{tr!(i18n, actions_review_title)}</h3>
                <ul class="action-list">{items}</ul>
            </div>
        }
        .into_any()
    };

    view! {
        <section class="card actions-section" aria-labelledby="actions-title" data-testid="actions">
            <h2 id="actions-title">{tr!(i18n, actions_title)}</h2>
            {reactive(review)}
            <h3>{tr!(i18n, actions_this_round)}</h3>
            <ul class="action-list" data-testid="action-list">
                {reactive(move || {
                    current
                        .get()
                        .into_iter()
                        .map(|a| view! { <li data-testid="action">{describe(&a, locale.get())}</li> })
                        .collect_view()
                })}
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
                            {reactive(move || {
                                Dimension::ALL
                                    .iter()
                                    .map(|d| view! { <option value=d.id()>{d.def().name.get(locale.get())}</option> })
                                    .collect_view()
                            })}
                        </select>
                    </div>
                </div>
                <ErrorText problem=problem />
                <button type="submit" class="button primary" data-testid="action-add">{tr!(i18n, actions_add)}</button>
            </form>
        </section>
    }
}
