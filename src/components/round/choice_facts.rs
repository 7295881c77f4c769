//! A round's own choices on its page: anonymous or open, whether the facilitator counts,
//! how many own statements, and the facilitator's answers kept apart.

use leptos::prelude::*;

use crate::components::common::reactive::{memo, shown};
use crate::components::common::text::tr;
use crate::domain::link::RoundId;
use crate::i18n::*;
use crate::state::AppStore;

#[component]
pub fn ChoiceFacts(round: RoundId) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let facts = memo(move || {
        store.data.with(|d| {
            d.teams.round(round).map_or((false, false, 0, 0), |r| {
                (
                    r.open,
                    r.facilitator_out,
                    r.own_statements.len(),
                    r.kept_apart(),
                )
            })
        })
    });
    view! {
        <ul class="round-facts" data-testid="round-choices">
            <li data-testid="round-privacy-fact">
                {move || {
                    if facts.get().0 {
                        t_string!(i18n, round_fact_open)
                    } else {
                        t_string!(i18n, round_fact_anonymous)
                    }
                }}
            </li>
            {shown(move || facts.get().1, move || view! {
                <li data-testid="facilitator-out-fact">{tr!(i18n, round_fact_facilitator_out)}</li>
            })}
            {shown(move || facts.get().2 > 0, move || view! {
                <li>{tr!(i18n, round_fact_own, n = facts.get().2)}</li>
            })}
        </ul>
        {shown(move || facts.get().3 > 0, move || view! {
            <p class="note" data-testid="kept-apart">{tr!(i18n, round_kept_apart)}</p>
        })}
    }
}
