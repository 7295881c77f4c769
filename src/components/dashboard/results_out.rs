//! Getting the results out: a read-only results link, CSV and JSON files, and print
//! (or save as PDF). Only from the round's minimum group size, like every team figure.

use leptos::prelude::*;

use crate::components::common::link_share::LinkShare;
use crate::components::common::protect_link::ProtectLink;
use crate::components::common::reactive::{either, memo, reactive, shown};
use crate::components::common::text::tr;
use crate::domain::link::{to_bytes, to_fragment, Link, LinkKind, RoundId};
use crate::domain::score::export::{csv_zip, file_name, json};
use crate::domain::score::round_data::RoundData;
use crate::i18n::*;
use crate::platform::{download, fragment};
use crate::state::AppStore;
use crate::ui::use_locale;

#[component]
pub fn ResultsOut(round: RoundId) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let data = memo(move || store.data.with(|d| d.teams.round_data(round)));
    let base = fragment::base_url();
    let results_url = memo(move || {
        let results = data.with(|d| d.as_ref().and_then(RoundData::results))?;
        Some(format!(
            "{base}{}",
            to_fragment(&Link::Results(results)).ok()?
        ))
    });
    let failed = RwSignal::new(false);
    let save = move |kind: &'static str| {
        let Some(d) = data.get_untracked() else {
            return;
        };
        // The CSV tables, one per file, in one zip: one download, no browser prompt.
        let (name, mime, content) = match kind {
            "csv" => (
                file_name(&d, "zip"),
                "application/zip",
                csv_zip(&d, locale.get_untracked()),
            ),
            _ => (
                file_name(&d, "json"),
                "application/json",
                json(&d).into_bytes(),
            ),
        };
        failed.set(download::download(&name, mime, &content).is_err());
    };

    view! {
        <section class="card results-out no-print" aria-labelledby="out-title" data-testid="results-out">
            <h2 id="out-title">{tr!(i18n, out_title)}</h2>
            {either(move || results_url.with(Option::is_some), move || view! {
                <p>{tr!(i18n, out_link_body)}</p>
                {reactive(move || {
                    results_url
                        .get()
                        .map(|url| {
                            view! {
                                <LinkShare
                                    url=url
                                    title="Teambalans"
                                    kind="results"
                                    qr_label=Signal::derive(move || t_string!(i18n, out_qr_label).to_string())
                                />
                            }
                        })
                })}
                <ProtectLink link=Signal::derive(move || {
                    let results = data.with(|d| d.as_ref().and_then(RoundData::results))?;
                    Some((LinkKind::Results, to_bytes(&Link::Results(results)).ok()?))
                }) />
                <div class="actions">
                    <button type="button" class="button" data-testid="export-csv" on:click=move |_| save("csv")>
                        {tr!(i18n, out_csv)}
                    </button>
                    <button type="button" class="button" data-testid="export-json" on:click=move |_| save("json")>
                        {tr!(i18n, out_json)}
                    </button>
                    <button type="button" class="button" data-testid="print" on:click=move |_| download::print()>
                        {tr!(i18n, out_print)}
                    </button>
                    <button type="button" class="button" data-testid="print-summary" on:click=move |_| download::print_summary()>
                        {tr!(i18n, out_print_summary)}
                    </button>
                </div>
                {shown(move || failed.get(), move || view! {
                    <p class="error" role="alert">{tr!(i18n, out_failed)}</p>
                })}
            }, move || view! { <p>{tr!(i18n, out_not_enough)}</p> })}
        </section>
    }
}
