//! Under an opened results link: put this team into one of the organisations kept here,
//! so a facilitator can also collect teams by opening their links one after another
//! (a protected link too, once unlocked).

use leptos::prelude::*;

use crate::components::common::reactive::{either, memo, reactive};
use crate::components::common::text::tr;
use crate::domain::id::OrgId;
use crate::domain::link::Results;
use crate::domain::org::book::OrgPaste;
use crate::i18n::*;
use crate::routes::Route;
use crate::state::AppStore;
use crate::ui::use_locale;

#[component]
pub fn AddToOrganisation(results: Results) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let organisations = memo(move || {
        store.data.with(|d| {
            d.organisations
                .organisations
                .iter()
                .map(|o| (o.id, o.name.clone()))
                .collect::<Vec<(OrgId, String)>>()
        })
    });
    let chosen = RwSignal::new(None::<OrgId>);
    let done = RwSignal::new(None::<(OrgId, OrgPaste)>);
    let add = move |_| {
        let first = organisations.with_untracked(|o| o.first().map(|(id, _)| *id));
        let Some(id) = chosen.get_untracked().or(first) else {
            return;
        };
        if let Some(result) = store.add_to_organisation(id, results.clone()) {
            done.set(Some((id, result)));
        }
    };
    let options = move || {
        organisations
            .get()
            .into_iter()
            .map(|(id, name)| view! { <option value=id.to_hex()>{name}</option> })
            .collect_view()
    };
    let outcome = move || {
        done.get().map(|(id, result)| {
            view! {
                <p role="status" data-testid="add-to-org-done">
                    {result.message().get(locale.get())}
                    " "
                    <a href=Route::Organisation(id).href()>{tr!(i18n, org_open)}</a>
                </p>
            }
        })
    };

    view! {
        <section class="card no-print" aria-labelledby="add-to-org-title" data-testid="add-to-org">
            <h2 id="add-to-org-title">{tr!(i18n, org_add_title)}</h2>
            {either(move || organisations.with(|o| !o.is_empty()), move || view! {
                <div class="field">
                    <label for="add-to-org-choice">{tr!(i18n, org_add_label)}</label>
                    <select
                        id="add-to-org-choice"
                        data-testid="add-to-org-choice"
                        on:change=move |ev| chosen.set(OrgId::from_hex(&event_target_value(&ev)))
                    >
                        {reactive(options)}
                    </select>
                </div>
                <button type="button" class="button" data-testid="add-to-org-button" on:click=add.clone()>
                    {tr!(i18n, org_add_button)}
                </button>
                {reactive(outcome)}
            }, move || view! {
                <p>
                    {tr!(i18n, org_add_none)}
                    " "
                    <a href=Route::Organisations.href() data-testid="add-to-org-make">{tr!(i18n, org_add_make)}</a>
                </p>
            })}
        </section>
    }
}
