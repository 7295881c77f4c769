//! How the team moved: with two or more rounds, per dimension both sides and the spread
//! between members over the rounds as a small line chart, with the dates and, under it,
//! each from the first to the last round in words; and the same as a table. Rounds of
//! another questionnaire version are never joined: each version's rounds are drawn on
//! their own, with a note where the new version starts.

use leptos::prelude::*;

use crate::components::common::pressed_switch::PressedSwitch;
use crate::components::common::reactive::{reactive, shown};
use crate::components::common::table_wrap::TableWrap;
use crate::components::common::text::tr;
use crate::domain::dates::{format_date, short_date};
use crate::domain::instrument::{DimensionView, Instrument};
use crate::domain::score::chart::{svg_number as n, TrendScale};
use crate::domain::score::figure::text as figure_text;
use crate::domain::score::trend::{table_rounds, ShownFigures, TrendSegment, TABLE_ROUNDS};
use crate::i18n::*;
use crate::ui::use_locale;

/// Per version, its rounds (oldest first): each one's date and each dimension's team
/// means and spread, if shown.
type Series = Vec<TrendSegment>;

/// The three lines of a dimension's chart.
#[derive(Clone, Copy)]
enum Line {
    AngloSaxon,
    Rhineland,
    Spread,
}

impl Line {
    const ALL: [Line; 3] = [Line::AngloSaxon, Line::Rhineland, Line::Spread];

    fn class(self) -> &'static str {
        match self {
            Line::AngloSaxon => "anglo",
            Line::Rhineland => "rhine",
            Line::Spread => "spread",
        }
    }

    fn of(self, round: &ShownFigures) -> Option<i64> {
        match self {
            Line::AngloSaxon => Some(round.anglo_saxon),
            Line::Rhineland => Some(round.rhineland),
            Line::Spread => round.spread,
        }
    }
}

