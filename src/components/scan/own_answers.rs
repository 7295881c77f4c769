//! The facilitator's own statements for the member, after the questionnaire: answered on
//! the same scale (radio buttons, as every statement), apart from the member's result.

use leptos::prelude::*;

use crate::components::common::reactive::{memo, shown};
use crate::components::common::text::tr;
use crate::domain::instrument::answers::Answer;
use crate::i18n::*;
use crate::state::{use_scan_slot, AppStore};
use crate::ui::use_locale;

#[component]
pub fn OwnAnswers() -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let slot = use_scan_slot();
    let statements = untrack(|| store.round_choices(slot).1);
    let instrument = untrack(|| store.scan_instrument(slot));
    let statement = move |(i, text): (usize, String)| {
        let index = i as u8;
        let current = memo(move || store.scan_with(slot, |s| s.own_answer(index)));
        let option = move |option: &Answer| {
            let option = *option;
            view! {
                <label class="option" class:skip=option.is_non_answer()>
                    <input
                        type="radio"
                        name=format!("own-{i}")
                        data-answer=option.id()
                        prop:checked=move || current.get() == Some(option)
                        on:change=move |_| store.answer_own(slot, index, option)
                    />
                    <span class="option-label">{move || option.label(instrument).get(locale.get())}</span>
                </label>
            }
        };
        let (levels, non_answers): (Vec<Answer>, Vec<Answer>) = Answer::options(instrument)
            .iter()
            .partition(|a| !a.is_non_answer());
        view! {
            <fieldset class="statement" class:answered=move || current.get().is_some() data-testid="own-statement">
                <legend class="statement-text">{text}</legend>
                <div class="options scale">
                    <div class="levels">{levels.iter().map(option).collect_view()}</div>
                    <div class="non-answers">{non_answers.iter().map(option).collect_view()}</div>
                </div>
            </fieldset>
        }
    };
    let empty = statements.is_empty();
    shown(
        move || !empty,
        move || {
            view! {
                <section class="own-answers card" aria-labelledby="own-answers-title" data-testid="own-answers">
                    <h2 id="own-answers-title">{tr!(i18n, scan_own_title)}</h2>
                    <p>{tr!(i18n, scan_own_hint)}</p>
                    {statements.clone().into_iter().enumerate().map(statement).collect_view()}
                </section>
            }
        },
    )
}
