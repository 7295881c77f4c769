//! The actions a results link carries, read-only: the round before's with how far each
//! got, and this round's. The same list look as the round's own actions.

use leptos::prelude::*;

use crate::components::common::reactive::{reactive, shown};
use crate::components::common::text::tr;
use crate::domain::dates::format_date;
use crate::domain::instrument::Instrument;
use crate::domain::link::AgreedAction;
use crate::domain::round::rounds::{action_summary, ActionStatus};
use crate::domain::score::round_data::RoundData;
use crate::i18n::*;
use crate::ui::use_locale;

#[component]
pub fn AgreedActions(#[prop(into)] data: Signal<RoundData>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let item = move |action: AgreedAction, instrument: Instrument| {
        let status = action.status;
        view! {
            <li
                class="action-item"
                class:done=status == ActionStatus::Done
                data-testid="agreed-action"
                data-status=format!("{status:?}")
            >
                <span class="action-text">{move || action_summary(&action, instrument, locale.get())}</span>
                <span class="action-follow-up" data-testid="action-follow-up">
                    {move || status.label().get(locale.get())}
                </span>
            </li>
        }
    };
    let review = move || {
        let review = data.with(|d| d.review.clone())?;
        let date = move || format_date(review.date_days, locale.get());
        let items = review
            .actions
            .iter()
            .map(|a| item(a.clone(), review.instrument))
            .collect_view();
        Some(view! {
            <h3>{move || tr!(i18n, actions_review_read, date = date())}</h3>
            <ul class="action-list" data-testid="agreed-review">{items}</ul>
        })
    };
    let current = move || {
        let (actions, instrument) = data.with(|d| (d.actions.clone(), d.instrument));
        (!actions.is_empty()).then(|| {
            let items = actions
                .into_iter()
                .map(|a| item(a, instrument))
                .collect_view();
            view! {
                <h3>{tr!(i18n, actions_this_round)}</h3>
                <ul class="action-list" data-testid="agreed-this-round">{items}</ul>
            }
        })
    };
    let any = move || data.with(|d| d.review.is_some() || !d.actions.is_empty());
    view! {
        {shown(any, move || view! {
            <section class="card actions-section" aria-labelledby="agreed-title" data-testid="agreed-actions">
                <h2 id="agreed-title">{tr!(i18n, actions_title)}</h2>
                {reactive(review)}
                {reactive(current)}
            </section>
        })}
    }
}
