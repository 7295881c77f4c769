//! The member's own result: the overall position on the four-zone plane, the paired
//! bars per dimension, a plain-language reading, and the same figures as a table.

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
};
use crate::domain::instrument::answers::Horizon;
use crate::domain::instrument::Instrument;
use crate::domain::scan::Step;
use crate::domain::score::chart::{PlanePoint, PointKind};
use crate::domain::score::reading::reading;
use crate::domain::score::scoring::{profile, Profile};
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
    // The scan keeps its version (of the pole-means model): its dimensions and plane.
    let instrument = store.data.with_untracked(|d| {
        d.scan_of(slot)
            .map_or(Instrument::legacy(), |s| s.instrument)
    });

    let now = memo(move || store.scan_with(slot, |s| profile(&s.answers(), Horizon::Now)));
    let desired = memo(move || {
        store.scan_with(slot, |s| {
            s.ask_desired
                .then(|| profile(&s.answers(), Horizon::Desired))
        })
    });
    let tally = memo(move || store.scan_with(slot, |s| s.tally()));
    let sentences = memo(move || reading(&now.get(), locale.get()));
    let points = Signal::derive(move || {
        let point = |p: &Profile, label: String, kind| {
            Some(PlanePoint {
                label,
                mark: String::new(),
                anglo_saxon: p.overall.anglo_saxon.strength?,
                rhineland: p.overall.rhineland.strength?,
                kind,
            })
        };
        let mut list: Vec<PlanePoint> = Vec::new();
        list.extend(point(
            &now.get(),
            t_string!(i18n, result_you).to_string(),
            PointKind::Now,
        ));
        if let Some(wanted) = desired.get() {
            list.extend(point(
                &wanted,
                t_string!(i18n, result_desired_point).to_string(),
                PointKind::Desired,
            ));
        }
        list
    });
    let show_tables = RwSignal::new(false);

    view! {
        <section class="personal-result" data-testid="scan-result">
            <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, result_title)}</h1>
            {children.map(|c| c())}
            <p class="lead">{tr!(i18n, result_intro)}</p>
            <p class="hint" data-testid="answered-count">
                {tr!(
                    i18n,
                    result_answered,
                    answered = tally.get().answered,
                    total = tally.get().total,
                    unsure = tally.get().non_answers
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
                </section>

                <section class="card plane-card" aria-labelledby="plane-title">
                    <h2 id="plane-title">{tr!(i18n, result_plane_title)}</h2>
                    <div class="chart" class:hidden-by-table=move || show_tables.get()>
                        <ZonePlane points=points id="personal-plane" instrument=instrument />
                    </div>
                    <div class="chart-table" class:shown=move || show_tables.get()>
                        <PlaneTable points=points instrument=instrument />
                    </div>
                </section>
            </div>

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
