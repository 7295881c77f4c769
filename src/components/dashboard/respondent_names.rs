//! Who took part in an open round: the names members chose to give, sorted, apart from
//! their answers. An anonymous round shows nothing here.

use leptos::prelude::*;

use crate::components::common::reactive::{memo, reactive, shown};
use crate::components::common::text::tr;
use crate::domain::score::round_data::RoundData;
use crate::i18n::*;

#[component]
pub fn RespondentNames(#[prop(into)] data: Signal<RoundData>) -> impl IntoView {
    let i18n = use_i18n();
    let open = memo(move || data.with(|d| d.open));
    let names = memo(move || data.with(|d| d.names.clone()));
    let without = move || data.with(|d| d.respondents.len().saturating_sub(d.names.len()));
    shown(
        move || open.get(),
        move || {
            view! {
                <section class="card" aria-labelledby="names-title" data-testid="respondent-names">
                    <h2 id="names-title">{tr!(i18n, names_title)}</h2>
                    <ul class="name-list">
                        {reactive(move || {
                            names
                                .get()
                                .into_iter()
                                .map(|n| view! { <li data-testid="respondent-name">{n}</li> })
                                .collect_view()
                        })}
                    </ul>
                    {shown(move || without() > 0, move || view! {
                        <p class="hint" data-testid="names-without">{tr!(i18n, names_without, n = without())}</p>
                    })}
                </section>
            }
        },
    )
}
