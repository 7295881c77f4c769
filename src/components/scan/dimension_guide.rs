//! What each dimension means and which seed idea it comes from, folded open on demand.
//! Shown after the result, not during the questionnaire, so it cannot steer answers.

use leptos::prelude::*;

use crate::components::common::text::tr;
use crate::domain::instrument::Instrument;
use crate::i18n::*;
use crate::ui::use_locale;

#[component]
pub fn DimensionGuide(instrument: Instrument) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let items = instrument
        .dimensions()
        .map(|def| {
            view! {
                <details class="dimension-info" data-dimension=def.id>
                    <summary>{move || def.name.get(locale.get())}</summary>
                    <p>{move || def.explanation.get(locale.get())}</p>
                    <p class="poles-line">
                        <span class="pole-chip anglo">{move || def.anglo_saxon.get(locale.get())}</span>
                        <span class="pole-chip rhine">{move || def.rhineland.get(locale.get())}</span>
                    </p>
                    <p class="source">{move || def.source.get(locale.get())}</p>
                </details>
            }
        })
        .collect_view();
    view! {
        <section class="card guide" aria-labelledby="guide-title">
            <h2 id="guide-title">{tr!(i18n, guide_title)}</h2>
            <p class="hint">{tr!(i18n, guide_intro)}</p>
            {items}
        </section>
    }
}
