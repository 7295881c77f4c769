//! How the layers see things: per dimension where management, teams and support differ
//! most, as talking points, each with the question for a conversation between them and
//! the seed it comes from (004, "Kleine dingen").

use leptos::prelude::*;

use crate::components::common::reactive::{either, reactive};
use crate::components::common::text::tr;
use crate::domain::org::organisation::{OrgView, GAP_SEED};
use crate::domain::org::report::gap_sentence;
use crate::i18n::*;
use crate::ui::use_locale;

/// How many gaps are shown as talking points: the largest.
const SHOWN: usize = 5;

#[component]
pub fn OrgGaps(view: Memo<OrgView>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let layers = move || {
        let loc = locale.get();
        view.with(|v| {
            v.layers
                .iter()
                .map(|l| {
                    let text = t_string!(
                        i18n,
                        org_layer_line,
                        layer = l.layer.name().get(loc),
                        teams = l.teams,
                        answers = l.respondents
                    )
                    .to_string();
                    view! { <li>{text}</li> }
                })
                .collect_view()
        })
    };
    let gaps = move || {
        let loc = locale.get();
        view.with(|v| {
            v.gaps
                .iter()
                .take(SHOWN)
                .map(|g| {
                    view! {
                        <article class="card talking-point" data-testid="org-gap">
                            <p>{gap_sentence(g, v.instrument, loc)}</p>
                            <p class="question" data-testid="org-gap-prompt">
                                <strong>{tr!(i18n, dashboard_question)}</strong>
                                " "
                                {g.prompt(loc)}
                            </p>
                        </article>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <section class="card org-gaps" aria-labelledby="org-gaps-title" data-testid="org-gaps">
            <h2 id="org-gaps-title">{tr!(i18n, org_gaps_title)}</h2>
            {either(move || view.with(|v| v.layers.len() >= 2), move || view! {
                <p class="hint">{tr!(i18n, org_gaps_explain)}</p>
                <ul class="reading-list" data-testid="org-layers">{reactive(layers)}</ul>
                <blockquote class="seed" data-testid="org-gap-seed">{move || GAP_SEED.get(locale.get())}</blockquote>
                <div class="point-grid">{reactive(gaps)}</div>
            }, move || view! {
                <p class="hint" data-testid="org-gaps-none">{tr!(i18n, org_gaps_none)}</p>
            })}
        </section>
    }
}
