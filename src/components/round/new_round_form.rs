//! Making a round for a team: title, date, whether "where we want to be" is asked,
//! the minimum group size below which no team figure is shown, and (if known) how many
//! members are expected to answer; then the round's own choices (`RoundChoices`).

use leptos::prelude::*;

use crate::components::common::error_text::ErrorText;
use crate::components::common::text::tr;
use crate::components::round::round_choices::{ChoiceSignals, RoundChoices};
use crate::domain::dates::{days_of_ms, iso_date};
use crate::domain::id::TeamId;
use crate::domain::round::rounds::{
    EXPECTED_HIGHEST, EXPECTED_LOWEST, MIN_GROUP_HIGHEST, MIN_GROUP_LOWEST,
};
use crate::domain::text::Text;
use crate::i18n::*;
use crate::platform::fragment;
use crate::routes::Route;
use crate::state::{now_ms, AppStore, RoundForm};

#[component]
pub fn NewRoundForm(team: TeamId) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    // A team's next round starts from its last round's choices; the coach changes them.
    let start = store.data.with_untracked(|d| d.teams.round_start(team));
    let title = RwSignal::new(String::new());
    let date = RwSignal::new(iso_date(days_of_ms(now_ms())));
    let ask_desired = RwSignal::new(start.ask_desired);
    let min_group = RwSignal::new(start.min_group.to_string());
    let expected = RwSignal::new(start.expected.map(|n| n.to_string()).unwrap_or_default());
    let choices = ChoiceSignals::from_start(&start);
    let problem = RwSignal::new(None::<Text>);
    let prefix = team.to_hex();
    let id = move |field: &str| format!("round-{field}-{prefix}");

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let result = store.create_round(RoundForm {
            team,
            title: &title.get_untracked(),
            date: &date.get_untracked(),
            ask_desired: ask_desired.get_untracked(),
            min_group: &min_group.get_untracked(),
            expected: &expected.get_untracked(),
            open: choices.open.get_untracked(),
            facilitator_out: choices.facilitator_out.get_untracked(),
            own_statements: &choices.statements.get_untracked(),
        });
        match result {
            Ok(round) => {
                // Now there is something worth keeping: ask the browser not to clear it.
                leptos::task::spawn_local(async {
                    let _ = crate::platform::storage::persistence(true).await;
                });
                fragment::go(&Route::Round(round).href());
            }
            Err(error) => problem.set(Some(error.message())),
        }
    };

    view! {
        <form class="round-form" data-testid="new-round-form" on:submit=submit>
            <div class="field">
                <label for=id("title")>{tr!(i18n, round_title_label)}</label>
                <input
                    id=id("title")
                    type="text"
                    maxlength="80"
                    data-testid="round-title"
                    prop:value=move || title.get()
                    on:input=move |ev| title.set(event_target_value(&ev))
                />
            </div>
            <div class="field">
                <label for=id("date")>{tr!(i18n, round_date_label)}</label>
                <input
                    id=id("date")
                    type="date"
                    required
                    data-testid="round-date"
                    prop:value=move || date.get()
                    on:input=move |ev| date.set(event_target_value(&ev))
                />
            </div>
            <div class="field">
                <label for=id("min")>{tr!(i18n, round_min_group_label)}</label>
                <input
                    id=id("min")
                    type="number"
                    inputmode="numeric"
                    min=MIN_GROUP_LOWEST
                    max=MIN_GROUP_HIGHEST
                    data-testid="round-min-group"
                    aria-describedby=id("min-hint")
                    prop:value=move || min_group.get()
                    on:input=move |ev| min_group.set(event_target_value(&ev))
                />
                <p class="hint" id=id("min-hint")>{tr!(i18n, round_min_group_hint)}</p>
            </div>
            <div class="field">
                <label for=id("expected")>{tr!(i18n, round_expected_label)}</label>
                <input
                    id=id("expected")
                    type="number"
                    inputmode="numeric"
                    min=EXPECTED_LOWEST
                    max=EXPECTED_HIGHEST
                    data-testid="round-expected"
                    aria-describedby=id("expected-hint")
                    prop:value=move || expected.get()
                    on:input=move |ev| expected.set(event_target_value(&ev))
                />
                <p class="hint" id=id("expected-hint")>{tr!(i18n, round_expected_hint)}</p>
            </div>
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="round-ask-desired"
                    prop:checked=move || ask_desired.get()
                    on:change=move |ev| ask_desired.set(event_target_checked(&ev))
                />
                <span>
                    <strong>{tr!(i18n, scan_ask_desired)}</strong>
                    <span class="hint-inline">{tr!(i18n, round_ask_desired_hint)}</span>
                </span>
            </label>
            <RoundChoices choices=choices prefix=team.to_hex() />
            <ErrorText problem=problem test_id="round-form-error" />
            <button type="submit" class="button primary" data-testid="create-round">
                {tr!(i18n, round_create)}
            </button>
        </form>
    }
}
