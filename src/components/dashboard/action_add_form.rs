//! The form that adds a small action to a round: what, who, by when and (optionally)
//! the theme it belongs to. The dashboard and the team meeting share it.

use leptos::prelude::*;

use crate::components::common::error_text::ErrorText;
use crate::components::common::reactive::{memo, reactive};
use crate::components::common::text::tr;
use crate::domain::instrument::Instrument;
use crate::domain::link::RoundId;
use crate::domain::text::Text;
use crate::i18n::*;
use crate::state::AppStore;
use crate::ui::use_locale;

#[component]
pub fn ActionAddForm(round: RoundId) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
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
    let dimension_options = move || {
        instrument
            .get()
            .dimensions()
            .map(|d| view! { <option value=d.id>{d.name.get(locale.get())}</option> })
            .collect_view()
    };

    view! {
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
    }
}