/// `series`: the rounds to draw, from this browser's rounds or from a results link.
#[component]
pub fn TrendChart(#[prop(into)] series: Signal<Series>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let rounds = move || series.with(|s| s.iter().map(|seg| seg.rounds.len()).sum::<usize>());
    let scale = TrendScale::DEFAULT;
    let line_name = move |line: Line| match line {
        Line::AngloSaxon => t_string!(i18n, pole_anglo_saxon).to_string(),
        Line::Rhineland => t_string!(i18n, pole_rhineland).to_string(),
        Line::Spread => t_string!(i18n, dashboard_trend_spread).to_string(),
    };
    // "Anglo-Saxon 25 → 75": a line from its first to its last round with a figure.
    let move_text = move |line: Line, moved: Option<(ShownFigures, ShownFigures)>| {
        let figures = moved
            .and_then(|(first, last)| Some((line.of(&first)?, line.of(&last)?)))
            .map(|(a, b)| format!("{} → {}", figure_text(a), figure_text(b)))
            .unwrap_or_else(|| "–".into());
        format!("{} {figures}", line_name(line))
    };
    let chart = move |segment: usize, dimension: DimensionView| {
        let (dates, shown_rounds, moved) = series.with(|s| {
            s.get(segment)
                .map(|seg| {
                    (
                        seg.rounds.iter().map(|r| r.date_days).collect::<Vec<_>>(),
                        seg.shown(dimension.index),
                        seg.moved(dimension.index),
                    )
                })
                .unwrap_or_default()
        });
        let count = dates.len();
        // The lines are drawn from the shown figures, so a dot sits where its number says.
        let values = |line: Line| -> Vec<Option<f64>> {
            shown_rounds
                .iter()
                .map(|r| r.as_ref().and_then(|r| line.of(r)).map(|v| v as f64))
                .collect()
        };
        let lines = Line::ALL
            .into_iter()
            .map(|line| {
                let values = values(line);
                let dots = values
                    .iter()
                    .enumerate()
                    .filter_map(|(i, v)| v.map(|v| (i, v)))
                    .map(|(i, v)| view! { <circle class=format!("trend-dot {}", line.class()) cx=n(scale.x(i, count)) cy=n(scale.y(v)) r="3.5" /> })
                    .collect_view();
                view! {
                    <path class=format!("trend-line {}", line.class()) d=scale.path(&values) />
                    {dots}
                }
            })
            .collect_view();
        let ticks = dates
            .iter()
            .enumerate()
            .map(|(i, days)| {
                // dd-mm: short enough for the axis; the table has the full dates.
                let short = short_date(*days);
                // The outer dates lean inwards so they stay inside the chart.
                let anchor = match i {
                    0 if count > 1 => "start",
                    i if i + 1 == count && count > 1 => "end",
                    _ => "middle",
                };
                view! {
                    <text class="tick" x=n(scale.x(i, count)) y=n(scale.top + scale.height + 14.0) text-anchor=anchor>
                        {short}
                    </text>
                }
            })
            .collect_view();
        let grid = [0u8, 50, 100]
            .into_iter()
            .map(|v| {
                let y = scale.y(f64::from(v));
                view! {
                    <line class="grid" x1=n(scale.left) x2=n(scale.left + scale.width) y1=n(y) y2=n(y) />
                    <text class="tick" x=n(scale.left - 6.0) y=n(y + 4.0) text-anchor="end">{v}</text>
                }
            })
            .collect_view();
        let moves = move || {
            Line::ALL
                .into_iter()
                .map(|line| {
                    view! { <li class=format!("trend-move {}", line.class())>{move_text(line, moved)}</li> }
                })
                .collect_view()
        };
        // The chart's accessible name says what the lines show, in the same words.
        let label = move || {
            let all: Vec<String> = Line::ALL
                .into_iter()
                .map(|line| move_text(line, moved))
                .collect();
            format!("{}: {}", dimension.name.get(locale.get()), all.join(", "))
        };
        view! {
            <figure class="trend" data-dimension=dimension.id data-instrument=dimension.instrument.id()>
                <figcaption>{move || dimension.name.get(locale.get())}</figcaption>
                <svg viewBox="0 0 290 130" role="img" aria-label=label>
                    {grid}
                    {lines}
                    {ticks}
                </svg>
                <ul class="trend-moves" data-testid="trend-moves" aria-hidden="true">{moves}</ul>
            </figure>
        }
    };
    // Above each version's rounds when there are several: which questionnaire, and from
    // the second on, that the figures before are on another scale.
    let heading = move |segment: usize, instrument: Instrument| {
        let version = instrument.id();
        let note = (segment > 0).then(|| {
            view! {
                <p class="note trend-break" data-testid="trend-break">
                    {tr!(i18n, dashboard_trend_break, version = version)}
                </p>
            }
        });
        view! {
            {note}
            <h3 class="trend-version">{tr!(i18n, dashboard_trend_version, version = version)}</h3>
        }
    };
    let charts = move || {
        let list = series.get();
        let headed = list.len() > 1;
        list.iter()
            .enumerate()
            .map(|(segment, seg)| {
                let instrument = seg.instrument;
                view! {
                    {headed.then(|| view! { <div class="chart">{heading(segment, instrument)}</div> })}
                    <div class="chart trend-grid">
                        {instrument.dimensions().map(|d| chart(segment, d)).collect_view()}
                    </div>
                }
            })
            .collect_view()
    };
    // The table shows the newest rounds; all of them on request (then it may scroll,
    // and says so).
    let all_rounds = RwSignal::new(false);
    let ranges = move || {
        let newest = (!all_rounds.get()).then_some(TABLE_ROUNDS);
        series.with(|s| table_rounds(s, newest))
    };
    // The table: per dimension a row for each line, per round a column.
    let table = move |segment: usize| {
        let Some(seg) = series.with(|s| s.get(segment).cloned()) else {
            return ().into_any();
        };
        let Some(range) = ranges().get(segment).cloned().filter(|r| !r.is_empty()) else {
            return ().into_any();
        };
        let loc = locale.get();
        let head = seg.rounds[range.clone()]
            .iter()
            .map(|r| view! { <th scope="col">{format_date(r.date_days, loc)}</th> })
            .collect_view();
        let groups = seg
            .instrument
            .dimensions()
            .map(|d| {
                let shown_rounds = seg.shown(d.index)[range.clone()].to_vec();
                let rows = Line::ALL
                    .into_iter()
                    .enumerate()
                    .map(|(i, line)| {
                        let cells = shown_rounds
                            .iter()
                            .map(|r| {
                                let text = r
                                    .as_ref()
                                    .and_then(|r| line.of(r))
                                    .map_or_else(|| "–".into(), figure_text);
                                view! { <td>{text}</td> }
                            })
                            .collect_view();
                        let name = (i == 0).then(|| {
                            view! { <th scope="rowgroup" rowspan=Line::ALL.len()>{d.name.get(loc)}</th> }
                        });
                        view! {
                            <tr data-line=line.class()>{name}<th scope="row">{line_name(line)}</th>{cells}</tr>
                        }
                    })
                    .collect_view();
                view! { <tbody data-dimension=d.id>{rows}</tbody> }
            })
            .collect_view();
        view! {
            <table class="result-table trend-table" data-testid="trend-table">
                <thead>
                    <tr>
                        <th scope="col">{tr!(i18n, result_col_dimension)}</th>
                        <th scope="col">{tr!(i18n, dashboard_trend_figure)}</th>
                        {head}
                    </tr>
                </thead>
                {groups}
            </table>
        }
        .into_any()
    };
    let tables = move || {
        let list = series.get();
        let headed = list.len() > 1;
        list.iter()
            .enumerate()
            .map(|(segment, seg)| {
                let instrument = seg.instrument;
                let any = move || ranges().get(segment).is_some_and(|r| !r.is_empty());
                view! {
                    {move || (headed && any()).then(|| heading(segment, instrument))}
                    {reactive(move || table(segment))}
                }
            })
            .collect_view()
    };
    let switch = move || {
        let total = rounds();
        (total > TABLE_ROUNDS).then(|| {
            let label = move |all: bool| {
                if all {
                    t_string!(i18n, dashboard_trend_newest, n = TABLE_ROUNDS).to_string()
                } else {
                    t_string!(i18n, dashboard_trend_all, n = total).to_string()
                }
            };
            view! { <PressedSwitch on=all_rounds test_id="trend-all-rounds" label=label /> }
        })
    };

    view! {
        {shown(move || rounds() >= 2, move || view! {
            <section class="card trend-section" aria-labelledby="trend-title" data-testid="trend">
                <h2 id="trend-title">{tr!(i18n, dashboard_trend_title)}</h2>
                <p class="legend trend-legend" data-testid="trend-legend">
                    <span class="key line anglo">{tr!(i18n, dashboard_trend_key_anglo)}</span>
                    <span class="key line rhine">{tr!(i18n, dashboard_trend_key_rhine)}</span>
                    <span class="key line spread">{tr!(i18n, dashboard_trend_key_spread)}</span>
                </p>
                <p class="hint">{tr!(i18n, dashboard_trend_explain)}</p>
                {reactive(charts)}
                <div class="chart-table">
                    {switch}
                    <TableWrap label=Signal::derive(move || t_string!(i18n, table_trend).to_string())>{reactive(tables)}</TableWrap>
                </div>
            </section>
        })}
    }
}
