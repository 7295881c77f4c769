//! The organisation's figures out: CSV and JSON files, and print (or save as PDF) on A4.

use leptos::prelude::*;

use crate::components::common::reactive::shown;
use crate::components::common::text::tr;
use crate::domain::dates::days_of_ms;
use crate::domain::org::organisation::OrgView;
use crate::domain::org::report::{csv_zip, file_name, json};
use crate::i18n::*;
use crate::platform::download;
use crate::state::now_ms;
use crate::ui::use_locale;

#[component]
pub fn OrgOut(name: Memo<String>, view: Memo<OrgView>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let failed = RwSignal::new(false);
    let save = move |kind: &'static str| {
        let name = name.get_untracked();
        let today = days_of_ms(now_ms());
        // One table per file, in one zip: one download, no multiple-download prompt.
        let (file, mime, content) = view.with_untracked(|v| match kind {
            "csv" => (
                file_name(&name, today, "zip"),
                "application/zip",
                csv_zip(&name, v, locale.get_untracked()),
            ),
            _ => (
                file_name(&name, today, "json"),
                "application/json",
                json(&name, v).into_bytes(),
            ),
        });
        failed.set(download::download(&file, mime, &content).is_err());
    };
    view! {
        <section class="card results-out no-print" aria-labelledby="org-out-title" data-testid="org-out">
            <h2 id="org-out-title">{tr!(i18n, org_out_title)}</h2>
            <p>{tr!(i18n, org_out_body)}</p>
            <div class="actions">
                <button type="button" class="button" data-testid="org-export-csv" on:click=move |_| save("csv")>
                    {tr!(i18n, out_csv)}
                </button>
                <button type="button" class="button" data-testid="org-export-json" on:click=move |_| save("json")>
                    {tr!(i18n, out_json)}
                </button>
                <button type="button" class="button" data-testid="org-print" on:click=move |_| download::print()>
                    {tr!(i18n, out_print)}
                </button>
            </div>
            {shown(move || failed.get(), move || view! {
                <p class="error" role="alert">{tr!(i18n, out_failed)}</p>
            })}
        </section>
    }
}
