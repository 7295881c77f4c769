//! The member's own result, for every version: the overall position on the four-zone
//! plane, a reading, and per theme both sides. What a section shows follows the scan's
//! rules (`instrument::rules`): the keyed model's margins and trade-offs, the pole means'
//! paired bars with "where we want to be".

use leptos::prelude::*;

use crate::components::common::reactive::{memo, shown};
use crate::components::common::table_toggle::TableToggle;
use crate::components::common::text::tr;
use crate::components::{
    common::zone_plane::{PlaneTable, ZonePlane},
    scan::answer_overview::AnswerOverview,
    scan::dimension_guide::DimensionGuide,
    scan::pole_bars::PoleBars,
    scan::restart_scan::RestartScan,
    scan::result_table::ResultTable,
    scan::theme_table::ThemeTable,
};
use crate::domain::instrument::answers::Answer;
use crate::domain::instrument::rules::Model;
use crate::domain::instrument::Instrument;
use crate::domain::scan::Step;
use crate::domain::score::chart::{PlanePoint, PointKind};
use crate::domain::score::figure::{one_decimal, whole};
use crate::domain::score::member::MemberScores;
use crate::domain::score::own::zone_label;
use crate::domain::score::own::{own_reading, own_result, OwnResult};
use crate::i18n::*;
use crate::state::{use_scan_slot, AppStore};
use crate::ui::{use_locale, PAGE_HEADING_ID};

#[component]
pub fn PersonalResult(
    /// Shown right under the heading (a round's response link), so it is the first
    /// thing seen when focus lands on the heading.
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
    let rules = instrument.rules();
    let keyed = rules.model == Model::Keyed;

    let result = memo(move || store.scan_with(slot, own_result));
    let sentences = memo(move || result.with(|r| own_reading(&r.now, locale.get())));
    let count = move |pick: fn(&OwnResult) -> usize| result.with(pick);
    let now = Signal::derive(move || result.with(|r| r.now.clone()));
    // Where the member wants to go: per pole only where the version asks it of
    // statements; the trade-offs' always, when asked.
    let per_statement = rules.desired_statements;
    let desired =
        Signal::derive(move || result.with(|r| r.desired.clone().filter(|_| per_statement)));
    // Version 2 shows "where we want to be" per pole; the trade-offs' only where that is
    // all there is.
    let trade_offs_desired =
        Signal::derive(move || result.with(|r| r.desired.clone().filter(|_| !per_statement)));
    let points = Signal::derive(move || {
        let point = |scores: &MemberScores, label: String, kind| {
            let overall = scores.overall()?;
            Some(PlanePoint {
                label,
                mark: String::new(),
                anglo_saxon: overall.anglo_saxon.strength()?.value,
                rhineland: overall.rhineland.strength()?.value,
                kind,
                // By the rule "what stands out" reads: close to the middle is no quarter.
                zone: Some(zone_label(overall.zone(), true)),
            })
        };
        result.with(|r| {
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
    let answered = move || {
        // A version with its own words names its own non-answers.
        if let (true, Some(_)) = (rules.trade_offs, rules.intro) {
            let label =
                move |answer: Answer| answer.label(instrument).get(locale.get()).to_lowercase();
            tr!(
                i18n,
                result_answered_labels,
                answered = count(|r| r.answered),
                unsure = count(|r| r.non_answers),
                dont_know = label(Answer::Skip),
                not_here = label(Answer::NotApplicable),
                total = instrument.statement_count(),
                divided = count(|r| r.divided),
                items = instrument.dimension_count()
            )
            .into_any()
        } else if rules.trade_offs {
            tr!(
                i18n,
                result_answered_trade_offs,
                answered = count(|r| r.answered),
                unsure = count(|r| r.non_answers),
                total = instrument.statement_count(),
                divided = count(|r| r.divided),
                items = instrument.dimension_count()
            )
            .into_any()
        } else {
            tr!(
                i18n,
                result_answered,
                answered = count(|r| r.answered),
                total = instrument.statement_count(),
                unsure = count(|r| r.non_answers)
            )
            .into_any()
        }
    };
    // The keyed model shows each side with its margin; the pole means, paired bars.
    let themes = move || {
        if keyed {
            view! {
                <section class="card bars-card" aria-labelledby="themes-title">
                    <h2 id="themes-title">{tr!(i18n, result_bars_title)}</h2>
                    {move || view! { <ThemeTable scores=now.get() desired=trade_offs_desired.get() /> }}
                </section>
            }
            .into_any()
        } else {
            view! {
                <section class="card bars-card" aria-labelledby="bars-title">
                    <div class="card-head">
                        <h2 id="bars-title">{tr!(i18n, result_bars_title)}</h2>
                    </div>
                    <div class="legend" aria-hidden="true">
                        <span class="key anglo">{tr!(i18n, pole_anglo_saxon)}</span>
                        <span class="key rhine">{tr!(i18n, pole_rhineland)}</span>
                        {shown(move || desired.with(|d| d.is_some()), move || view! {
                            <span class="key wanted">{tr!(i18n, scan_desired_label)}</span>
                        })}
                    </div>
                    <div class="chart" class:hidden-by-table=move || show_tables.get()>
                        <PoleBars now=now desired=desired />
                    </div>
                    <div class="chart-table" class:shown=move || show_tables.get()>
                        <ResultTable now=now desired=desired />
                    </div>
                </section>
            }
            .into_any()
        }
    };

    view! {
        <section class="personal-result" data-testid="scan-result" data-instrument=instrument.id()>
            <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, result_title)}</h1>
            {children.map(|c| c())}
            <p class="lead">{tr!(i18n, result_intro)}</p>
            <p class="hint" data-testid="answered-count">{answered}</p>

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
                    // What "clearly" means, where a margin decides it.
                    {rules.side_margins.is_some().then(|| if rules.difference_from_zone {
                        view! {
                            <p class="hint">
                                {move || tr!(i18n, result_clear_hint_zone, margins = one_decimal(rules.side_margins.unwrap_or(0.0), locale.get()))}
                            </p>
                        }
                        .into_any()
                    } else {
                        view! { <p class="hint">{tr!(i18n, result_clear_hint)}</p> }.into_any()
                    })}
                </section>

                <section class="card plane-card" aria-labelledby="plane-title">
                    <h2 id="plane-title">{tr!(i18n, result_plane_title)}</h2>
                    <div class="chart" class:hidden-by-table=move || show_tables.get()>
                        <ZonePlane points=points id="personal-plane" instrument=instrument />
                    </div>
                    <div class="chart-table" class:shown=move || show_tables.get()>
                        <PlaneTable points=points instrument=instrument />
                    </div>
                    {keyed.then(|| if rules.difference_from_zone {
                        view! {
                            <p class="hint" data-testid="zone-cut">
                                {move || tr!(i18n, result_zone_rule, cut = whole(rules.cut), margins = one_decimal(rules.side_margins.unwrap_or(0.0), locale.get()))}
                            </p>
                        }
                        .into_any()
                    } else {
                        view! {
                            <p class="hint" data-testid="zone-cut">
                                {tr!(i18n, result_zone_cut, cut = whole(rules.cut))}
                            </p>
                        }
                        .into_any()
                    })}
                </section>
            </div>

            {themes}

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
