//! The round's own choices in the new-round form: whether the facilitator's answers
//! count, anonymous or open, and up to five own statements (one more field appears as
//! the last one is filled in).

use leptos::prelude::*;

use crate::components::common::reactive::{memo, shown};
use crate::components::common::text::tr;
use crate::domain::link::{MAX_OWN_STATEMENTS, MAX_TEXT_BYTES};
use crate::domain::round::team_book::RoundStart;
use crate::i18n::*;

/// What the facilitator chose, as the form keeps it until the round is made.
#[derive(Clone, Copy)]
pub struct ChoiceSignals {
    pub open: RwSignal<bool>,
    pub facilitator_out: RwSignal<bool>,
    /// One per field, as typed.
    pub statements: RwSignal<Vec<String>>,
}

impl ChoiceSignals {
    /// The choices a new round starts from (the team's last round's), one field per
    /// possible own statement.
    pub fn from_start(start: &RoundStart) -> ChoiceSignals {
        let mut statements = start.own_statements.clone();
        statements.resize(MAX_OWN_STATEMENTS.max(statements.len()), String::new());
        ChoiceSignals {
            open: RwSignal::new(start.open),
            facilitator_out: RwSignal::new(start.facilitator_out),
            statements: RwSignal::new(statements),
        }
    }
}

#[component]
pub fn RoundChoices(choices: ChoiceSignals, prefix: String) -> impl IntoView {
    let i18n = use_i18n();
    let ChoiceSignals {
        open,
        facilitator_out,
        statements,
    } = choices;
    // The fields shown: every filled one and one empty one after the last.
    let shown_fields = memo(move || {
        statements.with(|s| {
            let last = s.iter().rposition(|t| !t.trim().is_empty());
            last.map_or(1, |i| (i + 2).min(MAX_OWN_STATEMENTS))
        })
    });
    let radio = {
        let prefix = prefix.clone();
        move |group: &str, value: bool, signal: RwSignal<bool>, test_id: &'static str| {
            view! {
                <input
                    type="radio"
                    name=format!("{group}-{prefix}")
                    data-testid=test_id
                    prop:checked=move || signal.get() == value
                    on:change=move |_| signal.set(value)
                />
            }
        }
    };
    let statement_field = move |i: usize| {
        let id = format!("round-own-{i}-{prefix}");
        shown(move || i < shown_fields.get(), {
            let id = id.clone();
            move || {
                view! {
                    <div class="field">
                        <label for=id.clone()>{tr!(i18n, round_own_label, n = i + 1)}</label>
                        <input
                            id=id.clone()
                            type="text"
                            maxlength=MAX_TEXT_BYTES
                            data-testid="round-own-statement"
                            prop:value=move || statements.with(|s| s[i].clone())
                            on:input=move |ev| statements.update(|s| s[i] = event_target_value(&ev))
                        />
                    </div>
                }
            }
        })
    };

    view! {
        <fieldset class="round-choice" data-testid="round-facilitator">
            <legend>{tr!(i18n, round_facilitator_legend)}</legend>
            <label class="check">
                {radio("facilitator", false, facilitator_out, "facilitator-in")}
                <span>
                    <strong>{tr!(i18n, round_facilitator_in)}</strong>
                    <span class="hint-inline">{tr!(i18n, round_facilitator_in_hint)}</span>
                </span>
            </label>
            <label class="check">
                {radio("facilitator", true, facilitator_out, "facilitator-out")}
                <span>
                    <strong>{tr!(i18n, round_facilitator_out)}</strong>
                    <span class="hint-inline">{tr!(i18n, round_facilitator_out_hint)}</span>
                </span>
            </label>
        </fieldset>
        <fieldset class="round-choice" data-testid="round-privacy">
            <legend>{tr!(i18n, round_privacy_legend)}</legend>
            <label class="check">
                {radio("privacy", false, open, "round-anonymous")}
                <span>
                    <strong>{tr!(i18n, round_anonymous)}</strong>
                    <span class="hint-inline">{tr!(i18n, round_anonymous_hint)}</span>
                </span>
            </label>
            <label class="check">
                {radio("privacy", true, open, "round-open")}
                <span>
                    <strong>{tr!(i18n, round_open)}</strong>
                    <span class="hint-inline">{tr!(i18n, round_open_hint)}</span>
                </span>
            </label>
        </fieldset>
        <fieldset class="round-choice" data-testid="round-own">
            <legend>{tr!(i18n, round_own_legend)}</legend>
            <p class="hint">{tr!(i18n, round_own_hint)}</p>
            {(0..MAX_OWN_STATEMENTS).map(statement_field).collect_view()}
        </fieldset>
    }
}
