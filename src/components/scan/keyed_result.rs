//! The member's own result by the keyed model (`instrument::rules`): the overall position on the
//! four-zone plane, a reading that only calls a difference clear when it is larger than
//! the answers' uncertainty, and per theme both sides with their margin, rounded to 5.

use leptos::prelude::*;

use crate::components::common::reactive::memo;
use crate::components::common::table_toggle::TableToggle;
use crate::components::common::table_wrap::TableWrap;
use crate::components::common::text::{tr, trade_off_points};
use crate::components::{
    common::zone_plane::{PlaneTable, ZonePlane},
    scan::answer_overview::AnswerOverview,
    scan::dimension_guide::DimensionGuide,
    scan::restart_scan::RestartScan,
};
use crate::domain::instrument::Instrument;
use crate::domain::scan::Step;
use crate::domain::score::chart::{PlanePoint, PointKind};
use crate::domain::score::figure::{self, whole};
use crate::domain::score::member::{DimensionScore, MemberScores, PoleScore};
use crate::domain::score::own::{own_result, personal_reading, zone_label, OwnResult};
use crate::i18n::*;
use crate::state::{use_scan_slot, AppStore};
use crate::ui::{use_locale, PAGE_HEADING_ID};

#[component]
pub fn KeyedResult(
    /// Shown right under the heading (a round's response link).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let slot = use_scan_slot();
    // The scan keeps its version: its dimensions and rules.
    let instrument = store.data.with_untracked(|d| {
        d.scan_of(slot)
            .map_or(Instrument::CURRENT, |s| s.instrument)
    });

    let result = memo(move || store.scan_with(slot, own_result));
    let now = move || result.with(|r| r.as_ref().map(|r| r.now.clone()));
    let sentences = memo(move || {
        result.with(|r| {
            r.as_ref()
                .map(|r| personal_reading(&r.now, locale.get()))
                .unwrap_or_default()
        })
    });
    let count = move |pick: fn(&OwnResult) -> usize| result.with(|r| r.as_ref().map_or(0, pick));
    let points = Signal::derive(move || {
        let point = |scores: &MemberScores, label: String, kind| {
            let overall = scores.overall()?;
            Some(PlanePoint {
                label,
                mark: String::new(),
                anglo_saxon: overall.anglo_saxon.strength()?.value,
                rhineland: overall.rhineland.strength()?.value,
                kind,
            })
        };
        result.with(|r| {
            let Some(r) = r else { return Vec::new() };
            let mut list = Vec::new();
            list.extend(point(
                &r.now,
                t_string!(i18n, result_you).to_string(),
                PointKind::Now,
            ));
            if let Some(wanted) = &r.desired {
                list.extend(point(
                    wanted,
                    t_string!(i18n, result_desired_point).to_string(),
                    PointKind::Desired,
                ));
            }
            list
        })
    });
    let show_tables = RwSignal::new(false);

    view! {
        <section class="personal-result" data-testid="scan-result" data-instrument=instrument.id()>
            <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, result_title)}</h1>
            {children.map(|c| c())}
            <p class="lead">{tr!(i18n, result_intro)}</p>
            <p class="hint" data-testid="answered-count">
                {tr!(
                    i18n,
                    result_answered_v2,
                    answered = count(|r| r.answered),
                    unsure = count(|r| r.non_answers),
                    total = instrument.statement_count(),
                    divided = count(|r| r.divided),
                    items = instrument.dimension_count()
                )}
            </p>

            <div class="result-tools no-print">
                <TableToggle show_tables=show_tables test_id="toggle-table" />
            </div>

            <div class="result-grid">
                <section class="card reading" aria-labelledby="reading-title">
                    <h2 id="reading-title">{tr!(i18n, result_reading_title)}</h2>
                    <ul class="reading-list" data-testid="reading">
                        {move || {
                            sentences
                                .get()
                                .into_iter()
                                .map(|s| view! { <li>{s}</li> })
                                .collect_view()
                        }}
                    </ul>
                    <p class="hint">{tr!(i18n, result_clear_hint)}</p>
                </section>

                <section class="card plane-card" aria-labelledby="plane-title">
                    <h2 id="plane-title">{tr!(i18n, result_plane_title)}</h2>
                    <div class="chart" class:hidden-by-table=move || show_tables.get()>
                        <ZonePlane points=points id="personal-plane" instrument=instrument />
                    </div>
                    <div class="chart-table" class:shown=move || show_tables.get()>
                        <PlaneTable points=points instrument=instrument />
                    </div>
                    <p class="hint" data-testid="zone-cut">
                        {tr!(i18n, result_zone_cut, cut = whole(instrument.rules().cut))}
                    </p>
                </section>
            </div>

            <section class="card bars-card" aria-labelledby="themes-title">
                <h2 id="themes-title">{tr!(i18n, result_bars_title)}</h2>
                {move || now().map(|scores| view! { <ThemeTable scores=scores /> })}
            </section>

            <DimensionGuide instrument=instrument />

            <AnswerOverview />

            <div class="actions no-print">
                <button
                    type="button"
                    class="button"
                    data-testid="change-answers"
                    on:click=move |_| {
                        store.go_to(slot, Step::Result.previous(instrument.dimension_count()))
                    }
                >
                    {tr!(i18n, result_change)}
                </button>
                <RestartScan />
            </div>
        </section>
    }
}

/// Per theme: both sides with their margin, the difference, the zone and the points.
#[component]
fn ThemeTable(scores: MemberScores) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let cell = move |score: PoleScore| match score.strength() {
        Some(s) => format!("{} ± {}", s.shown(), whole(s.margin)),
        None => t_string!(i18n, result_not_enough).to_string(),
    };
    let row = move |d: DimensionScore| {
        let name = move || {
            scores
                .instrument
                .dimension_by_id(d.dimension)
                .map(|v| v.name.get(locale.get()))
                .unwrap_or_default()
        };
        let difference = d
            .shown_difference()
            .map(figure::signed)
            .unwrap_or_else(|| "–".to_string());
        let zone = move || zone_label(d.zone(), d.difference().is_some()).get(locale.get());
        let points = d
            .trade_off_rhineland
            .map(|r| trade_off_points(i18n, r))
            .unwrap_or_else(|| "–".to_string());
        view! {
            <tr data-testid="theme-row" data-dimension=d.dimension>
                <th scope="row">{name}</th>
                <td>{cell(d.anglo_saxon)}</td>
                <td>{cell(d.rhineland)}</td>
                <td>{difference}</td>
                <td>{zone}</td>
                <td>{points}</td>
            </tr>
        }
    };
    let rows = scores.dimensions.iter().copied().map(row).collect_view();
    view! {
        <TableWrap label=Signal::derive(move || t_string!(i18n, table_result).to_string())>
            <table class="result-table" data-testid="result-table">
                <thead>
                    <tr>
                        <th scope="col">{tr!(i18n, result_col_dimension)}</th>
                        <th scope="col">{tr!(i18n, result_col_anglo)}</th>
                        <th scope="col">{tr!(i18n, result_col_rhine)}</th>
                        <th scope="col">{tr!(i18n, result_col_balance)}</th>
                        <th scope="col">{tr!(i18n, result_col_zone)}</th>
                        <th scope="col">{tr!(i18n, result_col_points)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </TableWrap>
        <p class="hint">{tr!(i18n, result_margin_hint)}</p>
    }
}
