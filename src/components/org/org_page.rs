//! One organisation: its teams (pasted results links), where they stand together, how
//! they differ, how the layers see things, and its exports.

use leptos::prelude::*;

use crate::components::common::confirm_button::ConfirmButton;
use crate::components::common::reactive::{either, memo};
use crate::components::common::table_toggle::TableToggle;
use crate::components::common::text::tr;
use crate::components::org::org_gaps::OrgGaps;
use crate::components::org::org_out::OrgOut;
use crate::components::org::org_paste::OrgPasteBox;
use crate::components::org::org_plane::OrgPlane;
use crate::components::org::org_strips::OrgStrips;
use crate::components::org::org_teams::OrgTeams;
use crate::domain::id::OrgId;
use crate::domain::org::organisation::organisation_view;
use crate::i18n::*;
use crate::platform::fragment;
use crate::routes::Route;
use crate::state::AppStore;
use crate::ui::PAGE_HEADING_ID;

#[component]
pub fn OrgPage(id: OrgId) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let exists = memo(move || store.data.with(|d| d.organisations.get(id).is_some()));
    either(
        move || exists.get(),
        move || view! { <OrgBody id=id /> },
        move || {
            view! {
                <section class="teams" data-testid="org-missing">
                    <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, org_missing_title)}</h1>
                    <p>{tr!(i18n, org_missing_body)}</p>
                    <a href=Route::Organisations.href()>{tr!(i18n, org_back)}</a>
                </section>
            }
        },
    )
}

#[component]
fn OrgBody(id: OrgId) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let name = memo(move || {
        store.data.with(|d| {
            d.organisations
                .get(id)
                .map(|o| o.name.clone())
                .unwrap_or_default()
        })
    });
    let view_data = memo(move || {
        store.data.with(|d| {
            let teams = d
                .organisations
                .get(id)
                .map(|o| o.org_teams())
                .unwrap_or_default();
            organisation_view(&teams)
        })
    });
    let has_teams = memo(move || view_data.with(|v| !v.teams.is_empty()));
    let counted = move || view_data.with(|v| (v.counted, v.respondents));
    let show_tables = RwSignal::new(false);

    view! {
        <section class="dashboard organisation" class:tables=move || show_tables.get() data-testid="org-page">
            <header class="dashboard-head">
                <p class="breadcrumb no-print">
                    <a href=Route::Organisations.href()>{tr!(i18n, org_back)}</a>
                </p>
                <h1 id=PAGE_HEADING_ID tabindex="-1">{move || name.get()}</h1>
                <p class="lead">{tr!(i18n, org_page_intro)}</p>
                <p data-testid="org-counted">
                    {tr!(i18n, org_counted, teams = counted().0, answers = counted().1)}
                </p>
                <TableToggle show_tables=show_tables test_id="org-tables" />
            </header>
            <OrgPasteBox id=id />
            {either(move || has_teams.get(), move || view! {
                <OrgTeams id=id view=view_data />
                <div class="dashboard-grid">
                    <OrgPlane view=view_data />
                    <OrgStrips view=view_data />
                </div>
                <OrgGaps view=view_data />
                <OrgOut name=name view=view_data />
            }, move || view! { <p class="hint" data-testid="org-empty">{tr!(i18n, org_empty)}</p> })}
            <div class="no-print">
                <ConfirmButton
                    label=move || t_string!(i18n, org_delete).to_string()
                    question=move || t_string!(i18n, org_delete_confirm).to_string()
                    yes=move || t_string!(i18n, org_delete_yes).to_string()
                    no=move || t_string!(i18n, result_cancel).to_string()
                    test_id="org-delete"
                    on_confirm=move || {
                        store.delete_organisation(id);
                        fragment::go(&Route::Organisations.href());
                    }
                />
            </div>
        </section>
    }
}
