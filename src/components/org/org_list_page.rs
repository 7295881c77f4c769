//! The organisations this browser keeps, and making a new one.

use leptos::prelude::*;

use crate::components::common::error_text::ErrorText;
use crate::components::common::reactive::{memo, reactive, shown};
use crate::components::common::text::tr;
use crate::components::round::backup_restore::BackupRestore;
use crate::domain::id::OrgId;
use crate::domain::text::Text;
use crate::i18n::*;
use crate::platform::fragment;
use crate::routes::Route;
use crate::state::AppStore;
use crate::ui::PAGE_HEADING_ID;

#[component]
pub fn OrgListPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Text>);
    let list = memo(move || {
        store.data.with(|d| {
            d.organisations
                .organisations
                .iter()
                .map(|o| (o.id, o.name.clone(), o.teams.len()))
                .collect::<Vec<(OrgId, String, usize)>>()
        })
    });
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match store.create_organisation(&name.get_untracked()) {
            Ok(id) => {
                name.set(String::new());
                problem.set(None);
                fragment::go(&Route::Organisation(id).href());
            }
            Err(error) => problem.set(Some(error.message())),
        }
    };
    let item = move |(id, name, teams): (OrgId, String, usize)| {
        view! {
            <li>
                <a href=Route::Organisation(id).href() data-testid="org-link">
                    <span class="round-title">{name}</span>
                    <span class="round-count">{tr!(i18n, org_team_count, count = teams)}</span>
                </a>
            </li>
        }
    };

    view! {
        <section class="teams" data-testid="org-list-page">
            <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, org_list_title)}</h1>
            <p class="lead">{tr!(i18n, org_list_intro)}</p>
            <p class="hint">{tr!(i18n, org_list_privacy)}</p>
            {shown(move || list.with(|l| !l.is_empty()), move || view! {
                <section class="card" aria-labelledby="org-mine-title">
                    <h2 id="org-mine-title">{tr!(i18n, org_list_mine)}</h2>
                    <ul class="round-list" data-testid="org-list">
                        {reactive(move || list.get().into_iter().map(item).collect_view())}
                    </ul>
                </section>
            })}
            <form class="card team-form" on:submit=create>
                <h2>{tr!(i18n, org_new_title)}</h2>
                <div class="field">
                    <label for="org-name">{tr!(i18n, org_name_label)}</label>
                    <input
                        id="org-name"
                        type="text"
                        maxlength="80"
                        autocomplete="off"
                        data-testid="org-name"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </div>
                <ErrorText problem=problem test_id="org-form-error" />
                <button type="submit" class="button primary" data-testid="org-create">
                    {tr!(i18n, org_create)}
                </button>
            </form>
            // The same backup as on the teams page: everything, organisations too.
            <BackupRestore />
        </section>
    }
}
