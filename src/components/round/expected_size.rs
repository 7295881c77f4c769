//! How many members a round expects to answer, changed on the round's page: the count
//! above it then reads "3 of 7 answered".

use leptos::prelude::*;

use crate::components::common::error_text::ErrorText;
use crate::components::common::text::tr;
use crate::domain::link::RoundId;
use crate::domain::round::rounds::{EXPECTED_HIGHEST, EXPECTED_LOWEST};
use crate::domain::text::Text;
use crate::i18n::*;
use crate::state::AppStore;

#[component]
pub fn ExpectedSize(round: RoundId) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let stored = move || {
        store.data.with(|d| {
            d.teams
                .round(round)
                .and_then(|r| r.expected_members())
                .map(|n| n.to_string())
                .unwrap_or_default()
        })
    };
    // What is typed, until saved; `None` shows what is stored (another tab's change too).
    let typed = RwSignal::new(None::<String>);
    let value = move || typed.get().unwrap_or_else(stored);
    let problem = RwSignal::new(None::<Text>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match store.set_expected(round, &untrack(value)) {
            Ok(()) => {
                typed.set(None);
                problem.set(None);
            }
            Err(error) => problem.set(Some(error.message())),
        }
    };

    view! {
        // Our own message, in the app's language, rather than the browser's bubble.
        <form class="expected-form" data-testid="expected-form" novalidate on:submit=save>
            <div class="field">
                <label for="round-expected">{tr!(i18n, round_expected_label)}</label>
                <div class="inline-field">
                    <input
                        id="round-expected"
                        type="number"
                        inputmode="numeric"
                        min=EXPECTED_LOWEST
                        max=EXPECTED_HIGHEST
                        data-testid="expected-input"
                        aria-describedby="round-expected-hint"
                        prop:value=value
                        on:input=move |ev| typed.set(Some(event_target_value(&ev)))
                    />
                    <button type="submit" class="button" data-testid="expected-save">
                        {tr!(i18n, round_expected_save)}
                    </button>
                </div>
                <p class="hint" id="round-expected-hint">{tr!(i18n, round_expected_hint)}</p>
            </div>
            <ErrorText problem=problem test_id="expected-error" />
        </form>
    }
}
