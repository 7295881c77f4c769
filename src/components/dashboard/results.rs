//! The team dashboard: where we stand, where we disagree, where we want to go, what we
//! do next and how we moved. Fed by a round of this browser or by a results link; a
//! results link shows it read-only.

use leptos::prelude::*;

use crate::components::common::reactive::{either, memo};
use crate::components::common::table_toggle::TableToggle;
use crate::components::common::text::tr;
use crate::components::{
    dashboard::agreed_actions::AgreedActions, dashboard::own_statements::OwnStatements,
    dashboard::respondent_names::RespondentNames, dashboard::results_out::ResultsOut,
    dashboard::round_actions::RoundActions, dashboard::talking_points::TalkingPoints,
    dashboard::team_bars::TeamBars, dashboard::team_overview::TeamOverview,
    dashboard::team_table::TeamTable, dashboard::trend_chart::TrendChart,
};
use crate::domain::dates::format_date;
use crate::domain::round::rounds::display_title;
use crate::domain::score::round_data::RoundData;
use crate::domain::score::team::TeamFigures;
use crate::domain::score::trend::carried_segments;
use crate::i18n::*;
use crate::routes::Route;
use crate::state::AppStore;
use crate::ui::{use_locale, PAGE_HEADING_ID};

#[component]
pub fn Dashboard(
    #[prop(into)] data: Signal<RoundData>,
    /// A round of this browser: actions, trend and exports. False for a results link.
    editable: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    // One set of team figures for every version, read by its rules.
    let figures = memo(move || data.with(TeamFigures::of));
    let instrument = data.with_untracked(|d| d.instrument);
    // Per theme, a team read from its members shows a table with its zones and margins;
    // one read from its means, paired bars with each member's tick.
    let from_members = instrument.rules().team_read.reads_members();
    let round = data.with_untracked(|d| d.round);
    let title = move || data.with(|d| display_title(&d.title, d.date_days, locale.get()));
    let date = move || data.with(|d| format_date(d.date_days, locale.get()));
    let team = move || data.with(|d| d.team_name.clone());
    let count = move || data.with(|d| d.respondents.len());
    let need = move || data.with(RoundData::need);
    let enough = move || count() >= need();
    let show_tables = RwSignal::new(false);

    view! {
        <section class="dashboard" class:tables=move || show_tables.get() data-testid="dashboard">
            <header class="dashboard-head">
                {editable
                    .then(|| {
                        view! {
                            <p class="breadcrumb no-print">
                                <a href=Route::Round(round).href()>{tr!(i18n, dashboard_back)}</a>
                            </p>
                        }
                    })}
                {(!editable)
                    .then(|| {
                        view! {
                            <p class="note" data-testid="read-only-note">{tr!(i18n, dashboard_read_only)}</p>
                        }
                    })}
                <p class="round-banner">
                    <span class="round-team">{move || team()}</span>
                    <span class="round-date">{move || date()}</span>
                    <span data-testid="dashboard-count">{tr!(i18n, dashboard_count, count = count())}</span>
                </p>
                <h1 id=PAGE_HEADING_ID tabindex="-1">{move || title()}</h1>
                {editable
                    .then(|| {
                        view! {
                            <p class="no-print">
                                <a class="button primary" href=Route::Present(round).href() data-testid="present-open">
                                    {tr!(i18n, present_open)}
                                </a>
                            </p>
                        }
                    })}
                <TableToggle show_tables=show_tables test_id="dashboard-tables" />
            </header>
            {either(enough, move || {
                let table = if from_members {
                    view! { <TeamTable team=figures /> }.into_any()
                } else {
                    view! { <TeamBars team=figures /> }.into_any()
                };
                view! {
                    <div class="dashboard-grid">
                        <TeamOverview team=figures />
                        {table}
                    </div>
                    <TalkingPoints team=figures />
                    <OwnStatements data=data />
                }
            }, move || {
                    view! {
                        <p class="card notice" data-testid="dashboard-not-enough">
                            {tr!(i18n, round_not_enough, count = count(), min = need())}
                        </p>
                    }
                })}
            <RespondentNames data=data />
            {if editable {
                let series = memo(move || store.data.with(|d| d.teams.team_trend(round)));
                view! {
                    <RoundActions round=round />
                    <TrendChart series=series />
                    <ResultsOut round=round />
                }
                .into_any()
            } else {
                // A results link: what it carries of the actions and the earlier rounds.
                let series = memo(move || data.with(carried_segments));
                view! {
                    <AgreedActions data=data />
                    <TrendChart series=series />
                }
                .into_any()
            }}
        </section>
    }
}
