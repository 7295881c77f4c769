//! Screen 1 of the meeting: who answered (n of N) and how the round went.

use leptos::prelude::*;

use crate::components::common::reactive::{either, memo};
use crate::components::common::text::tr;
use crate::domain::dates::format_date;
use crate::domain::link::RoundId;
use crate::domain::round::rounds::display_title;
use crate::domain::score::round_data::RoundData;
use crate::i18n::*;
use crate::state::AppStore;
use crate::ui::use_locale;

#[component]
pub fn AnsweredScreen(round: RoundId, data: Signal<RoundData>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let progress = memo(move || {
        store.data.with(|d| {
            d.teams
                .round(round)
                .map(|r| (r.respondents(), r.expected_members()))
        })
    });
    let answered = move || progress.get().map_or(0, |p| p.0);
    let expected = move || progress.get().and_then(|p| p.1);
    let title = move || data.with(|d| display_title(&d.title, d.date_days, locale.get()));
    let team = move || data.with(|d| d.team_name.clone());
    let date = move || data.with(|d| format_date(d.date_days, locale.get()));
    let version = move || data.with(|d| d.instrument.id());
    let need = move || data.with(RoundData::need);
    let enough = move || answered() >= need();

    view! {
        <div class="present-answered" data-testid="present-answered">
            <p class="present-big" data-testid="present-count">
                {move || match expected() {
                    Some(of) => tr!(i18n, present_answered_of, count = answered(), expected = of).into_any(),
                    None => tr!(i18n, dashboard_count, count = answered()).into_any(),
                }}
            </p>
            <dl class="present-facts">
                <dt>{tr!(i18n, present_fact_team)}</dt>
                <dd>{move || team()}</dd>
                <dt>{tr!(i18n, present_fact_round)}</dt>
                <dd>{move || title()}</dd>
                <dt>{tr!(i18n, present_fact_date)}</dt>
                <dd>{move || date()}</dd>
                <dt>{tr!(i18n, present_fact_version)}</dt>
                <dd data-testid="present-version">{move || version()}</dd>
            </dl>
            {either(enough, move || view! {
                <p>{tr!(i18n, present_answered_enough)}</p>
            }, move || view! {
                <p class="notice" data-testid="present-too-few">
                    {tr!(i18n, round_not_enough, count = answered(), min = need())}
                </p>
            })}
        </div>
    }
}
