//! An action edited in place: who, what and by when, checked as when adding. Enter or
//! Save saves, Escape or Cancel puts it back as it was.

use leptos::prelude::*;

use crate::components::common::error_text::ErrorText;
use crate::components::common::text::tr;
use crate::domain::dates::iso_date;
use crate::domain::id::RoundId;
use crate::domain::text::Text;
use crate::i18n::*;
use crate::state::AppStore;

/// The form for the action made at `created_at`; its fields' ids start with `id_base`.
/// `on_done` runs after a save or a cancel.
#[component]
pub fn ActionEdit(
    round: RoundId,
    created_at: i64,
    id_base: String,
    on_done: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let (who0, what0, by0) = store
        .data
        .with_untracked(|d| {
            let a = d.teams.round(round)?.action(created_at)?;
            Some((
                a.who.clone(),
                a.what.clone(),
                a.by_days.map(iso_date).unwrap_or_default(),
            ))
        })
        .unwrap_or_default();
    let (who, what, by) = (
        RwSignal::new(who0),
        RwSignal::new(what0),
        RwSignal::new(by0),
    );
    let problem = RwSignal::new(None::<Text>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match store.edit_action(
            round,
            created_at,
            &who.get_untracked(),
            &what.get_untracked(),
            &by.get_untracked(),
        ) {
            Ok(()) => on_done.run(()),
            Err(e) => problem.set(Some(e.message())),
        }
    };
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            on_done.run(());
        }
    };
    let (what_id, who_id, by_id, hint_id) = (
        format!("{id_base}-what"),
        format!("{id_base}-who"),
        format!("{id_base}-by"),
        format!("{id_base}-hint"),
    );

    view! {
        <form class="action-edit no-print" data-testid="action-edit-form" on:submit=save on:keydown=keydown>
            <fieldset>
                <legend>{tr!(i18n, actions_edit_legend)}</legend>
                <div class="field">
                    <label for=what_id.clone()>{tr!(i18n, actions_what)}</label>
                    <input id=what_id type="text" maxlength="80" data-testid="action-edit-what"
                        aria-describedby=hint_id.clone()
                        prop:value=move || what.get() on:input=move |ev| what.set(event_target_value(&ev)) />
                </div>
                <div class="field-row">
                    <div class="field">
                        <label for=who_id.clone()>{tr!(i18n, actions_who)}</label>
                        <input id=who_id type="text" maxlength="80" data-testid="action-edit-who"
                            prop:value=move || who.get() on:input=move |ev| who.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for=by_id.clone()>{tr!(i18n, actions_by)}</label>
                        <input id=by_id type="date" data-testid="action-edit-by"
                            prop:value=move || by.get() on:input=move |ev| by.set(event_target_value(&ev)) />
                    </div>
                </div>
                <p class="hint" id=hint_id>{tr!(i18n, actions_edit_hint)}</p>
                <ErrorText problem=problem />
                <div class="actions">
                    <button type="submit" class="button primary" data-testid="action-save">{tr!(i18n, actions_save)}</button>
                    <button type="button" class="button" data-testid="action-cancel" on:click=move |_| on_done.run(())>
                        {tr!(i18n, actions_cancel)}
                    </button>
                </div>
            </fieldset>
        </form>
    }
}
