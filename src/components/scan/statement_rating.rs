//! One statement rated on the labelled scale: native radio buttons, so arrow keys move
//! within the group and screen readers announce the statement as the group's name.
//! The five levels sit in one row, even on a phone; the non-answers sit below them.

use leptos::prelude::*;

use crate::components::common::reactive::memo;
use crate::components::common::text::tr;
use crate::domain::instrument::answers::{Answer, Horizon};
use crate::domain::instrument::{Instrument, Key, Pole, StatementView};
use crate::domain::scan::first_screen::rating_name;
use crate::i18n::*;
use crate::state::{use_scan_slot, AppStore};
use crate::ui::use_locale;

#[component]
pub fn StatementRating(
    statement: StatementView,
    instrument: Instrument,
    ask_desired: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let text = move || statement.text.get(locale.get());
    let answered = {
        let store = expect_context::<AppStore>();
        let slot = use_scan_slot();
        memo(move || store.scan_with(slot, |s| s.get(statement.id, Horizon::Now).is_some()))
    };

    view! {
        <fieldset
            class="statement"
            id=format!("statement-{}", statement.id.0)
            class:answered=move || answered.get()
            data-testid="statement"
            data-statement=statement.id.0
            data-pole=match statement.pole {
                Pole::AngloSaxon => "anglo",
                Pole::Rhineland => "rhine",
            }
            data-key=match statement.key {
                Key::Plus => "plus",
                Key::Minus => "minus",
            }
        >
            <legend class="statement-text">{move || text()}</legend>
            {if ask_desired {
                view! {
                    <div class="scales two">
                        <Scale statement=statement instrument=instrument horizon=Horizon::Now>
                            {tr!(i18n, scan_now_label)}
                        </Scale>
                        <Scale statement=statement instrument=instrument horizon=Horizon::Desired>
                            {tr!(i18n, scan_desired_label)}
                        </Scale>
                    </div>
                }
                    .into_any()
            } else {
                view! { <Scale statement=statement instrument=instrument horizon=Horizon::Now /> }
                    .into_any()
            }}
        </fieldset>
    }
}

/// The options of one rating: one radio group, the levels in a row and the non-answers
/// under them. With a caption it is its own fieldset (today / where we want to be);
/// without one it belongs to the statement's fieldset.
#[component]
fn Scale(
    statement: StatementView,
    instrument: Instrument,
    horizon: Horizon,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let slot = use_scan_slot();
    let locale = use_locale();
    let horizon_code = horizon.code();
    let name = rating_name(statement.id, horizon);
    let current = memo(move || store.scan_with(slot, |s| s.get(statement.id, horizon)));

    let option = move |option: Answer| {
        let name = name.clone();
        view! {
            <label class="option" class:skip=option.is_non_answer()>
                <input
                    type="radio"
                    name=name
                    value=option.id()
                    data-answer=option.id()
                    prop:checked=move || current.get() == Some(option)
                    on:change=move |_| store.answer(slot, statement.id, horizon, option)
                />
                <span class="option-label">
                    {move || option.label(instrument).get(locale.get())}
                </span>
            </label>
        }
    };
    let (levels, non_answers): (Vec<Answer>, Vec<Answer>) = Answer::options(instrument)
        .iter()
        .partition(|a| !a.is_non_answer());
    let options = view! {
        <div class="levels">{levels.into_iter().map(option.clone()).collect_view()}</div>
        <div class="non-answers">{non_answers.into_iter().map(option).collect_view()}</div>
    };

    match children {
        Some(caption) => view! {
            <fieldset class="scale" data-horizon=horizon_code>
                <legend class="scale-caption">{caption()}</legend>
                <div class="options">{options}</div>
            </fieldset>
        }
        .into_any(),
        None => view! { <div class="options scale" data-horizon=horizon_code>{options}</div> }
            .into_any(),
    }
}
